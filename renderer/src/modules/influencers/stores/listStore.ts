import { create } from 'zustand';
import type { ListFilter } from '../../../../../shared/filters/listFilter';
import { DEFAULT_SORT, type ListSort } from '../projection/sortRows';

export type ListDensity = 'compact' | 'standard' | 'comfortable';

/** UI state of the influencer list only; no I/O here. */
interface ListState {
  /** The search box as typed. */
  search: string;
  /**
   * The search the list answers: follows `search` in a task of its own, so a keystroke
   * repaints only the box, and a burst of keystrokes renders the list once (no delay added).
   */
  appliedSearch: string;
  /** The advanced filter as edited (may hold unfinished conditions: see usableFilter); null: none. */
  filter: ListFilter | null;
  /** The filter the list runs: follows `filter` like appliedSearch follows `search`. */
  appliedFilter: ListFilter | null;
  sort: ListSort;
  page: number;
  pageSize: number;
  density: ListDensity;
  hiddenColumns: Record<string, boolean>;
  selectedIds: string[];
  setSearch(search: string): void;
  setFilter(filter: ListFilter | null): void;
  setSort(sort: ListSort): void;
  setPage(page: number, pageSize: number): void;
  setDensity(density: ListDensity): void;
  setHiddenColumns(hidden: Record<string, boolean>): void;
  setSelectedIds(ids: string[]): void;
}

const PREFS_KEY = 'crm.listPrefs';
interface ListPrefs {
  density: ListDensity;
  hiddenColumns: Record<string, boolean>;
  pageSize: number;
}

function readPrefs(): Partial<ListPrefs> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<ListPrefs>) : {};
  } catch {
    return {};
  }
}

const prefs = readPrefs();

export const useListStore = create<ListState>()((set) => ({
  search: '',
  appliedSearch: '',
  filter: null,
  appliedFilter: null,
  sort: DEFAULT_SORT,
  page: 0,
  pageSize: [25, 50, 100].includes(prefs.pageSize ?? 0) ? (prefs.pageSize ?? 100) : 100,
  density: prefs.density ?? 'compact',
  hiddenColumns: prefs.hiddenColumns ?? {},
  selectedIds: [],
  // A new search or sort starts again at the first page.
  setSearch: (search) => set({ search }),
  setFilter: (filter) => set({ filter, page: 0 }),
  setSort: (sort) => set({ sort, page: 0 }),
  setPage: (page, pageSize) => set({ page, pageSize }),
  setDensity: (density) => set({ density }),
  setHiddenColumns: (hiddenColumns) => set({ hiddenColumns }),
  setSelectedIds: (selectedIds) => set({ selectedIds }),
}));

// Density, columns and page size are remembered per device.
useListStore.subscribe((state) => {
  const next: ListPrefs = { density: state.density, hiddenColumns: state.hiddenColumns, pageSize: state.pageSize };
  localStorage.setItem(PREFS_KEY, JSON.stringify(next));
});

// The list follows the box and the filter builder in a task of its own (see appliedSearch),
// however they were set (typing, a view being opened); a burst of edits before that task is
// one render of the list.
let applyScheduled = false;
useListStore.subscribe((state) => {
  if ((state.search === state.appliedSearch && state.filter === state.appliedFilter) || applyScheduled) return;
  applyScheduled = true;
  setTimeout(() => {
    applyScheduled = false;
    const { search, appliedSearch, filter, appliedFilter } = useListStore.getState();
    if (search !== appliedSearch || filter !== appliedFilter) useListStore.setState({ appliedSearch: search, appliedFilter: filter, page: 0 });
  }, 0);
});
