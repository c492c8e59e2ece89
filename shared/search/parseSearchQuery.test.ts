import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery, type FieldTerm, type SearchTerm, type TextTerm } from './parseSearchQuery';

function only<T extends SearchTerm>(text: string): T {
  const { terms } = parseSearchQuery(text);
  expect(terms).toHaveLength(1);
  return terms[0] as T;
}

describe('parseSearchQuery', () => {
  it('reads words as folded text terms with their positions', () => {
    const q = parseSearchQuery('  José  ÁLVAREZ ');
    expect(q.terms).toEqual([
      { type: 'text', raw: 'José', value: 'jose', phrase: false, negated: false, start: 2, end: 6 },
      { type: 'text', raw: 'ÁLVAREZ', value: 'alvarez', phrase: false, negated: false, start: 8, end: 15 },
    ]);
    expect(q.problems).toEqual([]);
  });

  it('reads quoted phrases, collapsing their inner whitespace', () => {
    const term = only<TextTerm>('"Ana   Lima"');
    expect(term).toMatchObject({ type: 'text', value: 'ana lima', raw: 'Ana   Lima', phrase: true, start: 0, end: 12 });
  });

  it('accepts typographic quotes as pasted from documents', () => {
    expect(only<TextTerm>('\u201cAna Lima\u201d')).toMatchObject({ value: 'ana lima', phrase: true });
  });

  it('excludes with a leading "-", for words, phrases and fields', () => {
    const q = parseSearchQuery('-spam -"bad actor" -status:rejected');
    expect(q.terms.map((t) => [t.type, t.negated])).toEqual([['text', true], ['text', true], ['field', true]]);
    expect(q.terms[0]).toMatchObject({ value: 'spam', start: 0, end: 5 });
    expect(q.terms[1]).toMatchObject({ value: 'bad actor', start: 6, end: 18 });
  });

  it('keeps a dash inside a word and ignores a lone dash while typing', () => {
    expect(only<TextTerm>('jean-luc')).toMatchObject({ value: 'jean-luc', negated: false });
    const q = parseSearchQuery('ana - ');
    expect(q.terms.map((t) => t.type === 'text' && t.value)).toEqual(['ana']);
    expect(q.problems).toEqual([]);
  });

  it('reads field operators case-insensitively, with group: as another name for label:', () => {
    expect(only<FieldTerm>('group:VIP')).toMatchObject({ field: 'label', operator: 'group', values: ['vip'], raw: ['VIP'] });
    expect(only<FieldTerm>('Label:vip')).toMatchObject({ field: 'label', operator: 'label' });
    expect(only<FieldTerm>('STATUS:Contacted')).toMatchObject({ field: 'status', values: ['contacted'] });
    expect(only<FieldTerm>('liaison:me')).toMatchObject({ field: 'liaison', values: ['me'] });
    expect(only<FieldTerm>('platform:youtube')).toMatchObject({ field: 'platform', values: ['youtube'] });
    expect(only<FieldTerm>('email:@gmail.com')).toMatchObject({ field: 'email', values: ['@gmail.com'] });
  });

  it('reads a quoted field value as one value and an unquoted one as a comma list', () => {
    const quoted = only<FieldTerm>('label:"Q4 campaign, EU"');
    expect(quoted).toMatchObject({ values: ['q4 campaign, eu'], phrase: true, start: 0, end: 23, valueStart: 6 });
    const list = only<FieldTerm>('status:contacted,,Negotiating,');
    expect(list).toMatchObject({ values: ['contacted', 'negotiating'], raw: ['contacted', 'Negotiating'], phrase: false });
  });

  it('searches an unknown operator as text and says so', () => {
    const q = parseSearchQuery('country:ES');
    expect(q.terms).toEqual([{ type: 'text', raw: 'country:ES', value: 'country:es', phrase: false, negated: false, start: 0, end: 10 }]);
    expect(q.problems).toHaveLength(1);
    expect(q.problems[0]).toMatchObject({ code: 'unknown_operator', start: 0, end: 10 });
    expect(q.problems[0]?.message).toContain('"country:" is not a search operator');
  });

  it('does not take links or times for operators', () => {
    const q = parseSearchQuery('https://www.youtube.com/@x 12:30');
    expect(q.problems).toEqual([]);
    expect(q.terms.map((t) => t.type === 'text' && t.value)).toEqual(['https://www.youtube.com/@x', '12:30']);
  });

  it('tolerates an unbalanced quote: the phrase runs to the end', () => {
    const q = parseSearchQuery('tech "ana li');
    expect(q.terms[1]).toMatchObject({ type: 'text', value: 'ana li', phrase: true, start: 5, end: 12 });
    expect(q.problems).toEqual([expect.objectContaining({ code: 'unbalanced_quote', start: 5, end: 12 })]);
    const field = parseSearchQuery('label:"Q4 camp');
    expect(field.terms[0]).toMatchObject({ type: 'field', values: ['q4 camp'] });
    expect(field.problems.map((p) => p.code)).toEqual(['unbalanced_quote']);
  });

  it('ignores an operator without a value and tells what is missing', () => {
    for (const text of ['status:', 'status:""', 'label:,,', '-group:']) {
      const q = parseSearchQuery(text);
      expect(q.terms, text).toEqual([]);
      expect(q.problems.map((p) => p.code), text).toContain('empty_value');
    }
    expect(parseSearchQuery('status:').problems[0]?.message).toBe('Type what to look for after "status:".');
  });

  it('gives nothing for blank or quote-only input', () => {
    expect(parseSearchQuery('').terms).toEqual([]);
    expect(parseSearchQuery(' \t\n ').terms).toEqual([]);
    expect(parseSearchQuery('""').terms).toEqual([]);
    expect(parseSearchQuery('"').problems.map((p) => p.code)).toEqual(['unbalanced_quote']);
  });

  it('never throws; terms are ordered, inside the text, non-empty and without separators', () => {
    const alphabet = fc.constantFrom('a', 'É', ' ', '-', '"', '\u201c', ':', ',', 'label', 'status', 'x', '\t', '\n', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const q = parseSearchQuery(text);
        let previousEnd = 0;
        for (const term of q.terms) {
          expect(term.start).toBeGreaterThanOrEqual(previousEnd);
          expect(term.end).toBeGreaterThan(term.start);
          expect(term.end).toBeLessThanOrEqual(text.length);
          previousEnd = term.end;
          const values = term.type === 'text' ? [term.value] : term.values;
          expect(values.length).toBeGreaterThan(0);
          for (const v of values) {
            expect(v).not.toBe('');
            expect(v).not.toMatch(/\n|\t|\s\s|^\s|\s$/);
          }
          if (term.type === 'text' && !term.phrase) expect(text.slice(term.start, term.end)).toBe(`${term.negated ? '-' : ''}${term.raw}`);
        }
        for (const p of q.problems) expect(p.end).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('finds every plain word of a space-separated query', () => {
    const word = fc.stringMatching(/^[a-z0-9@.]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const q = parseSearchQuery(words.join(' '));
        expect(q.terms.map((t) => (t.type === 'text' ? t.value : null))).toEqual(words);
      }),
    );
  });
});
