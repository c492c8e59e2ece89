import { create } from 'zustand';
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
  sort: ListSort;
  page: number;
  pageSize: number;
  density: ListDensity;
  hiddenColumns: Record<string, boolean>;
  selectedIds: string[];
  setSearch(search: string): void;
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

let applyTimer: ReturnType<typeof setTimeout> | undefined;

export const useListStore = create<ListState>()((set, get) => ({
  search: '',
  appliedSearch: '',
  sort: DEFAULT_SORT,
  page: 0,
  pageSize: [25, 50, 100].includes(prefs.pageSize ?? 0) ? (prefs.pageSize ?? 100) : 100,
  density: prefs.density ?? 'compact',
  hiddenColumns: prefs.hiddenColumns ?? {},
  selectedIds: [],
  // A new search or sort starts again at the first page.
  setSearch: (search) => {
    set({ search });
    clearTimeout(applyTimer);
    applyTimer = setTimeout(() => {
      if (get().appliedSearch !== get().search) set({ appliedSearch: get().search, page: 0 });
    }, 0);
  },
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
