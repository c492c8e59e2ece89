import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../../shared/search/parseSearchQuery';
import { cachedHighlightRanges, hasHighlightTerms } from './searchHighlight';

describe('cachedHighlightRanges', () => {
  it('marks the terms in a cell, ignoring case and accents, and answers again from its cache', () => {
    const query = parseSearchQuery('alvarez');
    const first = cachedHighlightRanges(query, 'José Álvarez', false);
    expect(first).toEqual([{ start: 5, end: 12 }]);
    expect(cachedHighlightRanges(query, 'José Álvarez', false)).toBe(first);
  });

  it('marks email: values only in email cells', () => {
    const query = parseSearchQuery('email:gmail');
    expect(cachedHighlightRanges(query, 'ana@gmail.com', true)).toEqual([{ start: 4, end: 9 }]);
    expect(cachedHighlightRanges(query, 'ana@gmail.com', false)).toEqual([]);
  });

  it('has nothing to mark without a search, for excluded terms or other operators', () => {
    expect(hasHighlightTerms(null)).toBe(false);
    expect(hasHighlightTerms(parseSearchQuery(''))).toBe(false);
    expect(hasHighlightTerms(parseSearchQuery('-spam status:contacted'))).toBe(false);
    expect(hasHighlightTerms(parseSearchQuery('ana -spam'))).toBe(true);
    expect(cachedHighlightRanges(parseSearchQuery('-ana'), 'Ana', false)).toEqual([]);
  });
});
