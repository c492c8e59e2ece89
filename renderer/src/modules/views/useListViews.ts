import { useMemo } from 'react';
import { FILTER_FORMAT_VERSION, type ListFilter } from '../../../../shared/filters/listFilter';
import { allOf, filterMentions, usableFilter } from '../../../../shared/filters/usableFilter';
import type { SavedView } from '../../../../shared/views/savedView';
import { canEditView, canSeeView } from '../../../../shared/views/viewRules';
import { useSessionState } from '../../session/sessionState';
import { builtInView, isBuiltInViewId, type ListView } from '../influencers/stores/builtInViews';
import { useListStore } from '../influencers/stores/listStore';
import { useListViewStore } from '../influencers/stores/listViewStore';
import { useSavedViewsStore } from './stores/savedViewsStore';
import { builtInContent, contentOfView, differsFrom, type ListContent } from './viewContent';

/** The saved views a member sees: their own in their order, then the ones shared with them by name. */
export function visibleViews(views: readonly SavedView[], memberId: string | null): SavedView[] {
  if (memberId === null) return [];
  const own = views.filter((v) => v.ownerId === memberId).sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
  const shared = views.filter((v) => v.ownerId !== memberId && canSeeView(v, memberId)).sort((a, b) => a.name.localeCompare(b.name));
  return [...own, ...shared];
}

export function useMemberId(): string | null {
  const session = useSessionState();
  return session.status === 'signedIn' ? session.session.member.id : null;
}

export function useVisibleViews(): SavedView[] {
  const views = useSavedViewsStore((s) => s.views);
  const memberId = useMemberId();
  return useMemo(() => visibleViews(views, memberId), [views, memberId]);
}

export interface CurrentView {
  /** What the list shows: its name, and the filter and archive side the projection runs. */
  view: ListView;
  /** The open saved view; null for a built-in one. */
  saved: SavedView | null;
  /** Whether this member may save changes to it (their own saved view). */
  editable: boolean;
  /** What the view saved; the list differs from it when `dirty`. */
  baseline: ListContent;
  dirty: boolean;
  /** A built-in view's own filter, folded into a view saved from it. */
  baseFilter: ListFilter | null;
  /** True while the list still shows the previous filter (it follows edits in a task of its own). */
  filterPending: boolean;
}

const ARCHIVED_ONLY: ListFilter = { version: FILTER_FORMAT_VERSION, root: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'archived', op: 'is', value: true }] } };

/** The filter a built-in view applies, as a condition a saved view can keep. */
export function builtInBaseFilter(view: ListView): ListFilter | null {
  return view.archived === true ? allOf(view.filter, ARCHIVED_ONLY) : view.filter;
}

/**
 * The open view and the filter the list runs: the view's own (for built-in views) and every
 * finished condition of the advanced filter. A filter with an "Archived" condition looks at
 * both sides of the archive, so that condition decides.
 */
export function useCurrentView(): CurrentView {
  const { view, saved, builtIn } = useOpenView();
  const memberId = useMemberId();
  const filter = useListStore((s) => s.filter);
  const appliedFilter = useListStore((s) => s.appliedFilter);
  const search = useListStore((s) => s.search);
  const sort = useListStore((s) => s.sort);
  const hiddenColumns = useListStore((s) => s.hiddenColumns);
  const baseline = useMemo(() => (saved === null ? builtInContent(hiddenColumns) : contentOfView(saved)), [saved, hiddenColumns]);
  const dirty = differsFrom({ filter, search, sort, hiddenColumns }, baseline, saved !== null);
  return {
    view,
    saved,
    editable: saved !== null && memberId !== null && canEditView(saved, memberId),
    baseline,
    dirty,
    baseFilter: saved === null ? builtInBaseFilter(builtIn) : null,
    filterPending: appliedFilter !== filter,
  };
}

/**
 * Only what the list runs (useCurrentView's `view`), for the list page: it does not follow the
 * search box or unapplied filter edits, so a keystroke does not re-render the list and its
 * grid before the list's own update (listStore's appliedSearch and appliedFilter).
 */
export function useListView(): ListView {
  return useOpenView().view;
}

function useOpenView(): { view: ListView; saved: SavedView | null; builtIn: ListView } {
  const viewId = useListViewStore((s) => s.viewId);
  const visible = useVisibleViews();
  const saved = isBuiltInViewId(viewId) ? null : (visible.find((v) => v.id === viewId) ?? null);
  const builtIn = builtInView(saved === null ? viewId : 'all');
  // The filter the list has caught up with: an edit paints the builder at once, the list
  // follows in a task of its own (listStore).
  const appliedFilter = useListStore((s) => s.appliedFilter);
  const usable = useMemo(() => usableFilter(appliedFilter), [appliedFilter]);
  const view = useMemo<ListView>(() => {
    const label = saved?.name ?? builtIn.label;
    const id = saved?.id ?? builtIn.id;
    if (saved !== null) return { id, label, archived: filterMentions(usable, 'archived') ? 'any' : false, filter: usable };
    if (filterMentions(usable, 'archived')) return { id, label, archived: 'any', filter: allOf(builtInBaseFilter(builtIn), usable) };
    return { id, label, archived: builtIn.archived, filter: allOf(builtIn.filter, usable) };
  }, [saved?.id, saved?.name, builtIn, usable]); // eslint-disable-line react-hooks/exhaustive-deps -- saved stands for its id and name here
  return { view, saved, builtIn };
}
