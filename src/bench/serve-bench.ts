/**
 * `npm run bench:serve`: latency and throughput of `dossier serve` on a store of generated articles.
 * Builds the store (articles generated from `examples/`, analysed in-process like `npm run bench`),
 * starts the server on 127.0.0.1, and loads three endpoints in turn with autocannon: the timeline's
 * `/api/events`, `/api/search?q=…`, and a story page (its HTML, then the event it shows with its
 * reports, `/api/events/:id`). Prints the first request's time (search builds its index then, and
 * keeps recent answers) and p50 and p99 latency and requests/s under load for each. It prints figures
 * for later changes to compare against; it is not a test.
 *
 * Usage: `npm run bench:serve -- [--count N] [--store FILE] [--connections N] [--seconds S] [--keep]`
 * (default 20,000 articles, 50 concurrent clients, 10 s per endpoint; `--store` benches an existing
 * store instead of building one).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateCorpus, writeCorpus } from './generate.js';
import { runAnalyze } from '../cli/analyze.js';
import { startServer } from '../cli/serve.js';
import { arg } from './args.js';

function positive(name: string, fallback: number): number {
  const v = Number(arg(name) ?? fallback);
  if (!Number.isInteger(v) || v <= 0) {
    process.stderr.write(`bench:serve: ${name} takes a positive whole number\n`);
    process.exit(2);
  }
  return v;
}

interface Row {
  endpoint: string;
  /** The first request, alone (search: index built, query not yet answered before). */
  first_ms: number;
  p50_ms: number;
  p99_ms: number;
  req_per_s: number;
  requests: number;
  errors: number;
}

async function load(url: string, name: string, connections: number, seconds: number): Promise<Row> {
  // The first request alone: for search it builds the text index, and the answer is then kept.
  const t0 = performance.now();
  const warm = await fetch(url);
  if (!warm.ok) throw new Error(`${name}: ${url} answered ${warm.status}`);
  await warm.arrayBuffer();
  const first = performance.now() - t0;
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    endpoint: name,
    first_ms: Math.round(first),
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    req_per_s: Math.round(r.requests.average),
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

async function bench(): Promise<void> {
  const count = positive('--count', 20000);
  const connections = positive('--connections', 50);
  const seconds = positive('--seconds', 10);
  const keep = process.argv.includes('--keep');
  let dir: string | null = null;
  let store = arg('--store');
  if (!store) {
    dir = mkdtempSync(join(tmpdir(), 'dossier-serve-bench-'));
    const corpus = join(dir, 'corpus');
    process.stderr.write(`generating ${count} articles in ${corpus}…\n`);
    writeCorpus(corpus, generateCorpus('examples', count, 1, 'test/examples.gold.json'));
    store = join(dir, 'bench.db');
    const started = Date.now();
    const { summary } = await runAnalyze([corpus], { store, timeline: false, progress: process.stderr.isTTY }, {
      out: () => undefined,
      err: (s) => void process.stderr.write(s),
      isTTY: Boolean(process.stderr.isTTY),
    });
    process.stderr.write(`analysed ${summary.added} articles into ${summary.events} events in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const server = await startServer({ store, port: 0, host: '127.0.0.1', readOnly: true }, { out: () => undefined, err: (s) => void process.stderr.write(s), isTTY: false });
  try {
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { documents: number; events: number };
    const events = (await (await fetch(`${server.url}/api/events?limit=1000`)).json()) as { items: { id: string; reports: string[] }[] };
    const story = [...events.items].sort((a, b) => b.reports.length - a.reports.length)[0];
    if (!story) throw new Error('the store has no events');
    const top = (await (await fetch(`${server.url}/api/entities?type=person&limit=1`)).json()) as { items: { name: string }[] };
    const q = arg('--q') ?? top.items[0]?.name.split(' ').pop() ?? 'minister';
    process.stderr.write(`serving ${health.documents} documents, ${health.events} events at ${server.url}; ${connections} clients, ${seconds} s per endpoint\n`);
    const rows: Row[] = [];
    for (const [name, path] of [
      ['/api/events', '/api/events'],
      [`/api/search?q=${q}`, `/api/search?q=${encodeURIComponent(q)}`],
      ['story page HTML /story/:id', `/story/${story.id}`],
      [`story page data /api/events/:id (${story.reports.length} reports)`, `/api/events/${story.id}`],
    ] as const) {
      process.stderr.write(`loading ${name}…\n`);
      rows.push(await load(`${server.url}${path}`, name, connections, seconds));
    }
    process.stdout.write(`dossier serve on ${health.documents} articles (${health.events} events), ${connections} concurrent clients, ${seconds} s each, 127.0.0.1\n`);
    process.stdout.write(['endpoint', 'first_ms', 'p50_ms', 'p99_ms', 'req_per_s', 'requests', 'errors'].join('\t') + '\n');
    for (const r of rows) process.stdout.write([r.endpoint, r.first_ms, r.p50_ms, r.p99_ms, r.req_per_s, r.requests, r.errors].join('\t') + '\n');
  } finally {
    await server.close();
    if (dir && !keep) rmSync(dir, { recursive: true, force: true });
    else if (dir) process.stderr.write(`kept ${dir}\n`);
  }
}

bench().catch((err: unknown) => {
  process.stderr.write(`bench:serve failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
