import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { BUILT_IN_VIEWS, type BuiltInViewId } from '../stores/builtInViews';
import { useListStore } from '../stores/listStore';
import { useListViewStore } from '../stores/listViewStore';

/** Switches between the built-in views; another view starts at its first page with nothing selected. */
export function ListViewTabs() {
  const viewId = useListViewStore((s) => s.viewId);
  const select = (next: BuiltInViewId) => {
    useListViewStore.getState().setViewId(next);
    const list = useListStore.getState();
    list.setSelectedIds([]);
    list.setPage(0, list.pageSize);
  };
  return (
    <Tabs value={viewId} onChange={(_event, next: BuiltInViewId) => select(next)} aria-label="Views" sx={{ px: 2, minHeight: 40 }}>
      {BUILT_IN_VIEWS.map((view) => (
        <Tab key={view.id} value={view.id} label={view.label} sx={{ minHeight: 40, textTransform: 'none' }} />
      ))}
    </Tabs>
  );
}
