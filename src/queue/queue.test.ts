/**
 * The job queue end to end on a real PostgreSQL server (skips with a message where none answers):
 * documents queued once, two workers that store each exactly once and reach the stories a single
 * `dossier analyze` reaches, refused documents kept with their reason, abandoned jobs retried.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { main } from '../cli/main.js';
import { runWorker } from '../cli/worker.js';
import { openQueue, jobIdOf } from './queue.js';
import { freshDatabase, pgUnavailable } from '../store/pg.fixture.js';
import type { Io } from '../cli/io.js';
import type { ExportJson } from '../store/export.js';

function capture(): Io & { text: () => string } {
  let text = '';
  return { out: (s) => void (text += s), err: (s) => void (text += s), isTTY: false, text: () => text };
}

async function database(t: { skip: (m: string) => void }): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const why = await pgUnavailable();
  if (why) {
    t.skip(why);
    return null;
  }
  return freshDatabase('dossier_queue');
}

/** Stories as sets of report sources, independent of ids. */
function stories(json: string): string[] {
  const ex = JSON.parse(json) as ExportJson;
  const source = new Map(ex.documents.map((d) => [d.id, d.source.split('/').pop() ?? d.source]));
  return ex.events.filter((e) => e.reports.length > 0).map((e) => e.reports.map((r) => source.get(r)).sort().join('+')).sort();
}

test('jobIdOf gives one UUID per content id', () => {
  assert.match(jobIdOf('a'.repeat(64)), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.equal(jobIdOf('ab12'), jobIdOf('ab12'));
  assert.notEqual(jobIdOf('ab12'), jobIdOf('ab13'));
});

test('queued once, two workers store every document exactly once and find the stories one analyze finds', async (t) => {
  const db = await database(t);
  if (!db) return;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-queue-'));
  try {
    writeFileSync(join(dir, 'empty.html'), '<html><body><nav>Home | Sport</nav></body></html>');
    const inputs = ['examples', join(dir, 'empty.html')];
    const first = capture();
    assert.equal(await main(['analyze', ...inputs, '--store', db.url, '--enqueue'], first), 0, first.text());
    assert.match(first.text(), /11 documents read: 11 queued/);
    const again = capture();
    await main(['analyze', ...inputs, '--store', db.url, '--enqueue'], again);
    assert.match(again.text(), /0 queued, 0 already stored, 11 already queued/);

    const quiet = capture();
    await Promise.all([
      runWorker({ store: db.url, concurrency: 1, untilIdle: true }, quiet),
      runWorker({ store: db.url, concurrency: 1, untilIdle: true }, quiet),
    ]);
    const jobs = capture();
    assert.equal(await main(['jobs', '--store', db.url], jobs), 0);
    assert.match(jobs.text(), /queued 0, running 0, done 10, failed 1/);
    assert.match(jobs.text(), /failed\t\S+\t\S*empty\.html\t.+/, 'the refused page is listed with its reason');

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const counted = await client.query<{ n: number; d: number }>('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM documents');
    await client.end();
    assert.deepEqual(counted.rows[0], { n: 10, d: 10 });

    // After both workers, one more idle pass brings the corpus up to date with everything stored.
    await runWorker({ store: db.url, untilIdle: true }, quiet);
    const queuedExport = capture();
    await main(['export', '--store', db.url], queuedExport);
    const local = capture();
    await main(['analyze', 'examples', '--store', join(dir, 's.db'), '--no-timeline', '--no-progress'], capture());
    await main(['export', '--store', join(dir, 's.db')], local);
    assert.deepEqual(stories(queuedExport.text()), stories(local.text()));
  } finally {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a job whose worker died is taken up again', async (t) => {
  const db = await database(t);
  if (!db) return;
  try {
    const options = { expireInSeconds: 1, superviseSeconds: 1 };
    // The queue is created with a short expiry, then filled; a worker takes a job and dies without finishing it.
    const dying = await openQueue(db.url, options);
    assert.equal(await main(['analyze', 'examples/', '--store', db.url, '--enqueue'], capture()), 0);
    const [taken] = await dying.take(1);
    assert.ok(taken);
    await dying.close();
    const watcher = await openQueue(db.url, options);
    const deadline = Date.now() + 30_000;
    while ((await watcher.counts()).active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    await watcher.close();
    const out = capture();
    await runWorker({ store: db.url, untilIdle: true, queue: options }, out);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const n = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM documents')).rows[0]?.n;
    await client.end();
    assert.equal(n, 10, 'the abandoned document was analysed after all');
  } finally {
    await db.drop();
  }
});

test('queue commands refuse an embedded store with a usage error', async () => {
  for (const argv of [['worker', '--store', 'x.db'], ['jobs', '--store', 'x.db'], ['analyze', 'examples', '--store', 'x.db', '--enqueue']]) {
    const out = capture();
    assert.equal(await main(argv, out), 2);
    assert.match(out.text(), /needs a PostgreSQL store/);
  }
});
