import { compileFilter, type RowPredicate } from '../../../../../shared/filters/compileFilter';
import { isEmptyFilter, type ListFilter } from '../../../../../shared/filters/listFilter';
import type { Influencer } from '../../../../../shared/influencer';
import { duplicateKeys } from '../../../../../shared/influencers/duplicateKeys';
import { channelKeys, linkKeys, ownsLink } from '../../../../../shared/links/channelKeys';
import {
  compileSearch, EMPTY_SEARCH_LOOKUPS, type CompiledSearch, type InfluencerTypeScope, type SearchLookups,
} from '../../../../../shared/search/compileSearch';
import { toListRow, type ListRow } from './listRow';
import { RowTextIndex } from './rowTextIndex';
import { DEFAULT_SORT, sortRows, updateSorted, type ListSort } from './sortRows';

/** A stored document as RxDB hands it out: the influencer plus replication metadata. */
export type StoredInfluencer = Influencer & { _deleted?: boolean; _meta?: { lwt: number } };

/** Where the projection has read up to; RxDB's own checkpoint shape. */
export interface ProjectionCheckpoint {
  id: string;
  lwt: number;
}

export interface ListQuery {
  /** The search box as typed (shared/search/parseSearchQuery syntax). */
  search: string;
  /** The influencer type the search box looks at; default "all". */
  scope?: InfluencerTypeScope;
  /**
   * Names for `label:`, `status:`, `liaison:`, and who "me" is (in the search and the filter);
   * pass the same object while they are unchanged.
   */
  lookups?: SearchLookups;
  /** The advanced filter; pass the same object while it is unchanged (it is compiled once per object). */
  filter?: ListFilter | null;
  sort: ListSort;
  /**
   * "All influencers" shows the active ones; "Archived influencers" the archived ones; 'any':
   * both, for a filter with its own "Archived" condition.
   */
  archived: boolean | 'any';
}

export interface ProjectionOptions {
  /** The clock relative dates in filters count from ("updated in the last 7 days"). */
  now?: () => number;
}

/** Below this many rows, a narrowing query filters the previous result rather than scanning the list. */
const NARROW_BY_FILTERING = 5_000;
/** How many changes back a repeated search can be brought up to date rather than run again. */
const RECENT_DELTAS = 8;

/** One sorted list of active or archived rows, kept up to date across changes. */
interface SortedList {
  sort: ListSort;
  archived: boolean | 'any';
  rows: ListRow[];
}

/** What one change did to the rows: the row objects replaced or deleted, and the new ones. */
interface RowDelta {
  removed: Set<ListRow>;
  added: Set<ListRow>;
}

interface LastQuery {
  version: number;
  /** Sort, archived: what the base rows depend on. */
  key: string;
  filter: ListFilter | null;
  memberId: string | null;
  search: CompiledSearch;
  result: ListRow[];
}

/**
 * The in-memory projection of all influencers that drives the list. It is fed by the RxDB
 * change stream (and a persisted snapshot at start), and answers search/sort/page queries
 * in memory, because RxDB queries over 100,000 documents take seconds
 * (../shared/design/measurements.md).
 */
export class InfluencerProjection {
  private readonly rows = new Map<string, ListRow>();
  private readonly duplicateIndex = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private sortedCache = new Map<string, SortedList>();
  private filteredCache: { key: string; test: RowPredicate; rows: ListRow[] } | null = null;
  private compiledFilter: { version: number; filter: ListFilter; memberId: string | null; test: RowPredicate } | null = null;
  private compiledSearch: { text: string; scope: InfluencerTypeScope; lookups: SearchLookups; search: CompiledSearch } | null = null;
  private lastQuery: LastQuery | null = null;
  private textIndexes = new WeakMap<ListRow[], RowTextIndex<ListRow>>();
  /** The last few changes, oldest first, so a repeated search can catch up with them. */
  private recentDeltas: { version: number; delta: RowDelta }[] = [];
  private readonly now: () => number;
  private versionNumber = 0;
  private readyFlag = false;
  private preview: { rows: ListRow[]; total: number } | null = null;
  checkpoint: ProjectionCheckpoint | null = null;

  constructor(options: ProjectionOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  get version(): number {
    return this.versionNumber;
  }

  get size(): number {
    return this.rows.size;
  }

  /** False until the first snapshot or batch has been read, so the list can say "Loading". */
  get ready(): boolean {
    return this.readyFlag;
  }

  markReady(): void {
    if (this.readyFlag) return;
    this.readyFlag = true;
    this.changed({ removed: new Set(), added: new Set() });
  }

  /**
   * Shows the first page of the default view, saved with the snapshot, until the whole
   * projection is read: a cold start then paints rows after reading ~100 rows, not 100,000.
   */
  showPreview(rows: ListRow[], total: number): void {
    if (this.rows.size > 0 || rows.length === 0) return;
    this.preview = { rows, total };
    this.readyFlag = true;
    this.changed();
  }

  /** The preview rows and total for the default view (no search, default sort), while there is one. */
  previewFor(q: ListQuery): { rows: ListRow[]; total: number } | null {
    const p = this.preview;
    if (p === null || q.search.trim() !== '' || q.archived || (q.scope ?? 'all') !== 'all') return null;
    if (q.filter !== undefined && q.filter !== null && !isEmptyFilter(q.filter)) return null;
    return q.sort.field === DEFAULT_SORT.field && q.sort.direction === DEFAULT_SORT.direction ? p : null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getRow(id: string): ListRow | undefined {
    return this.rows.get(id);
  }

  /** Applies stored documents (inserts, updates, deletions); older writes never win over newer. */
  applyDocuments(docs: readonly StoredInfluencer[]): void {
    let touched = false;
    const delta: RowDelta = { removed: new Set(), added: new Set() };
    for (const doc of docs) {
      const lwt = doc._meta?.lwt ?? doc.updatedAt;
      const existing = this.rows.get(doc.id);
      if (existing !== undefined && existing.lwt > lwt) continue;
      // The same write again (the catch-up re-reads a minute before the snapshot): no change,
      // so no new version, render or snapshot save of 100,000 rows.
      if (existing !== undefined && existing.lwt === lwt && existing.updatedAt === doc.updatedAt && doc._deleted !== true) continue;
      if (existing !== undefined) {
        this.unindex(existing);
        // A row added earlier in this same batch was never in the sorted lists.
        if (!delta.added.delete(existing)) delta.removed.add(existing);
      }
      if (doc._deleted === true) {
        this.rows.delete(doc.id);
      } else {
        const row = toListRow(doc, lwt);
        this.rows.set(doc.id, row);
        this.index(row);
        delta.added.add(row);
      }
      this.advanceCheckpoint({ id: doc.id, lwt });
      touched = true;
    }
    if (touched) this.changed(delta);
  }

  /** Replaces the content with rows read from a snapshot. */
  loadRows(rows: readonly ListRow[], checkpoint: ProjectionCheckpoint | null): void {
    this.rows.clear();
    this.duplicateIndex.clear();
    for (const row of rows) {
      this.rows.set(row.id, row);
      this.index(row);
    }
    this.checkpoint = checkpoint;
    this.changed();
  }

  allRows(): ListRow[] {
    return [...this.rows.values()];
  }

  /**
   * The id of an existing influencer that is the same person: same account, same link (its
   * main link or one of its additional channels) or same email.
   */
  findDuplicate(candidate: Pick<Influencer, 'platform' | 'platformId' | 'link' | 'email'>): string | null {
    const keys = duplicateKeys(candidate);
    if (candidate.link !== '') keys.push(...linkKeys(candidate.link));
    for (const key of keys) {
      const id = this.duplicateIndex.get(key);
      if (id !== undefined) return id;
    }
    return null;
  }

  /** Whether the influencer already has this link (main link, account or a channel). */
  hasLink(id: string, link: string): boolean {
    const row = this.rows.get(id);
    return row !== undefined && ownsLink({ ...row, channels: row.channels ?? [], profile: null }, link);
  }

  /**
   * The rows matching a query, in order. The search is compiled once per text, scope and
   * lookups; a repeated query returns the previous result. A search with a text term scans
   * the joined texts of the list (RowTextIndex) for it; otherwise a narrowing query (typing
   * on) filters the previous result instead of every row.
   */
  query(q: ListQuery): ListRow[] {
    const key = `${q.sort.field}:${q.sort.direction}:${q.archived}`;
    const filter = q.filter !== undefined && q.filter !== null && !isEmptyFilter(q.filter) ? q.filter : null;
    const lookups = q.lookups ?? EMPTY_SEARCH_LOOKUPS;
    const search = this.compile(q.search, q.scope ?? 'all', lookups);
    const last = this.lastQuery;
    const same = last !== null && last.key === key && last.filter === filter && last.memberId === lookups.currentMemberId && last.search === search;
    if (same && last.version !== this.versionNumber && filter === null && !(search.empty && search.scope === 'all')) {
      // The same search after a few changes (a replicated edit, a bulk chunk): update its
      // result with what changed instead of testing every row again.
      const result = this.updatedResult(last.result, last.version, search, q.sort, q.archived);
      if (result !== null) {
        this.lastQuery = { ...last, version: this.versionNumber, result };
        return result;
      }
    }
    let narrowed: ListRow[] | null = null;
    if (last !== null && last.version === this.versionNumber && last.key === key && last.filter === filter && last.memberId === lookups.currentMemberId) {
      if (last.search === search) return last.result;
      if (search.narrows(last.search)) narrowed = last.result;
    }
    let result: ListRow[];
    if (search.empty && search.scope === 'all') {
      result = this.filtered(q.sort, q.archived, key, filter, lookups.currentMemberId);
    } else if (narrowed !== null && (narrowed.length <= NARROW_BY_FILTERING || search.requiredText === null)) {
      result = narrowed.filter((row) => search.test(row));
    } else if (search.requiredText !== null) {
      // The sorted list's text index, kept across filter edits; the filter tests candidates only.
      const candidates = this.textIndex(this.sorted(q.sort, q.archived)).rowsContaining(search.requiredText);
      const passes = filter === null ? null : this.filterTest(filter, lookups.currentMemberId);
      if (passes === null) result = search.othersEmpty ? candidates : candidates.filter((row) => search.testOthers(row));
      else result = candidates.filter((row) => passes(row) && search.testOthers(row));
    } else {
      result = this.filtered(q.sort, q.archived, key, filter, lookups.currentMemberId).filter((row) => search.test(row));
    }
    this.lastQuery = { version: this.versionNumber, key, filter, memberId: lookups.currentMemberId, search, result };
    return result;
  }

  /** `result` (a search's rows at `version`) brought up to now from the recent deltas; null when they do not reach back that far. */
  private updatedResult(result: ListRow[], version: number, search: CompiledSearch, sort: ListSort, archived: boolean | 'any'): ListRow[] | null {
    const first = this.recentDeltas[0];
    if (first === undefined || first.version > version + 1) return null;
    let rows = result;
    for (const { version: v, delta } of this.recentDeltas) {
      if (v <= version) continue;
      const joining: ListRow[] = [];
      for (const row of delta.added) if ((archived === 'any' || row.archived === archived) && search.test(row)) joining.push(row);
      rows = updateSorted(rows, delta.removed, joining, sort);
    }
    return rows;
  }

  /** The joined search texts of a list, built once per list (a list is replaced, never changed). */
  private textIndex(rows: ListRow[]): RowTextIndex<ListRow> {
    let index = this.textIndexes.get(rows);
    if (index === undefined) {
      index = new RowTextIndex(rows);
      this.textIndexes.set(rows, index);
    }
    return index;
  }

  /** The compiled search for the box's text, reused while nothing it depends on changed. */
  compile(text: string, scope: InfluencerTypeScope, lookups: SearchLookups): CompiledSearch {
    const cached = this.compiledSearch;
    if (cached !== null && cached.text === text && cached.scope === scope && cached.lookups === lookups) return cached.search;
    const search = compileSearch(text, { ...lookups, scope });
    this.compiledSearch = { text, scope, lookups, search };
    return search;
  }

  /** Sorted rows of one list that pass the advanced filter. */
  private filtered(sort: ListSort, archived: boolean | 'any', key: string, filter: ListFilter | null, memberId: string | null): ListRow[] {
    const sorted = this.sorted(sort, archived);
    if (filter === null) return sorted;
    const test = this.filterTest(filter, memberId);
    const cached = this.filteredCache;
    if (cached !== null && cached.key === key && cached.test === test) return cached.rows;
    const rows = sorted.filter((row) => test(row));
    this.filteredCache = { key, test, rows };
    return rows;
  }

  /** The advanced filter compiled, once per filter object, member and data version. */
  private filterTest(filter: ListFilter, memberId: string | null): RowPredicate {
    let compiled = this.compiledFilter;
    if (compiled === null || compiled.filter !== filter || compiled.version !== this.versionNumber || compiled.memberId !== memberId) {
      // Recompiled per data version too, so "in the last N days" moves on with the clock.
      compiled = { version: this.versionNumber, filter, memberId, test: compileFilter(filter, { now: this.now(), currentMemberId: memberId }) };
      this.compiledFilter = compiled;
    }
    return compiled.test;
  }

  private sorted(sort: ListSort, archived: boolean | 'any'): ListRow[] {
    const key = `${sort.field}:${sort.direction}:${archived}`;
    let list = this.sortedCache.get(key);
    if (list === undefined) {
      const matching: ListRow[] = [];
      for (const row of this.rows.values()) if (archived === 'any' || row.archived === archived) matching.push(row);
      list = { sort, archived, rows: sortRows(matching, sort) };
      this.sortedCache.set(key, list);
    }
    return list.rows;
  }

  private index(row: ListRow): void {
    for (const key of rowDuplicateKeys(row)) if (!this.duplicateIndex.has(key)) this.duplicateIndex.set(key, row.id);
  }

  private unindex(row: ListRow): void {
    for (const key of rowDuplicateKeys(row)) if (this.duplicateIndex.get(key) === row.id) this.duplicateIndex.delete(key);
  }

  private advanceCheckpoint(next: ProjectionCheckpoint): void {
    const current = this.checkpoint;
    if (current === null || next.lwt > current.lwt || (next.lwt === current.lwt && next.id > current.id)) {
      this.checkpoint = next;
    }
  }

  /** `delta`: what changed, so the sorted lists are updated rather than sorted again; none: everything. */
  private changed(delta?: RowDelta): void {
    if (this.rows.size > 0) this.preview = null;
    this.versionNumber++;
    const next = new Map<string, SortedList>();
    if (delta === undefined) this.recentDeltas = [];
    else {
      this.recentDeltas.push({ version: this.versionNumber, delta });
      if (this.recentDeltas.length > RECENT_DELTAS) this.recentDeltas.shift();
    }
    if (delta !== undefined && delta.removed.size + delta.added.size <= this.rows.size / 2) {
      const added = [...delta.added];
      for (const [key, list] of this.sortedCache) {
        const joining = added.filter((row) => list.archived === 'any' || row.archived === list.archived);
        next.set(key, { ...list, rows: updateSorted(list.rows, delta.removed, joining, list.sort) });
      }
    }
    this.sortedCache = next;
    for (const listener of this.listeners) listener();
  }
}

/** The keys a row is found under: its account, link and email, and its channels' links and accounts. */
function rowDuplicateKeys(row: ListRow): string[] {
  const keys = duplicateKeys(row);
  if (row.channels !== null) for (const channel of row.channels) keys.push(...channelKeys(channel));
  return keys;
}
