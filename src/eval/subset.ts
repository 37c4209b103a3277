import { seededShuffle } from '../pipeline/random.js';

/**
 * Which part of an evaluation set to score: all of it, the first `first` items (a quick look while
 * developing, never a floor: a prefix is whatever the files' order makes it), or a fixed random
 * sample of `sample` items drawn with a seeded shuffle, the same on every run and machine.
 */
export type Subset = { first: number } | { sample: number; seed: number };

/** The seed of the samples `npm run eval:sets` prints and the tests use. */
export const SAMPLE_SEED = 20251128;


/**
 * The items a subset selects, in their original order (all of them without a subset).
 *
 * @example
 * ```ts
 * pickSubset(['a', 'b', 'c', 'd'], { first: 2 }); // ['a', 'b']
 * pickSubset(['a', 'b', 'c', 'd'], { sample: 2, seed: 1 }); // two of them, the same two every run
 * ```
 */
export function pickSubset<T>(items: readonly T[], subset?: Subset): T[] {
  if (!subset) return [...items];
  if ('first' in subset) return items.slice(0, subset.first);
  const chosen = new Set(seededShuffle(items.map((_, i) => i), subset.seed).slice(0, subset.sample));
  return items.filter((_, i) => chosen.has(i));
}

/**
 * How a subset reads in a report line.
 *
 * @example
 * ```ts
 * describeSubset({ sample: 20, seed: 7 }); // 'sample of 20 (seed 7)'
 * ```
 */
export function describeSubset(subset?: Subset): string {
  if (!subset) return 'full set';
  return 'first' in subset ? `first ${subset.first}` : `sample of ${subset.sample} (seed ${subset.seed})`;
}
