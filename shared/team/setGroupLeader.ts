import { applyMemberUpdate } from './planMemberUpdate';
import { refuse, type TeamChange, type TeamRoster } from './teamChange';
import { TeamDraft } from './teamDraft';

/**
 * Makes a member of the group its Team Leader (the previous leader becomes a Member), or,
 * with null, leaves the group without a leader. The leader must be an active member of that
 * very group: move them there first.
 */
export function setGroupLeader(roster: TeamRoster, groupId: string, leaderId: string | null, now: number): TeamChange {
  const draft = new TeamDraft(roster, now);
  const group = draft.group(groupId);
  if (group === undefined) return refuse('not_found', 'There is no such group in this team.');
  if (leaderId === null) {
    if (group.leaderId === null) return draft.result();
    const leader = draft.member(group.leaderId);
    if (leader === undefined || leader.role !== 'leader') draft.updateGroup(group.id, { leaderId: null });
    else {
      const refusal = applyMemberUpdate(draft, leader.id, { role: 'member' });
      if (refusal !== null) return refusal;
    }
    return draft.result();
  }
  const leader = draft.member(leaderId);
  if (leader === undefined) return refuse('not_found', 'There is no such member in this team.');
  if (!leader.active) return refuse('member_deactivated', `${leader.name} is deactivated and cannot lead a group.`);
  if (leader.groupId !== group.id) {
    const where = leader.role === 'admin' ? 'Administrators are in no group' : `${leader.name} is not in ${group.name}`;
    return refuse('not_in_group', `${where}: a Team Leader is chosen among the group's members.`);
  }
  const refusal = applyMemberUpdate(draft, leader.id, { role: 'leader' });
  return refusal ?? draft.result();
}
