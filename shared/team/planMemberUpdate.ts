import type { Role } from './role';
import { refuse, type TeamChange, type TeamRefusal, type TeamRoster } from './teamChange';
import { TeamDraft } from './teamDraft';
import { validateTeamName } from './validateTeamName';

/** What an Administrator changes about a member in one step (PATCH /api/members/:id). */
export interface MemberPatch {
  name?: string;
  role?: Role;
  /** null: no group. */
  groupId?: string | null;
}

/**
 * Changes a member's name, role and group together, keeping the team's rules (reference 000):
 * - an Administrator is in no group: making someone Administrator takes them out of theirs;
 * - a Team Leader leads the group they are in: making someone Team Leader makes them their
 *   group's leader, and that group's previous leader becomes a Member;
 * - a Team Leader who leaves the role, the group or the team leaves the group without a
 *   leader until an Administrator sets one (the notices say so);
 * - moving a Team Leader to another group without naming a role makes them a Member there
 *   (that group's leader is set on purpose, not by a move);
 * - the team keeps at least one active Administrator.
 */
export function planMemberUpdate(roster: TeamRoster, memberId: string, patch: MemberPatch, now: number): TeamChange {
  const draft = new TeamDraft(roster, now);
  return applyMemberUpdate(draft, memberId, patch) ?? draft.result();
}

/** The same on a draft, for rules that compose; a refusal, or null when applied. */
export function applyMemberUpdate(draft: TeamDraft, memberId: string, patch: MemberPatch): TeamRefusal | null {
  const member = draft.member(memberId);
  if (member === undefined) return refuse('not_found', 'There is no such member in this team.');
  let name = member.name;
  if (patch.name !== undefined) {
    const checked = validateTeamName(patch.name, 'member');
    if (!checked.ok) return refuse('invalid_name', checked.reason);
    name = checked.name;
  }
  const movesOrPromotes = (patch.role !== undefined && patch.role !== member.role) || (patch.groupId !== undefined && patch.groupId !== member.groupId);
  if (!member.active && movesOrPromotes) return refuse('member_deactivated', `${member.name} is deactivated: their role and group no longer change.`);

  let groupId = patch.groupId !== undefined ? patch.groupId : member.groupId;
  let role: Role = patch.role ?? member.role;
  if (patch.role === undefined && member.role === 'leader' && groupId !== member.groupId) role = 'member';
  if (role === 'admin') {
    if (patch.groupId !== undefined && patch.groupId !== null) return refuse('administrator_in_group', 'Administrators are in no group: choose another role to put this member in a group.');
    groupId = null;
  }
  const group = groupId === null ? undefined : draft.group(groupId);
  if (groupId !== null && group === undefined) return refuse('not_found', 'There is no such group in this team.');
  if (role === 'leader' && group === undefined) return refuse('leader_needs_group', `A Team Leader leads a group: choose the group ${name} leads.`);
  if (member.role === 'admin' && role !== 'admin' && member.active && activeAdministrators(draft) === 1) {
    return refuse('last_administrator', `${name} is the team's only Administrator: make someone else Administrator first.`);
  }

  // The group they led (by its leaderId, the one source of truth) loses its leader...
  const led = draft.allGroups().filter((g) => g.leaderId === member.id && !(role === 'leader' && g.id === groupId));
  for (const g of led) {
    draft.updateGroup(g.id, { leaderId: null });
    draft.notice(`${g.name} has no Team Leader now. An Administrator can set one in Team settings.`);
  }
  // ...and the group they now lead changes leader.
  if (role === 'leader' && group !== undefined && group.leaderId !== member.id) {
    const previous = group.leaderId === null ? undefined : draft.member(group.leaderId);
    if (previous !== undefined && previous.id !== member.id) {
      if (previous.role === 'leader') draft.updateMember(previous.id, { role: 'member' });
      draft.notice(`${previous.name} is no longer Team Leader of ${group.name}; they stay in the group as a Member.`);
    }
    draft.updateGroup(group.id, { leaderId: member.id });
  }
  if (member.role === 'leader' && role === 'admin' && member.groupId !== null) {
    const left = draft.group(member.groupId);
    if (left !== undefined) draft.notice(`${name} is now an Administrator and has left ${left.name}.`);
  }
  draft.updateMember(member.id, { name, role, groupId });
  return null;
}

function activeAdministrators(draft: TeamDraft): number {
  return draft.allMembers().filter((m) => m.active && m.role === 'admin').length;
}
