/// <reference types="vite/client" />
// The renderer modules imported below read import.meta.env (Vite): this program needs its types.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { Influencer } from '../../shared/influencer';
import { buildNewInfluencer } from '../../shared/influencers/buildNewInfluencer';
import { openCrmDatabase, type CrmDatabase } from '../../renderer/src/db/database';
import { renameInfluencer } from '../../renderer/src/modules/influencers/commands/renameInfluencer';
import { startSync, type SyncHandle } from '../../renderer/src/sync/startSync';
import { startInstance, useDatabases, type TestInstance } from '../server/testServer';
import { NodeEventSource } from './nodeEventSource';

/**
 * Issue 4, "two server instances on one PostgreSQL": two app clients (RxDB in Node, the app's
 * own replication) each connected to a different server instance on one database. An edit made
 * in the client of instance 1 must appear in the client of instance 2 by itself — through
 * instance 2's live stream, fed by PostgreSQL LISTEN/NOTIFY — with no restart or new pull.
 */

const databases = useDatabases();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface SignedIn {
  token: string;
  team: { id: string };
  member: { id: string };
}

async function listen(instance: TestInstance): Promise<string> {
  await instance.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(instance.app.server.address() as AddressInfo).port}`;
}

async function post<T>(base: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Client {
  db: CrmDatabase;
  sync: SyncHandle;
  /** Influencer pull requests this client has made (live changes arrive by the stream instead). */
  pulls: number;
}

async function openClient(name: string, serverUrl: string, account: SignedIn): Promise<Client> {
  // Only what the test reads: two clients opening every collection pass RxDB's free-tier limit (13 per process).
  const db = await openCrmDatabase(`${name}-${randomUUID()}`, { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['influencers', 'activities'] });
  const client = { db, pulls: 0 } as Client;
  client.sync = startSync({
    db,
    fetch: (input, init) => {
      if (new URL(input).pathname.endsWith('/influencers/pull')) client.pulls++;
      return fetch(input, init);
    },
    session: { serverUrl, token: account.token, team: account.team },
    onUnauthorized: () => {
      throw new Error(`${name} was signed out`);
    },
    createEventSource: (url) => new NodeEventSource(url),
    waitForLeadership: false,
    firstRetryMs: 50,
  });
  cleanups.push(async () => {
    await client.sync.stop();
    await db.remove();
  });
  return client;
}

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('two server instances on one PostgreSQL', () => {
  it('an edit through instance 1 shows up live in an app client of instance 2', async () => {
    const handle = await databases.database('postgres');
    const first = await startInstance(handle, { heartbeatMs: 60_000 });
    cleanups.push(() => first.close());
    const second = await startInstance(handle, { heartbeatMs: 60_000 });
    cleanups.push(() => second.close());
    const [url1, url2] = [await listen(first), await listen(second)];

    // The team is created through instance 1 and the member signs in through instance 2:
    // accounts, like everything else, live only in the shared database.
    const admin = await post<SignedIn>(url1, '/api/teams', { teamName: 'Two instances', name: 'Ada Admin', email: 'ada@two.example', password: 'correct horse battery' });
    await post(url1, '/api/members', { name: 'Ben Member', email: 'ben@two.example', password: 'member password 1', role: 'member' }, admin.token);
    const member = await post<SignedIn>(url2, '/api/auth/login', { email: 'ben@two.example', password: 'member password 1' });

    const writer = await openClient('writer', url1, admin);
    const reader = await openClient('reader', url2, member);

    const built = buildNewInfluencer({ type: 'custom', name: 'Shared Creator', email: 'creator@two.example' }, { actorId: admin.member.id, now: Date.now(), influencerId: 'shared-1', activityId: randomUUID() });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    await writer.db.influencers.insert(built.influencer);
    await writer.db.activities.insert(built.activity);
    await waitFor('the new influencer on instance 2', () => reader.db.influencers.findOne('shared-1').exec(), (doc) => doc !== null);
    await reader.sync.influencers.awaitInSync();

    // Both clients are now idle and streaming. A rename in the writer reaches the reader live.
    const pullsBefore = reader.pulls;
    const renamed = await renameInfluencer({ db: writer.db, actorId: admin.member.id, newId: randomUUID }, 'shared-1', 'Renamed via instance 1');
    expect(renamed.status).toBe('changed');
    const seen = await waitFor(
      'the rename on instance 2',
      async () => (await reader.db.influencers.findOne('shared-1').exec())?.toJSON() as Influencer | undefined,
      (doc) => doc?.customName === 'Renamed via instance 1',
    );
    expect(seen?.updatedBy).toBe(admin.member.id);
    // It came through the stream: the reader did not ask for it with a pull.
    expect(reader.pulls).toBe(pullsBefore);
    const entries = await waitFor(
      "the rename's activity entry on instance 2",
      async () => (await reader.db.activities.find({ selector: { influencerId: 'shared-1' } }).exec()).map((d) => d.kind),
      (kinds) => kinds.length === 2,
    );
    expect(entries.sort()).toEqual(['created', 'field_changed']);
  });
});
