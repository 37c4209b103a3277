/**
 * What freezing the story statistics in epochs (`stories/epoch.ts`) would cost in accuracy, as input to
 * the decision issue 12's time ratio needs (docs/decisions.md, "Measuring an addition honestly"). Reads
 * the documents of a store, builds their story profiles as the product does, groups them once over
 * everything (`clusterStories`) and, for each shuffle, in an epoch frozen on a share of them with the
 * rest added (`storyEpoch`). Each grouping is written as an export holding its stories as events, and
 * scored by `../shared/tools/score-similarity.mjs` when a gold file is given. It prints figures; it is
 * not a test.
 *
 * Usage: `node dist/bench/epoch-drift.js STORE [GOLD.json] [--base 0.67,0.9] [--seeds 1,2,3]`, e.g. on the
 * store `../shared/tools/measure.sh similarity` leaves in /tmp/dossier-measure/similarity/store.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/open.js';
import { corpusBasis } from '../corpus/run.js';
import { clusterStories, type Story } from '../corpus/stories/cluster.js';
import { storyEpoch } from '../corpus/stories/epoch.js';
import { MODEL } from '../corpus/stories/model.js';
import { seededShuffle } from '../pipeline/random.js';
import type { Doc } from '../pipeline/types.js';
import { arg } from './args.js';

const SCORER = fileURLToPath(new URL('../../../shared/tools/score-similarity.mjs', import.meta.url));

/** A minimal export: the documents' sources, and one event per story listing its reports. */
function exportOf(docs: readonly Doc[], stories: readonly Story[]): string {
  return JSON.stringify({
    documents: docs.map((d) => ({ id: d.id, source: d.source })),
    events: stories.map((s, i) => ({ id: `story-${i}`, reports: s.members.map((m) => m.doc) })),
  });
}

async function drift(): Promise<void> {
  const [store, gold] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const shares = (arg('--base') ?? '0.67,0.9').split(',').map(Number);
  const seeds = (arg('--seeds') ?? '1,2,3').split(',').map(Number);
  if (!store || !shares.every((s) => s > 0 && s < 1) || !seeds.every(Number.isInteger)) {
    process.stderr.write('usage: epoch-drift.js STORE [GOLD.json] [--base SHARE,…] [--seeds N,…] (shares between 0 and 1)\n');
    process.exitCode = 2;
    return;
  }
  if (!existsSync(store)) {
    process.stderr.write(`epoch-drift: no store at ${store}\n`);
    process.exitCode = 2;
    return;
  }
  const db = await openStore({ path: store, readonly: true });
  const docs: Doc[] = [];
  try {
    for await (const d of db.documents({ raw: false })) docs.push(d);
  } finally {
    await db.close();
  }
  const { profiles } = corpusBasis(docs);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-epoch-drift-'));
  const score = (name: string, stories: readonly Story[]): void => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, exportOf(docs, stories));
    const figures = gold && existsSync(SCORER) ? execFileSync(process.execPath, [SCORER, file, gold], { encoding: 'utf8' }).trim().split('\n').pop() : 'not scored (no gold file, or no scorer in ../shared)';
    process.stdout.write(`${name}\t${stories.length} stories\t${figures}\n`);
  };
  try {
    process.stdout.write(`reports\t${profiles.length}\n`);
    score('full', clusterStories(profiles, MODEL));
    for (const share of shares) {
      for (const seed of seeds) {
        const order = seededShuffle(profiles, seed);
        const cut = Math.round(order.length * share);
        const epoch = storyEpoch(order.slice(0, cut), MODEL);
        epoch.add(order.slice(cut));
        score(`epoch-${Math.round(share * 100)}%-seed-${seed}`, epoch.stories());
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await drift();
