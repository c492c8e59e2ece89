import type { TeamChange, TeamRoster } from './teamChange';

/** The roster after an applied change: changed documents replace theirs, deleted groups go. */
export function applyTeamChange(roster: TeamRoster, change: TeamChange): TeamRoster {
  if (!change.ok) return roster;
  const members = new Map(roster.members.map((m) => [m.id, m]));
  for (const m of change.members) members.set(m.id, m);
  const groups = new Map(roster.groups.map((g) => [g.id, g]));
  for (const g of change.groups) groups.set(g.id, g);
  for (const id of change.deletedGroupIds) groups.delete(id);
  return { members: [...members.values()], groups: [...groups.values()] };
}
