import { describe, expect, it } from 'vitest';
import { setGroupLeader } from './setGroupLeader';
import { teamProblems } from './teamProblems';
import { applied, applyChange, group, member, sampleRoster } from './teamTestFixtures';

const NOW = 7_000;
const roster = sampleRoster();

describe('setGroupLeader', () => {
  it('makes a member of the group its leader; the previous leader becomes a Member', () => {
    const change = applied(setGroupLeader(roster, 'sales', 'mia', NOW));
    expect(change.groups).toEqual([{ ...group('sales', 'mia'), updatedAt: NOW }]);
    expect(change.members).toEqual(
      expect.arrayContaining([{ ...member('mia', 'leader', 'sales'), updatedAt: NOW }, { ...member('lea', 'member', 'sales'), updatedAt: NOW }]),
    );
    expect(change.members).toHaveLength(2);
    expect(teamProblems(applyChange(roster, change))).toEqual([]);
  });

  it('null leaves the group without a leader; the leader stays in it as a Member', () => {
    const change = applied(setGroupLeader(roster, 'design', null, NOW));
    expect(change.groups).toEqual([{ ...group('design', null), updatedAt: NOW }]);
    expect(change.members).toEqual([{ ...member('leo', 'member', 'design'), updatedAt: NOW }]);
    expect(applied(setGroupLeader(applyChange(roster, change), 'design', null, NOW)).groups).toEqual([]);
  });

  it('setting the current leader again changes nothing', () => {
    expect(applied(setGroupLeader(roster, 'sales', 'lea', NOW))).toEqual({ ok: true, members: [], groups: [], deletedGroupIds: [], notices: [] });
  });

  it('refuses a leader from outside the group, an Administrator, a deactivated member, unknown ids', () => {
    expect(setGroupLeader(roster, 'sales', 'moe', NOW)).toEqual({ ok: false, code: 'not_in_group', reason: "Moe is not in Sales: a Team Leader is chosen among the group's members." });
    expect(setGroupLeader(roster, 'sales', 'uma', NOW)).toMatchObject({ ok: false, code: 'not_in_group' });
    expect(setGroupLeader(roster, 'sales', 'ada', NOW)).toEqual({ ok: false, code: 'not_in_group', reason: "Administrators are in no group: a Team Leader is chosen among the group's members." });
    const gone = { ...roster, members: [...roster.members, member('old', 'member', 'sales', { active: false })] };
    expect(setGroupLeader(gone, 'sales', 'old', NOW)).toMatchObject({ ok: false, code: 'member_deactivated' });
    expect(setGroupLeader(roster, 'nowhere', 'max', NOW)).toMatchObject({ ok: false, code: 'not_found' });
    expect(setGroupLeader(roster, 'sales', 'nobody', NOW)).toMatchObject({ ok: false, code: 'not_found' });
  });
});
