import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import type { CorpusState, Store } from './store.js';
import type { Doc } from '../pipeline/types.js';
import type { CachedTextProfile } from '../corpus/profile-cache.js';
import {
  CORPUS_TABLES, corpusToRows, docToRow, recordOfRow, rowsToCorpus, rowToCorpusDoc, rowToDoc, type CorpusRow, type CorpusRows, type DocRow,
} from './rows.js';

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
    (id, source, format, lang, published, title, publisher, dateline, body, raw, annotations, corpus, analyzed_at)
    VALUES (@id, @source, @format, @lang, @published, @title, @publisher, @dateline, @body, @raw, @annotations, @corpus, @analyzed_at)
    ON CONFLICT(id) DO UPDATE SET source = excluded.source, format = excluded.format, lang = excluded.lang,
      published = excluded.published, title = excluded.title, publisher = excluded.publisher,
      dateline = excluded.dateline, body = excluded.body, raw = excluded.raw,
      annotations = excluded.annotations, corpus = excluded.corpus, analyzed_at = excluded.analyzed_at`);
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const getMeta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');

  const putDocTx = db.transaction((doc: Doc) => {
    insertDoc.run({ ...docToRow(doc), analyzed_at: new Date().toISOString() });
    setMeta.run('corpus_stale', '1');
  });

  const setRecord = db.prepare('UPDATE documents SET corpus = ? WHERE id = ?');
  const fillRecords = db.transaction((filled: readonly (readonly [string, string])[]) => {
    for (const [id, record] of filled) setRecord.run(record, id);
  });

  const putProfile = db.prepare('INSERT INTO text_profiles (doc_id, basis, data) VALUES (@id, @basis, @data) ON CONFLICT(doc_id) DO UPDATE SET basis = excluded.basis, data = excluded.data');
  const countKeys = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM profile_keys');
  const putKey = db.prepare('INSERT INTO profile_keys (id, key) VALUES (?, ?)');
  const putProfilesTx = db.transaction((profiles: readonly CachedTextProfile[], keys: { from: number; added: readonly string[] }): boolean => {
    if ((countKeys.get()?.n ?? 0) !== keys.from) return false;
    keys.added.forEach((key, i) => putKey.run(keys.from + i, key));
    for (const p of profiles) putProfile.run(p);
    return true;
  });

  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');
  const putCorpusTx = db.transaction((state: CorpusState, basis?: { documents: number }) => {
    for (const table of CORPUS_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    const rows = corpusToRows(state);
    const insert = <T extends object>(sql: string, list: readonly T[]): void => {
      const stmt = db.prepare<T>(sql);
      for (const r of list) stmt.run(r);
    };
    insert('INSERT INTO entities (id, name, type, aliases, roles) VALUES (@id, @name, @type, @aliases, @roles)', rows.entities);
    insert('INSERT INTO entity_members (entity_id, doc_id, local_index) VALUES (@entity_id, @doc_id, @local_index)', rows.members);
    insert('INSERT INTO added_mentions (doc_id, start, "end", text, entity_id) VALUES (@doc, @start, @end, @text, @entity)', rows.added);
    insert(`INSERT INTO events (id, kind, title, date, location, participants, facts, summary, sources, similarity)
      VALUES (@id, @kind, @title, @date, @location, @participants, @facts, @summary, @sources, @similarity)`, rows.events);
    insert('INSERT INTO event_reports (event_id, doc_id) VALUES (@event_id, @doc_id)', rows.reports);
    insert('INSERT INTO event_mentions (event_id, doc_id, start, "end", text) VALUES (@event_id, @doc, @start, @end, @text)', rows.mentions);
    insert('INSERT INTO storylines (id, title, events) VALUES (@id, @title, @events)', rows.storylines);
    const behind = basis !== undefined && (countStmt.get()?.n ?? 0) !== basis.documents;
    setMeta.run('corpus_stale', behind ? '1' : '0');
  });

  return {
    async getSetting(key) {
      return getMeta.get(`setting:${key}`)?.value ?? null;
    },
    async putSetting(key, value) {
      setMeta.run(`setting:${key}`, value);
    },
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
    async *corpusDocs() {
      // Rows stored before records existed get theirs computed from the annotations, and saved after the read.
      const rows = db.prepare<[], CorpusRow & { corpus: string | null; body: string | null; annotations: string | null }>(
        `SELECT id, lang, title, published, publisher, corpus,
           CASE WHEN corpus IS NULL THEN body END AS body, CASE WHEN corpus IS NULL THEN annotations END AS annotations
         FROM documents ORDER BY id`,
      );
      const filled: [string, string][] = [];
      for (const row of rows.iterate()) {
        if (row.corpus === null) {
          const record = recordOfRow({ body: row.body ?? '', annotations: row.annotations ?? '{}' });
          filled.push([row.id, record]);
          yield rowToCorpusDoc({ ...row, corpus: record });
        } else yield rowToCorpusDoc(row as CorpusRow);
      }
      if (filled.length && !db.readonly) fillRecords(filled);
    },
    async *texts(only) {
      if (!only) {
        yield* db.prepare<[], { id: string; text: string }>('SELECT id, body AS text FROM documents ORDER BY id').iterate();
        return;
      }
      // Ids from the index, then each wanted text on its own: the other texts' pages are never read.
      const body = db.prepare<[string], { text: string }>('SELECT body AS text FROM documents WHERE id = ?');
      const ids = db.prepare<[], { id: string }>('SELECT id FROM documents ORDER BY id').all();
      for (const { id } of ids) {
        if (!only.has(id)) continue;
        const row = body.get(id);
        if (row) yield { id, text: row.text };
      }
    },
    async profileKeys() {
      return db.prepare<[], string>('SELECT key FROM profile_keys ORDER BY id').pluck().all();
    },
    async *textProfiles() {
      yield* db.prepare<[], CachedTextProfile>('SELECT doc_id AS id, basis, data FROM text_profiles').iterate();
    },
    async putTextProfiles(profiles, keys) {
      // IMMEDIATE: the key count is read under the write lock, so no other process appends between.
      return putProfilesTx.immediate(profiles, keys);
    },
    async languages() {
      const rows = db.prepare<[], { id: string; lang: string }>('SELECT id, lang FROM documents').all();
      return new Map(rows.map((r) => [r.id, r.lang]));
    },
    async countDocuments() {
      return countStmt.get()?.n ?? 0;
    },
    async countEvents() {
      return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()?.n ?? 0;
    },
    async corpusStale() {
      return getMeta.get('corpus_stale')?.value === '1';
    },
    async putCorpus(state, basis) {
      // BEGIN IMMEDIATE: the write lock is taken before the old state is cleared, so two processes never interleave corpus writes.
      putCorpusTx.immediate(state, basis);
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

function readCorpus(db: Database.Database): CorpusState {
  const all = <T>(sql: string): T[] => db.prepare<[], T>(sql).all();
  const rows: CorpusRows = {
    entities: all('SELECT id, name, type, aliases, roles FROM entities ORDER BY rowid'),
    members: all('SELECT entity_id, doc_id, local_index FROM entity_members'),
    added: all('SELECT doc_id AS doc, start, "end", text, entity_id AS entity FROM added_mentions ORDER BY rowid'),
    events: all('SELECT id, kind, title, date, location, participants, facts, summary, sources, similarity FROM events ORDER BY rowid'),
    reports: all('SELECT event_id, doc_id FROM event_reports ORDER BY rowid'),
    mentions: all('SELECT event_id, doc_id AS doc, start, "end", text FROM event_mentions ORDER BY rowid'),
    storylines: all('SELECT id, title, events FROM storylines ORDER BY rowid'),
  };
  return rowsToCorpus(rows);
}
