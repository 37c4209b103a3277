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
 * Analyses `folder` into `store` with `jobs` threads in a new process and returns its figures.
 *
 * @example
 * ```ts
 * const r = analyzeInFreshProcess('/tmp/b.db', '/tmp/corpus', 2); // { added: 2000, peakRssMb: 830, … }
 * ```
 */
export function analyzeInFreshProcess(store: string, folder: string, jobs: number): FreshRun {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'analyze-once.js');
  const out = execFileSync(process.execPath, [script, store, folder, String(jobs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as FreshRun;
}
