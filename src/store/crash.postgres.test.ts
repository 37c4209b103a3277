/**
 * Crash safety of the PostgreSQL store: `dossier analyze` and `dossier worker` killed with SIGKILL at
 * 50 seeded random moments in all; after every kill the store is consistent; a final run completes,
 * and the store holds every document exactly once. Skips with a message where no server answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../pipeline/random.js';
import { freshDatabase, pgUnavailable } from './pg.fixture.js';
import { assertConsistent, corpus, documentsOnce, KILLS, run } from './crash.fixture.js';

test('PostgreSQL: analyze and workers killed at 50 random moments leave a consistent store; every document once', async (t) => {
  const why = await pgUnavailable();
  if (why) return t.skip(why);
  const { url: store, drop } = await freshDatabase('dossier_crash');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-pg-'));
  try {
    const input = corpus(dir);
    const random = mulberry32(7);
    for (let k = 0; k < KILLS / 2; k++) {
      await run(['analyze', input.path, '--store', store, '--no-timeline', '--no-progress', '--jobs', '1'], 150 + Math.floor(random() * 2500));
      await assertConsistent(store, `analyze kill ${k + 1}`);
    }
    assert.equal(await run(['analyze', input.path, '--store', store, '--enqueue', '--force']), 0);
    for (let k = 0; k < KILLS / 2; k++) {
      await run(['worker', '--store', store, '--until-idle', '--concurrency', '1'], 300 + Math.floor(random() * 2500));
      await assertConsistent(store, `worker kill ${k + 1}`);
    }
    assert.equal(await run(['analyze', input.path, '--store', store, '--no-timeline', '--no-progress']), 0);
    await assertConsistent(store, 'the final run');
    await documentsOnce(store, input.count);
  } finally {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
