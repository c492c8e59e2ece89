// The first-sync benchmark page: runs in headless Chromium on the sync server's origin and
// exposes window.firstSyncBench for bench/firstSync/run.ts. Each measure starts from an
// empty IndexedDB database and deletes it afterwards (outside the timing).
import Dexie from 'dexie';
import PouchDB from 'pouchdb-browser';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { Activity } from '../../shared/activity';
import type { Influencer } from '../../shared/influencer';
import { influencerSchema } from '../../shared/schemas/influencerSchema';
import { openCrmDatabase } from '../../renderer/src/db/database';
import { countPendingChanges } from '../../renderer/src/sync/countPendingChanges';
import { createInfluencerConflictHandler } from '../../renderer/src/sync/influencerConflictHandler';
import { insertActivitiesOnce } from '../../renderer/src/sync/insertActivitiesOnce';
import { readReplicatedDocuments } from '../../renderer/src/sync/readReplicatedDocuments';
import type { SeqCheckpoint } from '../../renderer/src/sync/syncClient';
import { startSync } from '../../renderer/src/sync/startSync';
import type { FirstSyncBench, FirstSyncWindow, Measured, SyncTarget } from '../firstSync/types';

interface PullPage {
  documents: { id: string }[];
  checkpoint: { seq: number };
}

let runs = 0;

async function pullPage(target: SyncTarget, since: number, limit: number): Promise<PullPage> {
  const res = await fetch(`${target.serverUrl}/api/sync/influencers/pull?since=${since}&limit=${limit}`, {
    headers: { Authorization: `Bearer ${target.token}` },
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`pull: HTTP ${res.status}`);
  return (await res.json()) as PullPage;
}

const api: FirstSyncBench = {
  /**
   * The baseline: the same pages fetched over HTTP and written with Dexie's bulkPut into a
   * table with the collection's indexes. The next page is fetched while one is written, so
   * the network is not on the baseline's critical path either.
   */
  async rawDexie(target: SyncTarget, pageSize: number): Promise<Measured> {
    const name = `bench-first-sync-raw-${++runs}`;
    const db = new Dexie(name);
    db.version(1).stores({ influencers: [influencerSchema.primaryKey, ...influencerSchema.indexes].join(', ') });
    await db.open();
    const table = db.table('influencers');
    const t0 = performance.now();
    let next = pullPage(target, 0, pageSize);
    let pages = 0;
    for (;;) {
      const page = await next;
      if (page.documents.length === 0) break;
      next = pullPage(target, page.checkpoint.seq, pageSize);
      await table.bulkPut(page.documents);
      pages++;
    }
    const ms = performance.now() - t0;
    const count = await table.count();
    db.close();
    await Dexie.delete(name);
    return { ms, count, note: `${pages} pages of ${pageSize}` };
  },

  /**
   * The app's first sync: a new team database and startSync, exactly as the app signs in
   * (leader election, both collections, the influencer conflict handler), until RxDB reports
   * the first replication of every collection done.
   */
  async ourFirstSync(target: SyncTarget): Promise<Measured> {
    const name = `bench-first-sync-app-${Date.now()}-${++runs}`;
    let db: Awaited<ReturnType<typeof openCrmDatabase>> | null = null;
    const influencerConflictHandler = createInfluencerConflictHandler({
      actorId: () => target.memberId,
      now: Date.now,
      recordActivities: async (entries: Activity[]) => insertActivitiesOnce(db!.activities, entries),
    });
    db = await openCrmDatabase(name, { influencerConflictHandler });
    // Counts the requests by route: a first sync sends no push.
    const requests = { pull: 0, push: 0 };
    const countingFetch = (input: string, init?: RequestInit) => {
      const route = /\/api\/sync\/[^/]+\/(pull|push)/.exec(new URL(input).pathname)?.[1];
      if (route === 'pull' || route === 'push') requests[route]++;
      return fetch(input, init);
    };
    const t0 = performance.now();
    const sync = startSync({
      db,
      session: { serverUrl: target.serverUrl, token: target.token, team: { id: target.teamId } },
      onUnauthorized: () => console.error('The bench session was refused.'),
      fetch: countingFetch,
    });
    await Promise.all([sync.influencers.awaitInitialReplication(), sync.activities.awaitInitialReplication()]);
    const ms = performance.now() - t0;
    const count = await db.influencers.count().exec();
    const pending = await countPendingChanges(sync.influencers.internalReplicationState!, { limit: 1000, maxScanned: Number.POSITIVE_INFINITY });
    await sync.stop();
    await db.remove();
    return { ms, count, note: `${requests.pull} pull and ${requests.push} push requests; ${pending.count}${pending.atLeast ? '+' : ''} changes pending after it` };
  },

  /**
   * Reference: the same pages written with RxDB's bulkInsert into a new team database, with
   * no replication state at all — RxDB's own write cost, the floor for any path through its
   * public API.
   */
  async rxdbInsert(target: SyncTarget, pageSize: number): Promise<Measured> {
    const db = await openCrmDatabase(`bench-first-sync-insert-${Date.now()}-${++runs}`);
    const t0 = performance.now();
    let next = pullPage(target, 0, pageSize);
    for (;;) {
      const page = await next;
      if (page.documents.length === 0) break;
      next = pullPage(target, page.checkpoint.seq, pageSize);
      const docs = readReplicatedDocuments<Influencer>(influencerSchema, page.documents, 'influencers').map(({ _deleted: _, ...doc }) => doc as Influencer);
      const result = await db.influencers.bulkInsert(docs);
      if (result.error.length > 0) throw new Error(`bulkInsert: ${result.error.length} errors`);
    }
    const ms = performance.now() - t0;
    const count = await db.influencers.count().exec();
    await db.remove();
    return { ms, count, note: '' };
  },

  /**
   * Reference: RxDB's replication with a pull handler only. Without a push RxDB stores no
   * per-document replication state (no assumed master states), so this is the replication's
   * cost without them — not a usable first sync for the app (see bench/RESULTS.md).
   */
  async pullOnly(target: SyncTarget, pageSize: number): Promise<Measured> {
    const db = await openCrmDatabase(`bench-first-sync-pull-only-${Date.now()}-${++runs}`);
    const t0 = performance.now();
    const replication = replicateRxCollection<Influencer, SeqCheckpoint>({
      collection: db.influencers,
      replicationIdentifier: 'bench-pull-only',
      live: false,
      waitForLeadership: false,
      pull: {
        batchSize: pageSize,
        handler: async (checkpoint, limit) => {
          const page = await pullPage(target, checkpoint?.seq ?? 0, limit);
          return { documents: readReplicatedDocuments<Influencer>(influencerSchema, page.documents, 'influencers'), checkpoint: page.checkpoint };
        },
      },
    });
    await replication.awaitInitialReplication();
    const ms = performance.now() - t0;
    await replication.cancel();
    const count = await db.influencers.count().exec();
    await db.remove();
    return { ms, count, note: '' };
  },

  /** The peer: PouchDB (IndexedDB adapter) replicating the same documents from a CouchDB-protocol server. */
  async pouchFirstSync(url: string, batchSize: number): Promise<Measured> {
    const db = new PouchDB(`bench-first-sync-pouch-${Date.now()}-${++runs}`);
    const t0 = performance.now();
    const result = await db.replicate.from(url, { batch_size: batchSize });
    const ms = performance.now() - t0;
    const info = await db.info();
    await db.destroy();
    if (!result.ok || result.doc_write_failures > 0) throw new Error(`PouchDB replication failed: ${JSON.stringify(result.errors).slice(0, 500)}`);
    return { ms, count: info.doc_count, note: `adapter ${info.adapter}, batch_size ${batchSize}` };
  },
};

(window as FirstSyncWindow).firstSyncBench = api;
document.title = 'first-sync bench ready';
