import { describe, expect, it } from 'vitest';
import type { SavedView } from './savedView';
import { canEditView, canSeeView, refusedViewWrite } from './viewRules';
import { viewFixture } from './viewFixtures';

describe('who sees and who changes a saved view', () => {
  it('a private view: only its owner sees it', () => {
    const view = viewFixture({ ownerId: 'ada', sharing: 'private' });
    expect(canSeeView(view, 'ada')).toBe(true);
    expect(canSeeView(view, 'bo')).toBe(false);
  });

  it('shared with chosen members: those members and the owner; shared with the team: everyone', () => {
    const chosen = viewFixture({ ownerId: 'ada', sharing: 'members', sharedWith: ['bo'] });
    expect(['ada', 'bo', 'cy'].map((m) => canSeeView(chosen, m))).toEqual([true, true, false]);
    const team = viewFixture({ ownerId: 'ada', sharing: 'team' });
    expect(['ada', 'bo', 'cy'].map((m) => canSeeView(team, m))).toEqual([true, true, true]);
  });

  it('only the owner edits, even when the view is shared with everyone', () => {
    const team = viewFixture({ ownerId: 'ada', sharing: 'team' });
    expect(canEditView(team, 'ada')).toBe(true);
    expect(canEditView(team, 'bo')).toBe(false);
  });

  it('writes: anyone creates their own; only the owner changes or deletes; nobody hands a view over', () => {
    const stored = viewFixture({ ownerId: 'ada' });
    const changed = (change: Partial<SavedView>): SavedView => ({ ...stored, ...change });
    expect(refusedViewWrite('bo', null, viewFixture({ ownerId: 'bo' }))).toBeNull();
    expect(refusedViewWrite('ada', stored, changed({ name: 'New name' }))).toBeNull();
    expect(refusedViewWrite('ada', stored, { ...changed({}), _deleted: true })).toBeNull();
    expect(refusedViewWrite('bo', stored, changed({ name: 'New name' }))).toBe('Only its owner may change this view.');
    expect(refusedViewWrite('bo', stored, { ...changed({}), _deleted: true })).toBe('Only its owner may delete this view.');
    expect(refusedViewWrite('ada', stored, changed({ ownerId: 'bo' }))).toBe('A view keeps its owner.');
  });
});
