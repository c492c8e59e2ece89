export type NumberResult = { ok: true; value: number } | { ok: false; reason: string };

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, mil: 1e3, mio: 1e6, mn: 1e6, bn: 1e9 };

/**
 * A follower count as sheets write it: "12345", "12,345", "12.345", "12 345", "1.2M",
 * "12,5K", "3B". A group of exactly three digits after a separator is thousands (so "1.234"
 * is 1234, as in most of Europe); a decimal is only taken with a K/M/B suffix.
 */
export function parseFollowerCount(input: string, max: number): NumberResult {
  const text = input.trim().replace(SPACES, '').toLowerCase();
  const fail = (): NumberResult => ({ ok: false, reason: `"${input.trim()}" is not a follower count. Write a whole number such as 12500 or 12.5K.` });
  let value: number;
  const suffixed = /^(\d+(?:[.,]\d+)?)(k|m|b|mil|mio|mn|bn)$/.exec(text);
  if (suffixed !== null) {
    value = Math.round(Number((suffixed[1] ?? '').replace(',', '.')) * (SUFFIXES[suffixed[2] ?? ''] ?? 1));
  } else if (/^\d+$/.test(text)) {
    value = Number(text);
  } else if (/^\d{1,3}(?:,\d{3})+$/.test(text) || /^\d{1,3}(?:\.\d{3})+$/.test(text)) {
    value = Number(text.replace(/[.,]/g, ''));
  } else {
    return fail();
  }
  if (!Number.isSafeInteger(value)) return fail();
  if (value > max) return { ok: false, reason: `${input.trim()} followers is more than any account has (at most ${max.toLocaleString('en-US')}).` };
  return { ok: true, value };
}

/** A score from 0 to 100: "85", "85.5", "85,5", "85%". */
export function parseScore(input: string): NumberResult {
  const text = input.trim().replace(/%$/, '').trim().replace(',', '.');
  const value = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || value > 100) return { ok: false, reason: `"${input.trim()}" is not a quality score: use a number from 0 to 100.` };
  return { ok: true, value };
}
