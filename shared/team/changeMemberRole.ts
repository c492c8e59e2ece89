import { planMemberUpdate } from './planMemberUpdate';
import type { Role } from './role';
import type { TeamChange, TeamRoster } from './teamChange';

/**
 * Gives a member another role (see planMemberUpdate for the rules): Administrator leaves
 * their group, Team Leader leads their current group, Member stops leading.
 */
export function changeMemberRole(roster: TeamRoster, memberId: string, role: Role, now: number): TeamChange {
  return planMemberUpdate(roster, memberId, { role }, now);
}
