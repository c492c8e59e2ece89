import { describe, expect, it } from 'vitest';
import { influencerSearchText } from './influencerSearchText';
import { matchesQuickSearch, parseQuickSearch } from './matchesQuickSearch';

const jose = influencerSearchText({
  officialName: 'José Álvarez',
  customName: 'Pepe',
  email: 'jose@example.com',
  platformId: 'UCabc123',
  link: 'https://www.youtube.com/channel/UCabc123',
});

describe('quick search', () => {
  it('matches names, emails and channel ids, ignoring case and accents', () => {
    expect(matchesQuickSearch(jose, parseQuickSearch('jose'))).toBe(true);
    expect(matchesQuickSearch(jose, parseQuickSearch('ÁLVAREZ'))).toBe(true);
    expect(matchesQuickSearch(jose, parseQuickSearch('pepe'))).toBe(true);
    expect(matchesQuickSearch(jose, parseQuickSearch('example.com'))).toBe(true);
    expect(matchesQuickSearch(jose, parseQuickSearch('ucabc'))).toBe(true);
  });

  it('needs every term to match', () => {
    expect(matchesQuickSearch(jose, parseQuickSearch('jose alvarez'))).toBe(true);
    expect(matchesQuickSearch(jose, parseQuickSearch('jose smith'))).toBe(false);
  });

  it('does not match across field boundaries', () => {
    expect(matchesQuickSearch(jose, parseQuickSearch('pepejose'))).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(parseQuickSearch('   ')).toEqual([]);
    expect(matchesQuickSearch(jose, [])).toBe(true);
  });
});
