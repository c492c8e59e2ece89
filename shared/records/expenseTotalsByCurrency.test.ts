import { describe, expect, it } from 'vitest';
import { expenseTotalsByCurrency } from './expenseTotalsByCurrency';
import { content, expense, note, shipment } from './recordFixtures';

describe('expenseTotalsByCurrency', () => {
  it('sums exactly per currency, never across currencies, and ignores other records', () => {
    const records = [
      expense,
      { ...expense, id: 'e2', amountMinor: 10 },
      { ...expense, id: 'e3', currency: 'USD', amountMinor: 999 },
      { ...expense, id: 'e4', currency: 'JPY', amountMinor: 5_000 },
      { ...expense, id: 'e5', amountMinor: -1_000 }, // a refund
      shipment, content, note,
    ];
    expect(expenseTotalsByCurrency(records)).toEqual([
      { currency: 'EUR', amountMinor: 149_010, count: 3 },
      { currency: 'JPY', amountMinor: 5_000, count: 1 },
      { currency: 'USD', amountMinor: 999, count: 1 },
    ]);
    expect(expenseTotalsByCurrency([note])).toEqual([]);
  });

  it('stays exact where floating-point cents would not', () => {
    const dimes = Array.from({ length: 3 }, (_, i) => ({ ...expense, id: `d${i}`, amountMinor: 10 }));
    expect(expenseTotalsByCurrency(dimes)[0]?.amountMinor).toBe(30); // 0.1 + 0.1 + 0.1 ≠ 0.3 in floats
  });
});
