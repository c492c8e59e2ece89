import { foldText } from './foldText';

/**
 * The quick search: every whitespace-separated term must occur in the row's search text
 * (names, email, channel id, link). `haystack` is already folded (see influencerSearchText).
 */
export function parseQuickSearch(query: string): string[] {
  return foldText(query).split(/\s+/).filter((term) => term.length > 0);
}

export function matchesQuickSearch(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    if (!haystack.includes(term)) return false;
  }
  return true;
}
