/**
 * The behaviour every {@link Store} backend must have, as one suite run against each backend
 * (`sqlite.test.ts`, `postgres.test.ts`). Test-only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from '../pipeline/doc.js';
import { emptyCorpus, type CorpusState, type Store } from './store.js';
import type { Doc } from '../pipeline/types.js';
import { corpusDoc } from '../corpus/record.js';

/** Opens a store at one location; `fresh` makes a new empty location and returns its opener and clean-up. */
export interface Backend {
  name: string;
  fresh(): Promise<{ open: () => Promise<Store>; done: () => Promise<void> }>;
  /** Why the backend cannot be tested here, or null. */
  unavailable?: () => Promise<string | null>;
}

async function all(store: Store, options?: { raw?: boolean }): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const d of store.documents(options)) docs.push(d);
  return docs;
}

/** A corpus state touching every corpus table, with scripts other than Latin. */
export function sampleCorpus(): CorpusState {
  return {
    entities: [
      { id: 'e1', name: 'Oslo', type: 'place', aliases: ['Oslo', 'ओस्लो'], roles: [], members: [{ doc: 'd1', entity: 0 }, { doc: 'd2', entity: 1 }] },
      { id: 'e2', name: 'Ingrid Solbakken', type: 'person', aliases: [], roles: ['Minister of Trade'], members: [{ doc: 'd1', entity: 1 }] },
    ],
    addedMentions: [{ doc: 'd2', start: 3, end: 7, text: 'ओस्लो', entity: 'e1' }, { doc: 'd1', start: 10, end: 19, text: 'Solbakken', entity: 'e2' }],
    events: [{ id: 'v1', kind: 'meeting', title: 'Meeting in Oslo', summary: 'They met in Oslo.', date: '2026-03-03', location: 'e1',
      participants: ['e2'], reports: ['d1', 'd2'], sources: 2, mentions: [{ doc: 'd1', start: 0, end: 3, text: 'met' }], facts: { killed: 0 },
      similarity: [{ doc: 'd1', score: 0.9, copyOf: null, shared: ['Oslo'] }, { doc: 'd2', score: 1, copyOf: 'd1', shared: [] }] },
    { id: 'v0', kind: 'visit', title: 'Visit', summary: '', date: null, location: null,
      participants: [], reports: ['d2'], sources: 1, mentions: [], facts: {}, similarity: [] }],
    storylines: [{ id: 's1', title: 'Oslo meetings', events: ['v1', 'v0'] }],
  };
}

/**
 * A second corpus state over {@link sampleCorpus}'s: some rows kept as they were, some changed in
 * place or moved, some removed (an entity an added mention named, with that mention), some new;
 * events reordered, an event whose reports alone changed order, a local entity that changes entity.
 */
export function revisedCorpus(): CorpusState {
  const a = sampleCorpus();
  const [v1, v0] = a.events as [CorpusState['events'][number], CorpusState['events'][number]];
  return {
    entities: [
      { id: 'e3', name: 'Bergen', type: 'place', aliases: ['Bergen'], roles: [], members: [{ doc: 'd1', entity: 1 }, { doc: 'd3', entity: 0 }] },
      { id: 'e1', name: 'Oslo', type: 'place', aliases: ['Oslo', 'ओस्लो'], roles: [], members: [{ doc: 'd1', entity: 0 }, { doc: 'd2', entity: 1 }] },
    ],
    addedMentions: [
      { doc: 'd3', start: 0, end: 6, text: 'Bergen', entity: 'e3' },
      { doc: 'd2', start: 3, end: 7, text: 'ओस्लो', entity: 'e1' },
      { doc: 'd2', start: 3, end: 7, text: 'ओस्लो', entity: 'e1' },
    ],
    events: [
      { id: 'v2', kind: 'storm', title: 'Storm in Bergen', summary: 'A storm.', date: '2026-03-01', location: 'e3', participants: [], reports: ['d3'],
        sources: 1, mentions: [{ doc: 'd3', start: 2, end: 7, text: 'storm' }], facts: { injured: 2 }, similarity: [] },
      v0,
      { ...v1, reports: ['d2', 'd1'], participants: ['e3'] },
    ],
    storylines: [{ id: 's2', title: 'Bergen', events: ['v2'] }, { id: 's1', title: 'Oslo meetings', events: ['v0'] }],
  };
}

/** Registers the contract tests for one backend. */
export function storeContract(backend: Backend): void {
  const run = (name: string, body: (open: () => Promise<Store>) => Promise<void>): void => {
    test(`${backend.name}: ${name}`, async (t) => {
      const why = (await backend.unavailable?.()) ?? null;
      if (why) {
        t.skip(why);
        return;
      }
      const { open, done } = await backend.fresh();
      try {
        await body(open);
      } finally {
        await done();
      }
    });
  };

  run('documents round-trip with their annotations, in insertion order, and survive reopening', async (open) => {
    const doc = testDoc('Oslo, March 3: The ministers met.', {
      published: '2026-03-03',
      timex: [{ start: 6, end: 13, text: 'March 3', value: '2026-03-03', kind: 'date', source: 'time/en', rule: 'md' }],
    });
    const hindi = testDoc('ओस्लो में बैठक हुई।', { lang: 'hi' });
    let store = await open();
    assert.equal(await store.hasDocument(doc.id), false);
    await store.putDocument(doc);
    await store.putDocument(hindi);
    assert.equal(await store.hasDocument(doc.id), true);
    await store.close();
    store = await open();
    assert.deepEqual(await all(store), [doc, hindi]);
    assert.equal(await store.countDocuments(), 2);
    assert.deepEqual(await all(store, { raw: false }), [{ ...doc, raw: '', offsets: [] }, { ...hindi, raw: '', offsets: [] }]);
    assert.deepEqual(await store.languages(), new Map([[doc.id, 'en'], [hindi.id, 'hi']]));
    await store.close();
  });

  run('storing the same content twice keeps one document, with the later metadata', async (open) => {
    const store = await open();
    const doc = testDoc('The same text.');
    await store.putDocument(doc);
    await store.putDocument({ ...doc, source: 'copy.txt' });
    assert.equal(await store.countDocuments(), 1);
    assert.equal((await all(store))[0]?.source, 'copy.txt');
    await store.close();
  });

  run('documents stored in one batch keep their order; the same content twice is one document, in its first place, with the later metadata', async (open) => {
    const store = await open();
    const a = testDoc('Alpha reports a flood.');
    const b = testDoc('Beta reports a fire.');
    const c = testDoc('Gamma reports a storm.');
    await store.putDocument(c);
    await store.putDocuments([]);
    assert.equal(await store.corpusStale(), true);
    await store.putCorpus(emptyCorpus());
    await store.putDocuments([]);
    assert.equal(await store.corpusStale(), false, 'an empty batch leaves the corpus fresh');
    await store.putDocuments([a, b, { ...a, source: 'copy.txt' }, { ...c, source: 'again.txt' }]);
    assert.equal(await store.corpusStale(), true);
    assert.deepEqual((await all(store)).map((d) => [d.id, d.source]), [[c.id, 'again.txt'], [a.id, 'copy.txt'], [b.id, b.source]]);
    assert.deepEqual(await all(store), [{ ...c, source: 'again.txt' }, { ...a, source: 'copy.txt' }, b]);
    await store.close();
  });

  run('a batch with one document that cannot be written stores none of them', async (open) => {
    const store = await open();
    const good = testDoc('A good document.');
    const bad = testDoc('A bad document.');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    (bad as { declared: unknown }).declared = cyclic;
    await assert.rejects(() => store.putDocuments([good, bad]));
    assert.equal(await store.countDocuments(), 0);
    assert.equal(await store.hasDocument(good.id), false);
    await store.close();
  });

  run('a failed write leaves nothing half-stored', async (open) => {
    const store = await open();
    await store.putDocument(testDoc('First document.'));
    const bad = testDoc('Second document.');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    (bad as { declared: unknown }).declared = cyclic;
    await assert.rejects(() => store.putDocument(bad));
    assert.equal(await store.countDocuments(), 1);
    assert.equal(await store.hasDocument(bad.id), false);
    await store.close();
  });

  run('corpus state replaces the previous one and clears the stale flag', async (open) => {
    const store = await open();
    await store.putDocument(testDoc('A text.'));
    assert.equal(await store.corpusStale(), true);
    const state = sampleCorpus();
    await store.putCorpus(state);
    assert.equal(await store.corpusStale(), false);
    assert.deepEqual(await store.corpus(), state);
    assert.ok(state.addedMentions.length > 0, 'the sample corpus has names found again');
    assert.deepEqual(await store.corpusFinds(), {
      entities: state.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases })),
      found: state.addedMentions,
    }, 'the entities\' names and the names found again, read without the rest');
    assert.ok(state.events.length > 0, 'the sample corpus has events to count');
    assert.equal(await store.countEvents(), state.events.length);
    await store.putDocument(testDoc('Another text.'));
    assert.equal(await store.corpusStale(), true);
    await store.putCorpus({ entities: [], addedMentions: [], events: [], storylines: [] });
    assert.deepEqual(await store.corpus(), { entities: [], addedMentions: [], events: [], storylines: [] });
    assert.deepEqual(await store.corpusFinds(), { entities: [], found: [] });
    assert.equal(await store.countEvents(), 0);
    await store.close();
  });

  run('a corpus state written over another reads back exactly, whatever was kept, changed, moved or removed', async (open) => {
    const store = await open();
    const a = sampleCorpus();
    const b = revisedCorpus();
    // Each write is compared with the one before: A, B over A, B again, A over B, nothing, B over nothing.
    for (const state of [a, b, b, a, emptyCorpus(), b]) {
      await store.putCorpus(state);
      assert.deepEqual(await store.corpus(), state);
      assert.equal(await store.countEvents(), state.events.length);
    }
    await store.close();
    const again = await open();
    assert.deepEqual(await again.corpus(), b, 'the last state survives reopening');
    await again.close();
  });

  run('a local entity claimed by two corpus entities is refused and the stored state stays whole', async (open) => {
    const store = await open();
    await store.putCorpus(sampleCorpus());
    const bad = revisedCorpus();
    (bad.entities[1] as CorpusState['entities'][number]).members.push({ doc: 'd3', entity: 0 });
    await assert.rejects(() => store.putCorpus(bad), /member of two corpus entities/);
    assert.deepEqual(await store.corpus(), sampleCorpus());
    await store.close();
  });

  run('a corpus computed before another process stored a document leaves the corpus stale', async (open) => {
    const store = await open();
    await store.putDocument(testDoc('One text.'));
    await store.putDocument(testDoc('A second text, stored while the corpus was computed from one.'));
    await store.putCorpus(sampleCorpus(), { documents: 1 });
    assert.equal(await store.corpusStale(), true, 'the second document still needs a corpus run');
    await store.putCorpus(sampleCorpus(), { documents: 2 });
    assert.equal(await store.corpusStale(), false);
    await store.close();
  });

  run('many documents stream back complete and in order', async (open) => {
    const store = await open();
    const docs = Array.from({ length: 1203 }, (_, i) => testDoc(`Report number ${i} of many.`));
    for (const d of docs) await store.putDocument(d);
    const back = await all(store, { raw: false });
    assert.deepEqual(back.map((d) => d.id), docs.map((d) => d.id));
    await store.close();
  });

  run('corpus records and texts stream back in document id order, whatever the insertion order', async (open) => {
    const store = await open();
    const docs = Array.from({ length: 1203 }, (_, i) => testDoc(`Oslo: report number ${i} of many. It was filed on a Monday by the desk of the paper.`, {
      published: '2026-03-03', title: `Report ${i}`, declared: { url: `https://example.org/${i}` },
      entities: [{ name: 'Oslo', type: 'place', aliases: ['Oslo'], roles: [] }],
      mentions: [{ start: 0, end: 4, text: 'Oslo', type: 'place', entity: 0, source: 'entities/en', rule: 'gazetteer' }],
    }));
    for (const d of docs) await store.putDocument(d);
    const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
    const records = [];
    for await (const r of store.corpusDocs()) records.push(r);
    assert.deepEqual(records, sorted.map((d) => ({ ...corpusDoc(d), text: '' })));
    const texts = [];
    for await (const t of store.texts()) texts.push(t);
    assert.deepEqual(texts, sorted.map((d) => ({ id: d.id, text: d.text })));
    await store.close();
  });
}

/**
 * SQL that stores a corpus state as the schema before migration 5 held it (a row per entity member,
 * event report and event mention, read back in insertion order), in SQL both backends accept: the
 * upgrade tests write it under schema 4, then open the store with the current code.
 */
export function schema4CorpusSql(state: CorpusState): string {
  const q = (v: string | number | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`);
  const insert = (table: string, columns: string, rows: (string | number | null)[][]): string =>
    rows.map((r) => `INSERT INTO ${table} (${columns}) VALUES (${r.map(q).join(', ')});`).join('\n');
  return [
    insert('entities', 'id, name, type, aliases, roles', state.entities.map((e) => [e.id, e.name, e.type, JSON.stringify(e.aliases), JSON.stringify(e.roles)])),
    insert('entity_members', 'entity_id, doc_id, local_index', state.entities.flatMap((e) => e.members.map((m) => [e.id, m.doc, m.entity]))),
    insert('added_mentions', 'doc_id, start, "end", text, entity_id', state.addedMentions.map((m) => [m.doc, m.start, m.end, m.text, m.entity])),
    insert('events', 'id, kind, title, date, location, participants, facts, summary, sources, similarity', state.events.map((ev) => [
      ev.id, ev.kind, ev.title, ev.date, ev.location, JSON.stringify(ev.participants), JSON.stringify(ev.facts), ev.summary ?? '', ev.sources ?? 0,
      JSON.stringify(ev.similarity ?? [])])),
    insert('event_reports', 'event_id, doc_id', state.events.flatMap((ev) => ev.reports.map((d) => [ev.id, d]))),
    insert('event_mentions', 'event_id, doc_id, start, "end", text', state.events.flatMap((ev) => ev.mentions.map((m) => [ev.id, m.doc, m.start, m.end, m.text]))),
    insert('storylines', 'id, title, events', state.storylines.map((s) => [s.id, s.title, JSON.stringify(s.events)])),
  ].filter(Boolean).join('\n');
}

/** A state whose rows were stored out of id order, with a quote and a mention repeated: what the upgrade must read back as it was. */
export function upgradeCorpus(): CorpusState {
  const s = revisedCorpus();
  s.events.push({ ...(sampleCorpus().events[0] as CorpusState['events'][number]), id: 'v10', title: "O'Neill in Oslo",
    mentions: [{ doc: 'd1', start: 0, end: 3, text: 'met' }, { doc: 'd1', start: 0, end: 3, text: 'met' }, { doc: 'd2', start: 5, end: 9, text: 'ने' }] });
  s.storylines.push({ id: 's0', title: 'Later', events: ['v10'] });
  return s;
}

/**
 * Checks a store just upgraded from schema 4 holding `state`: it reads `state` back exactly, then
 * takes another state and reads that back; closes the store.
 */
export async function upgradedStoreHolds(store: Store, state: CorpusState): Promise<void> {
  assert.deepEqual(await store.corpus(), state);
  const next = sampleCorpus();
  await store.putCorpus(next);
  assert.deepEqual(await store.corpus(), next);
  await store.close();
}
