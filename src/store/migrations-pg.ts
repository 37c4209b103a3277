/**
 * The PostgreSQL store's schema migrations: the same versions, names and meaning as the embedded
 * store's (`migrations.ts`), in PostgreSQL's dialect. Ordered corpus tables read back by an explicit
 * `pos` (from migration 5; before it, by their identity `seq`). Never edit a released migration.
 *
 * @example
 * ```ts
 * PG_MIGRATIONS.at(-1)?.version === MIGRATIONS.at(-1)?.version; // true: both backends are at one schema
 * ```
 */
/**
 * The text-search vector of a document row, as the full-text index of migration 4 computes it: the API's
 * search must use this very expression for PostgreSQL to answer from the index.
 */
export const PG_SEARCH_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || body)";

export const PG_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents and corpus tables',
    sql: `
      CREATE TABLE documents (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        lang TEXT NOT NULL,
        published TEXT,
        title TEXT,
        publisher TEXT,
        dateline TEXT,
        body TEXT NOT NULL,
        raw TEXT NOT NULL,
        annotations TEXT NOT NULL,
        analyzed_at TEXT NOT NULL
      );
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE entities (
        seq BIGINT GENERATED ALWAYS AS IDENTITY, id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL, roles TEXT NOT NULL
      );
      CREATE TABLE entity_members (
        entity_id TEXT NOT NULL REFERENCES entities(id), doc_id TEXT NOT NULL, local_index INTEGER NOT NULL,
        PRIMARY KEY (doc_id, local_index)
      );
      CREATE TABLE added_mentions (
        seq BIGINT GENERATED ALWAYS AS IDENTITY, doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id)
      );
      CREATE TABLE events (
        seq BIGINT GENERATED ALWAYS AS IDENTITY, id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,
        date TEXT, location TEXT, participants TEXT NOT NULL, facts TEXT NOT NULL
      );
      CREATE TABLE event_reports (seq BIGINT GENERATED ALWAYS AS IDENTITY, event_id TEXT NOT NULL REFERENCES events(id), doc_id TEXT NOT NULL);
      CREATE TABLE event_mentions (
        seq BIGINT GENERATED ALWAYS AS IDENTITY, event_id TEXT NOT NULL REFERENCES events(id), doc_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
      );
      CREATE TABLE storylines (seq BIGINT GENERATED ALWAYS AS IDENTITY, id TEXT PRIMARY KEY, title TEXT NOT NULL, events TEXT NOT NULL);
      CREATE INDEX entity_members_entity ON entity_members(entity_id);
      CREATE INDEX event_reports_event ON event_reports(event_id);
    `,
  },
  {
    version: 2,
    name: 'story summary, source count and similarity evidence on events',
    sql: `
      ALTER TABLE events ADD COLUMN summary TEXT NOT NULL DEFAULT '';
      ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE events ADD COLUMN similarity TEXT NOT NULL DEFAULT '[]';
      INSERT INTO meta (key, value) VALUES ('corpus_stale', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    `,
  },
  {
    version: 3,
    name: 'corpus record of each document (what the corpus stages read), filled in for older rows on the next corpus run',
    sql: `
      ALTER TABLE documents ADD COLUMN corpus TEXT;
      CREATE INDEX documents_id_bytes ON documents (id COLLATE "C");
    `,
  },
  {
    version: 4,
    name: 'full-text index of document titles and texts (PostgreSQL; the embedded store searches an FTS5 index in memory)',
    sql: `CREATE INDEX documents_search ON documents USING GIN (${PG_SEARCH_VECTOR});`,
  },
  {
    version: 5,
    name: 'corpus state written by difference: row positions, content hashes, entity members one row per document, event reports and mentions on the event row',
    sql: `
      CREATE TABLE entity_members_by_doc (doc_id TEXT PRIMARY KEY, members TEXT NOT NULL);
      INSERT INTO entity_members_by_doc (doc_id, members)
        SELECT doc_id, '[' || string_agg('[' || local_index || ',' || to_json(entity_id)::text || ']', ',' ORDER BY local_index) || ']'
        FROM entity_members GROUP BY doc_id;
      DROP TABLE entity_members;
      ALTER TABLE entity_members_by_doc RENAME TO entity_members;
      ALTER INDEX entity_members_by_doc_pkey RENAME TO entity_members_pkey;
      ALTER TABLE entities ADD COLUMN pos BIGINT NOT NULL DEFAULT 0, ADD COLUMN h TEXT;
      ALTER TABLE added_mentions ADD COLUMN pos BIGINT NOT NULL DEFAULT 0;
      ALTER TABLE events ADD COLUMN pos BIGINT NOT NULL DEFAULT 0, ADD COLUMN h TEXT;
      ALTER TABLE storylines ADD COLUMN pos BIGINT NOT NULL DEFAULT 0, ADD COLUMN h TEXT;
      UPDATE entities t SET pos = r.n * 4294967296 FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM entities) r WHERE t.seq = r.seq;
      UPDATE added_mentions t SET pos = r.n * 4294967296 FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM added_mentions) r WHERE t.seq = r.seq;
      UPDATE events t SET pos = r.n * 4294967296 FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM events) r WHERE t.seq = r.seq;
      UPDATE storylines t SET pos = r.n * 4294967296 FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM storylines) r WHERE t.seq = r.seq;
      ALTER TABLE events ADD COLUMN reports TEXT NOT NULL DEFAULT '[]', ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
      UPDATE events e SET reports = r.list
        FROM (SELECT event_id, json_agg(doc_id ORDER BY seq)::text AS list FROM event_reports GROUP BY event_id) r WHERE e.id = r.event_id;
      UPDATE events e SET mentions = m.list
        FROM (SELECT event_id, json_agg(json_build_array(doc_id, start, "end", text) ORDER BY seq)::text AS list FROM event_mentions GROUP BY event_id) m
        WHERE e.id = m.event_id;
      DROP TABLE event_reports;
      DROP TABLE event_mentions;
      CREATE INDEX added_mentions_entity ON added_mentions(entity_id);
    `,
  },
  {
    version: 6,
    name: 'text profiles kept between corpus refreshes; records computed again so that they carry their text hash',
    sql: `
      -- Byte order, as documents are paged through (documents_id_bytes).
      CREATE TABLE text_profiles (doc_id TEXT COLLATE "C" PRIMARY KEY, basis TEXT NOT NULL, data BYTEA NOT NULL);
      CREATE TABLE profile_keys (id INTEGER PRIMARY KEY, key TEXT NOT NULL);
      UPDATE documents SET corpus = NULL;
    `,
  },
];
