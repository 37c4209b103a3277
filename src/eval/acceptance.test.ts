/**
 * Acceptance tests: the whole chain (analyze → store → export → eval) on the real seed articles
 * in ../shared (skipped, visibly, where it is absent) and on our own example corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../cli/main.js';
import { buildExport } from '../store/export.js';
import { openStore } from '../store/open.js';
import { scoreAgainstGold, type GoldFile, type MetricName } from './gold.js';

const SHARED = resolve(process.cwd(), '../shared');
const quiet = { out: () => undefined, err: () => undefined, isTTY: false };

async function scores(inputs: string, goldPath: string): Promise<Record<MetricName, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-accept-'));
  const store = join(dir, 'a.db');
  try {
    assert.equal(await main(['analyze', inputs, '--store', store], quiet), 0);
    const s = await openStore({ path: store, readonly: true });
    const exp = await buildExport(s);
    await s.close();
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
    return Object.fromEntries(scoreAgainstGold(exp, gold)) as Record<MetricName, number>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue #2's bar: four metrics exact, every other one computed and above 0. */
function assertIssueFloor(s: Record<MetricName, number>): void {
  for (const name of ['documents_found', 'lang_accuracy', 'published_accuracy', 'cluster_pair_f1'] as const) {
    assert.equal(s[name], 1, name);
  }
  for (const [name, value] of Object.entries(s)) {
    if (name === 'entities_over_merged') continue; // a count of errors: lower is better
    assert.ok(value > 0, `${name} is ${value}`);
  }
}

/** Each metric at or above its floor, and at most `maxOverMerged` over-merged entities. */
function assertFloors(s: Record<MetricName, number>, floors: Partial<Record<MetricName, number>>, maxOverMerged: number): void {
  for (const [name, floor] of Object.entries(floors)) assert.ok(s[name as MetricName] >= floor, `${name} ${s[name as MetricName]} < ${floor}`);
  assert.ok(s.entities_over_merged <= maxOverMerged, `entities_over_merged ${s.entities_over_merged}`);
}

test('seeds: the issue #2 acceptance figures', async (t) => {
  if (!existsSync(join(SHARED, 'seeds'))) {
    t.skip('../shared/seeds absent: seed acceptance test not run');
    return;
  }
  const s = await scores(join(SHARED, 'seeds'), join(SHARED, 'gold/seeds.gold.json'));
  t.diagnostic(JSON.stringify(s));
  assertIssueFloor(s);
  // This version gets every seed metric right: any drop is a regression.
  const floors = Object.fromEntries(Object.keys(s).filter((n) => n !== 'entities_over_merged').map((n) => [n, 1]));
  assertFloors(s, floors, 0);
});

test('examples: our own corpus end to end', async (t) => {
  const s = await scores('examples', 'test/examples.gold.json');
  t.diagnostic(JSON.stringify(s));
  assertIssueFloor(s);
  // Floors a little under what this version reaches on text no stage was written against.
  const floors: Partial<Record<MetricName, number>> = {
    title_accuracy: 1, body_kept: 1, furniture_removed: 1, furniture_entities_absent: 1,
    entity_mention_recall: 0.95, entity_fully_linked: 0.85, quote_recall: 0.9, quote_attribution: 0.8,
    timex_accuracy: 0.95, event_date_place: 1, mentioned_events_found: 1, storylines_found: 1,
  };
  assertFloors(s, floors, 1);
});
