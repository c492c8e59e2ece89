import { describe, expect, it } from 'vitest';
import { changeMemberRole } from './changeMemberRole';
import { moveMemberToGroup } from './moveMemberToGroup';
import { planMemberUpdate } from './planMemberUpdate';
import { teamProblems } from './teamProblems';
import { applied, applyChange, group, member, sampleRoster } from './teamTestFixtures';

const NOW = 5_000;
const roster = sampleRoster();
const byId = <T extends { id: string }>(list: readonly T[], id: string): T | undefined => list.find((x) => x.id === id);

describe('changeMemberRole', () => {
  it('promoting a Team Leader to Administrator takes them out of their group, which has no leader until one is set', () => {
    const change = applied(changeMemberRole(roster, 'lea', 'admin', NOW));
    expect(change.members).toEqual([{ ...member('lea', 'admin', null), updatedAt: NOW }]);
    expect(change.groups).toEqual([{ ...group('sales', null), updatedAt: NOW }]);
    expect(change.notices).toEqual([
      'Sales has no Team Leader now. An Administrator can set one in Team settings.',
      'Lea is now an Administrator and has left Sales.',
    ]);
    expect(teamProblems(applyChange(roster, change))).toEqual([]);
  });

  it('promoting a Member to Team Leader makes them their group\'s leader; the previous leader becomes a Member', () => {
    const change = applied(changeMemberRole(roster, 'max', 'leader', NOW));
    expect(byId(change.members, 'max')).toMatchObject({ role: 'leader', groupId: 'sales', updatedAt: NOW });
    expect(byId(change.members, 'lea')).toMatchObject({ role: 'member', groupId: 'sales', updatedAt: NOW });
    expect(change.groups).toEqual([{ ...group('sales', 'max'), updatedAt: NOW }]);
    expect(change.notices).toEqual(['Lea is no longer Team Leader of Sales; they stay in the group as a Member.']);
    expect(teamProblems(applyChange(roster, change))).toEqual([]);
  });

  it('a Member in a group without a leader becomes its leader with no one demoted', () => {
    const leaderless = applyChange(roster, changeMemberRole(roster, 'lea', 'member', NOW));
    expect(byId(leaderless.groups, 'sales')?.leaderId).toBeNull();
    const change = applied(changeMemberRole(leaderless, 'mia', 'leader', NOW));
    expect(change.members.map((m) => m.id)).toEqual(['mia']);
    expect(change.notices).toEqual([]);
    expect(teamProblems(applyChange(leaderless, change))).toEqual([]);
  });

  it('demoting a Team Leader keeps them in the group and leaves it without a leader', () => {
    const change = applied(changeMemberRole(roster, 'leo', 'member', NOW));
    expect(change.members).toEqual([{ ...member('leo', 'member', 'design'), updatedAt: NOW }]);
    expect(change.groups).toEqual([{ ...group('design', null), updatedAt: NOW }]);
    expect(change.notices).toEqual(['Design has no Team Leader now. An Administrator can set one in Team settings.']);
  });

  it('refuses a Team Leader without a group, and keeps the last active Administrator', () => {
    expect(changeMemberRole(roster, 'uma', 'leader', NOW)).toMatchObject({ ok: false, code: 'leader_needs_group', reason: 'A Team Leader leads a group: choose the group Uma leads.' });
    expect(changeMemberRole(roster, 'ada', 'admin', NOW)).toEqual({ ok: true, members: [], groups: [], deletedGroupIds: [], notices: [] });
    const oneAdmin = applyChange(roster, changeMemberRole(roster, 'ben', 'member', NOW));
    expect(changeMemberRole(oneAdmin, 'ada', 'member', NOW)).toMatchObject({ ok: false, code: 'last_administrator' });
    // A deactivated Administrator does not count.
    const inactiveBen = { ...roster, members: roster.members.map((m) => (m.id === 'ben' ? { ...m, active: false } : m)) };
    expect(changeMemberRole(inactiveBen, 'ada', 'member', NOW)).toMatchObject({ ok: false, code: 'last_administrator' });
  });

  it('refuses unknown and deactivated members', () => {
    expect(changeMemberRole(roster, 'nobody', 'admin', NOW)).toMatchObject({ ok: false, code: 'not_found' });
    const gone = { ...roster, members: [...roster.members, member('old', 'member', null, { active: false })] };
    expect(changeMemberRole(gone, 'old', 'admin', NOW)).toMatchObject({ ok: false, code: 'member_deactivated' });
  });
});

describe('moveMemberToGroup', () => {
  it('moves a Member: they are in one group at a time', () => {
    const change = applied(moveMemberToGroup(roster, 'max', 'design', NOW));
    expect(change.members).toEqual([{ ...member('max', 'member', 'design'), updatedAt: NOW }]);
    expect(change.groups).toEqual([]);
    expect(applied(moveMemberToGroup(roster, 'uma', 'sales', NOW)).members).toEqual([{ ...member('uma', 'member', 'sales'), updatedAt: NOW }]);
    expect(applied(moveMemberToGroup(roster, 'moe', null, NOW)).members).toEqual([{ ...member('moe', 'member', null), updatedAt: NOW }]);
  });

  it('a moved Team Leader becomes a Member of the new group; the old group has no leader', () => {
    const change = applied(moveMemberToGroup(roster, 'lea', 'design', NOW));
    expect(change.members).toEqual([{ ...member('lea', 'member', 'design'), updatedAt: NOW }]);
    expect(change.groups).toEqual([{ ...group('sales', null), updatedAt: NOW }]);
    expect(byId(applyChange(roster, change).groups, 'design')?.leaderId).toBe('leo');
    expect(teamProblems(applyChange(roster, change))).toEqual([]);
  });

  it('refuses to put an Administrator in a group, and unknown groups', () => {
    expect(moveMemberToGroup(roster, 'ada', 'sales', NOW)).toMatchObject({ ok: false, code: 'administrator_in_group' });
    expect(moveMemberToGroup(roster, 'max', 'nowhere', NOW)).toMatchObject({ ok: false, code: 'not_found', reason: 'There is no such group in this team.' });
  });
});

describe('planMemberUpdate (several fields at once)', () => {
  it('makes an Administrator the leader of a group in one step, and renames', () => {
    const change = applied(planMemberUpdate(roster, 'ben', { role: 'leader', groupId: 'design', name: '  Ben   Stone ' }, NOW));
    expect(byId(change.members, 'ben')).toEqual({ ...member('ben', 'leader', 'design'), name: 'Ben Stone', updatedAt: NOW });
    expect(byId(change.members, 'leo')).toMatchObject({ role: 'member', groupId: 'design' });
    expect(teamProblems(applyChange(roster, change))).toEqual([]);
  });

  it('refuses an Administrator with a group and a bad name', () => {
    expect(planMemberUpdate(roster, 'max', { role: 'admin', groupId: 'sales' }, NOW)).toMatchObject({ ok: false, code: 'administrator_in_group' });
    expect(planMemberUpdate(roster, 'max', { name: '   ' }, NOW)).toEqual({ ok: false, code: 'invalid_name', reason: 'A member needs a name.' });
  });

  it('renames a deactivated member, but does not move or promote them', () => {
    const gone = { ...roster, members: [...roster.members, member('old', 'member', null, { active: false })] };
    expect(applied(planMemberUpdate(gone, 'old', { name: 'Old Timer' }, NOW)).members).toEqual([{ ...member('old', 'member', null, { active: false }), name: 'Old Timer', updatedAt: NOW }]);
    expect(planMemberUpdate(gone, 'old', { groupId: 'sales' }, NOW)).toMatchObject({ ok: false, code: 'member_deactivated' });
  });

  it('leaves the input roster alone', () => {
    const before = structuredClone(roster);
    planMemberUpdate(roster, 'lea', { role: 'admin' }, NOW);
    expect(roster).toEqual(before);
  });
});
