import { refuse, type TeamChange, type TeamRoster } from './teamChange';
import { TeamDraft } from './teamDraft';

/**
 * Deactivates a member: they can no longer sign in, and their history (activities, the
 * influencers they are liaison of) stays. They leave their group, so it can be emptied and
 * deleted; a Team Leader becomes a Member and the group has no leader until one is set. An
 * Administrator cannot deactivate themselves, and the team keeps an active Administrator.
 */
export function deactivateMember(roster: TeamRoster, actorId: string, memberId: string, now: number): TeamChange {
  const draft = new TeamDraft(roster, now);
  const member = draft.member(memberId);
  if (member === undefined) return refuse('not_found', 'There is no such member in this team.');
  if (member.id === actorId) return refuse('cannot_deactivate_self', 'You cannot deactivate yourself: ask another Administrator.');
  if (!member.active) return draft.result();
  if (member.role === 'admin' && draft.allMembers().filter((m) => m.active && m.role === 'admin').length === 1) {
    return refuse('last_administrator', `${member.name} is the team's only Administrator: make someone else Administrator first.`);
  }
  for (const group of draft.allGroups()) {
    if (group.leaderId !== member.id) continue;
    draft.updateGroup(group.id, { leaderId: null });
    draft.notice(`${group.name} has no Team Leader now. An Administrator can set one in Team settings.`);
  }
  draft.updateMember(member.id, { active: false, groupId: null, role: member.role === 'leader' ? 'member' : member.role });
  return draft.result();
}
