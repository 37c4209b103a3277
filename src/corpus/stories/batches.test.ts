/**
 * Analysing a corpus in one run or in several runs, in any order, gives the same stories: the
 * product path (`dossier analyze`, then `dossier export`) over `examples/` and the real seeds in
 * shuffled batches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../cli/main.js';
import type { Io } from '../../cli/io.js';
import type { ExportJson } from '../../store/export.js';
import { seededShuffle } from '../../pipeline/random.js';

const SEEDS = resolve(process.cwd(), '../shared/seeds');

function capture(): Io & { text: () => string } {
  let text = '';
  return { out: (s) => void (text += s), err: () => undefined, isTTY: false, text: () => text };
}


async function storiesAfter(batches: string[][]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-batches-'));
  const store = join(dir, 's.db');
  try {
    for (const batch of batches) {
      assert.equal(await main(['analyze', ...batch, '--store', store, '--no-timeline', '--no-progress'], capture()), 0);
    }
    const out = capture();
    assert.equal(await main(['export', '--store', store, '--format', 'json'], out), 0);
    const ex = JSON.parse(out.text()) as ExportJson;
    const names = new Map(ex.entities.map((e) => [e.id, e.name]));
    return ex.events
      .map((e) => `${[...e.reports].sort().join('+')}|${e.kind}|${e.date}|${e.location ? names.get(e.location) : '-'}|${e.mentions.length}`)
      .sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('one run or shuffled batches in any order give the same stories and events', async (t) => {
  const files = readdirSync('examples').map((f) => join('examples', f));
  if (existsSync(SEEDS)) files.push(...readdirSync(SEEDS).map((f) => join(SEEDS, f)));
  else t.diagnostic(`${SEEDS} absent: the batches use examples/ only`);
  const once = await storiesAfter([files]);
  assert.ok(once.some((s) => s.split('|')[0]?.includes('+')), 'some story has several reports');
  for (const seed of [7, 42]) {
    const order = seededShuffle(files, seed);
    const third = Math.ceil(order.length / 3);
    const batches = [order.slice(0, third), order.slice(third, 2 * third), order.slice(2 * third)];
    assert.deepEqual(await storiesAfter(batches), once, `seed ${seed}`);
  }
});
