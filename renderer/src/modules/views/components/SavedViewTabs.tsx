import AddIcon from '@mui/icons-material/Add';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Tooltip from '@mui/material/Tooltip';
import { useEffect, useState } from 'react';
import { BUILT_IN_VIEWS, isBuiltInViewId } from '../../influencers/stores/builtInViews';
import { useListStore } from '../../influencers/stores/listStore';
import { useListViewStore } from '../../influencers/stores/listViewStore';
import { createView } from '../commands/viewCommands';
import { selectView } from '../selectView';
import { useSavedViewsStore, watchSavedViews } from '../stores/savedViewsStore';
import { useViewDraftsStore } from '../stores/viewDraftsStore';
import { useCurrentView, useMemberId, useVisibleViews } from '../useListViews';
import { builtInContent, currentContent, toViewContent } from '../viewContent';
import { viewContext } from '../viewContext';
import { rememberViews } from '../viewMemory';
import { ViewNameDialog } from './ViewNameDialog';

/**
 * The views of the list: the built-in ones first, then the member's own saved views in their
 * order, then those others shared with them; "+" creates a view from scratch.
 */
export function SavedViewTabs() {
  const viewId = useListViewStore((s) => s.viewId);
  const visible = useVisibleViews();
  const loaded = useSavedViewsStore((s) => s.loaded);
  const memberId = useMemberId();
  const { dirty } = useCurrentView();
  const [creating, setCreating] = useState(false);

  useEffect(() => watchSavedViews(), []);
  // The member's last view and its unsaved changes, on this device.
  useEffect(() => (memberId === null ? undefined : rememberViews(memberId)), [memberId]);
  // A saved view that went away (deleted, no longer shared): back to "All influencers".
  useEffect(() => {
    if (!loaded) return;
    const { viewId: open } = useListViewStore.getState();
    if (!isBuiltInViewId(open) && !visible.some((v) => v.id === open)) {
      useViewDraftsStore.getState().setDraft(open, null);
      selectView('all', false);
    }
    const drafts = useViewDraftsStore.getState();
    for (const id of Object.keys(drafts.drafts)) if (!isBuiltInViewId(id) && !visible.some((v) => v.id === id)) drafts.setDraft(id, null);
  }, [visible, loaded]);

  const create = async (name: string): Promise<string | null> => {
    const content = builtInContent({});
    const result = await createView(await viewContext(), name, toViewContent(content));
    if (result.status !== 'saved') return 'reason' in result ? result.reason : 'The view could not be created.';
    useViewDraftsStore.getState().setDraft(useListViewStore.getState().viewId, dirty ? currentContent() : null);
    useListViewStore.getState().setViewId(result.id);
    useListStore.setState({ ...content, page: 0, selectedIds: [] });
    return null;
  };

  const known = isBuiltInViewId(viewId) || visible.some((v) => v.id === viewId);
  return (
    <Stack direction="row" sx={{ alignItems: 'center', px: 2 }}>
      <Tabs value={known ? viewId : false} onChange={(_e, next: string) => selectView(next, dirty)} aria-label="Views" variant="scrollable" scrollButtons="auto" sx={{ minHeight: 40 }}>
        {BUILT_IN_VIEWS.map((view) => (
          <Tab key={view.id} value={view.id} label={view.label} sx={{ minHeight: 40, textTransform: 'none' }} />
        ))}
        {visible.map((view) => (
          <Tab
            key={view.id}
            value={view.id}
            label={view.name}
            icon={view.ownerId !== memberId || view.sharing !== 'private' ? <PeopleOutlineIcon fontSize="small" aria-hidden /> : undefined}
            iconPosition="end"
            sx={{ minHeight: 40, textTransform: 'none' }}
          />
        ))}
      </Tabs>
      <Tooltip title="New view">
        <IconButton aria-label="New view" size="small" onClick={() => setCreating(true)}>
          <AddIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {creating && <ViewNameDialog title="New view" submitLabel="Create" onSubmit={create} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
