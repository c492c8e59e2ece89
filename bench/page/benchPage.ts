// Runs inside headless Chromium on the app's origin, so it writes the same IndexedDB the app
// then opens. Exposes window.crmBench for bench/run.mjs to call.
import Dexie from 'dexie';
import { generateDemoInfluencers } from '../../shared/demo/generateDemoInfluencers';
import type { Influencer } from '../../shared/influencer';
import { bulkInsertInChunks, INSERT_CHUNK } from '../../renderer/src/db/bulkInsertInChunks';
import { openCrmDatabase } from '../../renderer/src/db/database';
import { InfluencerProjection } from '../../renderer/src/modules/influencers/projection/InfluencerProjection';
import { teamDatabaseName } from '../../renderer/src/app/crmRuntime';
import type { Activity } from '../../shared/activity';
import { importCsv, importSheet } from './importBench';
import { compileFilter } from '../../shared/filters/compileFilter';
import type { FilterNode, ListFilter } from '../../shared/filters/listFilter';
import { defaultDataManagementSettings } from '../../shared/permissions/dataManagementSettings';
import { buildPermissionContext } from '../../shared/permissions/permissionContext';
import type { Member } from '../../shared/team/member';
import { bulkChangeInfluencers, type BulkChange } from '../../renderer/src/modules/influencers/commands/bulkChangeInfluencers';
import { detailsBenchApi } from './detailsBench';

const RAW_DB = 'bench-raw-dexie';
const ACTOR: Member = { id: 'member-bench', name: 'Bench', email: 'bench@example.com', role: 'admin', groupId: null, active: true, createdAt: 1, updatedAt: 1 };

/** The influencers a bulk operation is run on: the first `n` active ones (the SELECTION_STATUS ones). */
function bulkSelection(count: number, n: number): string[] {
  return makeDocs(count).filter((d) => !d.archived).slice(0, n).map((d) => d.id);
}

/** The records a bulk operation wrote, as stored (without RxDB's metadata), for the raw baseline. */
interface WrittenRecords {
  influencers: Influencer[];
  activities: Activity[];
}
let lastWritten: WrittenRecords | null = null;

/** The status that exactly the bulk operations' selection has, so the list can find it with `status:`. */
const SELECTION_STATUS = 'content_posted';
const SELECTION_SIZE = 10_000;

/**
 * The demo influencers, except that exactly the first 10,000 active ones have the status
 * "Content posted" (and no other does): the bulk measures select them all by a search.
 */
function makeDocs(count: number): Influencer[] {
  const docs = generateDemoInfluencers({ count, seed: 7, now: Date.parse('2026-11-25T00:00:00Z'), actorId: 'member-bench' });
  const size = Math.min(SELECTION_SIZE, Math.floor(count / 2));
  let selected = 0;
  return docs.map((d) => {
    if (!d.archived && selected < size) {
      selected++;
      return { ...d, status: SELECTION_STATUS };
    }
    return d.status === SELECTION_STATUS ? { ...d, status: 'brief_sent' } : d;
  });
}

const api = {
  listCacheName,
  /** How many of the bench influencers are active: what "All influencers" lists once loaded. */
  activeCount(count: number): number {
    return makeDocs(count).filter((d) => !d.archived).length;
  },
  ...detailsBenchApi,
  /** Raw Dexie bulkPut of the same documents into a table with the same indexes: the baseline. */
  async insertRawDexie(count: number): Promise<number> {
    const docs = makeDocs(count);
    await Dexie.delete(RAW_DB);
    const db = new Dexie(RAW_DB);
    db.version(1).stores({ influencers: 'id, updatedAt, officialName', activities: 'id, [influencerId+at], at' });
    await db.open();
    const table = db.table('influencers');
    const t0 = performance.now();
    for (let start = 0; start < docs.length; start += INSERT_CHUNK) {
      await table.bulkPut(docs.slice(start, start + INSERT_CHUNK));
    }
    const ms = performance.now() - t0;
    // Kept for the bulk-write baseline (rawBulkPut), which deletes it.
    db.close();
    return ms;
  },

  /**
   * The app's bulk status change on `n` influencers (what "Select all matching" + "Change
   * status" runs after the preview), with its activity entries; keeps what it wrote for the
   * raw baseline.
   */
  async bulkStatusThroughApp(teamId: string, count: number, n: number, statusId: string, chunkSize?: number) {
    const ids = bulkSelection(count, n);
    const db = await openCrmDatabase(teamDatabaseName(teamId));
    const ctx = { db, actorId: ACTOR.id, permissions: buildPermissionContext(ACTOR, [ACTOR], [], defaultDataManagementSettings()) };
    const change: BulkChange = { kind: 'status', statusId };
    const t0 = performance.now();
    const outcome = await bulkChangeInfluencers(ctx, ids, change, { chunkSize });
    const ms = performance.now() - t0;
    if (outcome.status !== 'done') throw new Error(outcome.reason);
    const { result } = outcome;
    const written = await db.influencers.findByIds(ids).exec();
    const entries = await db.activities.find({ selector: { at: { $gte: result.startedAt } } }).exec();
    lastWritten = {
      influencers: [...written.values()].filter((d) => d.updatedAt >= result.startedAt).map((d) => d.toJSON() as Influencer),
      activities: entries.map((d) => d.toJSON() as Activity).filter((e) => e.batchId === result.batchId),
    };
    await db.close();
    return { ms, changed: result.changed, unchanged: result.unchanged, refused: result.refused, entries: lastWritten.activities.length };
  },

  /** A CSV of `rows` influencers imported into the team's database (see importBench.ts). */
  async importThroughApp(teamId: string, count: number, rows: number) {
    const existing = makeDocs(count);
    const bytes = importSheet(rows, existing);
    // Read before the import: the file's bytes are handed over to its Web Worker.
    const size = bytes.length;
    const db = await openCrmDatabase(teamDatabaseName(teamId));
    const figures = await importCsv(db, bytes, existing, ACTOR.id, buildPermissionContext(ACTOR, [ACTOR], [], defaultDataManagementSettings()));
    await db.close();
    return { ...figures, bytes: size };
  },

  /**
   * The baseline: raw Dexie bulkPut of exactly the records the app's bulk operation wrote
   * (the changed influencers and their entries), in chunks of the same size, into tables with
   * the same indexes holding the same 100,000 influencers.
   */
  async rawBulkPut(chunk: number): Promise<{ ms: number; records: number }> {
    if (lastWritten === null) throw new Error('Run bulkStatusThroughApp first.');
    const { influencers, activities } = lastWritten;
    const db = new Dexie(RAW_DB);
    db.version(1).stores({ influencers: 'id, updatedAt, officialName', activities: 'id, [influencerId+at], at' });
    await db.open();
    const t0 = performance.now();
    for (let start = 0; start < influencers.length; start += chunk) {
      await db.table('influencers').bulkPut(influencers.slice(start, start + chunk));
    }
    for (let start = 0; start < activities.length; start += chunk) {
      await db.table('activities').bulkPut(activities.slice(start, start + chunk));
    }
    const ms = performance.now() - t0;
    db.close();
    await Dexie.delete(RAW_DB);
    return { ms, records: influencers.length + activities.length };
  },

  /** The app's own write path: RxDB bulkInsert in chunks into the team's database. */
  async insertThroughStore(count: number, teamId: string): Promise<number> {
    const docs = makeDocs(count);
    const db = await openCrmDatabase(teamDatabaseName(teamId));
    const t0 = performance.now();
    await bulkInsertInChunks(db.influencers, docs);
    const ms = performance.now() - t0;
    await db.close();
    return ms;
  },

  /** Pure in-memory costs of the projection over `count` documents, per query. */
  projectionCosts(count: number, queries: string[]) {
    const docs = makeDocs(count);
    const projection = new InfluencerProjection();
    let t0 = performance.now();
    projection.applyDocuments(docs);
    const buildMs = performance.now() - t0;
    t0 = performance.now();
    projection.query({ search: '', sort: { field: 'name', direction: 'asc' }, archived: false });
    const sortMs = performance.now() - t0;
    const search: number[] = [];
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        t0 = performance.now();
        projection.query({ search: q.slice(0, i), sort: { field: 'updatedAt', direction: 'desc' }, archived: false });
        search.push(performance.now() - t0);
      }
    }
    // The advanced filter as someone edits it: every edit is a new filter object, compiled
    // and evaluated over every row (through the projection, as the list asks, and directly).
    const filters = filterEdits();
    const filter: number[] = [];
    const filterWithSearch: number[] = [];
    const filterDirect: number[] = [];
    const rows = projection.allRows();
    let matched = 0;
    for (const f of filters) {
      t0 = performance.now();
      matched = projection.query({ search: '', filter: f, sort: { field: 'updatedAt', direction: 'desc' }, archived: false }).length;
      filter.push(performance.now() - t0);
      t0 = performance.now();
      projection.query({ search: 'ma', filter: f, sort: { field: 'updatedAt', direction: 'desc' }, archived: false });
      filterWithSearch.push(performance.now() - t0);
      t0 = performance.now();
      const test = compileFilter(f, { now: Date.now(), currentMemberId: ACTOR.id });
      let n = 0;
      for (const row of rows) if (test(row)) n++;
      filterDirect.push(performance.now() - t0);
      if (n < 0) throw new Error('unreachable');
    }
    return { buildMs, sortMs, search, filter, filterWithSearch, filterDirect, filterEdits: filters.length, lastFilterMatched: matched };
  },
};

/**
 * Successive states of an advanced filter while someone builds it: a followers minimum typed
 * digit by digit, statuses ticked, a country, an OR group over labels and email, a date range.
 */
function filterEdits(): ListFilter[] {
  const states: FilterNode[][] = [];
  const followers = (min: number): FilterNode => ({ type: 'condition', field: 'followers', op: 'between', min, max: null });
  for (const min of [1, 10, 100, 1_000, 10_000]) states.push([followers(min)]);
  const status = (values: string[]): FilterNode => ({ type: 'condition', field: 'status', op: 'any_of', values });
  states.push([followers(10_000), status(['contacted'])], [followers(10_000), status(['contacted', 'negotiating'])]);
  const country = (values: string[]): FilterNode => ({ type: 'condition', field: 'country', op: 'any_of', values });
  const base = [followers(10_000), status(['contacted', 'negotiating'])];
  states.push([...base, country(['us'])], [...base, country(['us', 'br'])]);
  const either: FilterNode = {
    type: 'group', combinator: 'or', children: [
      { type: 'condition', field: 'labels', op: 'is_not_empty' },
      { type: 'condition', field: 'hasEmail', op: 'is', value: true },
    ],
  };
  states.push([...base, country(['us', 'br']), either]);
  for (const days of [7, 30, 365]) states.push([...base, either, { type: 'condition', field: 'updatedAt', op: 'in_last_days', days }]);
  states.push([followers(1_000)], []);
  return states.map((children) => ({ version: 1, root: { type: 'group', combinator: 'and', children } }));
}

/** The IndexedDB name of the list cache the app keeps for this team's database. */
function listCacheName(teamId: string): string {
  return `${teamDatabaseName(teamId)}-list-cache`;
}

declare global {
  interface Window {
    crmBench?: typeof api;
  }
}
window.crmBench = api;
document.title = 'bench ready';
