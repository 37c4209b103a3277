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
    name: 'corpus state written by difference: row positions, content hashes, entity members one row per document, event reports and mentions on the event row',
    // Positions keep the rows' current order, a step of 2^32 apart; a null hash makes the next corpus
    // write rewrite the row once. Members become one JSON row per document, an event's reports and
    // mentions JSON columns of its row, as store/rows.ts writes them. The index on events(id, pos, h)
    // lets the write read what it compares without stepping over each event's large columns.
    sql: `
      CREATE TABLE entity_members_by_doc (doc_id TEXT PRIMARY KEY, members TEXT NOT NULL);
      INSERT INTO entity_members_by_doc (doc_id, members)
        SELECT doc_id, '[' || group_concat('[' || local_index || ',' || json_quote(entity_id) || ']', ',' ORDER BY local_index) || ']'
        FROM entity_members GROUP BY doc_id;
      DROP TABLE entity_members;
      ALTER TABLE entity_members_by_doc RENAME TO entity_members;
      ALTER TABLE entities ADD COLUMN pos INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE entities ADD COLUMN h TEXT;
      ALTER TABLE added_mentions ADD COLUMN pos INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE events ADD COLUMN pos INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE events ADD COLUMN h TEXT;
      ALTER TABLE storylines ADD COLUMN pos INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE storylines ADD COLUMN h TEXT;
      UPDATE entities SET pos = r.n * 4294967296
        FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY rowid) AS n FROM entities) AS r WHERE entities.rowid = r.rid;
      UPDATE added_mentions SET pos = r.n * 4294967296
        FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY rowid) AS n FROM added_mentions) AS r WHERE added_mentions.rowid = r.rid;
      UPDATE events SET pos = r.n * 4294967296
        FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY rowid) AS n FROM events) AS r WHERE events.rowid = r.rid;
      UPDATE storylines SET pos = r.n * 4294967296
        FROM (SELECT rowid AS rid, row_number() OVER (ORDER BY rowid) AS n FROM storylines) AS r WHERE storylines.rowid = r.rid;
      ALTER TABLE events ADD COLUMN reports TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE events ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
      UPDATE events SET reports = r.list
        FROM (SELECT event_id, '[' || group_concat(json_quote(doc_id), ',' ORDER BY rowid) || ']' AS list FROM event_reports GROUP BY event_id) AS r
        WHERE events.id = r.event_id;
      UPDATE events SET mentions = m.list
        FROM (SELECT event_id, '[' || group_concat(json_array(doc_id, start, "end", text), ',' ORDER BY rowid) || ']' AS list
              FROM event_mentions GROUP BY event_id) AS m
        WHERE events.id = m.event_id;
      DROP TABLE event_reports;
      DROP TABLE event_mentions;
      CREATE INDEX added_mentions_entity ON added_mentions(entity_id);
      CREATE INDEX events_diff ON events(id, pos, h);
    `,
  },
  {
    version: 6,
    name: 'text profiles kept between corpus refreshes; records computed again so that they carry their text hash',
    sql: `
      CREATE TABLE text_profiles (doc_id TEXT PRIMARY KEY, basis TEXT NOT NULL, data BLOB NOT NULL);
      CREATE TABLE profile_keys (id INTEGER PRIMARY KEY, key TEXT NOT NULL);
      UPDATE documents SET corpus = NULL;
    `,
  },
];
