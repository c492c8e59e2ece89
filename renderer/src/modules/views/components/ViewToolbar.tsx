import FilterListIcon from '@mui/icons-material/FilterList';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { listConditions } from '../../../../../shared/filters/filterPaths';
import { isCompleteCondition } from '../../../../../shared/filters/usableFilter';
import { AdvancedFilterPanel } from '../../filters/AdvancedFilterPanel';
import { FilterChips } from '../../filters/FilterChips';
import { useListStore } from '../../influencers/stores/listStore';
import { useListViewStore } from '../../influencers/stores/listViewStore';
import { useTeamDirectory } from '../../team/teamDirectoryStore';
import { changeView, createView, deleteView, moveView, shareView, type ViewResult } from '../commands/viewCommands';
import { discardChanges } from '../selectView';
import { useViewDraftsStore } from '../stores/viewDraftsStore';
import { useCurrentView, useVisibleViews } from '../useListViews';
import { contentOfView, currentContent, showContent, toViewContent } from '../viewContent';
import { viewContext } from '../viewContext';
import { ConfirmDeleteViewDialog } from './ConfirmDeleteViewDialog';
import { ShareViewDialog } from './ShareViewDialog';
import { ViewNameDialog } from './ViewNameDialog';

type Dialog = 'saveAsNew' | 'rename' | 'share' | 'delete' | null;

const problemOf = (result: ViewResult): string | null =>
  result.status === 'saved' ? null : result.status === 'not_found' ? 'This view no longer exists.' : result.reason;

/**
 * Above the list: "Advanced filter" and its chips, and what can be done with the open view —
 * the unsaved-changes indicator, "Save changes" (own views), "Save as new view", and the
 * owner's rename, share, reorder and delete.
 */
export function ViewToolbar() {
  const current = useCurrentView();
  const { saved, editable, dirty } = current;
  const filter = useListStore((s) => s.filter);
  const visible = useVisibleViews();
  const ownerName = useTeamDirectory((s) => (saved === null ? null : (s.membersById.get(saved.ownerId)?.name ?? null)));
  const [filterOpen, setFilterOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const conditionCount = filter === null ? 0 : listConditions(filter).filter((c) => isCompleteCondition(c.condition)).length;

  const run = async (command: Promise<ViewResult>, done?: string): Promise<string | null> => {
    const problem = problemOf(await command);
    if (problem === null && done !== undefined) setMessage(done);
    return problem;
  };
  const saveChanges = async () => {
    if (saved === null) return;
    const problem = await run(changeView(await viewContext(), saved.id, toViewContent(currentContent())), `Saved “${saved.name}”.`);
    if (problem !== null) setMessage(problem);
  };
  const saveAsNew = async (name: string): Promise<string | null> => {
    const content = toViewContent(currentContent(), current.baseFilter);
    const result = await createView(await viewContext(), name, content);
    if (result.status !== 'saved') return problemOf(result);
    // The changes now live in the new view; the view they were made in goes back to its own.
    useViewDraftsStore.getState().setDraft(useListViewStore.getState().viewId, null);
    useListViewStore.getState().setViewId(result.id);
    showContent(contentOfView(content));
    setMessage(`Saved as “${name}”.`);
    return null;
  };
  const ownIndex = saved === null ? -1 : visible.filter((v) => v.ownerId === saved.ownerId).findIndex((v) => v.id === saved.id);
  const ownCount = saved === null ? 0 : visible.filter((v) => v.ownerId === saved.ownerId).length;
  const move = async (by: -1 | 1) => {
    setMenuAnchor(null);
    if (saved === null) return;
    const problem = await run(moveView(await viewContext(), saved.id, by));
    if (problem !== null) setMessage(problem);
  };

  return (
    <>
      {/* data-filter-pending: the list has not caught up with the last filter edit yet (tests wait on it). */}
      <Stack direction="row" spacing={1} data-filter-pending={current.filterPending} sx={{ alignItems: 'center', px: 2, py: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}>
        <Badge badgeContent={conditionCount} color="primary">
          <Button size="small" variant={filterOpen ? 'contained' : 'outlined'} startIcon={<FilterListIcon />} aria-expanded={filterOpen} onClick={() => setFilterOpen(!filterOpen)}>
            Advanced filter
          </Button>
        </Badge>
        <FilterChips />
        <Stack direction="row" spacing={1} sx={{ ml: 'auto !important', alignItems: 'center' }}>
          {saved !== null && !editable && (
            <Typography variant="body2" color="text.secondary">
              Shared by {ownerName ?? 'another member'} · read-only
            </Typography>
          )}
          {dirty && <Chip size="small" color="warning" variant="outlined" label="Unsaved changes" role="status" />}
          {dirty && <Button size="small" onClick={discardChanges}>Discard changes</Button>}
          {editable && dirty && <Button size="small" variant="contained" onClick={() => void saveChanges()}>Save changes</Button>}
          <Button size="small" variant="outlined" onClick={() => setDialog('saveAsNew')}>Save as new view</Button>
          {editable && (
            <IconButton aria-label="View options" size="small" onClick={(e) => setMenuAnchor(e.currentTarget)}>
              <MoreVertIcon fontSize="small" />
            </IconButton>
          )}
        </Stack>
      </Stack>
      {filterOpen && <AdvancedFilterPanel onClose={() => setFilterOpen(false)} />}
      <Menu anchorEl={menuAnchor} open={menuAnchor !== null} onClose={() => setMenuAnchor(null)}>
        <MenuItem onClick={() => { setMenuAnchor(null); setDialog('rename'); }}>Rename</MenuItem>
        <MenuItem onClick={() => { setMenuAnchor(null); setDialog('share'); }}>Share</MenuItem>
        <MenuItem disabled={ownIndex <= 0} onClick={() => void move(-1)}>Move left</MenuItem>
        <MenuItem disabled={ownIndex < 0 || ownIndex >= ownCount - 1} onClick={() => void move(1)}>Move right</MenuItem>
        <MenuItem onClick={() => { setMenuAnchor(null); setDialog('delete'); }}>Delete</MenuItem>
      </Menu>
      {dialog === 'saveAsNew' && <ViewNameDialog title="Save as new view" submitLabel="Save" initialName={saved === null ? '' : `${saved.name} (copy)`} onSubmit={saveAsNew} onClose={() => setDialog(null)} />}
      {dialog === 'rename' && saved !== null && (
        <ViewNameDialog title="Rename view" submitLabel="Rename" initialName={saved.name} onSubmit={async (name) => run(changeView(await viewContext(), saved.id, { name }))} onClose={() => setDialog(null)} />
      )}
      {dialog === 'share' && saved !== null && (
        <ShareViewDialog view={saved} onSubmit={async (sharing, ids) => run(shareView(await viewContext(), saved.id, sharing, ids), 'Sharing saved.')} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && saved !== null && (
        <ConfirmDeleteViewDialog name={saved.name} onConfirm={async () => run(deleteView(await viewContext(), saved.id), `Deleted “${saved.name}”.`)} onClose={() => setDialog(null)} />
      )}
      <Snackbar open={message !== null} autoHideDuration={5000} onClose={() => setMessage(null)} message={message} />
    </>
  );
}
