import type { CrmRecord } from './crmRecord';

export interface CurrencyTotal {
  currency: string;
  /** Exact sum in minor units (see money.ts). */
  amountMinor: number;
  count: number;
}

/**
 * Expense totals per currency, sorted by currency code: amounts in different currencies are
 * never added up (no exchange rates here). Other record types are ignored, so an
 * influencer's whole Overview can be passed in.
 */
export function expenseTotalsByCurrency(records: Iterable<CrmRecord>): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  for (const record of records) {
    if (record.type !== 'expense') continue;
    const total = totals.get(record.currency);
    if (total === undefined) totals.set(record.currency, { currency: record.currency, amountMinor: record.amountMinor, count: 1 });
    else {
      total.amountMinor += record.amountMinor;
      total.count += 1;
    }
  }
  return [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
