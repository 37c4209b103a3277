/**
 * Per-stage cost of the per-document analysis, for `npm run bench`: each generated article is read,
 * cleaned and run through the stages one at a time on this thread, timing each step. Prints
 * milliseconds per article and each step's share of the per-document time, and the entity stage's
 * (name tagger and name rules) speed in tokens per second.
 */
import { performance } from 'node:perf_hooks';
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readInputs } from '../read/read.js';
import { clean } from '../clean/clean.js';
import { newDoc } from '../pipeline/doc.js';
import { createStages } from '../pipeline/stages.js';
import type { Doc } from '../pipeline/types.js';

/** Milliseconds spent per step over a corpus, with the articles and tokens it saw. */
export interface StageProfile {
  articles: number;
  tokens: number;
  /** Step name (`read`, `clean`, then each stage id) to total milliseconds. */
  ms: Record<string, number>;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Words (runs of letters, marks and digits) in a text: the unit of tokens/s. */
export function countTokens(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text)) n++;
  return n;
}

/**
 * Times reading, cleaning and each per-document stage over the inputs under `paths`, with the
 * same reference date rule as `analyze` (publication date, else `today`).
 *
 * @example
 * ```ts
 * const p = await profileStages(['examples/'], '2026-01-01');
 * p.ms.entities / p.articles; // ms per article in the entity stage
 * ```
 */
export async function profileStages(paths: string[], today: string): Promise<StageProfile> {
  const stages = createStages();
  const profile: StageProfile = { articles: 0, tokens: 0, ms: { read: 0, clean: 0, ...Object.fromEntries(stages.map((s) => [s.id, 0])) } };
  const add = (step: string, since: number): number => {
    const now = performance.now();
    profile.ms[step] = (profile.ms[step] ?? 0) + (now - since);
    return now;
  };
  const inputs = readInputs(paths);
  for (;;) {
    let t = performance.now();
    const next = await inputs.next();
    if (next.done) break;
    t = add('read', t);
    if (!next.value.ok) continue;
    let doc: Doc = newDoc(next.value.doc, clean(next.value.doc));
    t = add('clean', t);
    if (!doc.text.trim()) continue;
    profile.articles++;
    profile.tokens += countTokens(doc.text);
    const ctx = { referenceDate: doc.published ?? today };
    for (const stage of stages) {
      doc = stage.run(ctx, doc);
      t = add(stage.id, t);
    }
  }
  return profile;
}

/** The profile as tab-separated lines: ms/article and share per step, then the entity stage's tokens/s. */
export function formatStageProfile(p: StageProfile): string {
  const total = Object.values(p.ms).reduce((a, b) => a + b, 0);
  const lines = [`stage\tms_per_article\tshare (${p.articles} articles, one thread)`];
  for (const [step, ms] of Object.entries(p.ms)) {
    lines.push(`${step}\t${(ms / Math.max(1, p.articles)).toFixed(3)}\t${total ? ((100 * ms) / total).toFixed(1) : '0.0'}%`);
  }
  const entities = p.ms.entities ?? 0;
  lines.push(`entity_tagging_tokens_per_s\t${entities ? Math.round((p.tokens * 1000) / entities) : 0}\t(${p.tokens} tokens; tagger and name rules together)`);
  return `${lines.join('\n')}\n`;
}

/** Stage profiles run side by side, and alone just before and just after: milliseconds per article. */
export interface AtOnce {
  /** Processes run at once. */
  processes: number;
  /** Milliseconds per article of each one run at once, in the order they were started. */
  msPerArticle: number[];
  /** Milliseconds per article of one profile run alone before them, and after them. */
  alone: [number, number];
}

/**
 * Runs a stage profile of `folder` alone, then `processes` of them at the same time, then one alone
 * again, each in a process of its own (so they share nothing but the machine), and returns each one's
 * milliseconds per article. The side-by-side figures against the ones alone (taken around them, so that
 * a machine whose speed drifts shows it) say how far the per-document stages can scale here: cores
 * that share caches, memory bandwidth or a physical core (a VM's) slow each other down, and no number
 * of threads goes faster than the sum of `1 / msPerArticle`.
 *
 * @example
 * ```ts
 * const r = await profileStagesAtOnce('/tmp/corpus', '2026-01-01', 2); // { processes: 2, msPerArticle: [6.3, 6.2], alone: [4.8, 4.9] }
 * ```
 */
export async function profileStagesAtOnce(folder: string, today: string, processes: number): Promise<AtOnce> {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'stage-once.js');
  const run = promisify(execFile);
  const msPerArticle = (stdout: string): number => {
    const r = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { articles: number; ms: number };
    return r.ms / Math.max(1, r.articles);
  };
  const one = async (): Promise<number> => msPerArticle((await run(process.execPath, [script, folder, today], { encoding: 'utf8', maxBuffer: 1 << 20 })).stdout);
  const before = await one();
  const together = await Promise.all(Array.from({ length: processes }, one));
  const after = await one();
  return { processes, msPerArticle: together, alone: [before, after] };
}

/**
 * The side-by-side profiles as one line: each one's ms/article, the ones alone around them, their
 * speed-up over the mean of those, and the articles/s that ceiling allows the per-document stages.
 */
export function formatAtOnce(r: AtOnce): string {
  const each = r.msPerArticle.map((ms) => ms.toFixed(2)).join(' ');
  const alone = (r.alone[0] + r.alone[1]) / 2;
  const speedup = r.msPerArticle.reduce((s, ms) => s + alone / ms, 0);
  const ceiling = r.msPerArticle.reduce((s, ms) => s + 1000 / ms, 0);
  return `stages_at_once\t${r.processes} processes: ${each} ms/article (alone, before and after: ${r.alone.map((ms) => ms.toFixed(2)).join(' ')}); speed-up ${speedup.toFixed(2)} of ${r.processes}; ceiling of the per-document stages ${Math.round(ceiling)} articles/s\n`;
}
