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
import { openSqliteStore, readKeptProfilesFile } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import type { Doc } from '../pipeline/types.js';
import { seededShuffle } from '../pipeline/random.js';
import { basisBuilder, corpusFromBasis, refreshCorpus, runCorpus, type TextSource } from './run.js';
import { type KeptFromFile, readKeptOnThread } from './kept-thread.js';
import type { CachedTextProfile } from './profile-cache.js';
import { caselessText } from './keys.js';
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

async function* yieldAll<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}

/** A text source over documents in memory, optionally with kept profiles; it records which texts it was asked for. */
function textsOf(docs: readonly Doc[], kept?: { keys: string[]; profiles: readonly CachedTextProfile[] }): TextSource & { asked: (ReadonlySet<string> | undefined)[] } {
  const asked: (ReadonlySet<string> | undefined)[] = [];
  return {
    asked,
    texts(only) {
      asked.push(only);
      return yieldAll(docs.filter((d) => !only || only.has(d.id)).map((d) => ({ id: d.id, text: d.text })));
    },
    ...(kept ? { textProfiles: () => yieldAll(kept.profiles), profileKeys: async () => [...kept.keys] } : {}),
  };
}

/**
 * Folder `a` under `dir` analysed into a store (`s.db`, open) and folder `b` into another, whose
 * documents are returned to be added to the first.
 */
async function analysedApart(dir: string): Promise<{ path: string; store: Store; added: Doc[] }> {
  const path = join(dir, 's.db');
  const other = join(dir, 'b.db');
  assert.equal(await main(['analyze', join(dir, 'a'), '--store', path, '--no-timeline', '--no-progress'], quiet), 0);
  assert.equal(await main(['analyze', join(dir, 'b'), '--store', other, '--no-timeline', '--no-progress'], quiet), 0);
  const source = openSqliteStore(other);
  const added = await docsOf(source);
  await source.close();
  return { path, store: openSqliteStore(path), added };
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
    await keptProfiles(docs, reference);
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
    // The next refresh reuses the text profiles the last one kept, and the names found again in the
    // caseless texts (the resolution is the same): it reads no text.
    const stale = new Database(path);
    stale.prepare("UPDATE meta SET value = '1' WHERE key = 'corpus_stale'").run();
    stale.close();
    store = openSqliteStore(path);
    const asked: (ReadonlySet<string> | undefined)[] = [];
    const spy: Store = { ...store, texts: (only) => (asked.push(only), store.texts(only)) };
    assert.equal(await refreshCorpus(spy), true);
    assert.equal(JSON.stringify(await store.corpus()), reference, 'refreshed with kept text profiles');
    assert.deepEqual(asked, [], 'no text read');
    // Again, the kept profiles read from the store file on a thread of their own while the records are read.
    assert.ok(store.keptProfilesFile, 'a store file offers its kept profiles to a thread');
    const profilesRead: string[] = [];
    const watched: Store = { ...spy, textProfiles: () => (profilesRead.push('here'), store.textProfiles()) };
    const again = new Database(path);
    again.prepare("UPDATE meta SET value = '1' WHERE key = 'corpus_stale'").run();
    again.close();
    assert.equal(await refreshCorpus(watched, { jobs: 2, texts: { minKept: 1 } }), true);
    assert.equal(JSON.stringify(await store.corpus()), reference, 'refreshed with kept text profiles read on a thread');
    assert.deepEqual(profilesRead, [], 'the kept profiles were not read here');
    assert.deepEqual(asked, [], 'no text read, kept profiles read on a thread');
    await store.close();
    const check = new Database(path, { readonly: true });
    assert.deepEqual(check.prepare('SELECT count(*) AS n FROM documents WHERE corpus IS NULL').get(), { n: 0 }, 'records saved');
    check.close();
    await inPostgres(docs, reference, t);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text profiles kept by one run and reused by the next give the same result, on one thread and on
 * two, and only the texts of the documents without a valid kept profile, and of the caseless ones,
 * are read.
 */
async function keptProfiles(docs: readonly Doc[], reference: string): Promise<void> {
  const first = basisBuilder();
  for (const d of docs) first.record({ ...corpusDoc(d), text: '' });
  await first.texts(textsOf(docs), 1);
  const chunks = [...first.builtProfiles()];
  const kept = chunks.flatMap((c) => c.profiles);
  const keys = chunks.flatMap((c) => c.keys.added);
  assert.equal(kept.length, docs.length, 'every profile built is kept');
  const caseless = new Set(docs.filter((d) => caselessText(d.text, d.lang)).map((d) => d.id));
  // Some profiles kept; of those, one stale (another text) and two damaged (a caseless text and
  // another): those three are built again.
  const rows = seededShuffle(kept, 6).filter((_, i) => i % 3 !== 0);
  const stale = rows[0]?.id;
  const damaged = [rows.find((r) => caseless.has(r.id))?.id, rows.find((r) => r.id !== stale && !caseless.has(r.id))?.id];
  assert.ok(damaged.every((id) => id !== undefined), 'a kept caseless profile and a kept cased one to damage');
  rows.forEach((row, i) => {
    if (row.id === stale) rows[i] = { ...row, basis: `${row.basis}x` };
    else if (damaged.includes(row.id)) rows[i] = { ...row, data: row.data.slice(0, 40) };
  });
  const reusable = rows.filter((r) => r.id !== stale && !damaged.includes(r.id));
  // Kept profiles read back on their own thread (minKept 1) or by the calling thread; texts on
  // profile threads, or (minDocs above the store's size) on the calling thread.
  const configs = [[1, undefined, undefined, 0], [2, undefined, undefined, 0], [2, 4000, undefined, 0], [2, undefined, 1, 0], [2, undefined, 1, Infinity]] as const;
  for (const [threads, pendingChars, minKept, minDocs] of configs) {
    const b = basisBuilder();
    for (const d of seededShuffle(docs, 2)) b.record({ ...corpusDoc(d), text: '' });
    const source = textsOf(seededShuffle(docs, 10), { keys, profiles: rows });
    await b.texts(source, threads, { minDocs, ...(pendingChars ? { pendingChars } : {}), ...(minKept ? { minKept } : {}) });
    const onThreads = threads > 1 && minDocs === 0;
    const label = `kept profiles, ${threads} thread(s)${onThreads ? '' : ' (texts here)'}${pendingChars ? ', resolution part way' : ''}${minKept ? ', read back on a thread' : ''}`;
    const rebuilt = [...b.builtProfiles()];
    assert.equal(JSON.stringify(corpusFromBasis(b.basis())), reference, label);
    assert.throws(() => [...b.builtProfiles()], /after its basis was taken/, `${label}: the builder is spent`);
    assert.equal(b.reused, reusable.length, `${label}: reused`);
    const reusedIds = new Set(reusable.map((r) => r.id));
    const expected = docs.filter((d) => !reusedIds.has(d.id) || caseless.has(d.id)).map((d) => d.id).sort();
    // On threads a damaged caseless profile is found to be damaged after its text was read for its names: it is read again.
    const read = source.asked.flatMap((only) => [...(only ?? docs.map((d) => d.id))]);
    assert.deepEqual([...new Set(read)].sort(), expected, `${label}: texts read`);
    assert.ok(read.length <= expected.length + (onThreads ? 1 : 0), `${label}: each text read once, but a damaged caseless one on threads`);
    assert.equal(rebuilt[0]?.keys.from, keys.length, `${label}: new keys numbered after the kept ones`);
    assert.deepEqual(rebuilt.flatMap((c) => c.profiles).map((r) => r.id).sort(), docs.map((d) => d.id).filter((id) => !reusedIds.has(id)).sort(), `${label}: built`);
  }
  await keptFromFile(docs, reference, { keys, rows, reusable, caseless });
}

/**
 * The same kept profiles read from a store file on a thread of their own (`readKeptOnThread`) give
 * the same basis, with the texts on threads or here; and so they do when that thread fails before
 * it says which profiles there are (they are read here), or after (they are read back here).
 */
async function keptFromFile(
  docs: readonly Doc[],
  reference: string,
  kept: { keys: string[]; rows: readonly CachedTextProfile[]; reusable: readonly CachedTextProfile[]; caseless: ReadonlySet<string> },
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kept-'));
  try {
    const file = join(dir, 'kept.db');
    const store = openSqliteStore(file);
    assert.equal(await store.putTextProfiles(kept.rows, { from: 0, added: kept.keys }), true);
    await store.close();
    const read = readKeptProfilesFile(file);
    assert.equal(read.keys, kept.keys.length, 'the key count read with the profiles');
    assert.deepEqual(read.ids.slice().sort(), kept.rows.map((r) => r.id).sort(), 'every kept profile read from the file');
    const failedHead = (): KeptFromFile => ({ head: Promise.resolve(null), decoded: Promise.resolve(null) });
    const failedAfterHead = (): KeptFromFile => ({ head: readKeptOnThread(file).head, decoded: Promise.resolve(null) });
    // When the thread fails after saying which profiles there are, they are read here: one of them
    // is gone from the store by then (another process replaced it), so it is built again.
    const gone = kept.reusable[0]?.id;
    const cases = [
      ['on a thread, texts on threads', () => readKeptOnThread(file), 0, false],
      ['on a thread, texts here', () => readKeptOnThread(file), Infinity, false],
      ['thread failed at once', failedHead, 0, false],
      ['thread failed after saying which', failedAfterHead, 0, true],
      ['thread failed after saying which, texts here', failedAfterHead, Infinity, true],
    ] as const;
    for (const [label, keptRead, minDocs, oneGone] of cases) {
      const b = basisBuilder();
      for (const d of seededShuffle(docs, 4)) b.record({ ...corpusDoc(d), text: '' });
      const profiles = oneGone ? kept.rows.filter((r) => r.id !== gone) : kept.rows;
      const source = { ...textsOf(seededShuffle(docs, 11), { keys: kept.keys, profiles }), keptRead: keptRead() };
      await b.texts(source, 2, { minDocs });
      assert.equal(JSON.stringify(corpusFromBasis(b.basis())), reference, `kept profiles from a file, ${label}`);
      const reusable = oneGone ? kept.reusable.filter((r) => r.id !== gone) : kept.reusable;
      assert.equal(b.reused, reusable.length, `${label}: reused`);
      const reusedIds = new Set(reusable.map((r) => r.id));
      const expected = docs.filter((d) => !reusedIds.has(d.id) || kept.caseless.has(d.id)).map((d) => d.id).sort();
      const readIds = source.asked.flatMap((only) => [...(only ?? docs.map((d) => d.id))]);
      assert.deepEqual([...new Set(readIds)].sort(), expected, `${label}: texts read`);
    }
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
    assert.equal((await client.query('SELECT count(*)::int AS n FROM text_profiles')).rows[0]?.n, docs.length, 'text profiles kept');
    // The next refresh reuses them, and reads only the caseless texts.
    await client.query("UPDATE meta SET value = '1' WHERE key = 'corpus_stale'");
    const asked: (ReadonlySet<string> | undefined)[] = [];
    assert.equal(await refreshCorpus({ ...store, texts: (only) => (asked.push(only), store.texts(only)) }), true);
    assert.equal(JSON.stringify(await store.corpus()), reference, 'PostgreSQL store, kept text profiles');
    assert.deepEqual(asked, [], 'PostgreSQL store: no text read');
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

test('documents added to a store give what one run over all of them gives, reading only the texts they need', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-add-'));
  try {
    // The second batch repeats the first one's templates, so some segments the first batch had to
    // itself become shared furniture: those documents' kept profiles no longer hold.
    writeCorpus(join(dir, 'a'), generateCorpus('examples', 24, 21, 'test/examples.gold.json'));
    writeCorpus(join(dir, 'b'), generateCorpus('examples', 24, 22, 'test/examples.gold.json'));
    const { path, store, added } = await analysedApart(dir);
    const before = await docsOf(store);
    for (const d of added) await store.putDocument(d);
    const asked: (ReadonlySet<string> | undefined)[] = [];
    const spy: Store = { ...store, texts: (only) => (asked.push(only), store.texts(only)) };
    assert.equal(await refreshCorpus(spy), true);
    const docs = await docsOf(store);
    assert.equal(JSON.stringify(await store.corpus()), JSON.stringify(referenceCorpus(docs)), 'the same as one run over all documents');
    await store.close();
    const read = asked[0];
    assert.ok(read, 'not every text was read');
    assert.ok(added.every((d) => read.has(d.id)), 'the added documents\' texts are read');
    const reread = before.filter((d) => read.has(d.id) && !caselessText(d.text, d.lang));
    const skipped = before.filter((d) => !read.has(d.id));
    t.diagnostic(`${before.length} + ${added.length} documents; of the first, ${skipped.length} texts not read, ${reread.length} cased texts read again (their furniture changed)`);
    assert.ok(skipped.length > 0, 'kept profiles spare reading texts');
    assert.ok(reread.length > 0, 'profiles whose furniture changed are built again');
    const db = new Database(path, { readonly: true });
    assert.deepEqual(db.prepare('SELECT count(*) AS n FROM text_profiles').get(), { n: docs.length }, 'a profile kept for each document');
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a name the resolution learns is found again in the kept caseless texts that look it up, and only those are read again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-finds-'));
  try {
    const write = (folder: string, name: string, text: string): void => {
      writeCorpus(join(dir, folder), [{ name, content: text }]);
    };
    // Two Hindi reports, one of which names an envoy by his surname alone (which the tagger does not
    // see without a title), then an English one that makes the name known.
    write('a', 'envoy-hi.txt', 'date 2026-03-02\nदिल्ली में बैठक\n\nदिल्ली, 2 मार्च : सोमवार को बैठक के बाद बताया गया कि कोनोइके अगले सप्ताह फिर आएंगे और वार्ता आगे बढ़ेगी।\n');
    write('a', 'rain-hi.txt', 'date 2026-03-02\nपुणे में भारी बारिश\n\nपुणे, 2 मार्च : शहर में सोमवार को भारी बारिश हुई और कई सड़कों पर पानी भर गया। नगर निगम ने लोगों से घरों में रहने को कहा।\n');
    write('b', 'envoy.txt', 'date 2026-03-02\nJapanese envoy to visit Delhi\n\nNEW DELHI, March 2: Japanese envoy Taro Konoike will visit Delhi next week, officials said on Monday.\n');
    const { store, added } = await analysedApart(dir);
    const hindi = await docsOf(store);
    const talks = hindi.find((d) => d.text.includes('कोनोइके'));
    const rain = hindi.find((d) => d !== talks);
    assert.ok(talks && rain && added.length === 1);
    assert.equal((await store.corpusFinds()).found.some((m) => m.doc === talks.id), false, 'before: the surname names no known entity');
    for (const d of added) await store.putDocument(d);
    // On two threads (what a large store's refresh does), with what the stored state found.
    const threaded = basisBuilder();
    for await (const d of store.corpusDocs()) threaded.record(d);
    const threadsAsked: (ReadonlySet<string> | undefined)[] = [];
    await threaded.texts({
      texts: (only) => (threadsAsked.push(only), store.texts(only)),
      profileKeys: () => store.profileKeys(),
      textProfiles: () => store.textProfiles(),
      foundNames: () => store.corpusFinds(),
    }, 2, { minDocs: 0 });
    const onThreads = JSON.stringify(corpusFromBasis(threaded.basis()));
    const asked: (ReadonlySet<string> | undefined)[] = [];
    assert.equal(await refreshCorpus({ ...store, texts: (only) => (asked.push(only), store.texts(only)) }), true);
    const docs = await docsOf(store);
    const reference = JSON.stringify(referenceCorpus(docs));
    assert.equal(JSON.stringify(await store.corpus()), reference, 'the same as one run over all documents');
    assert.equal(onThreads, reference, 'on two threads too');
    assert.deepEqual(threadsAsked.flatMap((only) => [...(only ?? [])]).sort(), [added[0]?.id, talks.id].sort(), 'on two threads, the same texts read');
    const found = (await store.corpusFinds()).found.filter((m) => m.doc === talks.id).map((m) => m.text);
    assert.deepEqual(found, ['कोनोइके'], 'after: the surname is found again in the kept Hindi text');
    assert.deepEqual([...(asked[0] ?? [])].sort(), [added[0]?.id, talks.id].sort(), 'the new text and the Hindi text that looks the name up are read; the other is not');
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
