/**
 * Runs `analyze` for a bench in a fresh Node process (`analyze-once.js`), so that each figure, above
 * all the peak memory, is that run's alone.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one fresh `analyze` run reports. */
export interface FreshRun {
  read: number;
  added: number;
  skipped: number;
  events: number;
  seconds: number;
  corpusSeconds: number;
  peakRssMb: number;
}

/**
 * Has the kernel write to disk what the bench's set-up just wrote (`sync`): the generated inputs and,
 * for `bench:scale`, the base store (~400 MB at 20,000 articles, ~40 MB at 2,000). Left in the page
 * cache, those writes are flushed while the measured run goes on, and charged to it. Measured on a
 * copy of the 20,000-article store, adding 1,000 articles: analysis 7.0–7.2 s unsynced, 6.0–6.3 s
 * synced; three alternating runs each of the whole addition, 16.3 s against 15.5 s on average. A
 * user's store was not written the second before they add to it. Without a `sync` command the run
 * is measured as it is.
 */
export function flushWrites(): void {
  try {
    execFileSync('sync', [], { stdio: 'ignore', timeout: 120_000 });
  } catch {
    // No `sync` command, or it failed: the run is measured without it.
  }
}

/**
 * Analyses `folder` into `store` with `jobs` threads in a new process and returns its figures, after
 * {@link flushWrites}.
 *
 * @example
 * ```ts
 * const r = analyzeInFreshProcess('/tmp/b.db', '/tmp/corpus', 2); // { added: 2000, peakRssMb: 830, … }
 * ```
 */
export function analyzeInFreshProcess(store: string, folder: string, jobs: number): FreshRun {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'analyze-once.js');
  flushWrites();
  const out = execFileSync(process.execPath, [script, store, folder, String(jobs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as FreshRun;
}

/**
 * The run of median seconds among repeated runs (of an even number, the lower middle one).
 *
 * @example
 * ```ts
 * medianRun([{ seconds: 9 }, { seconds: 7 }, { seconds: 8 }]); // { seconds: 8 }
 * ```
 */
export function medianRun<T extends { seconds: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no runs to take the median of');
  return median;
}
