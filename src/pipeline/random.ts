/**
 * Seeded randomness for reproducible choices (benchmark corpora, evaluation samples, test orders):
 * the same seed gives the same sequence on every run and machine.
 */

/** A source of floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny, fast, seedable PRNG, well mixed enough for shuffles and picks.
 *
 * @example
 * ```ts
 * const rnd = mulberry32(42);
 * rnd(); // the same float in [0, 1) every time for seed 42
 * ```
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Fisher–Yates shuffle of a copy of `items` driven by {@link mulberry32}.
 *
 * @example
 * ```ts
 * seededShuffle(['a', 'b', 'c'], 7); // the same order every run
 * ```
 */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
