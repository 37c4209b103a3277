/**
 * The corpus stages read corpus records and stream texts; the result must be byte for byte what the
 * whole-document run gives (`reference.fixture.ts`), on examples/ and on a generated corpus, from
 * memory and from a store, whatever order the documents come in, and for a store written before
 * records existed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';
import { generateCorpus, writeCorpus } from '../bench/generate.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import type { Doc } from '../pipeline/types.js';
import { seededShuffle } from '../pipeline/random.js';
import { basisBuilder, corpusFromBasis, refreshCorpus, runCorpus } from './run.js';
import { corpusDoc } from './record.js';
import { referenceCorpus } from './reference.fixture.js';
import pg from 'pg';
import { openPostgresStore } from '../store/postgres.js';
import { freshDatabase, pgUnavailable } from '../store/pg.fixture.js';

const quiet: Io = { out: () => undefined, err: () => undefined, isTTY: false };

async function docsOf(store: Store): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const d of store.documents({ raw: false })) docs.push(d);
  return docs;
}

async function* textsOf(docs: readonly Doc[]): AsyncIterable<{ id: string; text: string }> {
  for (const d of docs) yield { id: d.id, text: d.text };
}

async function analysed(inputs: string[], dir: string): Promise<string> {
  const path = join(dir, 's.db');
  assert.equal(await main(['analyze', ...inputs, '--store', path, '--no-timeline', '--no-progress'], quiet), 0);
  return path;
}

async function sameAsReference(inputs: string[], t: { diagnostic: (s: string) => void }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-corpus-'));
  try {
    const path = await analysed(inputs, dir);
    let store = openSqliteStore(path);
    const docs = await docsOf(store);
    const reference = JSON.stringify(referenceCorpus(docs));
    t.diagnostic(`${docs.length} documents, ${reference.length} characters of corpus state`);
    assert.equal(JSON.stringify(await store.corpus()), reference, 'analyze stored the reference result');
    assert.equal(JSON.stringify(runCorpus(docs)), reference, 'in memory, whole documents');
    // Records and texts in any order give the same basis.
    const b = basisBuilder();
    for (const d of seededShuffle(docs, 3)) b.record({ ...corpusDoc(d), text: '' });
    b.resolve();
    for (const d of seededShuffle(docs, 5)) b.text(d.id, d.text);
    assert.equal(JSON.stringify(corpusFromBasis(b.basis())), reference, 'shuffled records and texts');
    // Texts shared out among threads give the same basis (however the batches fall).
    const threaded = basisBuilder();
    for (const d of docs) threaded.record({ ...corpusDoc(d), text: '' });
    await threaded.texts(textsOf(seededShuffle(docs, 7)), 2, { minDocs: 0 });
    assert.equal(JSON.stringify(corpusFromBasis(threaded.basis())), reference, 'texts on two threads');
    // Threads that may hold little text get the resolution part way through the texts.
    const early = basisBuilder();
    for (const d of docs) early.record({ ...corpusDoc(d), text: '' });
    await early.texts(textsOf(seededShuffle(docs, 8)), 2, { minDocs: 0, pendingChars: 4000 });
    assert.equal(JSON.stringify(corpusFromBasis(early.basis())), reference, 'resolution given part way');
    await store.close();
    // A store from before records existed: records are computed on the next run, saved, and give the same result.
    const db = new Database(path);
    db.prepare('UPDATE documents SET corpus = NULL').run();
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'corpus_stale'").run();
    db.close();
    store = openSqliteStore(path);
    const steps: string[] = [];
    assert.equal(await refreshCorpus(store, { onStep: (s) => steps.push(s) }), true);
    assert.equal(JSON.stringify(await store.corpus()), reference, 'refreshed after records were filled in');
    assert.equal(steps.length, 4, `each step announced once: ${steps.join(' | ')}`);
    assert.match(steps[1] ?? '', new RegExp(`across ${docs.length} documents`));
    assert.equal(await refreshCorpus(store, { onStep: (s) => steps.push(s) }), false);
    assert.equal(steps.length, 4, 'a fresh corpus announces nothing');
    await store.close();
    const check = new Database(path, { readonly: true });
    assert.deepEqual(check.prepare('SELECT count(*) AS n FROM documents WHERE corpus IS NULL').get(), { n: 0 }, 'records saved');
    check.close();
    await inPostgres(docs, reference, t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same documents in a PostgreSQL store, some without records (as before migration 3), refresh to the same result. */
async function inPostgres(docs: Doc[], reference: string, t: { diagnostic: (s: string) => void }): Promise<void> {
  const why = await pgUnavailable();
  if (why) {
    t.diagnostic(why);
    return;
  }
  const { url, drop } = await freshDatabase();
  try {
    const store = await openPostgresStore(url);
    for (const d of seededShuffle(docs, 9)) await store.putDocument(d);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('UPDATE documents SET corpus = NULL WHERE seq % 2 = 0');
    assert.equal(await refreshCorpus(store), true);
    assert.equal(JSON.stringify(await store.corpus()), reference, 'PostgreSQL store');
    assert.equal((await client.query('SELECT count(*)::int AS n FROM documents WHERE corpus IS NULL')).rows[0]?.n, 0, 'records saved');
    await client.end();
    await store.close();
  } finally {
    await drop();
  }
}

test('corpus records give the whole-document result on examples/', async (t) => {
  await sameAsReference(readdirSync('examples').map((f) => join('examples', f)), t);
});

test('corpus records give the whole-document result on a generated corpus', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-gen-'));
  try {
    writeCorpus(dir, generateCorpus('examples', 60, 11, 'test/examples.gold.json'));
    await sameAsReference([dir], t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
