/**
 * `npm run bench:queue`: the PostgreSQL path as a newsroom runs it. Generates articles from
 * `examples/`, queues them with `dossier analyze --enqueue` into a new database, then lets N worker
 * processes (`dossier worker --until-idle --concurrency 1`) analyse, store and update the corpus,
 * and prints throughput per number of workers and how many documents were stored (each exactly once).
 * It prints figures for later changes to compare against; it is not a test.
 *
 * Usage: `npm run bench:queue -- [--count N] [--workers N[,N…]] [--if-available]` (default 2000 articles,
 * 1,2 workers), against the server at DOSSIER_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres);
 * each run gets a database of its own, dropped afterwards. `npm run bench` ends with it on 20,000
 * articles, as issue 12 measures the PostgreSQL path, with `--if-available`: where no server answers
 * it says so and skips, instead of failing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './generate.js';
import { freshDatabase, pgServerMissing } from '../store/pg.fixture.js';
import { openStore } from '../store/open.js';
import { arg } from './args.js';

const CLI = fileURLToPath(new URL('../../bin/dossier.js', import.meta.url));

/** Runs the CLI with `args`; resolves with the exit code, stderr kept for the error message. */
function dossier(args: string[]): Promise<{ code: number; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => void (err = (err + b.toString()).slice(-2000)));
    child.on('close', (code) => resolve({ code: code ?? 1, err }));
  });
}

interface Figures {
  workers: number;
  articles: number;
  enqueue_seconds: number;
  work_seconds: number;
  articles_per_s: number;
  stored: number;
}

async function runOnce(corpusDir: string, count: number, workers: number): Promise<Figures> {
  const db = await freshDatabase('dossier_bench');
  try {
    let started = Date.now();
    const queued = await dossier(['analyze', corpusDir, '--store', db.url, '--enqueue', '--no-progress', '--no-timeline']);
    if (queued.code !== 0) throw new Error(`enqueue failed: ${queued.err.trim()}`);
    const enqueueSeconds = (Date.now() - started) / 1000;
    started = Date.now();
    const runs = await Promise.all(Array.from({ length: workers }, () => dossier(['worker', '--store', db.url, '--until-idle', '--concurrency', '1'])));
    const failed = runs.find((r) => r.code !== 0);
    if (failed) throw new Error(`a worker failed: ${failed.err.trim()}`);
    const workSeconds = (Date.now() - started) / 1000;
    const store = await openStore({ path: db.url });
    const stored = await store.countDocuments();
    await store.close();
    return { workers, articles: count, enqueue_seconds: enqueueSeconds, work_seconds: workSeconds, articles_per_s: count / workSeconds, stored };
  } finally {
    await db.drop();
  }
}

async function bench(): Promise<void> {
  const count = Number(arg('--count') ?? 2000);
  const workers = (arg('--workers') ?? '1,2').split(',').map(Number);
  if (![count, ...workers].every((c) => Number.isInteger(c) && c > 0)) {
    process.stderr.write('bench:queue: --count and --workers take positive whole numbers (e.g. --count 2000 --workers 1,2)\n');
    process.exitCode = 2;
    return;
  }
  const why = await pgServerMissing();
  if (why) {
    // `npm run bench` asks for this part only where a server answers; asked for alone, it is an error.
    const optional = process.argv.includes('--if-available');
    process.stderr.write(`bench:queue: ${optional ? 'skipped, ' : ''}${why}\n`);
    if (!optional) process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-queue-bench-'));
  try {
    process.stderr.write(`generating ${count} articles in ${dir}…\n`);
    writeCorpus(dir, generateCorpus('examples', count, 1, 'test/examples.gold.json'));
    const runs: Figures[] = [];
    for (const w of workers) runs.push(await runOnce(dir, count, w));
    for (const k of Object.keys(runs[0] as Figures) as (keyof Figures)[]) {
      process.stdout.write(`${k}\t${runs.map((r) => (Number.isInteger(r[k]) ? String(r[k]) : r[k].toFixed(2))).join('\t')}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await bench();
