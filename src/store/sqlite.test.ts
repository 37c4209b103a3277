import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, StoreError } from './sqlite.js';
import { MIGRATIONS } from './migrations.js';
import { testDoc } from '../pipeline/doc.js';
import type { CorpusState } from './store.js';
import type { Doc } from '../pipeline/types.js';

function tempPath(): { path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  return { path: join(dir, 'test.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

async function all(store: ReturnType<typeof openSqliteStore>): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const d of store.documents()) docs.push(d);
  return docs;
}

test('documents round-trip with their annotations, and survive reopening', async () => {
  const { path, done } = tempPath();
  const doc = testDoc('Oslo, March 3: The ministers met.', {
    published: '2026-03-03',
    timex: [{ start: 6, end: 13, text: 'March 3', value: '2026-03-03', kind: 'date', source: 'time/en', rule: 'md' }],
  });
  let store = openSqliteStore(path);
  assert.equal(await store.hasDocument(doc.id), false);
  await store.putDocument(doc);
  assert.equal(await store.hasDocument(doc.id), true);
  await store.close();
  store = openSqliteStore(path);
  const docs = await all(store);
  assert.deepEqual(docs, [doc]);
  assert.equal(await store.countDocuments(), 1);
  const light: Doc[] = [];
  for await (const d of store.documents({ raw: false })) light.push(d);
  assert.deepEqual(light, [{ ...doc, raw: '', offsets: [] }]);
  assert.deepEqual(await store.languages(), new Map([[doc.id, 'en']]));
  await store.close();
  done();
});

test('storing the same content twice keeps one document', async () => {
  const { path, done } = tempPath();
  const store = openSqliteStore(path);
  const doc = testDoc('The same text.');
  await store.putDocument(doc);
  await store.putDocument({ ...doc, source: 'copy.txt' });
  assert.equal(await store.countDocuments(), 1);
  await store.close();
  done();
});

test('a failed write leaves nothing half-stored', async () => {
  const { path, done } = tempPath();
  const store = openSqliteStore(path);
  const good = testDoc('First document.');
  await store.putDocument(good);
  const bad = testDoc('Second document.') as Doc & { declared: unknown };
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  (bad as { declared: unknown }).declared = cyclic;
  await assert.rejects(() => store.putDocument(bad));
  assert.equal(await store.countDocuments(), 1);
  assert.equal(await store.hasDocument(bad.id), false);
  await store.close();
  done();
});

test('corpus state replaces the previous one and clears the stale flag', async () => {
  const { path, done } = tempPath();
  const store = openSqliteStore(path);
  await store.putDocument(testDoc('A text.'));
  assert.equal(await store.corpusStale(), true);
  const state: CorpusState = {
    entities: [{ id: 'e1', name: 'Oslo', type: 'place', aliases: ['Oslo', 'ओस्लो'], roles: [], members: [{ doc: 'd1', entity: 0 }] }],
    addedMentions: [{ doc: 'd2', start: 3, end: 7, text: 'ओस्लो', entity: 'e1' }],
    events: [{ id: 'v1', kind: 'meeting', title: 'Meeting in Oslo', summary: 'They met in Oslo.', date: '2026-03-03', location: 'e1',
      participants: [], reports: ['d1', 'd2'], sources: 2, mentions: [{ doc: 'd1', start: 0, end: 3, text: 'met' }], facts: { killed: 0 },
      similarity: [{ doc: 'd1', score: 0.9, copyOf: null, shared: ['Oslo'] }, { doc: 'd2', score: 1, copyOf: 'd1', shared: [] }] }],
    storylines: [{ id: 's1', title: 'Oslo meetings', events: ['v1'] }],
  };
  await store.putCorpus(state);
  assert.equal(await store.corpusStale(), false);
  assert.deepEqual(await store.corpus(), state);
  await store.putCorpus({ entities: [], addedMentions: [], events: [], storylines: [] });
  assert.deepEqual((await store.corpus()).events, []);
  await store.close();
  done();
});

test('a file that is not a store gives a clear error', () => {
  const { path, done } = tempPath();
  writeFileSync(path, 'this is not a database, just text that is long enough to look like a header....');
  assert.throws(() => openSqliteStore(path), (e: unknown) => e instanceof StoreError && /cannot open store/.test(e.message));
  done();
});

test('migrations are recorded once and a newer schema is refused', () => {
  const { path, done } = tempPath();
  openSqliteStore(path);
  const db = new Database(path);
  assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').all(), MIGRATIONS.map((m) => ({ version: m.version })));
  db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'now')").run();
  db.close();
  assert.throws(() => openSqliteStore(path), /newer Dossier/);
  done();
});
