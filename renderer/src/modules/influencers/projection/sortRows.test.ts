import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toListRow, type ListRow } from './listRow';
import { sortRows, updateSorted, type ListSort, type SortField } from './sortRows';

const row = (id: string, name: string, followers: number | null, updatedAt: number): ListRow =>
  toListRow({
    id, kind: 'platform', officialName: name, customName: null, platform: 'youtube', platformId: `@${id}`, link: '', email: null,
    status: 's', contractStatus: null, paymentStatus: null, liaisonId: null, labelIds: [], followers, qualityScore: null, country: null,
    language: null, source: 'manual', archived: false, createdAt: 1, updatedAt,
  }, updatedAt);

const arbRow = fc.record({
  id: fc.stringMatching(/^[a-f]{1,3}$/),
  name: fc.constantFrom('Ana', 'ana', 'Émile', 'zed', ''),
  followers: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  updatedAt: fc.integer({ min: 0, max: 5 }),
}).map((r) => row(r.id, r.name, r.followers, r.updatedAt));
const arbSort = fc.record({
  field: fc.constantFrom<SortField>('name', 'followers', 'updatedAt', 'email'),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
});

describe('updateSorted', () => {
  it('gives the order a full sort of the remaining and added rows gives', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), fc.array(arbRow, { maxLength: 10 }), arbSort, (rows, drop, added, sort: ListSort) => {
        const sorted = sortRows(rows, sort);
        const removed = new Set(rows.filter((_, i) => drop[i] === true));
        const expected = sortRows([...rows.filter((r) => !removed.has(r)), ...added], sort);
        expect(updateSorted(sorted, removed, added, sort)).toEqual(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it('returns the same list when nothing changed, a new one otherwise', () => {
    const sort: ListSort = { field: 'name', direction: 'asc' };
    const sorted = sortRows([row('a', 'Ana', 1, 1), row('b', 'Bo', 2, 2)], sort);
    expect(updateSorted(sorted, new Set(), [], sort)).toBe(sorted);
    const next = updateSorted(sorted, new Set([sorted[0]!]), [row('c', 'Al', 3, 3)], sort);
    expect(next).not.toBe(sorted);
    expect(next.map((r) => r.id)).toEqual(['c', 'b']);
    expect(sorted.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
