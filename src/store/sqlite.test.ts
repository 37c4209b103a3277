import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, StoreError } from './sqlite.js';
import { MIGRATIONS } from './migrations.js';
import { storeContract } from './contract.fixture.js';

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
  openSqliteStore(path);
  const db = new Database(path);
  assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').all(), MIGRATIONS.map((m) => ({ version: m.version })));
  db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'now')").run();
  db.close();
  assert.throws(() => openSqliteStore(path), /newer Dossier/);
  done();
});
