/**
 * The seeded pseudo-random generator behind the random draw (双随机). It is published with every
 * draw so that anyone can reproduce it from the seed with a few lines of code in any language:
 *
 *   1. xmur3 (a MurmurHash3-style string mixer) turns the seed string — as UTF-16 code units,
 *      JavaScript's `charCodeAt` — into a 32-bit state;
 *   2. mulberry32 (Tommy Ettinger's 32-bit generator) yields numbers in [0, 1) from that state;
 *   3. `pickIndex(n)` is `floor(next() * n)`.
 *
 * It is not cryptographic and need not be: fairness comes from a seed chosen (with a
 * cryptographic generator) before the pools are known to the person drawing, and from publishing
 * seed, pools and result together so any change would show.
 */

export const PRNG_NAME = 'xmur3+mulberry32';

/** xmur3: hashes a string to a 32-bit unsigned integer (first output of the xmur3 generator). */
export function xmur3(seed: string): number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i += 1) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

/** mulberry32: a generator of numbers in [0, 1) from a 32-bit state. */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SeededRandom = {
  /** A number in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  pickIndex: (n: number) => number;
};

export function seededRandom(seed: string): SeededRandom {
  const next = mulberry32(xmur3(seed));
  return {
    next,
    pickIndex: (n) => {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`pickIndex needs a positive integer, got ${n}`);
      return Math.floor(next() * n);
    },
  };
}
