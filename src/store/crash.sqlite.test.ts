/**
 * Crash safety of the embedded store: `dossier analyze` killed with SIGKILL at 50 seeded random
 * moments; after every kill the store is consistent (what `dossier check` runs); a final run
 * completes, and the store holds every document exactly once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../pipeline/random.js';
import { assertConsistent, corpus, documentsOnce, KILLS, run } from './crash.fixture.js';

test('SQLite: analyze killed at 50 random moments leaves a consistent store; a rerun completes with every document once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
  try {
    const input = corpus(dir);
    const store = join(dir, 's.db');
    const random = mulberry32(2026);
    for (let k = 0; k < KILLS; k++) {
      await run(['analyze', input.path, '--store', store, '--no-timeline', '--no-progress', '--jobs', '1'], 150 + Math.floor(random() * 2500));
      await assertConsistent(store, `kill ${k + 1}`);
    }
    assert.equal(await run(['analyze', input.path, '--store', store, '--no-timeline', '--no-progress']), 0);
    await assertConsistent(store, 'the final run');
    await documentsOnce(store, input.count);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
