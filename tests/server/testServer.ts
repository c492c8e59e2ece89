import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import type { Activity } from '../../shared/activity';
import type { Influencer } from '../../shared/influencer';
import { buildServer, type AppOptions } from '../../server/app';
import { openStorage } from '../../server/storage/openStorage';
import type { Storage, StorageEngine } from '../../server/storage/storage';
import type { DatabaseHandle, useDatabases } from './databases';

export { ENGINES, TestClock, useDatabases, type DatabaseHandle } from './databases';

/** Low scrypt cost: tests create many accounts; the production cost is tested on its own. */
export const TEST_PASSWORD_COST = 2 ** 10;

export type TestAppOptions = Partial<Omit<AppOptions, 'storage'>>;

export interface TestInstance {
  app: FastifyInstance;
  storage: Storage;
  close(): Promise<void>;
}

export async function startInstance(handle: DatabaseHandle, options: TestAppOptions = {}): Promise<TestInstance> {
  const storage = await openStorage({ databaseUrl: handle.databaseUrl, dataDir: handle.dataDir, now: options.now });
  const app = await buildServer({ staticDir: null, version: 'test', passwordCost: TEST_PASSWORD_COST, ...options, storage });
  return {
    app,
    storage,
    async close() {
      await app.close();
      await storage.close();
    },
  };
}

/**
 * A fresh server per test on a fresh database of `engine`. Read `server.app` inside tests;
 * `server.handle` opens more instances on the same database.
 */
export function useTestServer(
  databases: ReturnType<typeof useDatabases>,
  engine: StorageEngine,
  options: TestAppOptions | (() => TestAppOptions) = {},
): { readonly app: FastifyInstance; readonly storage: Storage; readonly handle: DatabaseHandle; extra(options?: TestAppOptions): Promise<TestInstance> } {
  let current: { instance: TestInstance; handle: DatabaseHandle } | null = null;
  const extras: TestInstance[] = [];
  beforeEach(async () => {
    const handle = await databases.database(engine);
    const instance = await startInstance(handle, typeof options === 'function' ? options() : options);
    current = { instance, handle };
  });
  afterEach(async () => {
    for (const extra of extras.splice(0)) await extra.close();
    await current?.instance.close();
    current = null;
  });
  const get = () => {
    if (current === null) throw new Error('No test server outside a test.');
    return current;
  };
  return {
    get app() {
      return get().instance.app;
    },
    get storage() {
      return get().instance.storage;
    },
    get handle() {
      return get().handle;
    },
    async extra(extraOptions) {
      const instance = await startInstance(get().handle, extraOptions);
      extras.push(instance);
      return instance;
    },
  };
}

export interface SignedIn {
  token: string;
  team: { id: string; name: string };
  member: { id: string; name: string; email: string; role: string; groupId: string | null };
}

/** A new team's change counter: its first Administrator's member document took seq 1. */
export const NEW_TEAM_SEQ = 1;

let emailCounter = 0;
export function uniqueEmail(prefix = 'person'): string {
  emailCounter += 1;
  return `${prefix}${emailCounter}-${process.pid}@example.com`;
}

export async function createTeam(app: FastifyInstance, fields: Partial<{ teamName: string; name: string; email: string; password: string }> = {}): Promise<SignedIn> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/teams',
    payload: { teamName: 'Agency', name: 'Ada Admin', email: uniqueEmail('admin'), password: 'correct horse battery', ...fields },
  });
  if (res.statusCode !== 201) throw new Error(`createTeam: ${res.statusCode} ${res.body}`);
  return res.json<SignedIn>();
}

/**
 * An Administrator adds a member and the member logs in. A Team Leader leads a group: without
 * `groupId`, a new group is created for them.
 */
export async function addMember(app: FastifyInstance, admin: SignedIn, role: 'admin' | 'leader' | 'member' = 'member', groupId: string | null = null): Promise<SignedIn> {
  const email = uniqueEmail(role);
  const password = 'member password 1';
  const group = role === 'leader' && groupId === null ? await createGroup(app, admin, `Group of ${email}`) : groupId;
  const res = await app.inject({ method: 'POST', url: '/api/members', headers: bearer(admin.token), payload: { name: `A ${role}`, email, password, role, groupId: group } });
  if (res.statusCode !== 201) throw new Error(`addMember: ${res.statusCode} ${res.body}`);
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`);
  return login.json<SignedIn>();
}

/** An Administrator creates a group; its id. */
export async function createGroup(app: FastifyInstance, admin: SignedIn, name: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/groups', headers: bearer(admin.token), payload: { name } });
  if (res.statusCode !== 201) throw new Error(`createGroup: ${res.statusCode} ${res.body}`);
  return res.json<{ group: { id: string } }>().group.id;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export type SyncDoc = Record<string, unknown>;

export function influencerDoc(id: string, fields: Partial<Influencer & { _deleted: boolean }> = {}): SyncDoc {
  return {
    id,
    kind: 'custom',
    platform: null,
    platformId: null,
    officialName: `Influencer ${id}`,
    customName: null,
    link: '',
    email: null,
    status: 'not_collaborated',
    labelIds: [],
    liaisonId: null,
    archived: false,
    source: 'manual',
    followers: null,
    country: null,
    createdAt: 1_600_000_000_000,
    updatedAt: 1_600_000_000_000,
    createdBy: 'client',
    updatedBy: 'client',
    _deleted: false,
    ...fields,
  } satisfies Influencer & { _deleted: boolean };
}

export function activityDoc(id: string, fields: Partial<Activity & { _deleted: boolean }> = {}): SyncDoc {
  return {
    id,
    influencerId: 'inf-1',
    actorId: 'client',
    at: 1_600_000_000_000,
    kind: 'created',
    field: null,
    from: null,
    to: null,
    batchId: null,
    _deleted: false,
    ...fields,
  } satisfies Activity & { _deleted: boolean };
}

export interface PullBody {
  documents: SyncDoc[];
  checkpoint: { seq: number };
}

export async function push(app: FastifyInstance, token: string, collection: string, rows: unknown): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/api/sync/${collection}/push`, headers: bearer(token), payload: rows as object });
}

/** Pushes documents as new (assumedMasterState null) and expects no conflicts. */
export async function create(app: FastifyInstance, token: string, collection: string, docs: SyncDoc[]): Promise<void> {
  const res = await push(app, token, collection, docs.map((doc) => ({ assumedMasterState: null, newDocumentState: doc })));
  if (res.statusCode !== 200 || res.body !== '[]') throw new Error(`create: ${res.statusCode} ${res.body}`);
}

export async function pull(app: FastifyInstance, token: string, collection: string, since = 0, limit?: number): Promise<PullBody> {
  const query = `since=${since}${limit === undefined ? '' : `&limit=${limit}`}`;
  const res = await app.inject({ method: 'GET', url: `/api/sync/${collection}/pull?${query}`, headers: bearer(token) });
  if (res.statusCode !== 200) throw new Error(`pull: ${res.statusCode} ${res.body}`);
  return res.json<PullBody>();
}

/** Everything from `since` to the end, page by page. */
export async function pullAll(app: FastifyInstance, token: string, collection: string, since = 0): Promise<PullBody> {
  const documents: SyncDoc[] = [];
  let checkpoint = { seq: since };
  for (;;) {
    const page = await pull(app, token, collection, checkpoint.seq, 1000);
    if (page.documents.length === 0) return { documents, checkpoint };
    documents.push(...page.documents);
    checkpoint = page.checkpoint;
  }
}
