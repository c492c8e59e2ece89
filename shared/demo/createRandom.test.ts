import { describe, expect, it } from 'vitest';
import { createRandom } from './createRandom';
import { weightedPicker } from './weightedPicker';

describe('createRandom', () => {
  it('repeats for a seed and differs across seeds', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays in range', () => {
    const r = createRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = r.int(-2, 2);
      expect(n >= -2 && n <= 2 && Number.isInteger(n)).toBe(true);
    }
  });

  it('makes UUID-shaped ids without repeats', () => {
    const r = createRandom(3);
    const ids = Array.from({ length: 20_000 }, () => r.uuid());
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses to pick from nothing', () => {
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
  });
});

describe('weightedPicker', () => {
  it('follows the weights and never picks a zero weight', () => {
    const pick = weightedPicker([['a', 3], ['b', 1], ['never', 0]]);
    const r = createRandom(5);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[pick(r) as keyof typeof counts]++;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.7);
    expect(counts.a / counts.b).toBeLessThan(3.3);
  });
});
