import { describe, expect, it } from 'vitest';
import { createGroup } from './createGroup';
import { deleteGroup } from './deleteGroup';
import { moveMemberToGroup } from './moveMemberToGroup';
import { renameGroup } from './renameGroup';
import { applied, applyChange, group, sampleRoster } from './teamTestFixtures';

const NOW = 4_000;
const roster = sampleRoster();

describe('createGroup and renameGroup', () => {
  it('creates an empty group without a leader, with a tidied name', () => {
    expect(applied(createGroup(roster, { id: 'ops', name: '  Field   ops ' }, NOW)).groups).toEqual([{ id: 'ops', name: 'Field ops', leaderId: null, createdAt: NOW, updatedAt: NOW }]);
  });

  it('refuses empty names and names another group has, ignoring case and accents', () => {
    expect(createGroup(roster, { id: 'x', name: ' ' }, NOW)).toEqual({ ok: false, code: 'invalid_name', reason: 'A group needs a name.' });
    expect(createGroup(roster, { id: 'x', name: 'x'.repeat(201) }, NOW)).toMatchObject({ ok: false, code: 'invalid_name' });
    expect(createGroup(roster, { id: 'x', name: 'SALES' }, NOW)).toEqual({ ok: false, code: 'name_taken', reason: 'There is already a group named Sales.' });
    const accented = applyChange(roster, createGroup(roster, { id: 'eq', name: 'Équipe' }, NOW));
    expect(createGroup(accented, { id: 'x', name: 'equipe' }, NOW)).toMatchObject({ ok: false, code: 'name_taken' });
  });

  it('renames, also to another spelling of its own name; refuses another group\'s name and unknown groups', () => {
    expect(applied(renameGroup(roster, 'sales', 'Sales EU', NOW)).groups).toEqual([{ ...group('sales', 'lea'), name: 'Sales EU', updatedAt: NOW }]);
    expect(applied(renameGroup(roster, 'sales', 'SALES', NOW)).groups).toEqual([{ ...group('sales', 'lea'), name: 'SALES', updatedAt: NOW }]);
    expect(renameGroup(roster, 'sales', 'design', NOW)).toMatchObject({ ok: false, code: 'name_taken' });
    expect(renameGroup(roster, 'nope', 'New', NOW)).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('deleteGroup', () => {
  it('deletes only an empty group', () => {
    expect(deleteGroup(roster, 'design', NOW)).toEqual({ ok: false, code: 'group_not_empty', reason: 'Design still has 2 members: move them to another group first.' });
    let emptied = applyChange(roster, moveMemberToGroup(roster, 'moe', null, NOW));
    expect(deleteGroup(emptied, 'design', NOW)).toMatchObject({ reason: 'Design still has 1 member: move them to another group first.' });
    emptied = applyChange(emptied, moveMemberToGroup(emptied, 'leo', null, NOW));
    expect(applied(deleteGroup(emptied, 'design', NOW))).toEqual({ ok: true, members: [], groups: [], deletedGroupIds: ['design'], notices: [] });
    expect(deleteGroup(roster, 'nope', NOW)).toMatchObject({ ok: false, code: 'not_found' });
  });
});
