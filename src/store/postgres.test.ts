/**
 * The PostgreSQL store: the store contract, its own failure modes, and the product path (the seeds
 * analysed into PostgreSQL export exactly what they export from SQLite). Needs a PostgreSQL server:
 * `DOSSIER_TEST_PG` (see `pg.fixture.ts`); each test works in a database of its own, dropped afterwards. Skips with a visible message where
 * no server answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openPostgresStore, redactUrl, isPostgresUrl } from './postgres.js';
import { StoreError } from './sqlite.js';
import { PG_MIGRATIONS, PG_SEARCH_VECTOR } from './migrations-pg.js';
import { MIGRATIONS } from './migrations.js';
import { sampleCorpus, schema4CorpusSql, storeContract, upgradeCorpus, upgradedStoreHolds } from './contract.fixture.js';
import { freshDatabase, pgUnavailable } from './pg.fixture.js';
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';

const SEEDS = resolve(process.cwd(), '../shared/seeds');
const unavailable = pgUnavailable;

storeContract({
  name: 'postgres',
  unavailable,
  async fresh() {
    const { url, drop } = await freshDatabase();
    return { open: () => openPostgresStore(url), done: drop };
  },
});

test('postgres: both backends are at the same schema version', () => {
  assert.deepEqual(PG_MIGRATIONS.map((m) => [m.version, m.name]), MIGRATIONS.map((m) => [m.version, m.name]));
});

test('postgres: URLs are recognised and passwords never shown', () => {
  assert.equal(isPostgresUrl('postgres://u@h/db'), true);
  assert.equal(isPostgresUrl('postgresql://u@h/db'), true);
  assert.equal(isPostgresUrl('./postgres.db'), false);
  assert.equal(redactUrl('postgres://me:secret@db.example/x'), 'postgres://me:***@db.example/x');
});

test('postgres: an unreachable server is a clear StoreError without the password', async () => {
  await assert.rejects(
    () => openPostgresStore('postgres://me:secret@127.0.0.1:1/nowhere'),
    (e: unknown) => e instanceof StoreError && /cannot open store postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nowhere/.test(e.message) && !/secret/.test(e.message),
  );
});

test('postgres: read-only opening of an empty database says to analyse first; a newer schema is refused', async (t) => {
  const why = await unavailable();
  if (why) return t.skip(why);
  const { url, drop } = await freshDatabase();
  try {
    await assert.rejects(() => openPostgresStore(url, { readonly: true }), /no Dossier store yet/);
    (await openPostgresStore(url)).close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("INSERT INTO schema_migrations VALUES (99, 'future', 'now')");
    await c.end();
    await assert.rejects(() => openPostgresStore(url), /newer Dossier/);
  } finally {
    await drop();
  }
});

test('postgres: the API\'s text search is answered from the full-text index', async (t) => {
  const why = await unavailable();
  if (why) return t.skip(why);
  const { url, drop } = await freshDatabase();
  try {
    await (await openPostgresStore(url)).close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query('SET enable_seqscan = off'); // on a near-empty table the planner would scan anyway
      const plan = await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id FROM documents WHERE ${PG_SEARCH_VECTOR} @@ to_tsquery('simple', 'nakatani:*')`);
      assert.match(plan.rows.map((r) => r['QUERY PLAN']).join('\n'), /documents_search/);
    } finally {
      await c.end();
    }
  } finally {
    await drop();
  }
});

test('postgres: concurrent corpus updates from two processes serialise; the last one wins whole', async (t) => {
  const why = await unavailable();
  if (why) return t.skip(why);
  const { url, drop } = await freshDatabase();
  try {
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const one = sampleCorpus();
    const other = { ...sampleCorpus(), storylines: [] };
    await Promise.all([a.putCorpus(one), b.putCorpus(other), a.putCorpus(other), b.putCorpus(one)]);
    const got = await a.corpus();
    assert.ok(JSON.stringify(got) === JSON.stringify(one) || JSON.stringify(got) === JSON.stringify(other), 'one whole state, never a mix');
    await Promise.all([a.close(), b.close()]);
  } finally {
    await drop();
  }
});

test('postgres: a store at schema 4 upgrades in place and reads back the corpus state it held, then writes by difference', async (t) => {
  const why = await unavailable();
  if (why) return t.skip(why);
  const { url, drop } = await freshDatabase();
  try {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of PG_MIGRATIONS.filter((m) => m.version <= 4)) {
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, 'then']);
    }
    const state = upgradeCorpus();
    await c.query(schema4CorpusSql(state));
    await c.end();
    await upgradedStoreHolds(await openPostgresStore(url), state);
  } finally {
    await drop();
  }
});

function capture(): Io & { text: () => string } {
  let text = '';
  return { out: (s) => void (text += s), err: (s) => void (text += s), isTTY: false, text: () => text };
}

test('postgres: the seeds analysed into PostgreSQL export exactly what they export from SQLite', async (t) => {
  const why = await unavailable();
  if (why) return t.skip(why);
  const inputs = existsSync(SEEDS) ? ['examples', SEEDS] : ['examples'];
  if (!existsSync(SEEDS)) t.diagnostic(`${SEEDS} absent: examples/ only`);
  const { url, drop } = await freshDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
  try {
    const exports: string[] = [];
    for (const store of [url, join(dir, 's.db')]) {
      const out = capture();
      assert.equal(await main(['analyze', ...inputs, '--store', store, '--no-timeline', '--no-progress'], out), 0, out.text());
      // A second run finds everything stored, through the same interface.
      const again = capture();
      assert.equal(await main(['analyze', ...inputs, '--store', store, '--no-timeline', '--no-progress'], again), 0);
      assert.match(again.text(), /\(0 new, \d+ already stored\)/);
      const ex = capture();
      assert.equal(await main(['export', '--store', store], ex), 0);
      exports.push(ex.text());
    }
    assert.ok((JSON.parse(exports[0] as string) as { events: unknown[] }).events.length > 0);
    assert.equal(exports[0], exports[1]);
  } finally {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('postgres: two processes never compute the corpus at once; the second waits, then finds it fresh', async (t) => {
  const why = await unavailable();
  if (why) return t.skip(why);
  const { url, drop } = await freshDatabase();
  const a = await openPostgresStore(url);
  const b = await openPostgresStore(url);
  try {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = a.refreshing!(async () => {
      order.push('a starts');
      await held;
      order.push('a ends');
    });
    await new Promise((r) => setTimeout(r, 50));
    const second = b.refreshing!(async () => void order.push('b runs'));
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(order, ['a starts'], 'b waits while a holds the refresh');
    release();
    await Promise.all([first, second]);
    assert.deepEqual(order, ['a starts', 'a ends', 'b runs']);
    // A failing refresh lets go of the lock.
    await assert.rejects(() => a.refreshing!(async () => { throw new Error('boom'); }), /boom/);
    assert.equal(await b.refreshing!(async () => 7), 7);
  } finally {
    await a.close();
    await b.close();
    await drop();
  }
});
