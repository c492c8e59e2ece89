import { useContext } from 'react';
import { highlightParts } from '../../../../../shared/search/highlightRanges';
import { cachedHighlightRanges, hasHighlightTerms, SearchHighlightContext } from './searchHighlight';

/**
 * A cell's text with the searched terms marked (<mark>, styled by the grid's `.crm-match`).
 * Without a search it is the plain text, so an unsearched list pays nothing.
 */
export function HighlightedText({ text, email = false }: { text: string; email?: boolean }) {
  const query = useContext(SearchHighlightContext);
  if (!hasHighlightTerms(query)) return text;
  const ranges = cachedHighlightRanges(query, text, email);
  if (ranges.length === 0) return text;
  return highlightParts(text, ranges).map((part, i) =>
    part.highlighted ? <mark key={i} className="crm-match">{part.text}</mark> : part.text,
  );
}
