import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../../../shared/filters/compileFilter';
import type { FilterableRow, ListFilter } from '../../../../shared/filters/listFilter';
import { viewFixture } from '../../../../shared/views/viewFixtures';
import { builtInView } from '../influencers/stores/builtInViews';
import { builtInBaseFilter, visibleViews } from './useListViews';
import { contentOfView, differsFrom, toViewContent, type ListContent } from './viewContent';

const noEmail: ListFilter = { version: 1, root: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'hasEmail', op: 'is', value: false }] } };
const unfinished: ListFilter = { version: 1, root: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'status', op: 'any_of', values: [] }] } };
const content = (change: Partial<ListContent> = {}): ListContent => ({ filter: null, search: '', sort: { field: 'updatedAt', direction: 'desc' }, hiddenColumns: {}, ...change });
const row = (change: Partial<FilterableRow>) => ({ liaisonId: 'ada', email: null, archived: false, ...change }) as FilterableRow;

describe('saving the list as a view', () => {
  it('keeps what a built-in view restricts: "My influencers" stays mine, "Archived influencers" stays archived', () => {
    const mine = toViewContent(content({ filter: noEmail }), builtInBaseFilter(builtInView('mine')));
    const test = compileFilter(mine.filter!, { now: 0, currentMemberId: 'ada' });
    expect([test(row({})), test(row({ liaisonId: 'bo' })), test(row({ email: 'x@y.z' }))]).toEqual([true, false, false]);
    const archived = toViewContent(content(), builtInBaseFilter(builtInView('archived')));
    const testArchived = compileFilter(archived.filter!, { now: 0, currentMemberId: null });
    expect([testArchived(row({ archived: true })), testArchived(row({}))]).toEqual([true, false]);
  });

  it('saves only finished conditions, a trimmed search and the hidden columns as a sorted list', () => {
    const saved = toViewContent(content({ filter: unfinished, search: ' beauty ', hiddenColumns: { link: false, email: false, country: true } }));
    expect(saved).toEqual({ filter: null, search: 'beauty', sortField: 'updatedAt', sortDirection: 'desc', hiddenColumns: ['email', 'link'] });
  });
});

describe('unsaved changes', () => {
  const view = viewFixture({ filter: noEmail, search: 'a', hiddenColumns: ['link'] });
  it('none right after opening a view, nor for an unfinished condition added', () => {
    expect(differsFrom(contentOfView(view), contentOfView(view), true)).toBe(false);
    const withUnfinished = { ...contentOfView(view), filter: { ...noEmail, root: { ...noEmail.root, children: [...noEmail.root.children, ...unfinished.root.children] } } };
    expect(differsFrom(withUnfinished, contentOfView(view), true)).toBe(false);
  });

  it('a search, a sort or (in a saved view) a column differs', () => {
    expect(differsFrom({ ...contentOfView(view), search: 'b' }, contentOfView(view), true)).toBe(true);
    expect(differsFrom({ ...contentOfView(view), sort: { field: 'name', direction: 'asc' } }, contentOfView(view), true)).toBe(true);
    expect(differsFrom({ ...contentOfView(view), hiddenColumns: {} }, contentOfView(view), true)).toBe(true);
    expect(differsFrom({ ...contentOfView(view), hiddenColumns: {} }, contentOfView(view), false)).toBe(false);
  });
});

describe('visibleViews', () => {
  it('own views in their order first, then those shared with the member by name; others’ private ones never', () => {
    const views = [
      viewFixture({ id: 'a2', name: 'Second', ownerId: 'ada', position: 1 }),
      viewFixture({ id: 'a1', name: 'First', ownerId: 'ada', position: 0 }),
      viewFixture({ id: 'b1', name: 'Zed', ownerId: 'bo', sharing: 'team' }),
      viewFixture({ id: 'b2', name: 'Alpha', ownerId: 'bo', sharing: 'members', sharedWith: ['ada'] }),
      viewFixture({ id: 'b3', name: 'Secret', ownerId: 'bo' }),
      viewFixture({ id: 'c1', name: 'Not for Ada', ownerId: 'cy', sharing: 'members', sharedWith: ['bo'] }),
    ];
    expect(visibleViews(views, 'ada').map((v) => v.id)).toEqual(['a1', 'a2', 'b2', 'b1']);
    expect(visibleViews(views, null)).toEqual([]);
  });
});
