/**
 * Acceptance tests: the whole product path (analyze → store → export → eval, through the CLI) on
 * the real seed articles in ../shared (skipped, visibly, where it is absent) and on our own example
 * corpus. `dossier eval` must print exactly what the shared scorer `../shared/tools/score-export.mjs`
 * prints for the same export, and each figure must stay at or above the honest value this version
 * reaches, so a regression fails.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';
import type { MetricName } from './gold.js';

const SHARED = resolve(process.cwd(), '../shared');
const SHARED_SCORER = join(SHARED, 'tools/score-export.mjs');

function capture(): Io & { text: () => string } {
  let text = '';
  return { out: (s) => void (text += s), err: () => undefined, isTTY: false, text: () => text };
}

/** Analyses `inputs`, exports, scores with `dossier eval`, and checks the shared scorer agrees line by line. */
async function scores(t: TestContext, inputs: string, goldPath: string): Promise<Record<MetricName, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-accept-'));
  const store = join(dir, 'a.db');
  try {
    assert.equal(await main(['analyze', inputs, '--store', store, '--no-timeline', '--no-progress'], capture()), 0);
    const evalOut = capture();
    assert.equal(await main(['eval', '--store', store, '--gold', goldPath], evalOut), 0);
    const lines = evalOut.text().trimEnd().split('\n');
    if (existsSync(SHARED_SCORER)) {
      const exportOut = capture();
      assert.equal(await main(['export', '--store', store, '--format', 'json'], exportOut), 0);
      writeFileSync(join(dir, 'export.json'), exportOut.text());
      const shared = spawnSync(process.execPath, [SHARED_SCORER, join(dir, 'export.json'), goldPath], { encoding: 'utf8' });
      assert.equal(shared.stderr, '');
      assert.deepEqual(lines, shared.stdout.trimEnd().split('\n'), 'dossier eval and score-export.mjs print the same lines');
    } else {
      t.diagnostic(`${SHARED_SCORER} absent: agreement with the shared scorer not checked`);
    }
    t.diagnostic(lines.join(' | '));
    return Object.fromEntries(lines.filter((l) => l.includes('\t')).map((l) => l.split('\t')).map(([k, v]) => [k, Number(v)])) as Record<MetricName, number>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every figure at or above its floor (printed values), and at most `maxOverMerged` over-merged entities. */
function assertFloors(s: Record<MetricName, number>, floors: Record<Exclude<MetricName, 'entities_over_merged'>, number>, maxOverMerged: number): void {
  for (const [name, floor] of Object.entries(floors)) {
    const value = s[name as MetricName];
    assert.ok(value !== undefined && value >= floor, `${name} ${value} < ${floor}`);
  }
  assert.ok(s.entities_over_merged <= maxOverMerged, `entities_over_merged ${s.entities_over_merged}`);
}

test('seeds: dossier eval agrees with the shared scorer, figures at today\'s honest values', async (t) => {
  if (!existsSync(join(SHARED, 'seeds'))) {
    t.skip('../shared/seeds absent: seed acceptance test not run');
    return;
  }
  const s = await scores(t, join(SHARED, 'seeds'), join(SHARED, 'gold/seeds.gold.json'));
  // The figures `../shared/tools/measure.sh seeds` prints for this version; raise them as they improve.
  assertFloors(s, {
    documents_found: 1, lang_accuracy: 1, published_accuracy: 1, title_accuracy: 1, body_kept: 1,
    furniture_removed: 1, dateline_accuracy: 1, entity_mention_recall: 0.964, entity_fully_linked: 0.947,
    furniture_entities_absent: 1, roles_found: 0.75, entity_types: 0.947, quote_recall: 1, quote_attribution: 1,
    timex_accuracy: 1, cluster_pair_f1: 1, event_date_place: 1, event_participants: 1, mentioned_events_found: 1,
    event_kinds: 1, facts_found: 1, storylines_found: 1,
  }, 0);
});

test('examples: our own corpus end to end, dossier eval agrees with the shared scorer', async (t) => {
  const s = await scores(t, 'examples', 'test/examples.gold.json');
  // Today's figures. The shared scorer aligns documents by file stem, so the two JSONL lines
  // (`wires.jsonl#1`, `#2`) never match their gold ids `wires#1`, `wires#2`: documents_found 0.8.
  assertFloors(s, {
    documents_found: 0.8, lang_accuracy: 0.8, published_accuracy: 0.8, title_accuracy: 0.8, body_kept: 0.8,
    // entity_fully_linked 0.393 → 0.357 and entity_types 0.75 → 0.714 with the learned tagger (issue 7): it
    // reads the district `Chamoli` as a person (CoNLL has few Indian places) and `गुजरात सरकार` as one organisation (HiNER's convention).
    // entity_mention_recall 0.785 → 0.774, entity_fully_linked 0.357 → 0.321, entity_types 0.714 → 0.679 with the
    // word clusters (issue 7, CoNLL dev +0.004): the tagger reads `Technology Madras` in `Indian Institute of
    // Technology Madras` as a person, so the rules' organisation no longer wins the merge.
    furniture_removed: 1, dateline_accuracy: 0.75, entity_mention_recall: 0.774, entity_fully_linked: 0.321,
    furniture_entities_absent: 1, roles_found: 0.833, entity_types: 0.679, quote_recall: 0.813,
    quote_attribution: 0.75, timex_accuracy: 0.842, cluster_pair_f1: 0.737, event_date_place: 0.667,
    // event_kinds: the Pune story's four reports split 2-2 between 'pact' and 'meeting'; the vote's tie goes to the most central report (a 'pact' one), the gold says meeting.
    event_participants: 0.667, mentioned_events_found: 0.5, event_kinds: 0.4, facts_found: 0, storylines_found: 1,
  }, 0);
});
