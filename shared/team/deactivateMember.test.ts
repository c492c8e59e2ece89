import { describe, expect, it } from 'vitest';
import { changeMemberRole } from './changeMemberRole';
import { deactivateMember } from './deactivateMember';
import { teamProblems } from './teamProblems';
import { applied, applyChange, group, member, sampleRoster } from './teamTestFixtures';

const NOW = 9_000;
const roster = sampleRoster();

describe('deactivateMember', () => {
  it('a deactivated member leaves their group and keeps their role', () => {
    const change = applied(deactivateMember(roster, 'ada', 'max', NOW));
    expect(change.members).toEqual([{ ...member('max', 'member', null, { active: false }), updatedAt: NOW }]);
    expect(change.groups).toEqual([]);
    expect(applied(deactivateMember(roster, 'ada', 'ben', NOW)).members).toEqual([{ ...member('ben', 'admin', null, { active: false }), updatedAt: NOW }]);
  });

  it('a deactivated Team Leader becomes a Member, and the group has no leader', () => {
    const change = applied(deactivateMember(roster, 'ada', 'lea', NOW));
    expect(change.members).toEqual([{ ...member('lea', 'member', null, { active: false }), updatedAt: NOW }]);
    expect(change.groups).toEqual([{ ...group('sales', null), updatedAt: NOW }]);
    expect(change.notices).toEqual(['Sales has no Team Leader now. An Administrator can set one in Team settings.']);
    expect(teamProblems(applyChange(roster, change))).toEqual([]);
  });

  it('refuses oneself, the last active Administrator and unknown ids; deactivating twice changes nothing', () => {
    expect(deactivateMember(roster, 'ada', 'ada', NOW)).toMatchObject({ ok: false, code: 'cannot_deactivate_self' });
    const oneAdmin = applyChange(roster, changeMemberRole(roster, 'ben', 'member', NOW));
    expect(deactivateMember(oneAdmin, 'ben', 'ada', NOW)).toMatchObject({ ok: false, code: 'last_administrator' });
    expect(deactivateMember(roster, 'ada', 'nobody', NOW)).toMatchObject({ ok: false, code: 'not_found' });
    const once = applyChange(roster, deactivateMember(roster, 'ada', 'moe', NOW));
    expect(applied(deactivateMember(once, 'ada', 'moe', NOW + 1)).members).toEqual([]);
  });
});
