/** The p-th percentile (nearest rank) of some figures; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** As bench/run.mjs prints figures: two decimals below 10, whole numbers above. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en');
}

export const count = (value: number): string => value.toLocaleString('en');

/**
 * A limit on the whole run: every loop asks `check()` once per step and stops with an error
 * past the limit, so a slow or stuck run ends (and cleans up) instead of running on.
 */
export class Deadline {
  private readonly endsAt: number;

  constructor(readonly limitMs: number) {
    this.endsAt = performance.now() + limitMs;
  }

  check(what: string): void {
    if (performance.now() > this.endsAt) {
      throw new Error(`Time limit of ${Math.round(this.limitMs / 1000)} s reached during ${what} (raise BENCH_TIME_LIMIT_S, or lower BENCH_COUNT).`);
    }
  }
}
