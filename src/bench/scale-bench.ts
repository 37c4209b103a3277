/**
 * `npm run bench:scale`: what adding articles to a store costs as the store grows. For each base size
 * it analyses that many generated articles into a fresh store, then adds `--add` new ones (another
 * seed, so no copies of the base) in a second run, and measures only that second run: seconds,
 * articles/s, corpus-stage seconds and peak resident memory. The ratio of the largest base's figures
 * to the smallest's says whether an addition costs in proportion to what is added (1.0) or to what
 * is stored. The addition runs in a fresh process (`analyze-once.ts`), as a user's `dossier analyze` would,
 * so its peak memory is its own. The addition is made `--rounds` times, each to a fresh copy of the base
 * store; its time figures are the median run's and its peak memory the highest of all (on this machine
 * one addition to 20,000 varied by ±10 % from run to run, enough to move the ratio by 0.2). It prints
 * figures for later changes to compare against; it is not a test.
 *
 * Usage: `npm run bench:scale -- [--base N[,N…]] [--add N] [--jobs N] [--rounds N]` (default bases
 * 2000,20000, add 1000, 3 rounds).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from './generate.js';
import { analyzeInFreshProcess, type FreshRun, medianRun } from './fresh-run.js';
import { runAnalyze } from '../cli/analyze.js';
import { defaultJobs } from '../pipeline/pool.js';
import { arg } from './args.js';

const quiet = { out: (): void => undefined, err: (s: string): void => void process.stderr.write(s), isTTY: false };

interface Figures {
  base: number;
  added: number;
  seconds: number;
  corpus_seconds: number;
  articles_per_s: number;
  peak_rss_mb: number;
  /** Seconds of every round, in the order run. */
  rounds: number[];
}

/** A copy of a closed SQLite store (with its write-ahead log, if one is left), for one round. */
function copyStore(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(to + suffix, { force: true });
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  }
}

async function runOnce(base: number, add: number, jobs: number, rounds: number): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-scale-'));
  try {
    const store = join(dir, 'scale.db');
    process.stderr.write(`building a store of ${base} articles…\n`);
    writeCorpus(join(dir, 'base'), generateCorpus('examples', base, 1, 'test/examples.gold.json'));
    await runAnalyze([join(dir, 'base')], { store, timeline: false, progress: false, jobs }, quiet);
    writeCorpus(join(dir, 'more'), generateCorpus('examples', add, 2, 'test/examples.gold.json'));
    const runs: FreshRun[] = [];
    for (let round = 0; round < rounds; round++) {
      const copy = join(dir, 'round.db');
      copyStore(store, copy);
      runs.push(analyzeInFreshProcess(copy, join(dir, 'more'), jobs));
    }
    const r = medianRun(runs);
    // Memory is not averaged away: the highest peak of any round.
    const peak = Math.max(...runs.map((x) => x.peakRssMb));
    return {
      base, added: r.added, seconds: r.seconds, corpus_seconds: r.corpusSeconds, articles_per_s: r.added / r.seconds, peak_rss_mb: peak,
      rounds: runs.map((x) => x.seconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bench(): Promise<void> {
  const bases = (arg('--base') ?? '2000,20000').split(',').map(Number);
  const add = Number(arg('--add') ?? 1000);
  const jobs = Number(arg('--jobs') ?? defaultJobs());
  const rounds = Number(arg('--rounds') ?? 3);
  if (![...bases, add, jobs, rounds].every((c) => Number.isInteger(c) && c > 0)) {
    process.stderr.write('bench:scale: --base, --add, --jobs and --rounds take positive whole numbers (e.g. --base 2000,20000 --add 1000 --rounds 3)\n');
    process.exitCode = 2;
    return;
  }
  const runs: Figures[] = [];
  for (const base of bases) runs.push(await runOnce(base, add, jobs, rounds));
  const cell = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));
  for (const k of ['base', 'added', 'seconds', 'corpus_seconds', 'articles_per_s', 'peak_rss_mb'] as const) {
    process.stdout.write(`${k}\t${runs.map((r) => cell(r[k])).join('\t')}\n`);
  }
  process.stdout.write(`rounds\t${runs.map((r) => r.rounds.map(cell).join(' ')).join('\t')}\t(seconds of each addition: the time figures above are the median run's, the peak RSS the highest)\n`);
  const first = runs[0] as Figures;
  const last = runs[runs.length - 1] as Figures;
  if (first !== last) {
    process.stdout.write(`time_ratio\t${(last.seconds / first.seconds).toFixed(2)}\t(adding ${add} to ${last.base} vs to ${first.base}; 1.0: cost of what is added only)\n`);
    process.stdout.write(`rss_ratio\t${(last.peak_rss_mb / first.peak_rss_mb).toFixed(2)}\n`);
  }
}

await bench();
