import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, StoreError } from './sqlite.js';
import { testDoc } from '../pipeline/doc.js';
import { MIGRATIONS } from './migrations.js';
import { sampleCorpus, schema4CorpusSql, storeContract, upgradeCorpus, upgradedStoreHolds } from './contract.fixture.js';

function tempPath(): { path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  return { path: join(dir, 'test.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

storeContract({
  name: 'sqlite',
  async fresh() {
    const { path, done } = tempPath();
    return { open: async () => openSqliteStore(path), done: async () => done() };
  },
});

test('a file that is not a store gives a clear error', () => {
  const { path, done } = tempPath();
  writeFileSync(path, 'this is not a database, just text that is long enough to look like a header....');
  assert.throws(() => openSqliteStore(path), (e: unknown) => e instanceof StoreError && /cannot open store/.test(e.message));
  done();
});

test('migrations are recorded once and a newer schema is refused', () => {
  const { path, done } = tempPath();
  openSqliteStore(path).close();
  let db = new Database(path);
  assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').all(), MIGRATIONS.map((m) => ({ version: m.version })));
  db.prepare('DELETE FROM schema_migrations WHERE version = ?').run(MIGRATIONS.at(-1)?.version);
  db.close();
  assert.throws(() => openSqliteStore(path, { readonly: true }), /schema is older .*run dossier analyze on it once/, 'read-only, an older store says how to upgrade it');
  db = new Database(path);
  db.prepare("INSERT INTO schema_migrations VALUES (?, 'put back', 'now')").run(MIGRATIONS.at(-1)?.version);
  db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'now')").run();
  db.close();
  assert.throws(() => openSqliteStore(path), /newer Dossier/);
  done();
});

test('a corpus state written over a near-identical one writes only the rows that differ', async () => {
  const { path, done } = tempPath();
  try {
    const store = openSqliteStore(path);
    const a = sampleCorpus();
    await store.putCorpus(a);
    const db = new Database(path);
    db.exec('CREATE TABLE writes (tbl TEXT NOT NULL, op TEXT NOT NULL)');
    for (const t of ['entities', 'entity_members', 'added_mentions', 'events', 'storylines']) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`CREATE TRIGGER count_${t}_${op} AFTER ${op} ON ${t} BEGIN INSERT INTO writes VALUES ('${t}', '${op}'); END`);
      }
    }
    const writes = (): string[] => db.prepare<[], { w: string }>("SELECT tbl || ' ' || op AS w FROM writes ORDER BY rowid").all().map((r) => r.w);
    await store.putCorpus(a);
    assert.deepEqual(writes(), [], 'the same state writes nothing');
    const b = sampleCorpus();
    b.events.splice(1, 0, { id: 'v9', kind: 'visit', title: 'New', date: null, location: null, participants: [], reports: ['d3'], mentions: [], facts: {} });
    b.entities[0]!.members.push({ doc: 'd3', entity: 0 });
    await store.putCorpus(b);
    // The new event goes between the two kept ones; the entity's new member is one row for its document.
    assert.deepEqual(writes(), ['entity_members INSERT', 'events INSERT']);
    db.close();
    await store.close();
  } finally {
    done();
  }
});

test('a store at schema 4 upgrades in place and reads back the corpus state it held, then writes by difference', async () => {
  const { path, done } = tempPath();
  try {
    const db = new Database(path);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version <= 4)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    const state = upgradeCorpus();
    db.exec(schema4CorpusSql(state));
    db.close();
    await upgradedStoreHolds(openSqliteStore(path), state);
  } finally {
    done();
  }
});

test('a copy made with VACUUM INTO (rollback journal, never opened by Dossier) reads read-only', async () => {
  const { path, done } = tempPath();
  const copy = `${path}.copy`;
  try {
    const store = openSqliteStore(path);
    const doc = testDoc('Oslo, March 3: The ministers met.');
    await store.putDocument(doc);
    await store.close();
    const db = new Database(path);
    db.prepare('VACUUM INTO ?').run(copy);
    db.close();
    const reader = openSqliteStore(copy, { readonly: true });
    try {
      assert.equal(await reader.hasDocument(doc.id), true);
      assert.equal(await reader.countDocuments(), 1);
    } finally {
      await reader.close();
    }
    const check = new Database(copy, { readonly: true });
    assert.equal(check.pragma('journal_mode', { simple: true }), 'delete', 'the reader left the copy as it was');
    check.close();
  } finally {
    rmSync(copy, { force: true });
    done();
  }
});
