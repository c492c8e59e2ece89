import { isEmptyFilter, type ListFilter } from '../../../../shared/filters/listFilter';
import { usableFilter } from '../../../../shared/filters/usableFilter';
import { valuesEqual } from '../../../../shared/sync/mergeDocuments';
import type { SavedView, ViewContent } from '../../../../shared/views/savedView';
import { DEFAULT_SORT, type ListSort, type SortField } from '../influencers/projection/sortRows';
import { useListStore } from '../influencers/stores/listStore';

/** What a view shows, as the list holds it (listStore). */
export interface ListContent {
  /** As edited: may hold unfinished conditions. */
  filter: ListFilter | null;
  search: string;
  sort: ListSort;
  /** The grid's column visibility model: `false` hides a column. */
  hiddenColumns: Record<string, boolean>;
}

/** A built-in view's own content: no filter beyond its own, no search, the default order. */
export function builtInContent(hiddenColumns: Record<string, boolean>): ListContent {
  return { filter: null, search: '', sort: DEFAULT_SORT, hiddenColumns };
}

export function currentContent(): ListContent {
  const { filter, search, sort, hiddenColumns } = useListStore.getState();
  return { filter, search, sort, hiddenColumns };
}

/** Shows a content in the list, from its first page with nothing selected. */
export function showContent(content: ListContent): void {
  useListStore.setState({ ...content, page: 0, selectedIds: [] });
}

export function contentOfView(view: Pick<SavedView, keyof ViewContent>): ListContent {
  return {
    filter: view.filter,
    search: view.search,
    sort: { field: view.sortField as SortField, direction: view.sortDirection },
    hiddenColumns: Object.fromEntries(view.hiddenColumns.map((field) => [field, false])),
  };
}

/** What "Save" writes: only the finished conditions, the hidden columns as a sorted list. */
export function toViewContent(content: ListContent, baseFilter: ListFilter | null = null): ViewContent {
  const filter = usableFilter(content.filter);
  return {
    filter: combine(baseFilter, filter),
    search: content.search.trim(),
    sortField: content.sort.field,
    sortDirection: content.sort.direction,
    hiddenColumns: hiddenList(content.hiddenColumns),
  };
}

function combine(base: ListFilter | null, filter: ListFilter | null): ListFilter | null {
  if (base === null || isEmptyFilter(base)) return filter;
  if (filter === null) return base;
  return { version: base.version, root: { type: 'group', combinator: 'and', children: [...base.root.children, ...(filter.root.combinator === 'and' ? filter.root.children : [filter.root])] } };
}

function hiddenList(model: Record<string, boolean>): string[] {
  return Object.entries(model).filter(([, visible]) => !visible).map(([field]) => field).sort();
}

/**
 * Whether the list differs from what the view saved ("Unsaved changes"). Unfinished conditions
 * do not count; columns only for saved views (a built-in view keeps the device's columns).
 */
export function differsFrom(content: ListContent, saved: ListContent, compareColumns: boolean): boolean {
  const a = toViewContent(content);
  const b = toViewContent(saved);
  if (!compareColumns) {
    a.hiddenColumns = [];
    b.hiddenColumns = [];
  }
  return !valuesEqual(a, b);
}
