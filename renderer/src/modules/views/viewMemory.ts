import { usableFilter } from '../../../../shared/filters/usableFilter';
import { validateFilter } from '../../../../shared/filters/validateFilter';
import { VIEW_SORT_FIELDS } from '../../../../shared/views/savedView';
import type { SortField } from '../influencers/projection/sortRows';
import { useListStore } from '../influencers/stores/listStore';
import { useListViewStore } from '../influencers/stores/listViewStore';
import { useViewDraftsStore } from './stores/viewDraftsStore';
import { currentContent, showContent, type ListContent } from './viewContent';

/** Per member and device: the last open view, what the list showed in it, and the other views' unsaved changes. */
interface ViewMemory {
  viewId: string;
  content: ListContent;
  drafts: Record<string, ListContent>;
}

const keyFor = (memberId: string) => `crm.listView:${memberId}`;

/**
 * Brings back the member's last view and its unsaved changes on this device, then keeps the
 * memory current. Returns the stop function. A stored memory that does not read (another
 * version, edited by hand) is ignored: the list opens in "All influencers".
 */
export function rememberViews(memberId: string, storage: Storage = localStorage): () => void {
  const memory = readMemory(storage.getItem(keyFor(memberId)));
  if (memory !== null) {
    useViewDraftsStore.getState().replace(memory.drafts);
    useListViewStore.getState().setViewId(memory.viewId);
    showContent(memory.content);
  }
  const save = () => {
    // Unfinished conditions are not kept: a stored filter must read back (validateFilter).
    const content = currentContent();
    const drafts = Object.fromEntries(Object.entries(useViewDraftsStore.getState().drafts).map(([id, draft]) => [id, { ...draft, filter: usableFilter(draft.filter) }]));
    const next: ViewMemory = { viewId: useListViewStore.getState().viewId, content: { ...content, filter: usableFilter(content.filter) }, drafts };
    try {
      storage.setItem(keyFor(memberId), JSON.stringify(next));
    } catch (error) {
      console.warn('The open view could not be remembered on this device.', error); // full storage: only the memory is lost
    }
  };
  const stops = [useListStore.subscribe(save), useListViewStore.subscribe(save), useViewDraftsStore.subscribe(save)];
  return () => {
    for (const stop of stops) stop();
  };
}

export function readMemory(text: string | null): ViewMemory | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<ViewMemory> | null;
    if (value === null || typeof value !== 'object' || typeof value.viewId !== 'string') return null;
    const content = readContent(value.content);
    if (content === null) return null;
    const drafts: Record<string, ListContent> = {};
    for (const [id, draft] of Object.entries(value.drafts ?? {})) {
      const read = readContent(draft);
      if (read !== null) drafts[id] = read;
    }
    return { viewId: value.viewId, content, drafts };
  } catch {
    return null;
  }
}

function readContent(value: unknown): ListContent | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Partial<ListContent>;
  if (typeof c.search !== 'string' || typeof c.sort !== 'object' || c.sort === null) return null;
  if (!(VIEW_SORT_FIELDS as readonly string[]).includes(c.sort.field) || (c.sort.direction !== 'asc' && c.sort.direction !== 'desc')) return null;
  const hidden = typeof c.hiddenColumns === 'object' && c.hiddenColumns !== null ? c.hiddenColumns : {};
  // An unfinished condition does not validate: keep a stored filter only if it reads, else none.
  let filter = null;
  if (c.filter !== null && c.filter !== undefined) {
    const checked = validateFilter(c.filter);
    filter = checked.ok ? checked.filter : null;
  }
  return { filter, search: c.search, sort: { field: c.sort.field as SortField, direction: c.sort.direction }, hiddenColumns: hidden };
}
