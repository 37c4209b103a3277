/**
 * Test scaffolding (not shipped: package.json leaves `*.fixture.*` out of the package): the seed
 * articles in ../shared run through the product's own per-document path — read, clean, every
 * stage in the declared order — on unmodified input, so stage tests on the seeds score what a user
 * gets, never a hand-trimmed text or annotations built from the answer key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { readInputs } from '../read/read.js';
import { analyzeRaw } from '../pipeline/run.js';
import { createStages } from '../pipeline/stages.js';
import type { Doc } from '../pipeline/types.js';
import { stemOf, type GoldFile } from './gold.js';

/** Where the shared seeds and their gold file are expected. */
export const SHARED = resolve(process.cwd(), '../shared');
export const SEEDS_DIR = join(SHARED, 'seeds');
export const SEEDS_GOLD = join(SHARED, 'gold', 'seeds.gold.json');

/** Whether the seeds and their gold file are present (tests skip, visibly, when not). */
export function seedsPresent(): boolean {
  return existsSync(SEEDS_DIR) && existsSync(SEEDS_GOLD);
}

/** The seeds' gold file. */
export function seedGold(): GoldFile {
  return JSON.parse(readFileSync(SEEDS_GOLD, 'utf8')) as GoldFile;
}

let analysed: Promise<Map<string, Doc>> | undefined;

/**
 * Every seed as the pipeline leaves it (cleaned text, language, timex, mentions, entities, quotes,
 * event frames), keyed by gold id (the file stem). Computed once per test process.
 *
 * @example
 * ```ts
 * const docs = await seedDocs();
 * docs.get('001_1f225d7d2b1b847b')?.quotes;
 * ```
 */
export function seedDocs(): Promise<Map<string, Doc>> {
  analysed ??= (async () => {
    const stages = createStages();
    const out = new Map<string, Doc>();
    for await (const r of readInputs([SEEDS_DIR])) {
      if (!r.ok) throw new Error(`${r.source}: ${r.reason}`);
      const a = analyzeRaw(r.doc, stages);
      if (!a.ok) throw new Error(`${r.doc.source}: ${a.reason}`);
      out.set(stemOf(r.doc.source), a.doc);
    }
    return out;
  })();
  return analysed;
}
