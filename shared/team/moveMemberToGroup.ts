import { planMemberUpdate } from './planMemberUpdate';
import type { TeamChange, TeamRoster } from './teamChange';

/**
 * Puts a member in a group (or in none). A member is in at most one group, so this takes them
 * out of the previous one; Administrators are in no group; a Team Leader who moves becomes a
 * Member of the new group and their old group has no leader until one is set.
 */
export function moveMemberToGroup(roster: TeamRoster, memberId: string, groupId: string | null, now: number): TeamChange {
  return planMemberUpdate(roster, memberId, { groupId }, now);
}
