/** ISO 4217 currencies whose minor unit is not a hundredth. */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

const CURRENCY = /^[A-Z]{3}$/;

export function isCurrencyCode(code: string): boolean {
  return CURRENCY.test(code);
}

/** Digits after the decimal point in `currency` (2 unless ISO 4217 says otherwise). */
export function currencyDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

export type AmountResult = { ok: true; amountMinor: number } | { ok: false; reason: string };

/**
 * "1,234.50", "1.234,5", "-20" → minor units of `currency`, exactly (no floating point).
 * After the last "." or ",": three digits group thousands (unless the currency has three
 * decimals), fewer are the decimals; the other separators group thousands.
 */
export function parseAmount(input: string, currency: string): AmountResult {
  const digits = currencyDigits(currency);
  const text = input.trim().replace(/[\s\u00a0']/g, '');
  const match = /^([+-]?)(\d[\d.,]*)$/.exec(text);
  if (match === null) return { ok: false, reason: 'Enter an amount, e.g. 1250.00.' };
  const sign = match[1];
  const body = match[2] ?? '';
  let whole = body;
  let fraction = '';
  const last = /[.,](\d+)$/.exec(body);
  const tail = last?.[1] ?? '';
  if (last !== null && (tail.length !== 3 || digits === 3)) {
    if (tail.length > digits) return { ok: false, reason: digits === 0 ? `${currency} amounts have no decimals.` : `${currency} amounts have at most ${digits} decimals.` };
    whole = body.slice(0, last.index);
    fraction = tail;
    // "12.345.6": one separator cannot both group and mark the decimals.
    if (whole.includes(body.charAt(last.index))) return { ok: false, reason: `"${input.trim()}" is not an amount.` };
  }
  if (!/^\d+$|^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/.test(whole)) return { ok: false, reason: `"${input.trim()}" is not an amount.` };
  const minor = Number(whole.replace(/[.,]/g, '') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'The amount is too large.' };
  return { ok: true, amountMinor: sign === '-' ? -minor : minor };
}

/** Minor units → "1234.50" (no grouping or symbol: the app formats for the person's locale). */
export function formatAmount(amountMinor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
