// Marks on Latin, Greek and Cyrillic letters are accents ("é", "й") and fold away; in other
// scripts (Devanagari, Thai, …) they are vowels that tell names apart, and stay.
const ACCENT = /(?<=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]\p{M}*)\p{M}/gu;

/**
 * A name reduced to what identifies a person: lower-case, accents off, words of letters and
 * digits only (emoji, punctuation and "|" decorations dropped), in the order written.
 * "  ANA LIMA ✨ | Official" → "ana lima official".
 */
export function normaliseName(name: string): string {
  // eslint-disable-next-line no-control-regex -- the range is the ASCII test itself
  const folded = /^[\x00-\x7f]*$/.test(name) ? name.toLowerCase() : name.normalize('NFKD').replace(ACCENT, '').toLowerCase().normalize('NFC');
  return folded.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== '').join(' ');
}

/** A normalised name with what comparisons need, computed once per name. */
export interface PreparedName {
  name: string;
  /** Without spaces. */
  compact: string;
  /** Words sorted: "lima ana" and "ana lima" are the same person. */
  sortedWords: string;
  /** The digits, in order: "creator12" and "creator13" are two accounts, not a typo. */
  digits: string;
}

export function prepareName(raw: string): PreparedName {
  const name = normaliseName(raw);
  return { name, compact: name.replace(/ /g, ''), sortedWords: name.split(' ').sort().join(' '), digits: name.replace(/\D+/g, '') };
}

/**
 * How alike two names are, from 0 to 1: 1 for the same words in any order ("Ana Lima" and
 * "Lima, Ana"); 0 when both have numbers and the numbers differ; otherwise one minus the
 * edit distance between the names without spaces over the longer one's length ("Ana Lima" /
 * "Anna Lima": 0.875). `atLeast` lets the comparison stop early: below it, the result is
 * only guaranteed to be below it.
 */
export function nameSimilarity(a: string, b: string, atLeast = 0): number {
  return preparedSimilarity(prepareName(a), prepareName(b), atLeast);
}

export function preparedSimilarity(a: PreparedName, b: PreparedName, atLeast = 0): number {
  if (a.name === b.name || a.sortedWords === b.sortedWords) return 1;
  // Numbered handles ("maria.k63", "maria.k73") are different accounts however alike the rest.
  if (a.digits !== '' && b.digits !== '' && a.digits !== b.digits) return 0;
  const longest = Math.max(a.compact.length, b.compact.length);
  if (longest === 0) return 1;
  const budget = Math.floor((1 - atLeast) * longest + 1e-9);
  const distance = boundedEditDistance(a.compact, b.compact, budget);
  // Over the budget the exact distance is unknown: report something just under `atLeast`.
  return distance > budget ? Math.max(0, Math.min(atLeast, 1 - distance / longest) - Number.EPSILON) : 1 - distance / longest;
}

// Reused rows of the distance table: comparing a million name pairs allocates nothing.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Levenshtein distance when it is at most `max`, else any number above `max`: only the
 * diagonal band of width 2·max+1 is computed, so comparing many names stays cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  const big = max + 1;
  if (previousRow.length <= n) {
    previousRow = new Int32Array(n + 1);
    currentRow = new Int32Array(n + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= n; j++) previous[j] = j <= max ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    current.fill(big, 0, n + 1);
    current[0] = i <= max ? i : big;
    let rowMin = current[0] ?? big;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j - 1] ?? big) + cost, (previous[j] ?? big) + 1, (current[j - 1] ?? big) + 1, big);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return big;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[n] ?? big, big);
}
