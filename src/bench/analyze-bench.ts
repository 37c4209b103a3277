/**
 * `npm run bench`: generates a corpus of articles from `examples/` (varied names, dates, places),
 * runs `dossier analyze` on it with a fresh store, each run in a fresh process (`analyze-once.ts`, so its peak
 * memory is its own), and prints throughput and peak memory. It prints figures for later changes to compare against; it is not a test.
 *
 * Usage: `npm run bench -- [--count N[,N…]] [--jobs N[,N…]] [--keep] [--warc-mb N] [--shared DIR]` (default
 * 2000,20000 articles with one thread and with as many threads as cores: one column per size and thread
 * count, and the ratio of time per article at the largest size to the smallest, 1.0 being linear scaling).
 * Then the per-stage profile of the per-document analysis (ms/article, share, entity tagging
 * tokens/s), the same profile run on every core at once (`stages_at_once`: how much the cores slow
 * each other, and the articles/s that allows the per-document stages at most) and the reading of a generated WARC.gz of `--warc-mb` MB (default 1024; 0 skips it) with
 * its peak memory.
 *
 * Then, when `../shared/eval/article-extraction-dev` (or `--shared DIR`'s) pages exist, HTML pages read
 * and cleaned per second by Dossier's cleaner next to plain Readability's on the same pages
 * ({@link cleanSpeedLines}); otherwise a line says that part was skipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus, writeCorpus } from './generate.js';
import { analyzeInFreshProcess } from './fresh-run.js';
import { defaultJobs } from '../pipeline/pool.js';
import { formatAtOnce, formatStageProfile, profileStages, profileStagesAtOnce } from './stage-bench.js';
import { readWarcFigures, writeWarc } from './warc-bench.js';
import { cleanSpeedLines } from './clean-speed.js';
import { arg } from './args.js';

/** Articles the side-by-side stage profiles read. */
const AT_ONCE_ARTICLES = 2000;

interface Figures {
  articles: number;
  jobs: number;
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
function runOnce(count: number, jobs: number, keep: boolean): Figures {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const corpusDir = join(dir, 'corpus');
  process.stderr.write(`generating ${count} articles in ${corpusDir}…\n`);
  const files = generateCorpus('examples', count, 1, 'test/examples.gold.json');
  writeCorpus(corpusDir, files);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  // Each run in a fresh process, so its peak memory is its own, not what an earlier run here left.
  const r = analyzeInFreshProcess(join(dir, 'bench.db'), corpusDir, jobs);
  if (keep) process.stderr.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
  return {
    articles: r.read,
    jobs,
    analysed: r.added,
    skipped: r.skipped,
    events: r.events,
    input_mb: bytes / 1e6,
    seconds: r.seconds,
    corpus_seconds: r.corpusSeconds,
    articles_per_s: r.read / r.seconds,
    mb_per_s: bytes / 1e6 / r.seconds,
    peak_rss_mb: r.peakRssMb,
  };
}

async function bench(): Promise<void> {
  const spec = arg('--count') ?? '2000,20000';
  const counts = spec.split(',').map(Number);
  const threads = (arg('--jobs') ?? [...new Set([1, defaultJobs()])].join(',')).split(',').map(Number);
  const warcMb = Number(arg('--warc-mb') ?? '1024');
  if (![...counts, ...threads].every((c) => Number.isInteger(c) && c > 0) || !(Number.isFinite(warcMb) && warcMb >= 0)) {
    process.stderr.write('bench: --count and --jobs take positive whole numbers, comma-separated (e.g. --count 2000,20000 --jobs 1,2); --warc-mb a size in MB (0 skips)\n');
    process.exitCode = 2;
    return;
  }
  const runs: Figures[] = [];
  for (const count of counts) {
    for (const jobs of threads) runs.push(runOnce(count, jobs, process.argv.includes('--keep')));
  }
  const fmt = (k: keyof Figures, v: number): string =>
    ['articles', 'jobs', 'analysed', 'skipped', 'events', 'peak_rss_mb'].includes(k) ? v.toFixed(0) : k === 'input_mb' ? v.toFixed(1) : v.toFixed(2);
  const keys = Object.keys(runs[0] as Figures) as (keyof Figures)[];
  for (const k of keys) process.stdout.write(`${k}\t${runs.map((r) => fmt(k, r[k])).join('\t')}\n`);
  const last = runs[runs.length - 1] as Figures;
  const first = runs.find((r) => r.jobs === last.jobs) as Figures;
  if (first !== last) {
    // Time per article at the largest size over the smallest: 1.0 is linear scaling.
    const ratio = last.seconds / last.articles / (first.seconds / first.articles);
    process.stdout.write(`per_article_time_ratio\t${ratio.toFixed(2)}\t(${last.articles} vs ${first.articles} articles, ${last.jobs} thread${last.jobs === 1 ? '' : 's'})\n`);
  }
  await extras(counts[0] as number, warcMb);
  process.stdout.write(cleanSpeedLines(join(resolve(arg('--shared') ?? '../shared'), 'eval', 'article-extraction-dev')));
}

/** The per-stage profile on `count` generated articles, then the WARC.gz read (unless `warcMb` is 0). */
async function extras(count: number, warcMb: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const files = generateCorpus('examples', count, 1, 'test/examples.gold.json');
    writeCorpus(join(dir, 'corpus'), files);
    const today = new Date().toISOString().slice(0, 10);
    const alone = await profileStages([join(dir, 'corpus')], today);
    process.stdout.write(`\n${formatStageProfile(alone)}`);
    // The same profile on every core at once, between two alone: what the cores give the per-document
    // stages together (on at most AT_ONCE_ARTICLES articles, so that it takes minutes, not tens).
    const cores = defaultJobs();
    if (cores > 1) {
      writeCorpus(join(dir, 'at-once'), files.slice(0, AT_ONCE_ARTICLES));
      process.stdout.write(formatAtOnce(await profileStagesAtOnce(join(dir, 'at-once'), today, cores)));
    }
    if (warcMb > 0) {
      const path = join(dir, 'crawl.warc.gz');
      process.stderr.write(`writing a ${warcMb} MB WARC.gz in ${dir}…\n`);
      const figures = await readWarcFigures(path, await writeWarc(path, files, warcMb));
      process.stdout.write('\nwarc_read\n');
      for (const [k, v] of Object.entries(figures)) {
        process.stdout.write(`${k}\t${Array.isArray(v) ? v.join(' ') : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : v}\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await bench();
