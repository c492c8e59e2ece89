import type { Doc } from '../../shared/sync/mergeDocuments';
import { createTeam, type PublicMember, type Session } from '../../server/auth/accounts';
import type { Storage } from '../../server/storage/storage';
import { collections } from '../../server/sync/collections';
import { pushDocuments } from '../../server/sync/push';
import { sum, type Deadline } from './stats';

/** The figures of one loop over batches: each batch's time and their sum. */
export interface BatchTimes {
  totalMs: number;
  batchMs: number[];
}

const COLLECTION = 'influencers';
const influencers = collections.get(COLLECTION)!;

/** A team with its admin written straight into the storage (no password hashing, no HTTP). */
export async function seedTeam(storage: Storage, name: string, now: number): Promise<Session> {
  const team = { id: `team-${name}`, name };
  const member: PublicMember = { id: `member-${name}`, name: 'Bench Admin', email: `${name}@bench.example`, role: 'admin', groupId: null };
  await createTeam(storage.db, team, { ...member, passwordHash: 'not-a-hash' }, now);
  return { tokenHash: 'none', team, member };
}

/**
 * Baseline for seeding: the same documents as the server would store them (stamped, JSON),
 * one multi-row INSERT of `batch` rows per statement through the same Kysely storage. No
 * conflict check, no validation, no HTTP: the floor the push route is compared with.
 */
export async function insertRaw(storage: Storage, session: Session, docs: readonly Doc[], batch: number, now: number, deadline: Deadline): Promise<BatchTimes> {
  const batchMs: number[] = [];
  for (let i = 0; i < docs.length; i += batch) {
    deadline.check('the raw insert baseline');
    const t0 = performance.now();
    const values = docs.slice(i, i + batch).map((doc, j) => ({
      team_id: session.team.id,
      collection: COLLECTION,
      id: doc.id as string,
      seq: i + j + 1,
      body: JSON.stringify(influencers.stamp(doc, session.member, now)),
    }));
    await storage.db.insertInto('documents').values(values).execute();
    batchMs.push(performance.now() - t0);
  }
  await storage.db.updateTable('sync_counters').set({ seq: docs.length }).where('team_id', '=', session.team.id).execute();
  return { totalMs: sum(batchMs), batchMs };
}

/** Baseline for the first-sync pull: the pull's query page by page, bodies left as text. */
export async function pullRaw(storage: Storage, session: Session, limit: number, maxPages: number, deadline: Deadline): Promise<BatchTimes & { documents: number }> {
  const batchMs: number[] = [];
  let since = 0;
  let documents = 0;
  for (let page = 0; page < maxPages; page++) {
    deadline.check('the raw pull baseline');
    const t0 = performance.now();
    const rows = await storage.db
      .selectFrom('documents')
      .select(['seq', 'body'])
      .where('team_id', '=', session.team.id)
      .where('collection', '=', COLLECTION)
      .where('seq', '>', since)
      .orderBy('seq')
      .limit(limit)
      .execute();
    batchMs.push(performance.now() - t0);
    if (rows.length === 0) return { totalMs: sum(batchMs), batchMs, documents };
    documents += rows.length;
    since = Number(rows.at(-1)!.seq);
  }
  throw new Error(`The raw pull did not end within ${maxPages} pages.`);
}

/**
 * The server's push code (pushDocuments: one transaction, counter lock, read of the stored
 * documents, comparison, stamp, upserts) called directly, without HTTP, authentication,
 * JSON parsing or schema validation: splits the route's time into storage logic and the rest.
 */
export async function pushDirect(storage: Storage, session: Session, docs: readonly Doc[], batch: number, deadline: Deadline): Promise<BatchTimes & { conflicts: number }> {
  const batchMs: number[] = [];
  let conflicts = 0;
  const deps = { storage, now: Date.now, newId: () => crypto.randomUUID(), permissions: {} };
  for (let i = 0; i < docs.length; i += batch) {
    deadline.check('the direct push');
    const rows = docs.slice(i, i + batch).map((doc) => ({ assumedMasterState: null, newDocumentState: doc }));
    const t0 = performance.now();
    conflicts += (await pushDocuments(deps, session, influencers, rows)).length;
    batchMs.push(performance.now() - t0);
  }
  return { totalMs: sum(batchMs), batchMs, conflicts };
}
