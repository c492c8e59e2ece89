import { checkGroupName } from './groupNames';
import { refuse, type TeamChange, type TeamRoster } from './teamChange';
import { TeamDraft } from './teamDraft';

export function renameGroup(roster: TeamRoster, groupId: string, name: string, now: number): TeamChange {
  if (!roster.groups.some((g) => g.id === groupId)) return refuse('not_found', 'There is no such group in this team.');
  const checked = checkGroupName(roster.groups, name, groupId);
  if (!checked.ok) return checked;
  const draft = new TeamDraft(roster, now);
  draft.updateGroup(groupId, { name: checked.name });
  return draft.result();
}
