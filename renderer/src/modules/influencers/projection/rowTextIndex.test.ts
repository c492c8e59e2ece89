import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowTextIndex } from './rowTextIndex';

const rows = (...texts: string[]) => texts.map((search, i) => ({ id: `r${i}`, search }));

describe('RowTextIndex', () => {
  it('finds each row containing the term once, in the rows order', () => {
    const index = new RowTextIndex(rows('ana\nana lima', 'bruno', 'joana\n@joana', '', 'lima'));
    expect(index.rowsContaining('ana').map((r) => r.id)).toEqual(['r0', 'r2']);
    expect(index.rowsContaining('lima').map((r) => r.id)).toEqual(['r0', 'r4']);
    expect(index.rowsContaining('zzz')).toEqual([]);
    expect(index.rowsContaining('').map((r) => r.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('never matches across two rows or two fields', () => {
    const index = new RowTextIndex(rows('ana\nlima', 'bruno'));
    expect(index.rowsContaining('limab')).toEqual([]);
    expect(index.rowsContaining('analima')).toEqual([]);
    expect(index.rowsContaining('a\nl').map((r) => r.id)).toEqual(['r0']);
  });

  it('answers as a per-row includes would, for any rows and term', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '\n', ' ', 'ж', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), text, (texts, term) => {
        const all = rows(...texts);
        expect(new RowTextIndex(all).rowsContaining(term)).toEqual(all.filter((r) => r.search.includes(term)));
      }),
      { numRuns: 500 },
    );
  });
});
