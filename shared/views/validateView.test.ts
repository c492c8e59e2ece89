import { describe, expect, it } from 'vitest';
import { validateView } from './validateView';
import { viewFixture } from './viewFixtures';

const errorsOf = (value: unknown): string[] => {
  const result = validateView(value);
  return result.ok ? [] : result.errors;
};

describe('validateView', () => {
  it('accepts a valid view and returns a copy', () => {
    const view = viewFixture({ sharing: 'members', sharedWith: ['bo'] });
    const result = validateView(view);
    expect(result).toEqual({ ok: true, view });
    if (result.ok) expect(result.view.sharedWith).not.toBe(view.sharedWith);
  });

  it('accepts a view without a filter', () => {
    expect(validateView(viewFixture({ filter: null })).ok).toBe(true);
  });

  it('names every problem the schema cannot catch', () => {
    const bad = { ...viewFixture(), name: '  ', sortField: 'password', sharing: 'team', sharedWith: ['bo'] };
    expect(errorsOf(bad)).toEqual([
      'name: must not be empty.',
      'sortField: "password" is not a column the list sorts by.',
      'sharedWith: must be empty when the view is shared with the whole team.',
    ]);
  });

  it('refuses sharing with chosen members without any, or one twice', () => {
    expect(errorsOf(viewFixture({ sharing: 'members', sharedWith: [] }))).toEqual(['sharedWith: choose at least one member to share with.']);
    expect(errorsOf(viewFixture({ sharing: 'members', sharedWith: ['bo', 'bo'] }))).toEqual(['sharedWith: a member is listed twice.']);
    expect(errorsOf(viewFixture({ sharing: 'private', sharedWith: ['bo'] }))).toEqual(['sharedWith: must be empty when the view is shared with nobody.']);
  });

  it('reports a broken filter with its place in the filter', () => {
    const filter = { version: 1, root: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'followers', op: 'between', min: 10, max: 5 }] } };
    expect(errorsOf({ ...viewFixture(), filter })).toEqual(['filter.root.children[0] (followers): the minimum (10) is above the maximum (5).']);
  });

  it('refuses what the schema refuses: unknown fields, a wrong sharing, not an object', () => {
    expect(errorsOf({ ...viewFixture(), extra: 1 }).join()).toMatch(/extra/);
    expect(errorsOf({ ...viewFixture(), sharing: 'world' }).join()).toMatch(/sharing/);
    expect(errorsOf('a view')).not.toEqual([]);
  });
});
