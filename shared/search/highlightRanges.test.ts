import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightParts, highlightRanges } from './highlightRanges';

const marked = (text: string, query: string, email = false): string =>
  highlightParts(text, highlightRanges(text, query, { email }))
    .map((p) => (p.highlighted ? `[${p.text}]` : p.text))
    .join('');

describe('highlightRanges', () => {
  it('finds terms ignoring case and accents, in the original text', () => {
    expect(highlightRanges('José Álvarez', 'alvarez')).toEqual([{ start: 5, end: 12 }]);
    expect(marked('José Álvarez', 'JOSE alv')).toBe('[José] [Álv]arez');
  });

  it('keeps decomposed accents with their letter', () => {
    const decomposed = 'Jose\u0301 Lima';
    expect(marked(decomposed, 'jose')).toBe('[Jose\u0301] Lima');
    expect(marked(decomposed, 'se')).toBe('Jo[se\u0301] Lima');
  });

  it('matches phrases across runs of whitespace', () => {
    expect(marked('Ana   Lima', '"ana lima"')).toBe('[Ana   Lima]');
    expect(marked('Ana\tLima', '"ana lima"')).toBe('[Ana\tLima]');
  });

  it('marks every occurrence and merges overlapping terms', () => {
    expect(marked('banana', 'ana')).toBe('b[anana]');
    expect(marked('Ana Lima', 'ana ma')).toBe('[Ana] Li[ma]');
    expect(marked('abcdef', 'abc cde')).toBe('[abcde]f');
  });

  it('does not mark excluded terms or other fields unless asked', () => {
    expect(marked('Ana Lima', '-ana lima')).toBe('Ana [Lima]');
    expect(marked('ana@gmail.com', 'email:gmail')).toBe('ana@gmail.com');
    expect(marked('ana@gmail.com', 'email:gmail', true)).toBe('ana@[gmail].com');
    expect(marked('Ana', 'label:ana status:ana')).toBe('Ana');
  });

  it('handles text outside the basic plane and compatibility forms', () => {
    expect(marked('😀 ＡＢＣ tech', 'abc')).toBe('😀 [ＡＢＣ] tech');
    expect(marked('ﬁsh', 'fi')).toBe('[ﬁ]sh');
    expect(highlightRanges('', 'a')).toEqual([]);
    expect(highlightRanges('abc', '')).toEqual([]);
  });

  it('on plain ASCII, marks exactly the case-insensitive occurrences', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-cA-C ]{0,20}$/), fc.stringMatching(/^[a-cA-C]{1,3}$/), (text, term) => {
        const covered = new Array<boolean>(text.length).fill(false);
        const lower = text.toLowerCase();
        const needle = term.toLowerCase();
        for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
          for (let k = at; k < at + needle.length; k++) covered[k] = true;
        }
        const got = new Array<boolean>(text.length).fill(false);
        for (const r of highlightRanges(text, term)) for (let k = r.start; k < r.end; k++) got[k] = true;
        // Runs of spaces fold to one, so only compare where the text has no double spaces.
        if (!/ {2}/.test(text)) expect(got).toEqual(covered);
      }),
    );
  });

  it('returns sorted, disjoint ranges inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 8 }), (text, query) => {
        let last = -1;
        for (const r of highlightRanges(text, query)) {
          expect(r.start).toBeGreaterThan(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
          last = r.end;
        }
      }),
    );
  });
});
