import { sql, type Transaction } from 'kysely';
import type { Group } from '../../shared/team/group';
import type { Member } from '../../shared/team/member';
import type { TeamRoster } from '../../shared/team/teamChange';
import type { Doc } from '../../shared/sync/mergeDocuments';
import type { Database, MembersTable } from '../storage/tables';

export const MEMBERS = 'members';
export const GROUPS = 'groups';
export const SETTINGS = 'settings';

/** A document the server itself writes (not a push): members, groups, deleted groups. */
export interface ServerWrite {
  collection: string;
  /** The body as clients pull it, `_deleted` included. */
  doc: Doc;
}

/**
 * Locks the team's change counter until the transaction ends and returns its value. Every
 * writer of the team's documents (pushes and Team settings) takes this lock first, so their
 * sequence numbers follow commit order (storage/migrations.ts) and a rule that reads the
 * roster sees the one it writes over.
 */
export async function lockTeamCounter(trx: Transaction<Database>, teamId: string): Promise<number> {
  const row = await trx.updateTable('sync_counters').set({ seq: sql<number>`seq` }).where('team_id', '=', teamId).returning('seq').executeTakeFirstOrThrow();
  return Number(row.seq);
}

/** The team's live (not deleted) documents of one collection. */
export async function readLiveDocuments(trx: Transaction<Database>, teamId: string, collection: string): Promise<Doc[]> {
  const rows = await trx.selectFrom('documents').select('body').where('team_id', '=', teamId).where('collection', '=', collection).execute();
  return rows.map((row) => JSON.parse(row.body) as Doc).filter((doc) => doc._deleted !== true);
}

/** The team's members and groups as the shared team rules read them. */
export async function readRoster(trx: Transaction<Database>, teamId: string): Promise<TeamRoster> {
  const members = await readLiveDocuments(trx, teamId, MEMBERS);
  const groups = await readLiveDocuments(trx, teamId, GROUPS);
  // Written only by this server, from these types.
  return { members: members.map((doc) => withoutFlag(doc) as unknown as Member), groups: groups.map((doc) => withoutFlag(doc) as unknown as Group) };
}

/**
 * Writes documents with the next sequence numbers after `seq` (the value lockTeamCounter
 * returned) and moves the counter on. Returns the collections written, for the caller to
 * announce (ChangeFeed.announce inside the transaction, .committed after it).
 */
export async function writeServerDocuments(trx: Transaction<Database>, teamId: string, seq: number, writes: readonly ServerWrite[]): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  for (const [i, write] of writes.entries()) {
    const id = String(write.doc.id);
    await trx
      .insertInto('documents')
      .values({ team_id: teamId, collection: write.collection, id, seq: seq + i + 1, body: JSON.stringify(write.doc) })
      .onConflict((oc) => oc.columns(['team_id', 'collection', 'id']).doUpdateSet((eb) => ({ seq: eb.ref('excluded.seq'), body: eb.ref('excluded.body') })))
      .execute();
  }
  await trx.updateTable('sync_counters').set({ seq: seq + writes.length }).where('team_id', '=', teamId).execute();
  return new Set(writes.map((w) => w.collection));
}

/** The replicated member document of an accounts row: everything but the password hash. */
export function memberDocument(row: Pick<MembersTable, 'id' | 'name' | 'email' | 'role' | 'group_id' | 'active' | 'created_at'>, updatedAt: number): Member {
  return { id: row.id, name: row.name, email: row.email, role: row.role, groupId: row.group_id, active: row.active === 1, createdAt: Number(row.created_at), updatedAt };
}

export function memberWrite(member: Member): ServerWrite {
  return { collection: MEMBERS, doc: { ...member, _deleted: false } };
}

export function groupWrite(group: Group): ServerWrite {
  return { collection: GROUPS, doc: { ...group, _deleted: false } };
}

function withoutFlag(doc: Doc): Doc {
  const { _deleted: _flag, ...fields } = doc;
  return fields;
}
