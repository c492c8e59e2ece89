/** A seeded pseudo-random stream: the same seed gives the same demo data on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, maxInclusive]. */
  int(min: number, maxInclusive: number): number;
  /** One of `items` (which must not be empty), uniformly. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** A UUID-shaped id (version-4 layout) drawn from the stream. */
  uuid(): string;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * mulberry32: tiny, fast and good enough for demo data (not for anything secret). Any number
 * works as a seed; it is reduced to 32 bits.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // 32 random bits at a time, written through a byte-to-hex table: the generators draw
  // hundreds of thousands of ids, and number formatting was most of their time.
  const word = (): number => (next() * 4294967296) >>> 0;
  const hex = (n: number, bytes: number): string => {
    let out = '';
    for (let shift = (bytes - 1) * 8; shift >= 0; shift -= 8) out += HEX[(n >>> shift) & 0xff];
    return out;
  };
  return {
    next,
    int: (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1)),
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('createRandom: cannot pick from an empty list.');
      return item;
    },
    chance: (probability) => next() < probability,
    uuid() {
      const a = word();
      const b = word();
      const c = word();
      const d = word();
      // Version nibble 4 and variant bits 10xx, as in a random (v4) UUID.
      const version = (b & 0x0fff) | 0x4000;
      const variant = ((c >>> 16) & 0x3fff) | 0x8000;
      return `${hex(a, 4)}-${hex(b >>> 16, 2)}-${hex(version, 2)}-${hex(variant, 2)}-${hex(c & 0xffff, 2)}${hex(d, 4)}`;
    },
  };
}
