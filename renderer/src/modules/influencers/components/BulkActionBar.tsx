import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import UnarchiveOutlinedIcon from '@mui/icons-material/UnarchiveOutlined';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type MouseEvent } from 'react';
import { statusChoices } from '../../../../../shared/statuses/statusLookup';
import { useStatusCatalog } from '../../details/useStatusCatalog';
import { AddToEmailProjectButton } from '../../projects/components/AddToEmailProjectButton';
import { BulkLabelButtons } from '../../labels/components/BulkLabelButtons';
import { useTeamDirectory } from '../../team/teamDirectoryStore';
import type { BulkChange } from '../commands/bulkChangeInfluencers';
import type { ListRow } from '../projection/listRow';
import { useBulkOperationStore } from '../stores/bulkOperationStore';
import { useListStore } from '../stores/listStore';
import { MergeSelectionButton } from '../../merge/components/MergeSelectionButton';
import { requestBulkChange } from './runBulkAction';

type OpenMenu = { kind: 'status' | 'liaison'; anchor: HTMLElement } | null;

/**
 * Bulk operations on the selection (reference 000, "CRM List Operations"): shown while rows
 * are selected. "Select all N matching" extends the selection to every influencer matching the
 * view and search, not only the loaded page.
 */
export function BulkActionBar({ matching, archivedView }: { matching: readonly ListRow[]; archivedView: boolean }) {
  const selectedIds = useListStore((s) => s.selectedIds);
  const busy = useBulkOperationStore((s) => s.progress !== null);
  const catalog = useStatusCatalog();
  const members = useTeamDirectory((s) => s.members);
  const [menu, setMenu] = useState<OpenMenu>(null);
  if (selectedIds.length === 0) return null;

  const { setSelectedIds } = useListStore.getState();
  const run = (change: BulkChange) => {
    setMenu(null);
    void requestBulkChange(selectedIds, change);
  };
  const open = (kind: 'status' | 'liaison') => (event: MouseEvent<HTMLElement>) => setMenu({ kind, anchor: event.currentTarget });
  const count = selectedIds.length.toLocaleString('en-US');
  const all = matching.length.toLocaleString('en-US');

  return (
    <Stack direction="row" spacing={1} role="toolbar" aria-label="Bulk actions" sx={{ alignItems: 'center', px: 2, py: 0.75, bgcolor: 'action.selected' }}>
      <Typography aria-live="polite" sx={{ mr: 1 }}>{count} selected</Typography>
      {selectedIds.length < matching.length && (
        <Button size="small" onClick={() => setSelectedIds(matching.map((row) => row.id))}>Select all {all} matching</Button>
      )}
      <Button size="small" onClick={() => setSelectedIds([])}>Clear selection</Button>
      <Stack direction="row" spacing={1} sx={{ ml: 'auto' }}>
        {archivedView ? (
          <Button size="small" variant="outlined" disabled={busy} startIcon={<UnarchiveOutlinedIcon />} onClick={() => run({ kind: 'archive', archived: false })}>
            Restore
          </Button>
        ) : (
          <Button size="small" variant="outlined" disabled={busy} startIcon={<ArchiveOutlinedIcon />} onClick={() => run({ kind: 'archive', archived: true })}>
            Archive
          </Button>
        )}
        <Button size="small" variant="outlined" disabled={busy} aria-haspopup="menu" onClick={open('status')}>Change status</Button>
        <Button size="small" variant="outlined" disabled={busy} aria-haspopup="menu" onClick={open('liaison')}>Change liaison</Button>
        <AddToEmailProjectButton selectedIds={selectedIds} disabled={busy} />
        {!archivedView && <MergeSelectionButton selectedIds={selectedIds} />}
        <BulkLabelButtons run={run} busy={busy} />
      </Stack>
      <Menu anchorEl={menu?.anchor} open={menu?.kind === 'status'} onClose={() => setMenu(null)}>
        {statusChoices(catalog, 'influencer', null).map((status) => (
          <MenuItem key={status.id} onClick={() => run({ kind: 'status', statusId: status.id })}>{status.label}</MenuItem>
        ))}
      </Menu>
      <Menu anchorEl={menu?.anchor} open={menu?.kind === 'liaison'} onClose={() => setMenu(null)}>
        <MenuItem onClick={() => run({ kind: 'liaison', liaisonId: null })}>No liaison</MenuItem>
        {members.filter((m) => m.active).map((m) => (
          <MenuItem key={m.id} onClick={() => run({ kind: 'liaison', liaisonId: m.id })}>{m.name}</MenuItem>
        ))}
      </Menu>
    </Stack>
  );
}
