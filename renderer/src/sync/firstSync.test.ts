import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoInfluencers } from '../../../shared/demo/generateDemoInfluencers';
import type { Influencer } from '../../../shared/influencer';
import type { Doc } from '../../../shared/sync/mergeDocuments';
import { openCrmDatabase, type CrmDatabase } from '../db/database';
import { changeInfluencerEmail } from '../modules/influencers/commands/changeInfluencerEmail';
import { createInfluencerConflictHandler, sameInfluencer } from './influencerConflictHandler';
import { insertActivitiesOnce } from './insertActivitiesOnce';
import { PULL_BATCH_SIZE } from './replicateCrmCollection';
import type { FetchFunction } from './serverApi';
import { startSync, type SyncHandle } from './startSync';
import { describeSyncStatus } from './syncStatus';
import { useSyncStatusStore } from './syncStatusStore';
import { FakeSyncServer, type FakeClient } from './testing/fakeSyncServer';

/**
 * The first sync of a team CRM into an empty database, through the app's replication. These
 * are the properties a faster first-sync path would have to keep (see bench/RESULTS.md,
 * "first sync"): pulled documents are never pushed back, each one has its pulled state as
 * the assumed master state of the first local edit, and an interrupted first sync resumes
 * from its checkpoint without losing an edit made meanwhile.
 */

const SERVER = 'http://sync.test';
const TEAM_SIZE = 2_500; // three pull pages
const MEMBER = 'member-a';

interface PushRow {
  assumedMasterState: Doc | null;
  newDocumentState: Doc;
}

/** What reached the server from one client: the `since` of every influencer pull and every influencer push row. */
interface Traffic {
  pulls: number[];
  pushRows: PushRow[];
}

function recording(net: FakeClient, traffic: Traffic, beforeRequest: (url: URL) => void = () => {}): FetchFunction {
  return async (input, init) => {
    const url = new URL(input);
    beforeRequest(url);
    const response = await net.fetch(input, init); // throws while offline: nothing reached the server
    if (url.pathname === '/api/sync/influencers/pull') traffic.pulls.push(Number(url.searchParams.get('since')));
    if (url.pathname === '/api/sync/influencers/push') traffic.pushRows.push(...(JSON.parse(String(init?.body)) as PushRow[]));
    return response;
  };
}

const opened: { db: CrmDatabase; syncs: SyncHandle[] }[] = [];
afterEach(async () => {
  for (const { db, syncs } of opened.splice(0)) {
    for (const sync of syncs) await sync.stop();
    await db.remove();
  }
});

let dbCounter = 0;
async function openClient(): Promise<{ db: CrmDatabase; sync(fetch: FetchFunction, net: FakeClient): SyncHandle }> {
  let db: CrmDatabase | null = null;
  const influencerConflictHandler = createInfluencerConflictHandler({
    actorId: () => MEMBER,
    now: () => 9_000,
    recordActivities: (entries) => insertActivitiesOnce(db!.activities, entries),
  });
  db = await openCrmDatabase(`first-sync-test-${++dbCounter}`, { storage: getRxStorageMemory(), multiInstance: false, devMode: false, influencerConflictHandler });
  const entry = { db, syncs: [] as SyncHandle[] };
  opened.push(entry);
  return {
    db,
    sync: (fetch, net) => {
      const sync = startSync({
        db: entry.db,
        session: { serverUrl: SERVER, token: `token-${MEMBER}`, team: { id: 'team-1' } },
        onUnauthorized: () => {},
        fetch,
        createEventSource: (url) => net.createEventSource(url),
        firstRetryMs: 20,
      });
      entry.syncs.push(sync);
      return sync;
    },
  };
}

/** A server holding TEAM_SIZE influencers that another member pushed. */
async function seededServer(): Promise<FakeSyncServer> {
  const server = new FakeSyncServer();
  server.tokens.set(`token-${MEMBER}`, MEMBER);
  server.tokens.set('token-loader', 'member-loader');
  const rows = generateDemoInfluencers({ count: TEAM_SIZE, seed: 11, now: Date.UTC(2026, 10, 25), actorId: 'member-loader' }).map((doc) => ({
    assumedMasterState: null,
    newDocumentState: { ...doc, _deleted: false },
  }));
  const res = await server.client().fetch(`${SERVER}/api/sync/influencers/push`, {
    method: 'POST',
    headers: { Authorization: 'Bearer token-loader', 'Content-Type': 'application/json' },
    body: JSON.stringify(rows),
  });
  expect(await res.json()).toEqual([]);
  return server;
}

async function inSync(sync: SyncHandle): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await sync.influencers.awaitInSync();
    await sync.activities.awaitInSync();
  }
}

async function expectConverged(db: CrmDatabase, server: FakeSyncServer): Promise<void> {
  const onServer = new Map((server.documents('influencers') as unknown as Influencer[]).map((doc) => [doc.id, doc]));
  const local = (await db.influencers.find().exec()).map((doc) => doc.toJSON() as Influencer);
  expect(local).toHaveLength(onServer.size);
  for (const doc of local) expect(sameInfluencer({ ...doc, _deleted: false }, { ...onServer.get(doc.id)!, _deleted: false })).toBe(true);
}

describe('first sync into an empty database', () => {
  it('pulls every influencer, pushes none back, and the first edit carries the pulled document as its assumed master state', async () => {
    const server = await seededServer();
    const client = await openClient();
    const net = server.client();
    const traffic: Traffic = { pulls: [], pushRows: [] };
    const sync = client.sync(recording(net, traffic), net);
    await sync.influencers.awaitInitialReplication();
    await inSync(sync);

    await expectConverged(client.db, server);
    expect(traffic.pushRows).toEqual([]);
    // Full pages until a short one: the server's largest page, from 0 on.
    expect(traffic.pulls.slice(0, 3)).toEqual([0, expect.any(Number), expect.any(Number)]);
    expect(traffic.pulls.length).toBeLessThanOrEqual(Math.ceil(TEAM_SIZE / PULL_BATCH_SIZE) + 2);

    const target = (server.documents('influencers') as unknown as Influencer[])[1_234]!;
    expect(await changeInfluencerEmail({ db: client.db, actorId: MEMBER }, target.id, 'first.edit@example.com')).toEqual({ status: 'changed' });
    await inSync(sync);

    expect(traffic.pushRows).toHaveLength(1);
    expect(traffic.pushRows[0]!.assumedMasterState).toEqual({ ...target, _deleted: false });
    expect(traffic.pushRows[0]!.newDocumentState).toMatchObject({ id: target.id, email: 'first.edit@example.com' });
    expect(server.documents('influencers').find((doc) => doc.id === target.id)).toMatchObject({ email: 'first.edit@example.com', updatedBy: MEMBER });
    await expectConverged(client.db, server);
  });

  it('resumes an interrupted first sync from its checkpoint and sends the edit made while it was stopped', async () => {
    const server = await seededServer();
    const client = await openClient();
    const net = server.client();
    const traffic: Traffic = { pulls: [], pushRows: [] };
    // The connection drops before the third page: two pages are stored, then the window closes.
    let pulls = 0;
    const first = client.sync(
      recording(net, traffic, (url) => {
        if (url.pathname === '/api/sync/influencers/pull' && ++pulls === 3) net.setOnline(false);
      }),
      net,
    );
    await expect.poll(() => client.db.influencers.count().exec()).toBe(2 * PULL_BATCH_SIZE);
    await expect.poll(() => (first.influencers.internalReplicationState?.lastCheckpointDoc.down?.checkpointData as { seq?: number } | undefined)?.seq).toBeGreaterThan(0);
    const checkpoint = (first.influencers.internalReplicationState!.lastCheckpointDoc.down!.checkpointData as { seq: number }).seq;

    const edited = (await client.db.influencers.find().exec())[17]!.toJSON() as Influencer;
    expect(await changeInfluencerEmail({ db: client.db, actorId: MEMBER }, edited.id, 'while.offline@example.com')).toEqual({ status: 'changed' });
    await first.stop();

    net.setOnline(true);
    const pullsBefore = traffic.pulls.length;
    const second = client.sync(recording(net, traffic), net);
    await second.influencers.awaitInitialReplication();
    await inSync(second);

    // The second start continued from the stored checkpoint instead of pulling everything again.
    expect(traffic.pulls[pullsBefore]).toBe(checkpoint);
    expect(checkpoint).toBeGreaterThan(0);
    // Only the edit was sent, against the state pulled before the interruption.
    expect(traffic.pushRows).toHaveLength(1);
    expect(traffic.pushRows[0]!.assumedMasterState).toEqual({ ...edited, _deleted: false });
    expect(server.documents('influencers').find((doc) => doc.id === edited.id)).toMatchObject({ email: 'while.offline@example.com' });
    await expectConverged(client.db, server);
  });
  it('says "Syncing…", never "Online", until every page the server holds has been pulled', async () => {
    const server = await seededServer();
    const client = await openClient();
    const net = server.client();
    // Hold the second influencer page until the indicator has been looked at in the gap.
    let releaseSecondPage!: () => void;
    const secondPageReleased = new Promise<void>((resolve) => (releaseSecondPage = resolve));
    let secondPageAsked!: () => void;
    const secondPageWaiting = new Promise<void>((resolve) => (secondPageAsked = resolve));
    const fetch: FetchFunction = async (input, init) => {
      const url = new URL(input);
      if (url.pathname === '/api/sync/influencers/pull' && Number(url.searchParams.get('since')) > 0) {
        secondPageAsked();
        await secondPageReleased;
      }
      return net.fetch(input, init);
    };
    const labels: string[] = [];
    const unsubscribe = useSyncStatusStore.subscribe((state) => labels.push(describeSyncStatus(state.status, String).label));
    try {
      const sync = client.sync(fetch, net);
      await secondPageWaiting;
      // Other collections have finished by now: only the influencers' first sync is under way.
      await Promise.all([sync.activities.awaitInitialReplication(), sync.members?.awaitInitialReplication()]);
      expect(labels).not.toContain('Online');
      expect(describeSyncStatus(useSyncStatusStore.getState().status, String).label).toBe('Syncing…');
      releaseSecondPage();
      await sync.influencers.awaitInitialReplication();
      await expect.poll(() => describeSyncStatus(useSyncStatusStore.getState().status, String).label).toBe('Online');
      expect(await client.db.influencers.count().exec()).toBe(TEAM_SIZE);
    } finally {
      unsubscribe();
      releaseSecondPage();
    }
  });
});
