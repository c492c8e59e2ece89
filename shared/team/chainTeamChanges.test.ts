import { describe, expect, it } from 'vitest';
import { chainTeamChanges } from './chainTeamChanges';
import { moveMemberToGroup } from './moveMemberToGroup';
import { renameGroup } from './renameGroup';
import { setGroupLeader } from './setGroupLeader';
import { group, member, sampleRoster } from './teamTestFixtures';

const roster = sampleRoster();

describe('chainTeamChanges', () => {
  it('runs each step on the roster the previous made, keeping the latest version of each document', () => {
    const change = chainTeamChanges(roster, [
      (r) => renameGroup(r, 'sales', 'Sales EU', 2),
      (r) => moveMemberToGroup(r, 'uma', 'sales', 3),
      (r) => setGroupLeader(r, 'sales', 'uma', 4),
    ]);
    expect(change).toEqual({
      ok: true,
      members: [{ ...member('uma', 'leader', 'sales'), updatedAt: 4 }, { ...member('lea', 'member', 'sales'), updatedAt: 4 }],
      groups: [{ ...group('sales', 'uma'), name: 'Sales EU', updatedAt: 4 }],
      deletedGroupIds: [],
      notices: ['Lea is no longer Team Leader of Sales EU; they stay in the group as a Member.'],
    });
  });

  it('refuses the whole when a step refuses', () => {
    expect(chainTeamChanges(roster, [(r) => renameGroup(r, 'sales', 'New', 2), (r) => setGroupLeader(r, 'sales', 'moe', 3)])).toMatchObject({ ok: false, code: 'not_in_group' });
  });
});
