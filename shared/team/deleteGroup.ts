import { refuse, type TeamChange, type TeamRoster } from './teamChange';
import { TeamDraft } from './teamDraft';

/** A group is deleted only when no member is in it: move its members to other groups first. */
export function deleteGroup(roster: TeamRoster, groupId: string, now: number): TeamChange {
  const group = roster.groups.find((g) => g.id === groupId);
  if (group === undefined) return refuse('not_found', 'There is no such group in this team.');
  const inside = roster.members.filter((m) => m.groupId === groupId).length;
  if (inside > 0) {
    return refuse('group_not_empty', `${group.name} still has ${inside === 1 ? '1 member' : `${inside} members`}: move them to another group first.`);
  }
  const draft = new TeamDraft(roster, now);
  draft.deleteGroup(groupId);
  return draft.result();
}
