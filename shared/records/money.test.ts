import { describe, expect, it } from 'vitest';
import { currencyDigits, formatAmount, isCurrencyCode, parseAmount } from './money';

describe('parseAmount', () => {
  it.each([
    ['1250', 'EUR', 125_000],
    ['1250.5', 'EUR', 125_050],
    ['1,250.50', 'USD', 125_050],
    ['1.250,50', 'EUR', 125_050],
    ['1,250', 'USD', 125_000],
    ['1.250.000,00', 'BRL', 125_000_000],
    ['12,5', 'EUR', 1_250],
    ['0.07', 'EUR', 7],
    [' -20 ', 'EUR', -2_000],
    ['1 250,00', 'EUR', 125_000],
    ["1'250.00", 'CHF', 125_000],
    ['1,250', 'JPY', 1_250],
    ['500', 'KRW', 500],
    ['1,250', 'KWD', 1_250],
    ['1.5', 'KWD', 1_500],
    ['1.255', 'EUR', 125_500], // three digits after the last separator group thousands
  ])('%s %s → %d', (input, currency, minor) => {
    expect(parseAmount(input, currency)).toEqual({ ok: true, amountMinor: minor });
  });

  it.each([
    ['', 'EUR', /Enter an amount/],
    ['abc', 'EUR', /Enter an amount/],
    ['12.345.6', 'EUR', /not an amount/],
    ['1,2,3', 'EUR', /not an amount/],
    ['1,250,50', 'EUR', /not an amount/],
    ['1.2345', 'EUR', /at most 2 decimals/],
    ['1.5', 'JPY', /JPY amounts have no decimals/],
    ['99999999999999999999', 'EUR', /too large/],
  ])('refuses %s %s', (input, currency, reason) => {
    const result = parseAmount(input, currency);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('formatAmount and currencies', () => {
  it.each([
    [125_050, 'EUR', '1250.50'],
    [7, 'EUR', '0.07'],
    [-2_000, 'USD', '-20.00'],
    [1_250, 'JPY', '1250'],
    [1_250, 'KWD', '1.250'],
    [0, 'EUR', '0.00'],
  ])('%d %s → %s', (minor, currency, text) => {
    expect(formatAmount(minor, currency)).toBe(text);
    const back = parseAmount(text, currency);
    expect(back).toEqual({ ok: true, amountMinor: minor });
  });

  it('knows the minor units and the code shape', () => {
    expect([currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('BHD'), currencyDigits('XYZ')]).toEqual([2, 0, 3, 2]);
    expect([isCurrencyCode('EUR'), isCurrencyCode('eur'), isCurrencyCode('EURO')]).toEqual([true, false, false]);
  });
});
