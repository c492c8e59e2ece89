import type { Random } from './createRandom';

/**
 * Picks items by relative weight. The cumulative table is built once, so picking stays cheap
 * when a generator draws from the same table a hundred thousand times.
 */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (!(weight > 0)) continue; // zero-weight entries can never be picked
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error('weightedPicker: needs at least one entry with a positive weight.');
  return (random) => {
    const r = random.next() * total;
    for (let i = 0; i < cumulative.length; i++) if (r < (cumulative[i] ?? 0)) return items[i] ?? last;
    return last;
  };
}
