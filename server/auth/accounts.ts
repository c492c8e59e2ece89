import type { Kysely, Transaction } from 'kysely';
import type { Database, MemberRole, MembersTable } from '../storage/tables';
import { isUniqueViolation } from '../storage/storage';
import { HttpError } from '../errors';
import { lockTeamCounter, memberDocument, memberWrite, writeServerDocuments } from '../team/teamDocuments';

/** What the API shows of a team and a member (never the password hash). */
export interface PublicTeam {
  id: string;
  name: string;
}

export interface PublicMember {
  id: string;
  name: string;
  email: string;
  role: MemberRole;
  groupId: string | null;
}

/** Who is calling: resolved from the token on every request. */
export interface Session {
  tokenHash: string;
  team: PublicTeam;
  member: PublicMember;
}

export function toPublicMember(row: Pick<MembersTable, 'id' | 'name' | 'email' | 'role' | 'group_id'>): PublicMember {
  return { id: row.id, name: row.name, email: row.email, role: row.role, groupId: row.group_id };
}

export interface NewMember {
  id: string;
  name: string;
  email: string;
  role: MemberRole;
  groupId: string | null;
  passwordHash: string;
  /** Added with a one-time password: asked to choose their own at sign-in. */
  mustChangePassword?: boolean;
}

export const emailTaken = (): HttpError => new HttpError(409, 'email_taken', 'This email already belongs to an account.');

/**
 * A team, its change counter and its first Administrator (account row and replicated member
 * document), all or nothing. Nothing is announced: no stream can be open on a new team.
 */
export async function createTeam(db: Kysely<Database>, team: PublicTeam, admin: NewMember, now: number): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('teams').values({ id: team.id, name: team.name, created_at: now }).execute();
      await trx.insertInto('sync_counters').values({ team_id: team.id, seq: 0 }).execute();
      await insertAccount(trx, team.id, admin, now);
      const seq = await lockTeamCounter(trx, team.id);
      await writeServerDocuments(trx, team.id, seq, [memberWrite(memberDocument(memberRow(team.id, admin, now), now))]);
    });
  } catch (error) {
    throw isUniqueViolation(error) ? emailTaken() : error;
  }
}

/** The account row of a new member (the caller writes their member document in the same transaction). */
export async function insertAccount(trx: Transaction<Database>, teamId: string, member: NewMember, now: number): Promise<void> {
  await trx.insertInto('members').values(memberRow(teamId, member, now)).execute();
}

/** An account row as inserted, every column spelled out. */
type AccountRow = Omit<MembersTable, 'must_change_password'> & { must_change_password: number };

function memberRow(teamId: string, member: NewMember, now: number): AccountRow {
  return {
    id: member.id,
    team_id: teamId,
    name: member.name,
    email: member.email,
    role: member.role,
    group_id: member.groupId,
    active: 1,
    password_hash: member.passwordHash,
    must_change_password: member.mustChangePassword === true ? 1 : 0,
    created_at: now,
  };
}

export async function emailExists(db: Kysely<Database>, email: string): Promise<boolean> {
  const row = await db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirst();
  return row !== undefined;
}

/** Login looks members up by email alone: emails are unique across the server. */
export async function findLogin(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('members')
    .innerJoin('teams', 'teams.id', 'members.team_id')
    .select([
      'members.id', 'members.name', 'members.email', 'members.role', 'members.group_id', 'members.active',
      'members.password_hash', 'members.must_change_password', 'members.team_id', 'teams.name as team_name',
    ])
    .where('members.email', '=', email)
    .executeTakeFirst();
}

export async function createSession(
  db: Kysely<Database>,
  session: { tokenHash: string; teamId: string; memberId: string },
  now: number,
  lifetimeMs: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('expires_at', '<=', now).execute(); // tidy as we go
    await trx
      .insertInto('sessions')
      .values({ token_hash: session.tokenHash, team_id: session.teamId, member_id: session.memberId, created_at: now, expires_at: now + lifetimeMs })
      .execute();
  });
}

/** The live session for a token hash: unexpired, and its member still active. */
export async function findSession(db: Kysely<Database>, tokenHash: string, now: number): Promise<Session | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('members', (join) => join.onRef('members.id', '=', 'sessions.member_id').onRef('members.team_id', '=', 'sessions.team_id'))
    .innerJoin('teams', 'teams.id', 'sessions.team_id')
    .select(['members.id', 'members.name', 'members.email', 'members.role', 'members.group_id', 'teams.id as team_id', 'teams.name as team_name'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('members.active', '=', 1)
    .executeTakeFirst();
  if (row === undefined) return null;
  return { tokenHash, team: { id: row.team_id, name: row.team_name }, member: toPublicMember(row) };
}

/** Whether the member still has to replace their one-time password. */
export async function mustChangePassword(db: Kysely<Database>, teamId: string, memberId: string): Promise<boolean> {
  const row = await db.selectFrom('members').select('must_change_password').where('team_id', '=', teamId).where('id', '=', memberId).executeTakeFirst();
  return row?.must_change_password === 1;
}

/**
 * A member's new password: the hash replaces the old one, the one-time flag is cleared, and
 * every other session of theirs ends (whoever knew the old password is signed out).
 */
export async function changePassword(db: Kysely<Database>, session: Session, passwordHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('members').set({ password_hash: passwordHash, must_change_password: 0 }).where('team_id', '=', session.team.id).where('id', '=', session.member.id).execute();
    await trx.deleteFrom('sessions').where('team_id', '=', session.team.id).where('member_id', '=', session.member.id).where('token_hash', '!=', session.tokenHash).execute();
  });
}

export async function passwordHashOf(db: Kysely<Database>, session: Session): Promise<string> {
  const row = await db.selectFrom('members').select('password_hash').where('team_id', '=', session.team.id).where('id', '=', session.member.id).executeTakeFirstOrThrow();
  return row.password_hash;
}

export async function deleteSession(db: Kysely<Database>, teamId: string, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('team_id', '=', teamId).where('token_hash', '=', tokenHash).execute();
}
