import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTeamMember } from './addTeamMember';
import { createGroup } from './createGroup';
import { deactivateMember } from './deactivateMember';
import { deleteGroup } from './deleteGroup';
import { planMemberUpdate } from './planMemberUpdate';
import { ROLES } from './role';
import { setGroupLeader } from './setGroupLeader';
import type { TeamChange, TeamRoster } from './teamChange';
import { teamProblems } from './teamProblems';
import { applyChange, sampleRoster } from './teamTestFixtures';

const memberIds = ['ada', 'ben', 'lea', 'max', 'mia', 'leo', 'moe', 'uma', 'n1', 'n2'];
const groupIds = ['sales', 'design', 'g1', 'g2'];
const anyMember = fc.constantFrom(...memberIds);
const anyGroup = fc.constantFrom(...groupIds);
const anyGroupOrNone = fc.option(anyGroup, { nil: null });

type Step = (roster: TeamRoster, now: number) => TeamChange;
const steps: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ id: anyMember, role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }), groupId: fc.option(anyGroupOrNone, { nil: undefined }) }).map(
    ({ id, role, groupId }): Step => (roster, now) => planMemberUpdate(roster, id, { role, groupId }, now),
  ),
  fc.record({ group: anyGroup, leader: fc.option(anyMember, { nil: null }) }).map(({ group, leader }): Step => (roster, now) => setGroupLeader(roster, group, leader, now)),
  fc.record({ actor: anyMember, id: anyMember }).map(({ actor, id }): Step => (roster, now) => deactivateMember(roster, actor, id, now)),
  anyGroup.map((id): Step => (roster, now) => createGroup(roster, { id, name: id }, now)),
  anyGroup.map((id): Step => (roster, now) => deleteGroup(roster, id, now)),
  fc.record({ id: anyMember, role: fc.constantFrom(...ROLES), groupId: anyGroupOrNone }).map(
    ({ id, role, groupId }): Step => (roster, now) => (roster.members.some((m) => m.id === id) ? { ok: false, code: 'not_found', reason: '' } : addTeamMember(roster, { id, name: id, email: `${id}@x.com`, role, groupId }, now)),
  ),
);

describe('team rules together', () => {
  it('every sequence of accepted changes keeps the rules (one group each, admins in none, leaders lead their group, an active admin remains)', () => {
    fc.assert(
      fc.property(fc.array(steps, { maxLength: 40 }), (sequence) => {
        let roster = sampleRoster();
        expect(teamProblems(roster)).toEqual([]);
        sequence.forEach((step, i) => {
          const change = step(roster, 10_000 + i);
          if (!change.ok) return;
          roster = applyChange(roster, change);
          expect(teamProblems(roster)).toEqual([]);
          for (const doc of [...change.members, ...change.groups]) expect(doc.updatedAt).toBe(10_000 + i);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('teamProblems', () => {
  it('names each broken rule', () => {
    const broken: TeamRoster = {
      members: [
        { id: 'a', name: 'A', email: 'a@x.com', role: 'admin', groupId: 'g', active: false, createdAt: 1, updatedAt: 1 },
        { id: 'l', name: 'L', email: 'l@x.com', role: 'leader', groupId: null, active: true, createdAt: 1, updatedAt: 1 },
        { id: 'm', name: 'M', email: 'm@x.com', role: 'member', groupId: 'nowhere', active: true, createdAt: 1, updatedAt: 1 },
      ],
      groups: [{ id: 'g', name: 'G', leaderId: 'm', createdAt: 1, updatedAt: 1 }],
    };
    expect(teamProblems(broken)).toEqual([
      'a: an Administrator is in group g',
      'l: a Team Leader who does not lead their group',
      'm: in unknown group nowhere',
      'g: its leader m is not an active Team Leader in it',
      'no active Administrator',
    ]);
  });
});
