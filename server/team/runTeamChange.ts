import type { Transaction } from 'kysely';
import type { TeamChange, TeamChangeApplied, TeamRefusal, TeamRoster } from '../../shared/team/teamChange';
import { emailTaken } from '../auth/accounts';
import { HttpError } from '../errors';
import { invalidRequest } from '../http/readFields';
import { isUniqueViolation, type Storage } from '../storage/storage';
import type { Database } from '../storage/tables';
import { GROUPS, groupWrite, lockTeamCounter, memberWrite, readRoster, writeServerDocuments, type ServerWrite } from './teamDocuments';

/**
 * Applies one Team settings change in ONE transaction: takes the team's counter lock, reads
 * the roster, asks the shared rule (`plan`) what to change, runs `before` (e.g. inserting
 * the new account row), then writes the member and group documents, brings the accounts
 * rows in line (name, role, group, active; a deactivated member's sessions end) and
 * announces the changes. A refusal changes nothing and answers in the contract's shape.
 */
export async function runTeamChange(
  storage: Storage,
  teamId: string,
  plan: (roster: TeamRoster) => TeamChange,
  before?: (trx: Transaction<Database>, change: TeamChangeApplied) => Promise<void>,
): Promise<TeamChangeApplied> {
  const collections = new Set<string>();
  let applied: TeamChangeApplied;
  try {
    applied = await storage.db.transaction().execute(async (trx) => {
      const seq = await lockTeamCounter(trx, teamId);
      const roster = await readRoster(trx, teamId);
      const change = plan(roster);
      if (!change.ok) throw refusalError(change);
      await before?.(trx, change);
      for (const member of change.members) {
        await trx
          .updateTable('members')
          .set({ name: member.name, role: member.role, group_id: member.groupId, active: member.active ? 1 : 0 })
          .where('team_id', '=', teamId)
          .where('id', '=', member.id)
          .execute();
        if (!member.active) await trx.deleteFrom('sessions').where('team_id', '=', teamId).where('member_id', '=', member.id).execute();
      }
      const deleted = roster.groups.filter((g) => change.deletedGroupIds.includes(g.id));
      const writes: ServerWrite[] = [
        ...change.members.map(memberWrite),
        ...change.groups.map(groupWrite),
        ...deleted.map((group) => ({ collection: GROUPS, doc: { ...group, _deleted: true } })),
      ];
      for (const collection of await writeServerDocuments(trx, teamId, seq, writes)) {
        await storage.changes.announce(trx, teamId, collection);
        collections.add(collection);
      }
      return change;
    });
  } catch (error) {
    throw isUniqueViolation(error) ? emailTaken() : error;
  }
  for (const collection of collections) storage.changes.committed(teamId, collection); // only after commit
  return applied;
}

const STATUS: Readonly<Record<TeamRefusal['code'], number>> = {
  not_found: 404,
  invalid_name: 400,
  name_taken: 409,
  group_not_empty: 409,
  last_administrator: 409,
  leader_needs_group: 409,
  administrator_in_group: 409,
  not_in_group: 409,
  member_deactivated: 409,
  cannot_deactivate_self: 409,
};

/** A rule's refusal as the API answers it: 404 unknown id, 400 bad name, 409 for the team's rules. */
export function refusalError(refusal: TeamRefusal): HttpError {
  if (refusal.code === 'invalid_name') return invalidRequest([`name: ${refusal.reason}`]);
  if (refusal.code === 'name_taken') return new HttpError(409, 'group_name_taken', refusal.reason);
  return new HttpError(STATUS[refusal.code], refusal.code, refusal.reason);
}
