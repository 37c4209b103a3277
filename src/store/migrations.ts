/**
 * Versioned schema migrations for the embedded store, applied in order at open. A migration is
 * never edited once released: a change to the schema is a new entry at the end.
 *
 * @example
 * ```ts
 * MIGRATIONS.at(-1)?.version; // the current schema version
 * ```
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents and corpus tables',
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL, roles TEXT NOT NULL
      );
      CREATE TABLE entity_members (
        entity_id TEXT NOT NULL REFERENCES entities(id), doc_id TEXT NOT NULL, local_index INTEGER NOT NULL,
        PRIMARY KEY (doc_id, local_index)
      );
      CREATE TABLE added_mentions (
        doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id)
      );
      CREATE TABLE events (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, date TEXT, location TEXT,
        participants TEXT NOT NULL, facts TEXT NOT NULL
      );
      CREATE TABLE event_reports (event_id TEXT NOT NULL REFERENCES events(id), doc_id TEXT NOT NULL);
      CREATE TABLE event_mentions (
        event_id TEXT NOT NULL REFERENCES events(id), doc_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
      );
      CREATE TABLE storylines (id TEXT PRIMARY KEY, title TEXT NOT NULL, events TEXT NOT NULL);
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
      INSERT OR REPLACE INTO meta (key, value) VALUES ('corpus_stale', '1');
    `,
  },
  {
    version: 3,
    name: 'corpus record of each document (what the corpus stages read), filled in for older rows on the next corpus run',
    sql: `
      ALTER TABLE documents ADD COLUMN corpus TEXT;
    `,
  },
  {
    version: 4,
    name: 'full-text index of document titles and texts (PostgreSQL; the embedded store searches an FTS5 index in memory)',
    // Nothing to do here: the API builds its FTS5 index from the loaded store (src/serve/search.ts).
    sql: '',
  },
  {
    version: 5,
    name: 'text profiles kept between corpus refreshes; records computed again so that they carry their text hash',
    sql: `
      CREATE TABLE text_profiles (doc_id TEXT PRIMARY KEY, basis TEXT NOT NULL, data BLOB NOT NULL);
      CREATE TABLE profile_keys (id INTEGER PRIMARY KEY, key TEXT NOT NULL);
      UPDATE documents SET corpus = NULL;
    `,
  },
];
