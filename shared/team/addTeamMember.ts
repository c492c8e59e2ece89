import type { Member } from './member';
import { applyMemberUpdate } from './planMemberUpdate';
import type { Role } from './role';
import { refuse, type TeamChange, type TeamRoster } from './teamChange';
import { TeamDraft } from './teamDraft';
import { validateTeamName } from './validateTeamName';

export interface NewTeamMember {
  id: string;
  name: string;
  /** Already checked and lower-cased by the caller (unique across the server). */
  email: string;
  role: Role;
  groupId: string | null;
}

/**
 * Adds a member with a role and a group, by the same rules as a later change: an
 * Administrator is in no group, a Team Leader leads the group they join (its previous leader
 * becomes a Member).
 */
export function addTeamMember(roster: TeamRoster, input: NewTeamMember, now: number): TeamChange {
  const name = validateTeamName(input.name, 'member');
  if (!name.ok) return refuse('invalid_name', name.reason);
  const draft = new TeamDraft(roster, now);
  const member: Member = { id: input.id, name: name.name, email: input.email, role: 'member', groupId: null, active: true, createdAt: now, updatedAt: now };
  draft.addMember(member);
  const refusal = applyMemberUpdate(draft, member.id, { role: input.role, groupId: input.groupId });
  return refusal ?? draft.result();
}
