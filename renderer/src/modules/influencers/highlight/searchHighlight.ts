import { createContext } from 'react';
import { highlightRanges, type HighlightRange } from '../../../../../shared/search/highlightRanges';
import type { SearchQuery } from '../../../../../shared/search/parseSearchQuery';

/** The search the list's rows answer, for highlighting its terms in the cells; null: no search. */
export const SearchHighlightContext = createContext<SearchQuery | null>(null);

const NONE: readonly HighlightRange[] = [];

// Per query, the ranges of each cell text already seen: a row re-rendering (hover, selection,
// a sync update elsewhere) costs a map lookup, and a new search starts a new cache.
const cache = new WeakMap<SearchQuery, Map<string, readonly HighlightRange[]>>();

/** Where the query's terms occur in a cell's text, computed once per query and text. */
export function cachedHighlightRanges(query: SearchQuery, text: string, email: boolean): readonly HighlightRange[] {
  if (text === '') return NONE;
  let byText = cache.get(query);
  if (byText === undefined) {
    byText = new Map();
    cache.set(query, byText);
  }
  const key = email ? `@${text}` : `-${text}`;
  let ranges = byText.get(key);
  if (ranges === undefined) {
    const found = highlightRanges(text, query, { email });
    ranges = found.length === 0 ? NONE : found;
    byText.set(key, ranges);
  }
  return ranges;
}

/** Whether a query has anything to highlight (text terms or `email:` values that must occur). */
export function hasHighlightTerms(query: SearchQuery | null): query is SearchQuery {
  return query !== null && query.terms.some((t) => !t.negated && (t.type === 'text' || (t.type === 'field' && t.field === 'email')));
}
