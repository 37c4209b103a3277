import { readFileSync } from 'node:fs';
import { buildExport } from '../store/export.js';
import { formatScores, scoreAgainstGold, type GoldFile } from '../eval/gold.js';
import { openExistingStore } from './export.js';
import { CliError, type Io } from './io.js';

/**
 * `dossier eval --store FILE --gold FILE`: scores the store against a gold file and prints one
 * `name<TAB>value` line per metric and a summary line, exactly as `../shared/tools/score-export.mjs`
 * prints them for the store's export. Exits 0 whatever the figures: it measures, it does not gate.
 *
 * @example
 * ```ts
 * await runEval({ store: '/tmp/seeds.db', gold: '../shared/gold/seeds.gold.json' }, processIo());
 * ```
 */
export async function runEval(options: { store: string; gold: string }, io: Io): Promise<number> {
  const gold = readGold(options.gold);
  const store = await openExistingStore(options.store);
  try {
    const exp = await buildExport(store);
    for (const line of formatScores(scoreAgainstGold(exp, gold))) io.out(`${line}\n`);
  } finally {
    await store.close();
  }
  return 0;
}

function readGold(path: string): GoldFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read gold file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 2);
  }
  let gold: unknown;
  try {
    gold = JSON.parse(text);
  } catch (err) {
    throw new CliError(`gold file ${path} is not valid JSON: ${(err as Error).message}`, 2);
  }
  if (typeof gold !== 'object' || gold === null || typeof (gold as GoldFile).documents !== 'object') {
    throw new CliError(`gold file ${path} has no "documents" object (see ../shared/gold/seeds.gold.json for the format)`, 2);
  }
  return gold as GoldFile;
}
