import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import type { CorpusEntity, CorpusEvent, CorpusState, CorpusStoryline, DocSpan, Store, StoryEvidence } from './store.js';
import type { Doc } from '../pipeline/types.js';

/** The parts of a Doc kept as one JSON column: everything but the indexed scalar fields. */
type Annotations = Pick<
  Doc,
  'declared' | 'offsets' | 'messages' | 'langConfidence' | 'timex' | 'mentions' | 'entities' | 'quotes' | 'events'
>;

interface DocRow {
  id: string;
  source: string;
  format: Doc['format'];
  lang: string;
  published: string | null;
  title: string | null;
  publisher: string | null;
  dateline: string | null;
  body: string;
  raw: string;
  annotations: string;
}

/**
 * Thrown when a store file cannot be opened or is not a Dossier store; the message says what to do.
 *
 * @example
 * ```ts
 * try { openSqliteStore('x.db'); } catch (e) { if (e instanceof StoreError) console.error(e.message); }
 * ```
 */
export class StoreError extends Error {}

/**
 * Opens (creating if needed) the embedded SQLite store at `path` and applies pending migrations.
 * WAL journaling and one transaction per document keep the file consistent across crashes.
 *
 * @example
 * ```ts
 * const store = openSqliteStore('dossier.db');
 * await store.countDocuments();
 * ```
 */
export function openSqliteStore(path: string, options: { readonly?: boolean } = {}): Store {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreError(`cannot open store ${path}: ${reason}`);
  }

  const hasStmt = db.prepare('SELECT 1 FROM documents WHERE id = ?');
  const insertDoc = db.prepare(`INSERT INTO documents
    (id, source, format, lang, published, title, publisher, dateline, body, raw, annotations, analyzed_at)
    VALUES (@id, @source, @format, @lang, @published, @title, @publisher, @dateline, @body, @raw, @annotations, @analyzed_at)
    ON CONFLICT(id) DO UPDATE SET source = excluded.source, format = excluded.format, lang = excluded.lang,
      published = excluded.published, title = excluded.title, publisher = excluded.publisher,
      dateline = excluded.dateline, body = excluded.body, raw = excluded.raw,
      annotations = excluded.annotations, analyzed_at = excluded.analyzed_at`);
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const getMeta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');

  const putDocTx = db.transaction((doc: Doc) => {
    const annotations: Annotations = {
      declared: doc.declared, offsets: doc.offsets, messages: doc.messages, langConfidence: doc.langConfidence,
      timex: doc.timex, mentions: doc.mentions, entities: doc.entities, quotes: doc.quotes, events: doc.events,
    };
    insertDoc.run({
      id: doc.id, source: doc.source, format: doc.format, lang: doc.lang, published: doc.published,
      title: doc.title, publisher: doc.publisher, dateline: doc.dateline, body: doc.text, raw: doc.raw,
      annotations: JSON.stringify(annotations), analyzed_at: new Date().toISOString(),
    });
    setMeta.run('corpus_stale', '1');
  });

  const putCorpusTx = db.transaction((state: CorpusState) => {
    for (const table of ['storylines', 'event_mentions', 'event_reports', 'events', 'added_mentions', 'entity_members', 'entities']) {
      db.prepare(`DELETE FROM ${table}`).run();
    }
    const insEntity = db.prepare('INSERT INTO entities (id, name, type, aliases, roles) VALUES (?, ?, ?, ?, ?)');
    const insMember = db.prepare('INSERT INTO entity_members (entity_id, doc_id, local_index) VALUES (?, ?, ?)');
    for (const e of state.entities) {
      insEntity.run(e.id, e.name, e.type, JSON.stringify(e.aliases), JSON.stringify(e.roles));
      for (const m of e.members) insMember.run(e.id, m.doc, m.entity);
    }
    const insAdded = db.prepare('INSERT INTO added_mentions (doc_id, start, "end", text, entity_id) VALUES (?, ?, ?, ?, ?)');
    for (const m of state.addedMentions) insAdded.run(m.doc, m.start, m.end, m.text, m.entity);
    const insEvent = db.prepare('INSERT INTO events (id, kind, title, date, location, participants, facts, summary, sources, similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insReport = db.prepare('INSERT INTO event_reports (event_id, doc_id) VALUES (?, ?)');
    const insEvMention = db.prepare('INSERT INTO event_mentions (event_id, doc_id, start, "end", text) VALUES (?, ?, ?, ?, ?)');
    for (const ev of state.events) {
      insEvent.run(ev.id, ev.kind, ev.title, ev.date, ev.location, JSON.stringify(ev.participants), JSON.stringify(ev.facts),
        ev.summary ?? '', ev.sources ?? 0, JSON.stringify(ev.similarity ?? []));
      for (const d of ev.reports) insReport.run(ev.id, d);
      for (const m of ev.mentions) insEvMention.run(ev.id, m.doc, m.start, m.end, m.text);
    }
    const insStory = db.prepare('INSERT INTO storylines (id, title, events) VALUES (?, ?, ?)');
    for (const s of state.storylines) insStory.run(s.id, s.title, JSON.stringify(s.events));
    setMeta.run('corpus_stale', '0');
  });

  return {
    async hasDocument(id) {
      return hasStmt.get(id) !== undefined;
    },
    async putDocument(doc) {
      putDocTx(doc);
    },
    async *documents(options = {}) {
      const withRaw = options.raw ?? true;
      const rows = db.prepare<[], DocRow>(
        `SELECT id, source, format, lang, published, title, publisher, dateline, body, ${withRaw ? 'raw' : "'' AS raw"}, annotations FROM documents ORDER BY seq`,
      );
      for (const row of rows.iterate()) {
        const doc = rowToDoc(row);
        yield withRaw ? doc : { ...doc, offsets: [] };
      }
    },
    async languages() {
      const rows = db.prepare<[], { id: string; lang: string }>('SELECT id, lang FROM documents').all();
      return new Map(rows.map((r) => [r.id, r.lang]));
    },
    async countDocuments() {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    },
    async corpusStale() {
      return getMeta.get('corpus_stale')?.value === '1';
    },
    async putCorpus(state) {
      putCorpusTx(state);
    },
    async corpus() {
      return readCorpus(db);
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version),
  );
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...applied);
  if (newest > latest) {
    throw new Error(`the store was written by a newer Dossier (schema ${newest} > ${latest}); upgrade Dossier`);
  }
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version, m.name, new Date().toISOString(),
      );
    })();
  }
}

function rowToDoc(row: DocRow): Doc {
  const a = JSON.parse(row.annotations) as Annotations;
  return {
    id: row.id, source: row.source, format: row.format, lang: row.lang, published: row.published,
    title: row.title, publisher: row.publisher, dateline: row.dateline, text: row.body, raw: row.raw,
    ...a,
  };
}

function readCorpus(db: Database.Database): CorpusState {
  const members = new Map<string, { doc: string; entity: number }[]>();
  for (const r of db.prepare<[], { entity_id: string; doc_id: string; local_index: number }>(
    'SELECT entity_id, doc_id, local_index FROM entity_members ORDER BY doc_id, local_index').all()) {
    push(members, r.entity_id, { doc: r.doc_id, entity: r.local_index });
  }
  const entities: CorpusEntity[] = db
    .prepare<[], { id: string; name: string; type: CorpusEntity['type']; aliases: string; roles: string }>(
      'SELECT id, name, type, aliases, roles FROM entities ORDER BY rowid')
    .all()
    .map((r) => ({ id: r.id, name: r.name, type: r.type, aliases: JSON.parse(r.aliases) as string[],
      roles: JSON.parse(r.roles) as string[], members: members.get(r.id) ?? [] }));
  const addedMentions = db
    .prepare<[], DocSpan & { entity: string }>('SELECT doc_id AS doc, start, "end", text, entity_id AS entity FROM added_mentions ORDER BY rowid')
    .all();
  const reports = new Map<string, string[]>();
  for (const r of db.prepare<[], { event_id: string; doc_id: string }>('SELECT event_id, doc_id FROM event_reports ORDER BY rowid').all()) {
    push(reports, r.event_id, r.doc_id);
  }
  const evMentions = new Map<string, DocSpan[]>();
  for (const r of db.prepare<[], DocSpan & { event_id: string }>(
    'SELECT event_id, doc_id AS doc, start, "end", text FROM event_mentions ORDER BY rowid').all()) {
    push(evMentions, r.event_id, { doc: r.doc, start: r.start, end: r.end, text: r.text });
  }
  const events: CorpusEvent[] = db
    .prepare<[], EventRow>(
      'SELECT id, kind, title, date, location, participants, facts, summary, sources, similarity FROM events ORDER BY rowid')
    .all()
    .map((r) => ({ id: r.id, kind: r.kind, title: r.title, summary: r.summary, date: r.date, location: r.location,
      participants: JSON.parse(r.participants) as string[], reports: reports.get(r.id) ?? [], sources: r.sources,
      mentions: evMentions.get(r.id) ?? [], facts: JSON.parse(r.facts) as Record<string, number>,
      similarity: JSON.parse(r.similarity) as StoryEvidence[] }));
  const storylines: CorpusStoryline[] = db
    .prepare<[], { id: string; title: string; events: string }>('SELECT id, title, events FROM storylines ORDER BY rowid')
    .all()
    .map((r) => ({ id: r.id, title: r.title, events: JSON.parse(r.events) as string[] }));
  return { entities, addedMentions, events, storylines };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface EventRow {
  id: string;
  kind: string;
  title: string;
  date: string | null;
  location: string | null;
  participants: string;
  facts: string;
  summary: string;
  sources: number;
  similarity: string;
}
