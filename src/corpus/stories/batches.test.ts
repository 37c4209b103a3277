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

const SEEDS = resolve(process.cwd(), '../shared/seeds');

function capture(): Io & { text: () => string } {
  let text = '';
  return { out: (s) => void (text += s), err: () => undefined, isTTY: false, text: () => text };
}

/** A deterministic shuffle (mulberry32) so a failure can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
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
    const order = shuffle(files, seed);
    const third = Math.ceil(order.length / 3);
    const batches = [order.slice(0, third), order.slice(third, 2 * third), order.slice(2 * third)];
    assert.deepEqual(await storiesAfter(batches), once, `seed ${seed}`);
  }
});
