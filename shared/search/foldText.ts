/**
 * Folds text for case- and accent-insensitive matching: "José ÁLVAREZ" → "jose alvarez".
 * NFKD also splits compatibility forms (full-width letters), common in CJK input.
 */
export function foldText(text: string): string {
  // Fast path: plain ASCII needs only lowercasing (the common case for emails and ids).
  // eslint-disable-next-line no-control-regex -- the range is the ASCII test itself
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
