import { checkGroupName } from './groupNames';
import type { TeamChange, TeamRoster } from './teamChange';
import { TeamDraft } from './teamDraft';

/** A new, empty group without a leader (Administrators assign members and a leader next). */
export function createGroup(roster: TeamRoster, input: { id: string; name: string }, now: number): TeamChange {
  const name = checkGroupName(roster.groups, input.name, null);
  if (!name.ok) return name;
  const draft = new TeamDraft(roster, now);
  draft.addGroup({ id: input.id, name: name.name, leaderId: null, createdAt: now, updatedAt: now });
  return draft.result();
}
