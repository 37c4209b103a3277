import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import type { CorpusState, Store } from './store.js';
import type { Doc } from '../pipeline/types.js';
import type { CachedTextProfile } from '../corpus/profile-cache.js';
import {
  ADDED_ROWS, CORPUS_TABLES, CORPUS_WRITE_ORDER, corpusToWrite, docToRow, recordOfRow, rowsToCorpus, rowsToFinds, rowToCorpusDoc, rowToDoc,
  type AddedRow, type Column, type CorpusRow, type CorpusRows, type CorpusTable, type CorpusWrite, type DocRow, type EntityRow, type Unit,
} from './rows.js';
import { planCorpus, storedAdded, type CorpusPlan, type CorpusTableName, type StoredUnit, type TablePlan } from './diff.js';

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
    // A reader leaves the journal mode as it is: setting it writes, and a store copied with
    // `VACUUM INTO` or a backup tool is in rollback mode, which reads just as well.
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
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

  const putDocsTx = db.transaction((docs: readonly Doc[]) => {
    const analyzedAt = new Date().toISOString();
    for (const doc of docs) insertDoc.run({ ...docToRow(doc), analyzed_at: analyzedAt });
    if (docs.length) setMeta.run('corpus_stale', '1');
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
    const write = corpusToWrite(state);
    writeCorpus(db, write, planCorpus(storedCorpus(db), write));
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
      putDocsTx([doc]);
    },
    async putDocuments(docs) {
      putDocsTx(docs);
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
    ...(path !== ':memory:' && path !== '' ? { keptProfilesFile: path } : {}),
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
      // BEGIN IMMEDIATE: the write lock is taken before the stored state is read, so two processes never interleave corpus writes.
      putCorpusTx.immediate(state, basis);
    },
    async corpus() {
      return readCorpus(db);
    },
    async corpusFinds() {
      return db.transaction(() => rowsToFinds(
        db.prepare<[], EntityRow>('SELECT id, name, type, aliases FROM entities ORDER BY pos').all(),
        db.prepare<[], AddedRow>(ADDED_ROWS).all(),
      ))();
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
  if (db.readonly && newest < latest) {
    throw new Error(`the store's schema is older (${newest} < ${latest}); run dossier analyze on it once to upgrade it`);
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
    entities: all('SELECT id, name, type, aliases, roles FROM entities ORDER BY pos'),
    members: all('SELECT doc_id, members FROM entity_members'),
    added: all(ADDED_ROWS),
    events: all('SELECT id, kind, title, date, location, participants, facts, summary, sources, similarity, reports, mentions FROM events ORDER BY pos'),
    storylines: all('SELECT id, title, events FROM storylines ORDER BY pos'),
  };
  return rowsToCorpus(rows);
}

/** The stored corpus rows' keys, positions and hashes (what the difference is computed against). */
function storedCorpus(db: Database.Database): Record<CorpusTableName, StoredUnit[]> {
  const keyed = (t: CorpusTable): StoredUnit[] =>
    db.prepare<[], StoredUnit>(`SELECT ${t.key} AS ref, ${t.key} AS key, ${t.ordered ? 'pos' : 'NULL'} AS pos, ${t.hash} AS hash FROM ${t.name}`).all();
  const added = db.prepare<[], Parameters<typeof storedAdded>[0][number]>(
    'SELECT rowid AS ref, pos, doc_id AS doc, start, "end", text, entity_id AS entity FROM added_mentions').all();
  return {
    entities: keyed(CORPUS_TABLES.entities), members: keyed(CORPUS_TABLES.members), added: storedAdded(added),
    events: keyed(CORPUS_TABLES.events), storylines: keyed(CORPUS_TABLES.storylines),
  };
}

/**
 * Runs a corpus plan: rows that point at others (added mentions at entities) are deleted first and
 * written last, so the foreign keys hold after every statement.
 */
function writeCorpus(db: Database.Database, write: CorpusWrite, plan: CorpusPlan): void {
  const each = (sql: string, list: readonly unknown[][]): void => {
    if (!list.length) return;
    const stmt = db.prepare(sql);
    for (const params of list) stmt.run(params);
  };
  for (const name of [...CORPUS_WRITE_ORDER].reverse()) {
    const t: CorpusTable = CORPUS_TABLES[name];
    each(`DELETE FROM ${t.name} WHERE ${t.key ?? 'rowid'} = ?`, plan[name].remove.map((ref) => [ref]));
  }
  for (const name of CORPUS_WRITE_ORDER) writeTable(CORPUS_TABLES[name], write[name], plan[name], each);
}

/** Inserts, updates and moves one table's rows as its plan says. */
function writeTable(t: CorpusTable, units: readonly Unit<object>[], plan: TablePlan, each: (sql: string, list: readonly unknown[][]) => void): void {
  const extra: string[] = [...(t.ordered ? ['pos'] : []), ...(t.hash === 'h' ? ['h'] : [])];
  const names = [...t.columns.map(([c]) => `"${c}"`), ...extra];
  const row = (at: number, pos: number | null): unknown[] => {
    const u = units[at] as Unit<object>;
    return [...values(t.columns, u.row), ...(t.ordered ? [pos] : []), ...(t.hash === 'h' ? [u.hash] : [])];
  };
  const where = t.key ?? 'rowid';
  each(`INSERT INTO ${t.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, plan.insert.map((i) => row(i.at, i.pos)));
  // An update sets every column but the key (unchanged, and a parent key other rows point at).
  const keyAt = t.columns.findIndex(([c]) => c === t.key);
  const set = names.filter((_, i) => i !== keyAt);
  each(`UPDATE ${t.name} SET ${set.map((n) => `${n} = ?`).join(', ')} WHERE ${where} = ?`,
    plan.update.map((u) => [...row(u.at, u.pos).filter((_, i) => i !== keyAt), u.ref]));
  if (t.ordered) each(`UPDATE ${t.name} SET pos = ? WHERE ${where} = ?`, plan.move.map((m) => [m.pos, m.ref]));
}

/** A row's values in column order. */
function values(columns: readonly Column[], row: object): unknown[] {
  const r = row as Record<string, unknown>;
  return columns.map(([name, , field]) => r[field ?? name] ?? null);
}

/** Kept text profiles read from a store file in one snapshot ({@link readKeptProfilesFile}). */
export interface KeptProfilesRead {
  /** Keys the store's table held: no profile read may name another. */
  keys: number;
  /** Per profile (rows with no bytes are left out): its document, its basis and its bytes. */
  ids: string[];
  bases: string[];
  datas: Uint8Array[];
}

/**
 * Reads the kept text profiles of the store file at `path` (opened read-only, its migrations
 * untouched) and how many keys its table holds, in one read transaction, so that the profiles name
 * no key the count leaves out. For a thread of its own (`corpus/kept-thread.ts`).
 *
 * @example
 * ```ts
 * const { keys, ids } = readKeptProfilesFile('dossier.db');
 * ```
 */
export function readKeptProfilesFile(path: string): KeptProfilesRead {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.transaction((): KeptProfilesRead => {
      const keys = db.prepare<[], number>('SELECT count(*) FROM profile_keys').pluck().get() ?? 0;
      const out: KeptProfilesRead = { keys, ids: [], bases: [], datas: [] };
      for (const row of db.prepare<[], CachedTextProfile>('SELECT doc_id AS id, basis, data FROM text_profiles').iterate()) {
        if (row.data.length === 0) continue;
        out.ids.push(row.id);
        out.bases.push(row.basis);
        out.datas.push(row.data);
      }
      return out;
    })();
  } finally {
    db.close();
  }
}
