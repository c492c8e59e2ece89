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
import { defaultDataManagementSettings } from '../../shared/permissions/dataManagementSettings';
import { buildPermissionContext } from '../../shared/permissions/permissionContext';
import type { Member } from '../../shared/team/member';
import { bulkChangeInfluencers, type BulkChange } from '../../renderer/src/modules/influencers/commands/bulkChangeInfluencers';

const RAW_DB = 'bench-raw-dexie';
const ACTOR: Member = { id: 'member-bench', name: 'Bench', email: 'bench@example.com', role: 'admin', groupId: null, active: true, createdAt: 1, updatedAt: 1 };

/** The influencers a bulk operation is run on: the first `n` active ones. */
function bulkSelection(count: number, n: number): string[] {
  return makeDocs(count).filter((d) => !d.archived).slice(0, n).map((d) => d.id);
}

/** The records a bulk operation wrote, as stored (without RxDB's metadata), for the raw baseline. */
interface WrittenRecords {
  influencers: Influencer[];
  activities: Activity[];
}
let lastWritten: WrittenRecords | null = null;

function makeDocs(count: number): Influencer[] {
  return generateDemoInfluencers({ count, seed: 7, now: Date.parse('2026-11-25T00:00:00Z'), actorId: 'member-bench' });
}

const api = {
  listCacheName,
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
  projectionCosts(count: number, queries: string[]): { buildMs: number; sortMs: number; search: number[] } {
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
    return { buildMs, sortMs, search };
  },
};

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
