import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, nameSimilarity, normaliseName } from './nameSimilarity';

/** Plain Levenshtein, the textbook way: the oracle for the banded version. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}

describe('normaliseName', () => {
  it('folds case and Latin accents, drops decorations, keeps words in order', () => {
    expect(normaliseName('  ANA LIMA ✨ | Official ')).toBe('ana lima official');
    expect(normaliseName('José Álvarez-Núñez')).toBe('jose alvarez nunez');
    expect(normaliseName('Мария Иванова')).toBe('мария иванова');
  });

  it('keeps the vowel signs that distinguish names in other scripts', () => {
    expect(normaliseName('प्रिया')).not.toBe(normaliseName('पर्या'));
    expect(normaliseName('प्रिया')).toBe('प्रिया');
  });
});

describe('nameSimilarity', () => {
  it('is 1 for the same words in any order and high for a typo', () => {
    expect(nameSimilarity('Ana Lima', 'Lima, ANA')).toBe(1);
    expect(nameSimilarity('Ana Lima', 'Anna Lima')).toBeCloseTo(7 / 8);
    expect(nameSimilarity('Jonathan Smith', 'Jonathon Smith')).toBeCloseTo(12 / 13);
    expect(nameSimilarity('Ana Lima', 'Bruno Costa')).toBeLessThan(0.3);
  });

  it('tells numbered handles apart', () => {
    expect(nameSimilarity('maria.kuznetsova63', 'maria.kuznetsova73')).toBe(0);
    expect(nameSimilarity('creator1', 'creator')).toBeGreaterThan(0.8);
  });

  it('stays below the threshold it is given when it stops early', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-d ]{0,10}$/), fc.stringMatching(/^[a-d ]{0,10}$/), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, atLeast) => {
        const exact = nameSimilarity(a, b);
        const bounded = nameSimilarity(a, b, atLeast);
        expect(bounded >= atLeast).toBe(exact >= atLeast);
        if (exact >= atLeast) expect(bounded).toBeCloseTo(exact);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('boundedEditDistance', () => {
  it('equals Levenshtein within the bound and exceeds the bound otherwise', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[abc]{0,9}$/), fc.stringMatching(/^[abc]{0,9}$/), fc.nat(5), (a, b, max) => {
        const exact = levenshtein(a, b);
        const bounded = boundedEditDistance(a, b, max);
        if (exact <= max) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(max);
      }),
      { numRuns: 3_000 },
    );
  });

  it('works past its preallocated buffer', () => {
    const long = 'a'.repeat(500);
    expect(boundedEditDistance(long, `${long}b`, 2)).toBe(1);
  });
});
