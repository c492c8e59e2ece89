import { foldSearchText } from './foldSearchText';

/**
 * The fields a search term can name. `label` is also spelled `group:` (reference 003 calls
 * colored labels "groups" and searches them with `group:`).
 */
export const SEARCH_FIELDS = ['label', 'status', 'liaison', 'platform', 'email'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Operator names as typed (lower-cased) → the field they search. A Map: no prototype keys. */
export const SEARCH_OPERATORS: ReadonlyMap<string, SearchField> = new Map<string, SearchField>([
  ['group', 'label'],
  ['label', 'label'],
  ['status', 'status'],
  ['liaison', 'liaison'],
  ['platform', 'platform'],
  ['email', 'email'],
]);

/** A stretch of the query text, in UTF-16 offsets: `text.slice(start, end)`. */
export interface SearchSpan {
  start: number;
  end: number;
}

/** Words or a quoted phrase that must (or, negated, must not) occur in the row's searchable text. */
export interface TextTerm extends SearchSpan {
  type: 'text';
  /** As typed, without quotes or the leading "-". */
  raw: string;
  /** Folded (foldSearchText): what is compared. Never empty. */
  value: string;
  phrase: boolean;
  negated: boolean;
}

/** `field:value`, `field:"a phrase"` or `field:a,b` (any of the values). */
export interface FieldTerm extends SearchSpan {
  type: 'field';
  field: SearchField;
  /** The operator as typed, lower-cased ("group" or "label" for the label field). */
  operator: string;
  /** The values as typed; an unquoted value is split at commas. Never empty. */
  raw: string[];
  /** Folded values, one per `raw` entry. */
  values: string[];
  phrase: boolean;
  negated: boolean;
  /** Where the value starts (after the colon, including an opening quote). */
  valueStart: number;
}

export type SearchTerm = TextTerm | FieldTerm;

/** unknown_value comes from compileSearch: a name that matches no label, status or member. */
export type SearchProblemCode = 'unbalanced_quote' | 'unknown_operator' | 'empty_value' | 'unknown_value';

/** Something in the query that was read leniently; the query still runs. */
export interface SearchProblem extends SearchSpan {
  code: SearchProblemCode;
  message: string;
}

export interface SearchQuery {
  text: string;
  /** Every term must hold (AND), in the order typed. */
  terms: SearchTerm[];
  problems: SearchProblem[];
}

// Straight and typographic double quotes: text pasted from documents or autocorrected on macOS.
const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);
const OPERATOR_PREFIX = /([A-Za-z]+):/y;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/**
 * Parses the search box. Plain words and "quoted phrases" match names, email and channel id
 * or link; `-` before a term excludes; `group:`/`label:`, `status:`, `liaison:`, `platform:`
 * and `email:` search one field. Never throws: while a person is typing the query is often
 * incomplete, so
 * - an unclosed quote runs to the end (and is reported),
 * - `status:` without a value, or a lone `-`, is ignored until something follows,
 * - `name:value` with an unknown name is searched as text (and reported), so links such as
 *   `https://…` and addresses such as `mailto:…` still work as plain text.
 */
export function parseSearchQuery(text: string): SearchQuery {
  const terms: SearchTerm[] = [];
  const problems: SearchProblem[] = [];
  const n = text.length;
  let i = 0;

  while (i < n) {
    while (i < n && isSpace(text[i])) i++;
    if (i >= n) break;
    const start = i;
    let negated = false;
    if (text[i] === '-') {
      if (i + 1 >= n || isSpace(text[i + 1])) {
        i++; // a lone "-": the person has not typed what to exclude yet
        continue;
      }
      negated = true;
      i++;
    }

    if (QUOTES.has(text[i] ?? '')) {
      const quoted = readQuoted(text, i);
      if (!quoted.closed) problems.push(unbalanced(start, n));
      i = quoted.end;
      const value = foldSearchText(quoted.content);
      if (value !== '') terms.push({ type: 'text', raw: quoted.content, value, phrase: true, negated, start, end: i });
      continue;
    }

    OPERATOR_PREFIX.lastIndex = i;
    const prefix = OPERATOR_PREFIX.exec(text);
    const operator = prefix?.[1]?.toLowerCase();
    const field = operator === undefined ? undefined : SEARCH_OPERATORS.get(operator);
    if (prefix !== null && operator !== undefined && field !== undefined) {
      const valueStart = i + prefix[0].length;
      if (QUOTES.has(text[valueStart] ?? '')) {
        const quoted = readQuoted(text, valueStart);
        if (!quoted.closed) problems.push(unbalanced(start, n));
        i = quoted.end;
        const value = foldSearchText(quoted.content);
        if (value === '') problems.push(emptyValue(operator, start, i));
        else terms.push({ type: 'field', field, operator, raw: [quoted.content], values: [value], phrase: true, negated, start, end: i, valueStart });
        continue;
      }
      let end = valueStart;
      while (end < n && !isSpace(text[end])) end++;
      i = end;
      const raw: string[] = [];
      const values: string[] = [];
      for (const part of text.slice(valueStart, end).split(',')) {
        const value = foldSearchText(part);
        if (value === '') continue;
        raw.push(part);
        values.push(value);
      }
      if (values.length === 0) problems.push(emptyValue(operator, start, end));
      else terms.push({ type: 'field', field, operator, raw, values, phrase: false, negated, start, end, valueStart });
      continue;
    }

    let end = i;
    while (end < n && !isSpace(text[end])) end++;
    const raw = text.slice(i, end);
    if (prefix !== null && operator !== undefined && prefix[0].length < raw.length && text[i + prefix[0].length] !== '/') {
      problems.push({
        code: 'unknown_operator',
        start,
        end,
        message: `"${operator}:" is not a search operator (use ${[...SEARCH_OPERATORS.keys()].map((k) => `${k}:`).join(', ')}); searching for the text "${raw}".`,
      });
    }
    i = end;
    const value = foldSearchText(raw);
    if (value !== '') terms.push({ type: 'text', raw, value, phrase: false, negated, start, end });
  }
  return { text, terms, problems };
}

function readQuoted(text: string, open: number): { content: string; end: number; closed: boolean } {
  for (let j = open + 1; j < text.length; j++) {
    if (QUOTES.has(text[j] ?? '')) return { content: text.slice(open + 1, j), end: j + 1, closed: true };
  }
  return { content: text.slice(open + 1), end: text.length, closed: false };
}

function unbalanced(start: number, end: number): SearchProblem {
  return { code: 'unbalanced_quote', start, end, message: 'A quote is not closed; the phrase runs to the end of the search.' };
}

function emptyValue(operator: string, start: number, end: number): SearchProblem {
  return { code: 'empty_value', start, end, message: `Type what to look for after "${operator}:".` };
}
