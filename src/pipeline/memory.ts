/**
 * A full garbage collection on demand, for the few points where a long job drops most of what it
 * holds and is about to allocate again (the corpus refresh, once the stories are grouped: the story
 * profiles and their weighed vectors, a few hundred MB at 20,000 documents). V8 otherwise collects
 * them when it next decides to, often after the next step has grown the heap further, so the
 * process's peak memory is higher than what it ever needs at once.
 *
 * Node gives the collector to scripts only under `--expose-gc`; setting that flag at run time and
 * reading `gc` from a fresh context is the usual way to get it without asking users for a flag.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

/** The collector, or null where this Node refuses to give it (then {@link collectGarbage} does nothing). */
function gcFunction(): (() => void) | null {
  if (collector !== undefined) return collector;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collector = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collector = null;
  }
  return collector;
}

/**
 * Runs a full garbage collection now (~0.15 s on a heap of a few hundred MB). Returns whether it ran.
 *
 * @example
 * ```ts
 * profiles = null; // the last reference to something large
 * collectGarbage();
 * ```
 */
export function collectGarbage(): boolean {
  const gc = gcFunction();
  if (!gc) return false;
  gc();
  return true;
}
