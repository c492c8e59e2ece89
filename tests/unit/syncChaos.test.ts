/// <reference types="vite/client" />
// The renderer modules imported below read import.meta.env (Vite): this program needs its types.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/activity';
import { createRandom, type Random } from '../../shared/demo/createRandom';
import type { Influencer } from '../../shared/influencer';
import { buildNewInfluencer } from '../../shared/influencers/buildNewInfluencer';
import { defaultDataManagementSettings, DATA_MANAGEMENT_SETTING_KEY } from '../../shared/permissions/dataManagementSettings';
import { GUARDED_FIELDS } from '../../shared/permissions/guardedFields';
import { COLLABORATION_STATUSES } from '../../shared/statuses';
import { valuesEqual } from '../../shared/sync/mergeDocuments';
import { openCrmDatabase, type CrmDatabase } from '../../renderer/src/db/database';
import { changeInfluencerEmail } from '../../renderer/src/modules/influencers/commands/changeInfluencerEmail';
import type { ChangeContext, ChangeResult } from '../../renderer/src/modules/influencers/commands/changeInfluencerField';
import { changeInfluencerStatus } from '../../renderer/src/modules/influencers/commands/changeInfluencerStatus';
import { renameInfluencer } from '../../renderer/src/modules/influencers/commands/renameInfluencer';
import { countPendingChanges } from '../../renderer/src/sync/countPendingChanges';
import { createInfluencerConflictHandler, sameInfluencer } from '../../renderer/src/sync/influencerConflictHandler';
import { insertActivitiesOnce } from '../../renderer/src/sync/insertActivitiesOnce';
import type { FetchFunction } from '../../renderer/src/sync/serverApi';
import { startSync, type SyncHandle } from '../../renderer/src/sync/startSync';
import { ENGINES, startInstance, useDatabases, type DatabaseHandle, type TestInstance } from '../server/testServer';
import { NodeEventSource } from './nodeEventSource';

/**
 * Chaos test of issue 4: the real sync server (real HTTP on loopback, SQLite and PostgreSQL),
 * CLIENTS RxDB databases in Node (memory storage) replicating influencers and activities with
 * the app's own replication (startSync) and conflict handler, a seeded random schedule of
 * offline periods (the client's sync is stopped and later started again, as the app does on
 * sign-out/sign-in), concurrent edits of the same few influencers through the app's commands,
 * a bulk edit of 1,000 influencers in one write, and a server restart on the same storage.
 *
 * What "one entry per change" means here: every successful edit command writes exactly one
 * "field_changed" entry, every seeded influencer one "created" entry and the bulk edit one
 * entry per influencer (same batchId). A conflict (two clients changed the same field from the
 * same base) is one more change — the later push overwrote a value someone else had written —
 * so it adds exactly one "conflict_overwritten" entry per overwritten field, with an id derived
 * from the conflict, so resolving it again does not add another. Hence, on the server:
 * activities = created + field_changed (one per edit) + bulk + overwrite entries the conflict
 * handlers produced, with no duplicates and nothing else.
 */

const CLIENTS = 5;
const SEEDED = 1_000;
const HOT = 8; // the influencers everyone edits concurrently
const STEPS = 120;
const CHAOS_TIME_LIMIT_MS = 20_000;
const CONVERGE_TIME_LIMIT_MS = 30_000;
const BULK_STEP = 20;
const RESTART_STEP = 40;
const TRACKED_FIELDS = ['customName', 'email', 'status'] as const;
type TrackedField = (typeof TRACKED_FIELDS)[number];

const databases = useDatabases();

/** The real server on a fixed loopback port, so it can be stopped and started again on the same storage. */
class LiveServer {
  private instance: TestInstance | null = null;
  port = 0;
  constructor(private readonly handle: DatabaseHandle) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // Frequent heartbeats on purpose: a heartbeat still checking its session when the server
    // stops must not write to the ended stream (it once did: "write after end").
    const instance = await startInstance(this.handle, { heartbeatMs: 5 });
    await instance.app.listen({ host: '127.0.0.1', port: this.port });
    this.port = (instance.app.server.address() as AddressInfo).port;
    this.instance = instance;
  }

  /** Like a crash of the process: open requests and streams are cut. */
  async stop(): Promise<void> {
    const instance = this.instance;
    this.instance = null;
    if (instance === null) return;
    const closing = instance.app.close();
    instance.app.server.closeAllConnections();
    await closing;
    await instance.storage.close();
  }
}

interface AcceptedChange {
  influencerId: string;
  field: TrackedField;
  value: unknown;
  sentAt: number;
  answeredAt: number;
}

/** What all clients pushed and the server accepted (rows not answered as conflicts). */
class PushLog {
  readonly accepted: AcceptedChange[] = [];
  /** Requests that got no answer (offline server, cut connection). */
  failedRequests = 0;
  private clock = 0;
  tick(): number {
    return ++this.clock;
  }
}

interface Client {
  index: number;
  memberId: string;
  token: string;
  db: CrmDatabase;
  sync: SyncHandle | null;
  /** Ids of the activity entries this client's commands wrote (one per change). */
  editEntryIds: Set<string>;
  /** Ids of the conflict_overwritten entries this client's conflict handler produced. */
  overwriteEntryIds: Set<string>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function api<T>(server: LiveServer, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface SignedIn {
  token: string;
  team: { id: string };
  member: { id: string };
}

async function pullAll<T>(server: LiveServer, token: string, collection: string): Promise<T[]> {
  const documents: T[] = [];
  let since = 0;
  for (;;) {
    const res = await fetch(`${server.url}/api/sync/${collection}/pull?since=${since}&limit=1000`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`pull ${collection}: ${res.status} ${await res.text()}`);
    const page = (await res.json()) as { documents: T[]; checkpoint: { seq: number } };
    if (page.documents.length === 0) return documents;
    documents.push(...page.documents);
    since = page.checkpoint.seq;
  }
}

/** fetch that records every influencer push row the server accepted, with the request's time window. */
function recordingFetch(log: PushLog): FetchFunction {
  return async (input, init) => {
    const push = /\/api\/sync\/influencers\/push$/.test(new URL(input).pathname);
    const sentAt = log.tick();
    let res: Response;
    try {
      res = await fetch(input, init);
    } catch (error) {
      log.failedRequests++;
      throw error;
    }
    if (!push || res.status !== 200) return res;
    const answeredAt = log.tick();
    const conflicts = (await res.clone().json()) as { id: string }[];
    const inConflict = new Set(conflicts.map((d) => d.id));
    const rows = JSON.parse(String(init?.body)) as { assumedMasterState: Record<string, unknown> | null; newDocumentState: Record<string, unknown> }[];
    for (const { assumedMasterState, newDocumentState } of rows) {
      const id = String(newDocumentState.id);
      if (inConflict.has(id)) continue;
      for (const field of TRACKED_FIELDS) {
        if (assumedMasterState !== null && valuesEqual(assumedMasterState[field], newDocumentState[field])) continue;
        log.accepted.push({ influencerId: id, field, value: newDocumentState[field] ?? null, sentAt, answeredAt });
      }
    }
    return res;
  };
}

function influencerState(doc: Influencer): Influencer & { _deleted: boolean } {
  return { ...doc, _deleted: false };
}

async function localInfluencers(client: Client): Promise<Influencer[]> {
  return (await client.db.influencers.find().exec()).map((d) => d.toJSON() as Influencer);
}

async function localActivityIds(client: Client): Promise<string[]> {
  return (await client.db.activities.find().exec()).map((d) => d.id).sort();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe.each(ENGINES)('sync chaos on %s', (engine) => {
  it('converges after offline periods, concurrent and bulk edits and a server restart, losing no accepted edit', async () => {
    const started = Date.now();
    const random: Random = createRandom(engine === 'sqlite' ? 4_2024 : 7_2024);
    const server = new LiveServer(await databases.database(engine));
    await server.start();
    cleanups.push(() => server.stop());
    const log = new PushLog();

    // A team and its members, through the API.
    const admin = await api<SignedIn>(server, '/api/teams', { teamName: 'Chaos', name: 'Ada Admin', email: `admin-${engine}@chaos.example`, password: 'correct horse battery' });
    const accounts: SignedIn[] = [admin];
    for (let i = 1; i < CLIENTS; i++) {
      const email = `member${i}-${engine}@chaos.example`;
      await api(server, '/api/members', { name: `Member ${i}`, email, password: 'member password 1', role: 'member' }, admin.token);
      accounts.push(await api<SignedIn>(server, '/api/auth/login', { email, password: 'member password 1' }));
    }
    // This test is about convergence, not permissions: the Administrator lets every role change
    // every guarded field, so no edit is refused (permissions have their own tests).
    const everyone = defaultDataManagementSettings();
    for (const field of GUARDED_FIELDS) everyone.grants[field] = { admins: true, liaisonGroupLeader: true, allLeaders: true, allMembers: true };
    const grant = { id: DATA_MANAGEMENT_SETTING_KEY, value: everyone, updatedAt: Date.now(), updatedBy: admin.member.id, _deleted: false };
    expect(await api(server, '/api/sync/settings/push', [{ assumedMasterState: null, newDocumentState: grant }], admin.token)).toEqual([]);

    const clients: Client[] = [];
    const startClientSync = (client: Client) => {
      client.sync = startSync({
        db: client.db,
        session: { serverUrl: server.url, token: client.token, team: admin.team },
        onUnauthorized: () => {
          throw new Error(`client ${client.index} was signed out`);
        },
        fetch: recordingFetch(log),
        createEventSource: (url) => new NodeEventSource(url),
        waitForLeadership: false,
        firstRetryMs: 50,
      });
    };
    const stopClientSync = async (client: Client) => {
      const sync = client.sync;
      client.sync = null;
      await sync?.stop();
    };
    for (const [index, account] of accounts.entries()) {
      const client: Client = { index, memberId: account.member.id, token: account.token, db: null as unknown as CrmDatabase, sync: null, editEntryIds: new Set(), overwriteEntryIds: new Set() };
      const influencerConflictHandler = createInfluencerConflictHandler({
        actorId: () => client.memberId,
        now: () => Date.now(),
        recordActivities: async (entries) => {
          for (const entry of entries) client.overwriteEntryIds.add(entry.id);
          await insertActivitiesOnce(client.db.activities, entries);
        },
        onRecordFailed: (error) => {
          throw error;
        },
      });
      client.db = await openCrmDatabase(`chaos-${engine}-${index}-${randomUUID()}`, {
        storage: getRxStorageMemory(),
        multiInstance: false,
        devMode: false,
        influencerConflictHandler,
        collections: ['influencers', 'activities'], // five clients in one process: RxDB's free tier opens 13 collections
      });
      cleanups.push(async () => {
        await stopClientSync(client);
        await client.db.remove();
      });
      startClientSync(client);
      clients.push(client);
    }

    // Seed: client 0 adds the influencers (each with its "created" entry).
    const seeder = clients[0]!;
    const seededInfluencers: Influencer[] = [];
    const createdEntries: Activity[] = [];
    for (let i = 0; i < SEEDED; i++) {
      const built = buildNewInfluencer(
        { type: 'custom', name: `Seeded ${String(i).padStart(4, '0')}`, email: `seed${i}@chaos.example` },
        { actorId: seeder.memberId, now: Date.now(), influencerId: `inf-${String(i).padStart(4, '0')}`, activityId: randomUUID() },
      );
      if (!built.ok) throw new Error(JSON.stringify(built.errors));
      seededInfluencers.push(built.influencer);
      createdEntries.push(built.activity);
    }
    await seeder.db.influencers.bulkInsert(seededInfluencers);
    await seeder.db.activities.bulkInsert(createdEntries);
    const hot = seededInfluencers.slice(0, HOT).map((d) => d.id);

    // Let everyone receive the seed before the chaos starts.
    const waitForAll = async (timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const counts = await Promise.all(clients.map(async (c) => (await c.db.influencers.count().exec()) + (await c.db.activities.count().exec())));
        if (counts.every((n) => n === 2 * SEEDED)) return;
        if (Date.now() > deadline) throw new Error(`seed not replicated: ${counts.join(', ')}`);
        await sleep(100);
      }
    };
    await waitForAll(30_000);

    // The random schedule.
    let edits = 0;
    let bulkEdits = 0;
    const counter = { n: 0 };
    const edit = async (client: Client): Promise<void> => {
      const ctx: ChangeContext = {
        db: client.db,
        actorId: client.memberId,
        newId: () => {
          const id = randomUUID();
          client.editEntryIds.add(id);
          return id;
        },
      };
      const influencerId = random.pick(hot);
      const n = ++counter.n;
      const field = random.pick(TRACKED_FIELDS);
      let result: ChangeResult;
      if (field === 'customName') result = await renameInfluencer(ctx, influencerId, `Name ${n} by ${client.index}`);
      else if (field === 'email') result = await changeInfluencerEmail(ctx, influencerId, `e${n}.c${client.index}@chaos.example`);
      else result = await changeInfluencerStatus(ctx, influencerId, random.pick(COLLABORATION_STATUSES).id);
      if (result.status === 'changed') edits++;
      else expect(result.status).toBe('unchanged');
    };
    /** No bulk-edit command exists in the app yet: one write of 1,000 documents and one entry per change, sharing a batchId. */
    const bulkEdit = async (client: Client): Promise<void> => {
      const docs = (await client.db.influencers.find().exec()).map((d) => d.toJSON() as Influencer);
      const at = Date.now();
      const batchId = randomUUID();
      const changed = docs.map((doc) => ({ ...doc, customName: `Bulk ${doc.id} by ${client.index}`, updatedAt: at, updatedBy: client.memberId }));
      const entries: Activity[] = docs.map((doc) => {
        const id = randomUUID();
        client.editEntryIds.add(id);
        return { id, influencerId: doc.id, actorId: client.memberId, at, kind: 'field_changed', field: 'customName', from: JSON.stringify(doc.customName), to: JSON.stringify(`Bulk ${doc.id} by ${client.index}`), batchId };
      });
      const result = await client.db.influencers.bulkUpsert(changed);
      expect(result.error).toEqual([]);
      await client.db.activities.bulkInsert(entries);
      bulkEdits += entries.length;
    };

    const chaosStarted = Date.now();
    let restarted = false;
    let bulked = false;
    for (let step = 0; step < STEPS && Date.now() - chaosStarted < CHAOS_TIME_LIMIT_MS; step++) {
      // Offline/online flips.
      for (const client of clients) {
        if (random.chance(0.12)) {
          if (client.sync === null) startClientSync(client);
          else await stopClientSync(client);
        }
      }
      const work: Promise<void>[] = [];
      if (step === BULK_STEP) {
        work.push(bulkEdit(random.pick(clients)));
        bulked = true;
      }
      // Concurrent edits of the same few influencers, online and offline alike.
      const editors = random.int(1, 4);
      for (let i = 0; i < editors; i++) work.push(edit(random.pick(clients)));
      await Promise.all(work);
      if (step === RESTART_STEP) {
        await server.stop();
        // While it is down, online clients keep editing (their pushes fail and are retried).
        const online = clients.filter((c) => c.sync !== null);
        if (online.length === 0) {
          startClientSync(clients[0]!);
          online.push(clients[0]!);
        }
        await Promise.all([edit(random.pick(online)), edit(random.pick(online))]);
        await sleep(random.int(300, 800));
        await server.start();
        restarted = true;
      }
      await sleep(random.int(10, 120));
    }
    expect(bulked).toBe(true);
    expect(restarted).toBe(true);
    const failedBeforeEnd = log.failedRequests;

    // Everyone online; wait until the server and every client agree.
    for (const client of clients) if (client.sync === null) startClientSync(client);
    const deadline = Date.now() + CONVERGE_TIME_LIMIT_MS;
    let serverInfluencers: Influencer[] = [];
    let serverActivities: Activity[] = [];
    for (;;) {
      for (const client of clients) {
        await client.sync!.influencers.awaitInSync();
        await client.sync!.activities.awaitInSync();
      }
      serverInfluencers = await pullAll<Influencer>(server, admin.token, 'influencers');
      serverActivities = await pullAll<Activity>(server, admin.token, 'activities');
      const byId = new Map(serverInfluencers.map((d) => [d.id, d]));
      const serverActivityIds = serverActivities.map((a) => a.id).sort();
      let converged = true;
      for (const client of clients) {
        const pending =
          (await countPendingChanges(client.sync!.influencers.internalReplicationState!, { limit: 10 })).count +
          (await countPendingChanges(client.sync!.activities.internalReplicationState!, { limit: 10 })).count;
        const local = await localInfluencers(client);
        const same =
          pending === 0 &&
          local.length === serverInfluencers.length &&
          local.every((doc) => byId.has(doc.id) && sameInfluencer(influencerState(doc), influencerState(byId.get(doc.id)!))) &&
          valuesEqual(await localActivityIds(client), serverActivityIds);
        if (!same) converged = false;
      }
      if (converged) break;
      if (Date.now() > deadline) break; // the assertions below say what differs
      await sleep(200);
    }

    // The restart reached the clients: requests failed while the server was down.
    expect(failedBeforeEnd).toBeGreaterThan(0);

    // 1. Every client equals the server.
    const byId = new Map(serverInfluencers.map((d) => [d.id, d]));
    expect(serverInfluencers).toHaveLength(SEEDED);
    for (const client of clients) {
      const local = await localInfluencers(client);
      expect(local.length, `client ${client.index} influencers`).toBe(SEEDED);
      const differing = local.filter((doc) => !sameInfluencer(influencerState(doc), influencerState(byId.get(doc.id)!)));
      expect(differing.map((d) => ({ local: d, server: byId.get(d.id) })), `client ${client.index} differs from the server`).toEqual([]);
      expect(await localActivityIds(client), `client ${client.index} activity log`).toEqual(serverActivities.map((a) => a.id).sort());
    }

    // 2. No accepted edit is lost: for each influencer and field, the server's value is the
    // value of an accepted push that may have been the last one committed (no other accepted
    // push of that field was sent after it was answered).
    const lost: unknown[] = [];
    for (const doc of serverInfluencers) {
      for (const field of TRACKED_FIELDS) {
        const changes = log.accepted.filter((c) => c.influencerId === doc.id && c.field === field);
        if (changes.length === 0) {
          lost.push({ id: doc.id, field, value: doc[field], why: 'no accepted push of this field' });
          continue;
        }
        const lastSent = Math.max(...changes.map((c) => c.sentAt));
        const candidates = changes.filter((c) => c.answeredAt > lastSent || c.sentAt === lastSent);
        if (!candidates.some((c) => valuesEqual(c.value, doc[field] ?? null))) {
          lost.push({ id: doc.id, field, value: doc[field], lastAccepted: candidates.map((c) => c.value) });
        }
      }
    }
    expect(lost).toEqual([]);

    // ...and no edit was dropped on the way: every value an edit set reached the server, unless
    // its author changed that field again before it was pushed (the later entry's `from` is it).
    const notPushed: unknown[] = [];
    const changedEntries = serverActivities.filter((a) => a.kind === 'field_changed');
    const supersededLocally = new Set(changedEntries.map((a) => JSON.stringify([a.influencerId, a.field, a.actorId, a.from])));
    const acceptedValues = new Set(log.accepted.map((c) => JSON.stringify([c.influencerId, c.field, JSON.stringify(c.value)])));
    for (const entry of changedEntries) {
      if (acceptedValues.has(JSON.stringify([entry.influencerId, entry.field, entry.to]))) continue;
      if (supersededLocally.has(JSON.stringify([entry.influencerId, entry.field, entry.actorId, entry.to]))) continue;
      notPushed.push(entry);
    }
    expect(notPushed).toEqual([]);

    // 3. The activity log holds one entry per change.
    const editEntryIds = new Set(clients.flatMap((c) => [...c.editEntryIds]));
    const overwriteEntryIds = new Set(clients.flatMap((c) => [...c.overwriteEntryIds]));
    const expectedIds = new Set([...createdEntries.map((e) => e.id), ...editEntryIds, ...overwriteEntryIds]);
    expect(editEntryIds.size).toBe(edits + bulkEdits);
    const ids = serverActivities.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expectedIds].sort());
    const byKind = (kind: string) => serverActivities.filter((a) => a.kind === kind).length;
    expect(byKind('created')).toBe(SEEDED);
    expect(byKind('field_changed')).toBe(edits + bulkEdits);
    expect(byKind('conflict_overwritten')).toBe(overwriteEntryIds.size);
    expect(serverActivities).toHaveLength(SEEDED + edits + bulkEdits + overwriteEntryIds.size);
    // Each overwrite entry tells a true story: `from` is a value the server accepted for that
    // field, `to` a value its author really set (by a command or the bulk edit). The `to` value
    // itself need not have reached the server: the author may have changed the field again
    // before the merged document was pushed (that later change has its own entry).
    const written = new Set(serverActivities.filter((a) => a.kind === 'field_changed').map((a) => JSON.stringify([a.influencerId, a.field, a.actorId, a.to])));
    for (const entry of serverActivities.filter((a) => a.kind === 'conflict_overwritten')) {
      const from: unknown = JSON.parse(entry.from ?? 'null');
      expect(log.accepted.some((c) => c.influencerId === entry.influencerId && c.field === entry.field && valuesEqual(c.value, from)), `overwrite ${entry.id}: from`).toBe(true);
      expect(written.has(JSON.stringify([entry.influencerId, entry.field, entry.actorId, entry.to])), `overwrite ${entry.id}: to`).toBe(true);
    }

    console.log(
      `[chaos ${engine}] ${edits} edits + ${bulkEdits} bulk, ${overwriteEntryIds.size} overwrites, ${log.accepted.length} accepted field changes, ${log.failedRequests} failed requests, ${Date.now() - started} ms`,
    );
  }, 120_000);
});
