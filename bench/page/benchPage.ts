// Runs inside headless Chromium on the app's origin, so it writes the same IndexedDB the app
// then opens. Exposes window.crmBench for bench/run.mjs to call.
import Dexie from 'dexie';
import { generateDemoInfluencers } from '../../shared/demo/generateDemoInfluencers';
import type { Influencer } from '../../shared/influencer';
import { bulkInsertInChunks, INSERT_CHUNK } from '../../renderer/src/db/bulkInsertInChunks';
import { openCrmDatabase } from '../../renderer/src/db/database';
import { InfluencerProjection } from '../../renderer/src/modules/influencers/projection/InfluencerProjection';
import { teamDatabaseName } from '../../renderer/src/app/crmRuntime';
import { detailsBenchApi } from './detailsBench';

function makeDocs(count: number): Influencer[] {
  return generateDemoInfluencers({ count, seed: 7, now: Date.parse('2026-11-25T00:00:00Z'), actorId: 'member-bench' });
}

const api = {
  listCacheName,
  ...detailsBenchApi,
  /** Raw Dexie bulkPut of the same documents into a table with the same indexes: the baseline. */
  async insertRawDexie(count: number): Promise<number> {
    const docs = makeDocs(count);
    const db = new Dexie('bench-raw-dexie');
    db.version(1).stores({ influencers: 'id, updatedAt, officialName' });
    await db.open();
    const table = db.table('influencers');
    const t0 = performance.now();
    for (let start = 0; start < docs.length; start += INSERT_CHUNK) {
      await table.bulkPut(docs.slice(start, start + INSERT_CHUNK));
    }
    const ms = performance.now() - t0;
    db.close();
    await Dexie.delete('bench-raw-dexie');
    return ms;
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
