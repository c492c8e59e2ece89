import { foldSearchText } from './foldSearchText';
import { parseSearchQuery, type SearchQuery } from './parseSearchQuery';

/** A stretch of a displayed string to highlight, in UTF-16 offsets of that string. */
export interface HighlightRange {
  start: number;
  end: number;
}

export interface HighlightOptions {
  /** The string is an email: `email:` values are highlighted in it too. */
  email?: boolean;
}

/**
 * Where a query's terms occur in a displayed string ("José Álvarez" for the term "alvarez"),
 * ignoring case and accents as the search does. Only terms that must occur are highlighted,
 * not excluded ones. Ranges are sorted, merged and never split a letter from its accents.
 * Meant for the few cells on screen, not for every row.
 */
export function highlightRanges(text: string, query: SearchQuery | string, options: HighlightOptions = {}): HighlightRange[] {
  const parsed = typeof query === 'string' ? parseSearchQuery(query) : query;
  const needles: string[] = [];
  for (const term of parsed.terms) {
    if (term.negated) continue;
    if (term.type === 'text') needles.push(term.value);
    else if (term.field === 'email' && options.email === true) needles.push(...term.values);
  }
  if (needles.length === 0 || text === '') return [];

  const { folded, starts, ends } = foldWithOffsets(text);
  const found: HighlightRange[] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      found.push({ start: starts[at] ?? 0, end: ends[at + needle.length - 1] ?? text.length });
    }
  }
  return mergeRanges(found);
}

/** Splits text into highlighted and plain parts, for rendering. */
export function highlightParts(text: string, ranges: readonly HighlightRange[]): { text: string; highlighted: boolean }[] {
  const parts: { text: string; highlighted: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), highlighted: false });
    parts.push({ text: text.slice(r.start, r.end), highlighted: true });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), highlighted: false });
  return parts;
}

/**
 * Folds code point by code point, remembering for every folded code unit the stretch of the
 * original it came from. Accents (folded to nothing) extend the stretch of the letter before
 * them; whitespace runs fold to one space like foldSearchText.
 */
function foldWithOffsets(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = true; // also drops leading whitespace, as foldSearchText trims
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    let out: string;
    if (/\s/.test(ch)) {
      out = lastWasSpace ? '' : ' ';
      lastWasSpace = true;
    } else {
      out = foldSearchText(ch);
      if (out !== '') lastWasSpace = false;
    }
    if (out === '' && ends.length > 0 && !/\s/.test(ch)) {
      ends[ends.length - 1] = i + width; // a combining mark belongs to the letter before it
    }
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    folded += out;
    i += width;
  }
  return { folded, starts, ends };
}

function mergeRanges(ranges: HighlightRange[]): HighlightRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: HighlightRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
