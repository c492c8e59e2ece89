import { applyTeamChange } from './applyTeamChange';
import type { TeamChange, TeamRoster } from './teamChange';

/**
 * Several rules as one change (e.g. rename a group and set its leader): each step sees the
 * roster the previous steps made; the first refusal refuses the whole.
 */
export function chainTeamChanges(roster: TeamRoster, steps: readonly ((roster: TeamRoster) => TeamChange)[]): TeamChange {
  const members = new Map<string, TeamRoster['members'][number]>();
  const groups = new Map<string, TeamRoster['groups'][number]>();
  const deletedGroupIds = new Set<string>();
  const notices: string[] = [];
  let current = roster;
  for (const step of steps) {
    const change = step(current);
    if (!change.ok) return change;
    for (const m of change.members) members.set(m.id, m);
    for (const g of change.groups) groups.set(g.id, g);
    for (const id of change.deletedGroupIds) {
      groups.delete(id);
      deletedGroupIds.add(id);
    }
    for (const notice of change.notices) if (!notices.includes(notice)) notices.push(notice);
    current = applyTeamChange(current, change);
  }
  return { ok: true, members: [...members.values()], groups: [...groups.values()], deletedGroupIds: [...deletedGroupIds], notices };
}
