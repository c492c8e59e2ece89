import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/activity';
import type { Influencer } from '../../../shared/influencer';
import { openCrmDatabase, type CrmDatabase } from '../db/database';
import { changeInfluencerEmail } from '../modules/influencers/commands/changeInfluencerEmail';
import { changeInfluencerStatus } from '../modules/influencers/commands/changeInfluencerStatus';
import { countPendingChanges } from './countPendingChanges';
import { createInfluencerConflictHandler, sameInfluencer } from './influencerConflictHandler';
import { insertActivitiesOnce } from './insertActivitiesOnce';
import { startSync, type SyncHandle } from './startSync';
import { FakeSyncServer, type FakeClient } from './testing/fakeSyncServer';

interface Client {
  db: CrmDatabase;
  sync: SyncHandle;
  net: FakeClient;
  memberId: string;
}

const open: Client[] = [];
afterEach(async () => {
  for (const client of open.splice(0)) {
    await client.sync.stop();
    await client.db.remove();
  }
});

let dbCounter = 0;
async function openClient(server: FakeSyncServer, memberId: string): Promise<Client> {
  const token = `token-${memberId}`;
  server.tokens.set(token, memberId);
  const net = server.client();
  let db: CrmDatabase | null = null;
  const influencerConflictHandler = createInfluencerConflictHandler({
    actorId: () => memberId,
    now: () => 9_000,
    recordActivities: (entries) => insertActivitiesOnce(db!.activities, entries),
  });
  db = await openCrmDatabase(`replication-test-${++dbCounter}`, { storage: getRxStorageMemory(), multiInstance: false, devMode: false, influencerConflictHandler,
    // Two clients in one process: only what this test replicates (RxDB's free tier opens 13 collections per process).
    collections: ['influencers', 'activities'],
  });
  const sync = startSync({
    db,
    session: { serverUrl: 'http://sync.test', token, team: { id: 'team-1' } },
    onUnauthorized: () => {},
    fetch: net.fetch,
    createEventSource: (url) => net.createEventSource(url),
    firstRetryMs: 20,
  });
  const client = { db, sync, net, memberId };
  open.push(client);
  return client;
}

async function inSync(...clients: Client[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const client of clients) {
      await client.sync.influencers.awaitInSync();
      await client.sync.activities.awaitInSync();
    }
  }
}

async function pending(client: Client): Promise<number> {
  const influencers = await countPendingChanges(client.sync.influencers.internalReplicationState!, { limit: 100 });
  const activities = await countPendingChanges(client.sync.activities.internalReplicationState!, { limit: 100 });
  return influencers.count + activities.count;
}

function influencer(id: string, email: string, createdBy: string): Influencer {
  return {
    id, kind: 'custom', platform: null, platformId: null, officialName: id, customName: null, link: '', email,
    status: 'not_collaborated', labelIds: [], liaisonId: createdBy, archived: false, source: 'manual', followers: null,
    country: null, createdAt: 1, updatedAt: 1, createdBy, updatedBy: createdBy,
  };
}

async function docs(client: Client): Promise<Influencer[]> {
  return (await client.db.influencers.find().exec()).map((d) => d.toJSON() as Influencer).sort((a, b) => a.id.localeCompare(b.id));
}

async function activityLog(client: Client): Promise<Activity[]> {
  return (await client.db.activities.find().exec()).map((d) => d.toJSON() as Activity).sort((a, b) => a.id.localeCompare(b.id));
}

describe('replication with the sync server', () => {
  it('merges offline edits: different fields both kept, the same field taken by the later push, the overwrite logged once', async () => {
    const server = new FakeSyncServer();
    const a = await openClient(server, 'member-a');
    const b = await openClient(server, 'member-b');
    await a.db.influencers.bulkInsert([influencer('ivy', 'ivy@old.example', 'member-a'), influencer('jon', 'jon@old.example', 'member-a')]);
    await inSync(a, b);
    expect((await docs(b)).map((d) => d.id)).toEqual(['ivy', 'jon']);

    b.net.setOnline(false);
    const ctxB = { db: b.db, actorId: b.memberId };
    expect(await changeInfluencerStatus(ctxB, 'ivy', 'contacted')).toEqual({ status: 'changed' });
    expect(await changeInfluencerEmail(ctxB, 'jon', 'jon@b.example')).toEqual({ status: 'changed' });
    // Two influencers and their two activity entries wait; nothing reached the server.
    await expect.poll(() => pending(b)).toBe(4);

    const ctxA = { db: a.db, actorId: a.memberId };
    await changeInfluencerEmail(ctxA, 'ivy', 'ivy@a.example');
    await changeInfluencerEmail(ctxA, 'jon', 'jon@a.example');
    await inSync(a);

    b.net.setOnline(true);
    await inSync(b, a, b);

    const onServer = server.documents('influencers') as unknown as Influencer[];
    const ivy = onServer.find((d) => d.id === 'ivy');
    const jon = onServer.find((d) => d.id === 'jon');
    expect(ivy).toMatchObject({ status: 'contacted', email: 'ivy@a.example' });
    expect(jon).toMatchObject({ email: 'jon@b.example', updatedBy: 'member-b' });
    // Every client converges on the server's documents (stamps aside).
    for (const client of [a, b]) {
      const local = await docs(client);
      for (const doc of local) expect(sameInfluencer({ ...doc, _deleted: false }, { ...onServer.find((d) => d.id === doc.id)!, _deleted: false })).toBe(true);
    }

    const overwrites = (server.documents('activities') as unknown as Activity[]).filter((e) => e.kind === 'conflict_overwritten');
    expect(overwrites).toEqual([
      expect.objectContaining({ influencerId: 'jon', actorId: 'member-b', field: 'email', from: '"jon@a.example"', to: '"jon@b.example"' }),
    ]);
    expect((await activityLog(a)).map((e) => e.id)).toEqual((await activityLog(b)).map((e) => e.id));
    expect(await activityLog(a)).toHaveLength(5); // 4 edits + 1 overwrite
    expect(await pending(a)).toBe(0);
    expect(await pending(b)).toBe(0);
  });

  it('counts the changes waiting from the persisted replication state, and sends them after reconnecting', async () => {
    const server = new FakeSyncServer();
    const a = await openClient(server, 'member-a');
    a.net.setOnline(false);
    await a.db.influencers.insert(influencer('kim', 'kim@old.example', 'member-a'));
    await expect.poll(() => pending(a)).toBe(1);
    expect(server.documents('influencers')).toEqual([]);
    a.net.setOnline(true);
    await inSync(a);
    expect(await pending(a)).toBe(0);
    expect(server.documents('influencers')).toHaveLength(1);
  });
});
