import { describe, expect, it } from 'vitest';
import { addTeamMember } from './addTeamMember';
import { teamProblems } from './teamProblems';
import { applied, applyChange, group, member, sampleRoster } from './teamTestFixtures';

const NOW = 3_000;
const roster = sampleRoster();
const input = { id: 'new', name: ' New  Person ', email: 'new@example.com' };

describe('addTeamMember', () => {
  it('adds a Member to a group or to none, and an Administrator to none', () => {
    const fresh = { ...member('new', 'member', 'sales'), name: 'New Person', createdAt: NOW, updatedAt: NOW };
    expect(applied(addTeamMember(roster, { ...input, role: 'member', groupId: 'sales' }, NOW)).members).toEqual([fresh]);
    expect(applied(addTeamMember(roster, { ...input, role: 'member', groupId: null }, NOW)).members).toEqual([{ ...fresh, groupId: null }]);
    expect(applied(addTeamMember(roster, { ...input, role: 'admin', groupId: null }, NOW)).members).toEqual([{ ...fresh, role: 'admin', groupId: null }]);
  });

  it('a new Team Leader leads their group; the previous leader becomes a Member', () => {
    const change = applied(addTeamMember(roster, { ...input, role: 'leader', groupId: 'design' }, NOW));
    expect(change.groups).toEqual([{ ...group('design', 'new'), updatedAt: NOW }]);
    expect(change.members.map((m) => [m.id, m.role])).toEqual(expect.arrayContaining([['new', 'leader'], ['leo', 'member']]));
    expect(teamProblems(applyChange(roster, change))).toEqual([]);
  });

  it('refuses an Administrator in a group, a Team Leader without one, an unknown group and an empty name', () => {
    expect(addTeamMember(roster, { ...input, role: 'admin', groupId: 'sales' }, NOW)).toMatchObject({ ok: false, code: 'administrator_in_group' });
    expect(addTeamMember(roster, { ...input, role: 'leader', groupId: null }, NOW)).toMatchObject({ ok: false, code: 'leader_needs_group' });
    expect(addTeamMember(roster, { ...input, role: 'member', groupId: 'x' }, NOW)).toMatchObject({ ok: false, code: 'not_found' });
    expect(addTeamMember(roster, { ...input, name: '', role: 'member', groupId: null }, NOW)).toMatchObject({ ok: false, code: 'invalid_name' });
  });
});
