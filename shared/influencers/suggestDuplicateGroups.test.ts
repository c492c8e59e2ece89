import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestDuplicateGroups, type DuplicateRow } from './suggestDuplicateGroups';

const row = (id: string, fields: Partial<DuplicateRow> = {}): DuplicateRow => ({
  id, officialName: id, platform: null, platformId: null, link: '', email: null, ...fields,
});

describe('suggestDuplicateGroups', () => {
  it('groups influencers sharing an account, a link or an email, transitively', () => {
    const { groups } = suggestDuplicateGroups([
      row('a', { platform: 'youtube', platformId: '@ana', link: 'https://www.youtube.com/@ana', email: 'ana@x.com' }),
      row('b', { email: 'ANA@x.com', link: 'https://ana.com' }),
      row('c', { link: 'http://www.ana.com/' }),
      row('d', { email: 'other@x.com' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ ids: ['a', 'b', 'c'], strength: 'exact' });
    expect(groups[0]?.evidence.map((e) => e.kind).sort()).toEqual(['email', 'link']);
  });

  it('suggests close names: reordered words or a typo apart', () => {
    const { groups } = suggestDuplicateGroups([
      row('1', { officialName: 'Ana Lima' }),
      row('2', { officialName: 'Lima, Ana' }),
      row('3', { officialName: 'Jonathan Smith' }),
      row('4', { officialName: 'Jonathon Smith' }),
      row('5', { officialName: 'Bruno Costa' }),
      row('6', { officialName: 'Ana' }),
    ]);
    expect(groups.map((g) => [g.ids, g.strength])).toEqual([[['1', '2'], 'name'], [['3', '4'], 'name']]);
    expect(groups[1]?.evidence[0]?.value).toBe('Jonathan Smith ≈ Jonathon Smith');
  });

  it('finds a typo near the start of a name too (the reversed order)', () => {
    const filler = Array.from({ length: 40 }, (_, i) => row(`f${i}`, { officialName: `Bxyz Filler${String.fromCharCode(97 + (i % 26))}${i}` }));
    const { groups } = suggestDuplicateGroups([row('x', { officialName: 'Amanda Kowalski' }), ...filler, row('y', { officialName: 'Zmanda Kowalski' })]);
    expect(groups.map((g) => g.ids)).toContainEqual(['x', 'y']);
  });

  it('never suggests two accounts on the same platform, even with the same email or name', () => {
    const { groups } = suggestDuplicateGroups([
      row('a', { platform: 'youtube', platformId: '@ana1', email: 'ana@x.com', officialName: 'Ana Lima' }),
      row('b', { platform: 'youtube', platformId: '@ana2', email: 'ana@x.com', officialName: 'Ana Lima' }),
    ]);
    expect(groups).toEqual([]);
  });

  it('does not take an agency address or a common name as evidence, and reports shared keys', () => {
    const names = ['Ana Lima', 'Bruno Costa', 'Cai Wen', 'Dana Scully', 'Emeka Obi', 'Farah Khan', 'Goran Ilic', 'Hana Sato'];
    const managed = names.map((officialName, i) => row(`m${i}`, { email: 'talent@agency.com', officialName }));
    const common = Array.from({ length: 7 }, (_, i) => row(`c${i}`, { officialName: 'Maria Silva' }));
    const result = suggestDuplicateGroups([...managed, ...common]);
    expect(result.groups).toEqual([]);
    expect(result.sharedKeys).toEqual([{ key: 'email:talent@agency.com', count: 8 }]);
  });

  it('caps groups grown by name likeness', () => {
    const chain = ['Alexandra Petrova', 'Alexandra Petrov', 'Alexandr Petrov', 'Alexand Petrov', 'Alexan Petrov', 'Alexa Petrov', 'Alex Petrov', 'Ale Petrov'];
    const { groups } = suggestDuplicateGroups(chain.map((officialName, i) => row(`p${i}`, { officialName })), { nameThreshold: 0.8, maxGroupSize: 3 });
    for (const g of groups) expect(g.ids.length).toBeLessThanOrEqual(3);
  });

  it('returns disjoint groups of at least two, each held together by its evidence', () => {
    const name = fc.constantFrom('Ana Lima', 'Anna Lima', 'Lima Ana', 'Bruno Costa', 'Bruno Kosta', 'Cai Wen', 'Dana Scully');
    const email = fc.option(fc.constantFrom('a@x.com', 'b@x.com', 'c@x.com'), { nil: null });
    const rowsArb = fc.array(fc.record({ officialName: name, email }), { maxLength: 25 }).map((rs) => rs.map((r, i) => row(`r${i}`, r)));
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { groups } = suggestDuplicateGroups(rows);
        const seen = new Set<string>();
        for (const g of groups) {
          expect(g.ids.length).toBeGreaterThanOrEqual(2);
          for (const id of g.ids) {
            expect(seen.has(id)).toBe(false);
            seen.add(id);
          }
          // Every member is linked to another member by some evidence.
          for (const id of g.ids) expect(g.evidence.some((e) => e.ids.includes(id))).toBe(true);
          for (const e of g.evidence) for (const id of e.ids) expect(g.ids).toContain(id);
        }
      }),
    );
  });

  it('handles 100,000 influencers (blocking, not every pair)', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => row(`i${i}`, { officialName: `Creator ${i.toString(36)} ${(i * 7919).toString(36)}`, email: `c${i}@mail.com` }));
    rows.push(row('dup', { email: 'c42@mail.com' }));
    const { groups } = suggestDuplicateGroups(rows);
    expect(groups.filter((g) => g.strength === 'exact').map((g) => g.ids)).toEqual([['dup', 'i42']]);
  });
});
