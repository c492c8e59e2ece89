import { applyTeamChange } from './applyTeamChange';
import type { Group } from './group';
import type { Member } from './member';
import type { Role } from './role';
import type { TeamChange, TeamChangeApplied, TeamRoster } from './teamChange';

/** Small rosters for the team and permission tests. */
export function member(id: string, role: Role, groupId: string | null = null, fields: Partial<Member> = {}): Member {
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), email: `${id}@example.com`, role, groupId, active: true, createdAt: 1, updatedAt: 1, ...fields };
}

export function group(id: string, leaderId: string | null = null, fields: Partial<Group> = {}): Group {
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), leaderId, createdAt: 1, updatedAt: 1, ...fields };
}

/**
 * Ada and Ben (Administrators), and two groups:
 * sales (leader Lea; members Max, Mia) and design (leader Leo; member Moe); Uma is in no group.
 */
export function sampleRoster(): TeamRoster {
  return {
    members: [
      member('ada', 'admin'),
      member('ben', 'admin'),
      member('lea', 'leader', 'sales'),
      member('max', 'member', 'sales'),
      member('mia', 'member', 'sales'),
      member('leo', 'leader', 'design'),
      member('moe', 'member', 'design'),
      member('uma', 'member'),
    ],
    groups: [group('sales', 'lea'), group('design', 'leo')],
  };
}

/** The change, or a thrown error naming the refusal (tests read better without narrowing). */
export function applied(change: TeamChange): TeamChangeApplied {
  if (!change.ok) throw new Error(`refused (${change.code}): ${change.reason}`);
  return change;
}

/** The roster after a change (which must have been applied). */
export function applyChange(roster: TeamRoster, change: TeamChange): TeamRoster {
  return applyTeamChange(roster, applied(change));
}
