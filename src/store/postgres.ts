/**
 * The PostgreSQL store: the same {@link Store} interface, tables and row shapes as the embedded
 * SQLite store, for a store shared by several processes and machines. Selected by a
 * `postgres://` (or `postgresql://`) URL wherever a store file is accepted.
 */
import pg from 'pg';
import { PG_MIGRATIONS } from './migrations-pg.js';
import { StoreError } from './sqlite.js';
import {
  ADDED_ROWS, CORPUS_TABLES, CORPUS_WRITE_ORDER, corpusToWrite, docToRow, oncePerId, recordOfRow, rowsToCorpus, rowsToFinds, rowToCorpusDoc, rowToDoc,
  type AddedRow, type Column, type CorpusRow, type CorpusRows, type CorpusTable, type CorpusWrite, type DocRow, type EntityRow, type Unit,
} from './rows.js';
import { planCorpus, storedAdded, type CorpusPlan, type CorpusTableName, type StoredUnit, type TablePlan } from './diff.js';
import type { Store } from './store.js';
import type { Doc } from '../pipeline/types.js';
import type { CachedTextProfile } from '../corpus/profile-cache.js';

/** True for a store location that names a PostgreSQL database. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/**
 * The URL with its password replaced by `***`, for messages.
 *
 * @example
 * ```ts
 * redactUrl('postgres://me:secret@db/x'); // 'postgres://me:***@db/x'
 * ```
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** Advisory lock keys: one for schema migrations, one for corpus updates (serialised per database). */
const MIGRATION_LOCK = 0x646f7301;
const CORPUS_LOCK = 0x646f7302;
/** Held (per session) while a process computes the corpus state, so two never compute it at once. */
const REFRESH_LOCK = 0x646f7303;
/** Rows per page when streaming documents, and per statement when writing corpus tables. */
const PAGE = 500;
const CHUNK = 5000;

/** The columns {@link Store.putDocuments} writes from a document's row (and `analyzed_at`), each the row field of its name. */
const DOC_ROW_COLUMNS: readonly Column[] = (
  ['id', 'source', 'format', 'lang', 'published', 'title', 'publisher', 'dateline', 'body', 'raw', 'annotations', 'corpus'] as const satisfies readonly (keyof DocRow)[]
).map((name) => [name, 'text'] as const);

/**
 * Opens the PostgreSQL store at `url`, applying pending migrations (under an advisory lock, so two
 * processes opening a new database at once do not race). With `readonly`, the schema must already
 * be there and nothing is written.
 *
 * @example
 * ```ts
 * const store = await openPostgresStore('postgres://postgres@127.0.0.1/dossier');
 * await store.countDocuments();
 * ```
 */
export async function openPostgresStore(url: string, options: { readonly?: boolean } = {}): Promise<Store> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops must not crash the process: the next query reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    if (options.readonly) {
      await checkSchema(client);
      await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
    } else {
      await migrate(client);
    }
  } catch (err) {
    await client.end().catch(() => undefined);
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreError(`cannot open store ${redactUrl(url)}: ${reason || 'connection failed'}`);
  }

  // One connection per store, so its calls run one at a time (a transaction never interleaves with
  // another call's statements, whatever the caller awaits).
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };
  const query = <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<T>> =>
    exclusive(() => client.query<T>(sql, params));
  const one = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T | undefined> =>
    (await query<T>(sql, params)).rows[0];

  const putDocuments = async (docs: readonly Doc[]): Promise<void> => {
    if (docs.length === 0) return;
    // One statement over one array per column, so the documents and the stale flag are written
    // atomically; one row per id (an insert may not touch a row twice), kept in its first place.
    const rows = oncePerId(docs).map(docToRow);
    const names = DOC_ROW_COLUMNS.map(([name]) => name).join(', ');
    const arrays = DOC_ROW_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await query(
      `WITH stored AS (
         INSERT INTO documents (${names}, analyzed_at)
         SELECT ${names}, $${DOC_ROW_COLUMNS.length + 1} FROM unnest(${arrays}) WITH ORDINALITY AS d(${names}, ord) ORDER BY ord
         ON CONFLICT (id) DO UPDATE SET source = excluded.source, format = excluded.format, lang = excluded.lang,
           published = excluded.published, title = excluded.title, publisher = excluded.publisher,
           dateline = excluded.dateline, body = excluded.body, raw = excluded.raw,
           annotations = excluded.annotations, corpus = excluded.corpus, analyzed_at = excluded.analyzed_at
         RETURNING 1)
       INSERT INTO meta (key, value) SELECT 'corpus_stale', '1' FROM stored LIMIT 1
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [...columnArrays(DOC_ROW_COLUMNS, rows), new Date().toISOString()],
    );
  };

  return {
    async getSetting(key) {
      return (await one<{ value: string }>('SELECT value FROM meta WHERE key = $1', [`setting:${key}`]))?.value ?? null;
    },
    async putSetting(key, value) {
      await query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [`setting:${key}`, value]);
    },
    async hasDocument(id) {
      return (await one('SELECT 1 FROM documents WHERE id = $1', [id])) !== undefined;
    },
    async putDocument(doc) {
      await putDocuments([doc]);
    },
    putDocuments,
    async *documents(options = {}) {
      const withRaw = options.raw ?? true;
      // Keyset pages: memory stays flat however large the store, and no cursor holds a transaction open.
      let after = 0;
      for (;;) {
        const { rows } = await query<DocRow & { seq: string }>(
          `SELECT seq, id, source, format, lang, published, title, publisher, dateline, body,
             ${withRaw ? 'raw' : "'' AS raw"}, annotations FROM documents WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`,
          [after],
        );
        for (const row of rows) {
          const doc = rowToDoc(row);
          yield withRaw ? doc : { ...doc, offsets: [] };
        }
        if (rows.length < PAGE) return;
        after = Number((rows[rows.length - 1] as { seq: string }).seq);
      }
    },
    async *corpusDocs() {
      // Keyset pages in byte order of ids (as the corpus stages sort them); rows stored before records
      // existed get theirs computed from the annotations and saved, a page at a time.
      let after = '';
      for (;;) {
        const { rows } = await query<CorpusRow & { corpus: string | null; body: string | null; annotations: string | null }>(
          `SELECT id, lang, title, published, publisher, corpus,
             CASE WHEN corpus IS NULL THEN body END AS body, CASE WHEN corpus IS NULL THEN annotations END AS annotations
           FROM documents WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT ${PAGE}`,
          [after],
        );
        const filled: [string, string][] = [];
        for (const row of rows) {
          if (row.corpus === null) {
            row.corpus = recordOfRow({ body: row.body ?? '', annotations: row.annotations ?? '{}' });
            filled.push([row.id, row.corpus]);
          }
        }
        if (filled.length && !options.readonly) {
          await query('UPDATE documents d SET corpus = f.corpus FROM unnest($1::text[], $2::text[]) AS f(id, corpus) WHERE d.id = f.id',
            [filled.map(([id]) => id), filled.map(([, c]) => c)]);
        }
        for (const row of rows) yield rowToCorpusDoc(row as CorpusRow);
        if (rows.length < PAGE) return;
        after = (rows[rows.length - 1] as CorpusRow).id;
      }
    },
    async *texts(only) {
      if (only) {
        // The wanted ids in byte order, a page at a time: the other texts are never read.
        const ids = [...only].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        for (let at = 0; at < ids.length; at += PAGE) {
          const { rows } = await query<{ id: string; text: string }>(
            'SELECT id, body AS text FROM documents WHERE id = ANY($1::text[]) ORDER BY id COLLATE "C"',
            [ids.slice(at, at + PAGE)],
          );
          yield* rows;
        }
        return;
      }
      let after = '';
      for (;;) {
        const { rows } = await query<{ id: string; text: string }>(
          `SELECT id, body AS text FROM documents WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT ${PAGE}`,
          [after],
        );
        yield* rows;
        if (rows.length < PAGE) return;
        after = (rows[rows.length - 1] as { id: string }).id;
      }
    },
    async profileKeys() {
      return (await query<{ key: string }>('SELECT key FROM profile_keys ORDER BY id')).rows.map((r) => r.key);
    },
    async *textProfiles() {
      let after = '';
      for (;;) {
        const { rows } = await query<CachedTextProfile>(
          `SELECT doc_id AS id, basis, data FROM text_profiles WHERE doc_id > $1 ORDER BY doc_id LIMIT ${PAGE}`,
          [after],
        );
        yield* rows;
        if (rows.length < PAGE) return;
        after = (rows[rows.length - 1] as CachedTextProfile).id;
      }
    },
    async putTextProfiles(profiles, keys) {
      let written = false;
      await exclusive(() => transaction(client, async () => {
        // Under the corpus lock: a refresh elsewhere cannot append keys between the count and the write.
        await client.query('SELECT pg_advisory_xact_lock($1)', [CORPUS_LOCK]);
        const n = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM profile_keys')).rows[0]?.n ?? 0);
        if (n !== keys.from) return;
        await insertMany(client, 'profile_keys', [['id', 'int'], ['key', 'text']], keys.added.map((key, i) => ({ id: keys.from + i, key })));
        await insertMany(client, 'text_profiles', [['doc_id', 'text', 'id'], ['basis', 'text'], ['data', 'bytea']], profiles,
          'ON CONFLICT (doc_id) DO UPDATE SET basis = excluded.basis, data = excluded.data');
        written = true;
      }));
      return written;
    },
    async languages() {
      const { rows } = await query<{ id: string; lang: string }>('SELECT id, lang FROM documents');
      return new Map(rows.map((r) => [r.id, r.lang]));
    },
    async countDocuments() {
      return Number((await one<{ n: string }>('SELECT count(*) AS n FROM documents'))?.n ?? 0);
    },
    async countEvents() {
      return Number((await one<{ n: string }>('SELECT count(*) AS n FROM events'))?.n ?? 0);
    },
    async refreshing(work) {
      await query('SELECT pg_advisory_lock($1)', [REFRESH_LOCK]);
      try {
        return await work();
      } finally {
        await query('SELECT pg_advisory_unlock($1)', [REFRESH_LOCK]);
      }
    },
    async corpusStale() {
      return (await one<{ value: string }>("SELECT value FROM meta WHERE key = 'corpus_stale'"))?.value === '1';
    },
    async putCorpus(state, basis) {
      const write = corpusToWrite(state);
      await exclusive(() => transaction(client, async () => {
        // Corpus updates are serialised per database: two workers never interleave them.
        await client.query('SELECT pg_advisory_xact_lock($1)', [CORPUS_LOCK]);
        await writeCorpus(client, write, planCorpus(await storedCorpus(client), write));
        const now = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM documents')).rows[0]?.n ?? 0);
        const stale = basis !== undefined && now !== basis.documents ? '1' : '0';
        await client.query("INSERT INTO meta (key, value) VALUES ('corpus_stale', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [stale]);
      }));
    },
    async corpus() {
      const all = async <T extends pg.QueryResultRow>(sql: string): Promise<T[]> => (await query<T>(sql)).rows;
      const rows: CorpusRows = {
        entities: await all('SELECT id, name, type, aliases, roles FROM entities ORDER BY pos'),
        members: await all('SELECT doc_id, members FROM entity_members'),
        added: await all(ADDED_ROWS),
        events: await all('SELECT id, kind, title, date, location, participants, facts, summary, sources, similarity, reports, mentions FROM events ORDER BY pos'),
        storylines: await all('SELECT id, title, events FROM storylines ORDER BY pos'),
      };
      return rowsToCorpus(rows);
    },
    async corpusFinds() {
      // One snapshot: a corpus written between the two reads would pair its names with the old entities.
      return exclusive(async () => {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        try {
          const entities = (await client.query<EntityRow>('SELECT id, name, type, aliases FROM entities ORDER BY pos')).rows;
          const added = (await client.query<AddedRow>(ADDED_ROWS)).rows;
          return rowsToFinds(entities, added);
        } finally {
          await client.query('COMMIT');
        }
      });
    },
    async close() {
      await exclusive(() => client.end());
    },
  };
}

/** Runs `body` in a transaction, rolled back when it throws. */
async function transaction(client: pg.Client, body: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await body();
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Inserts rows a chunk at a time, each chunk one statement over `unnest` of one array per column (`onConflict`: its ON CONFLICT clause, if any). */
async function insertMany(client: pg.Client, table: string, columns: readonly Column[], rows: readonly object[], onConflict = ''): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  for (let at = 0; at < rows.length; at += CHUNK) {
    await client.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays}) ${onConflict}`, columnArrays(columns, rows.slice(at, at + CHUNK)));
  }
}

/** One array per column of the rows' values, as `unnest` takes them. */
function columnArrays(columns: readonly Column[], rows: readonly object[]): unknown[][] {
  return columns.map(([name, , field]) => rows.map((r) => (r as Record<string, unknown>)[field ?? name] ?? null));
}

/** The stored corpus rows' keys, positions and hashes (what the difference is computed against). */
async function storedCorpus(client: pg.Client): Promise<Record<CorpusTableName, StoredUnit[]>> {
  const keyed = async (t: CorpusTable): Promise<StoredUnit[]> => {
    const { rows } = await client.query<{ ref: string; pos: string | null; hash: string | null }>(
      `SELECT ${t.key} AS ref, ${t.ordered ? 'pos' : 'NULL'} AS pos, ${t.hash} AS hash FROM ${t.name}`);
    return rows.map((r) => ({ ref: r.ref, key: r.ref, pos: r.pos === null ? null : Number(r.pos), hash: r.hash }));
  };
  const added = (await client.query<Parameters<typeof storedAdded>[0][number]>(
    'SELECT seq AS ref, pos, doc_id AS doc, start, "end", text, entity_id AS entity FROM added_mentions')).rows;
  return {
    entities: await keyed(CORPUS_TABLES.entities), members: await keyed(CORPUS_TABLES.members), added: storedAdded(added),
    events: await keyed(CORPUS_TABLES.events), storylines: await keyed(CORPUS_TABLES.storylines),
  };
}

/**
 * Runs a corpus plan, a chunk of rows per statement: rows that point at others (added mentions at
 * entities) are deleted first and written last.
 */
async function writeCorpus(client: pg.Client, write: CorpusWrite, plan: CorpusPlan): Promise<void> {
  for (const name of [...CORPUS_WRITE_ORDER].reverse()) {
    const t: CorpusTable = CORPUS_TABLES[name];
    const refs = plan[name].remove;
    for (let at = 0; at < refs.length; at += CHUNK) {
      await client.query(`DELETE FROM ${t.name} WHERE ${t.key ?? 'seq'} = ANY($1::${t.key ? 'text' : 'bigint'}[])`, [refs.slice(at, at + CHUNK)]);
    }
  }
  for (const name of CORPUS_WRITE_ORDER) await writeTable(client, CORPUS_TABLES[name], write[name], plan[name]);
}

/** Inserts, updates and moves one table's rows as its plan says. */
async function writeTable(client: pg.Client, t: CorpusTable, units: readonly Unit<object>[], plan: TablePlan): Promise<void> {
  const columns: Column[] = [...t.columns, ...(t.ordered ? [['pos', 'bigint'] as const] : []), ...(t.hash === 'h' ? [['h', 'text'] as const] : [])];
  const row = (at: number, pos: number | null): object => {
    const u = units[at] as Unit<object>;
    return { ...u.row, pos, h: u.hash };
  };
  await insertMany(client, t.name, columns, plan.insert.map((i) => row(i.at, i.pos)));
  const ref: Column = t.key ? ['ref', 'text'] : ['ref', 'bigint'];
  const where = t.key ?? 'seq';
  // An update sets every column but the key (unchanged, and a parent key other rows point at).
  const set = columns.filter(([c]) => c !== t.key);
  await updateMany(client, t.name, where, ref, set, plan.update.map((u) => ({ ...row(u.at, u.pos), ref: u.ref })));
  if (t.ordered) await updateMany(client, t.name, where, ref, [['pos', 'bigint']], plan.move);
}

/** Updates rows a chunk at a time, each chunk one statement joining `unnest` of one array per column on `where = ref`. */
async function updateMany(client: pg.Client, table: string, where: string, ref: Column, columns: readonly Column[], rows: readonly object[]): Promise<void> {
  const all = [ref, ...columns];
  const arrays = all.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const set = columns.map(([name]) => `"${name}" = u."${name}"`).join(', ');
  for (let at = 0; at < rows.length; at += CHUNK) {
    await client.query(
      `UPDATE ${table} t SET ${set} FROM unnest(${arrays}) AS u(${all.map(([name]) => `"${name}"`).join(', ')}) WHERE t.${where} = u.ref`,
      columnArrays(all, rows.slice(at, at + CHUNK)),
    );
  }
}

async function migrate(client: pg.Client): Promise<void> {
  await transaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const latest = PG_MIGRATIONS.at(-1)?.version ?? 0;
    const newest = Math.max(0, ...applied);
    if (newest > latest) throw new Error(`the store was written by a newer Dossier (schema ${newest} > ${latest}); upgrade Dossier`);
    for (const m of PG_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
  });
}

/** For read-only use: the database must hold a Dossier store at the schema this Dossier knows. */
async function checkSchema(client: pg.Client): Promise<void> {
  const exists = await client.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_migrations' AND table_schema = current_schema()");
  if (exists.rows.length === 0) throw new Error('the database holds no Dossier store yet (run dossier analyze with this --store first)');
  const newest = Number((await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0);
  const latest = PG_MIGRATIONS.at(-1)?.version ?? 0;
  if (newest > latest) throw new Error(`the store was written by a newer Dossier (schema ${newest} > ${latest}); upgrade Dossier`);
  if (newest < latest) throw new Error(`the store's schema is older (${newest} < ${latest}); run dossier analyze on it once to upgrade it`);
}
