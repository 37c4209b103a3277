/**
 * `npm run bench`: generates a corpus of articles from `examples/` (varied names, dates, places),
 * runs `dossier analyze` on it in-process with a fresh store, and prints throughput and peak
 * memory. It prints figures for later changes to compare against; it is not a test.
 *
 * Usage: `npm run bench -- [--count N[,N…]] [--keep]` (default 2000,20000: one column per size, and the
 * ratio of time per article at the largest size to the smallest, 1.0 being linear scaling)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from './generate.js';
import { runAnalyze } from '../cli/analyze.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Figures {
  articles: number;
  analysed: number;
  skipped: number;
  events: number;
  input_mb: number;
  seconds: number;
  /** Of which the corpus stages (entity resolution, stories, storylines) over the whole store. */
  corpus_seconds: number;
  articles_per_s: number;
  mb_per_s: number;
  peak_rss_mb: number;
}

/** Generates `count` articles, analyses them into a fresh store and measures the run. */
async function runOnce(count: number, keep: boolean): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const corpusDir = join(dir, 'corpus');
  process.stderr.write(`generating ${count} articles in ${corpusDir}…\n`);
  const files = generateCorpus('examples', count, 1, 'test/examples.gold.json');
  writeCorpus(corpusDir, files);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const started = process.hrtime.bigint();
  const { summary } = await runAnalyze([corpusDir], { store: join(dir, 'bench.db'), timeline: false, progress: process.stderr.isTTY }, {
    out: () => undefined,
    err: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  if (keep) process.stderr.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
  return {
    articles: summary.read,
    analysed: summary.added,
    skipped: summary.skipped.length,
    events: summary.events,
    input_mb: bytes / 1e6,
    seconds,
    corpus_seconds: summary.corpusSeconds,
    articles_per_s: summary.read / seconds,
    mb_per_s: bytes / 1e6 / seconds,
    peak_rss_mb: peakRss / 1048576,
  };
}

async function bench(): Promise<void> {
  const spec = arg('--count') ?? '2000,20000';
  const counts = spec.split(',').map(Number);
  if (!counts.every((c) => Number.isInteger(c) && c > 0)) {
    process.stderr.write('bench: --count takes positive whole numbers, comma-separated (e.g. 2000,20000)\n');
    process.exitCode = 2;
    return;
  }
  const runs: Figures[] = [];
  for (const count of counts) runs.push(await runOnce(count, process.argv.includes('--keep')));
  const fmt = (k: keyof Figures, v: number): string =>
    ['articles', 'analysed', 'skipped', 'events', 'peak_rss_mb'].includes(k) ? v.toFixed(0) : k === 'input_mb' ? v.toFixed(1) : v.toFixed(2);
  const keys = Object.keys(runs[0] as Figures) as (keyof Figures)[];
  for (const k of keys) process.stdout.write(`${k}\t${runs.map((r) => fmt(k, r[k])).join('\t')}\n`);
  if (runs.length > 1) {
    const first = runs[0] as Figures;
    const last = runs[runs.length - 1] as Figures;
    // Time per article at the largest size over the smallest: 1.0 is linear scaling.
    const ratio = last.seconds / last.articles / (first.seconds / first.articles);
    process.stdout.write(`per_article_time_ratio\t${ratio.toFixed(2)}\t(${last.articles} vs ${first.articles} articles)\n`);
  }
}

await bench();
