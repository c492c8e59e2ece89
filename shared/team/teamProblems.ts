import type { TeamRoster } from './teamChange';

/**
 * What breaks the team's rules in a roster, in words ([]: none). Every team rule keeps these;
 * tests check it after every step, and the server can check stored data with it.
 */
export function teamProblems(roster: TeamRoster): string[] {
  const problems: string[] = [];
  const groups = new Map(roster.groups.map((g) => [g.id, g]));
  const members = new Map(roster.members.map((m) => [m.id, m]));
  for (const m of roster.members) {
    if (m.role === 'admin' && m.groupId !== null) problems.push(`${m.id}: an Administrator is in group ${m.groupId}`);
    if (m.groupId !== null && !groups.has(m.groupId)) problems.push(`${m.id}: in unknown group ${m.groupId}`);
    if (m.role === 'leader' && (m.groupId === null || groups.get(m.groupId)?.leaderId !== m.id)) problems.push(`${m.id}: a Team Leader who does not lead their group`);
    if (m.role === 'leader' && !m.active) problems.push(`${m.id}: a deactivated Team Leader`);
  }
  for (const g of roster.groups) {
    if (g.leaderId === null) continue;
    const leader = members.get(g.leaderId);
    if (leader === undefined || leader.role !== 'leader' || leader.groupId !== g.id || !leader.active) problems.push(`${g.id}: its leader ${g.leaderId} is not an active Team Leader in it`);
  }
  if (roster.members.length > 0 && !roster.members.some((m) => m.active && m.role === 'admin')) problems.push('no active Administrator');
  return problems;
}
