/**
 * `npm run bench`: generates a corpus of articles from `examples/` (varied names, dates, places),
 * runs `dossier analyze` on it in-process with a fresh store, and prints throughput and peak
 * memory. It prints figures for later changes to compare against; it is not a test.
 *
 * Usage: `npm run bench -- [--count N] [--keep]`
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

async function bench(): Promise<void> {
  const count = Number(arg('--count') ?? 10_000);
  if (!Number.isInteger(count) || count <= 0) {
    process.stderr.write('bench: --count takes a positive whole number\n');
    process.exitCode = 2;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const corpusDir = join(dir, 'corpus');
  process.stderr.write(`generating ${count} articles in ${corpusDir}…\n`);
  const files = generateCorpus('examples', count, 1, 'test/examples.gold.json');
  writeCorpus(corpusDir, files);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);

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
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

  const lines = [
    ['articles', String(summary.read)],
    ['analysed', String(summary.added)],
    ['skipped', String(summary.skipped.length)],
    ['events', String(summary.events)],
    ['input_mb', (bytes / 1e6).toFixed(1)],
    ['seconds', seconds.toFixed(2)],
    ['articles_per_s', (summary.read / seconds).toFixed(1)],
    ['mb_per_s', (bytes / 1e6 / seconds).toFixed(2)],
    ['peak_rss_mb', (peakRss / 1048576).toFixed(0)],
  ];
  for (const [k, v] of lines) process.stdout.write(`${k}\t${v}\n`);
  if (process.argv.includes('--keep')) process.stderr.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

await bench();
