/**
 * `npm run train:quotes`: fits the speaker ranker (`rank.ts`) on PolNeAR's development relations in
 * `../shared/eval/attribution-dev/dev` and writes `src/stages/quotes/model.ts`.
 *
 * Each article is analysed as `dossier analyze` does (cleaning, language, entities); the quote
 * rules propose quotations; a gold quotation (a Content span holding a quotation mark) is matched to
 * the proposed quotation sharing half its words both ways (the shared scorer's rule), and the
 * candidates whose words or entity names share a word with the gold Source are its right answers.
 * A softmax over each quotation's candidates is fitted by stochastic gradient descent (seeded
 * shuffles, so the weights are the same on every run) on a seeded two-thirds of the articles; the
 * top-1 accuracy is printed on those and on the held-back third, then the model is refitted on all.
 *
 * Usage: `npm run train:quotes [-- --check]` (`--check` prints without writing the model).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../read/read.js';
import { analyzeRaw } from '../../pipeline/run.js';
import { createStages } from '../../pipeline/stages.js';
import { mulberry32, seededShuffle } from '../../pipeline/random.js';
import type { Doc } from '../../pipeline/types.js';
import { EN_QUOTES } from '../../lang/en/quotes.js';
import { isDirectContent, namesSomeone, polnearAttributions, sameWords, type GoldQuote } from '../../eval/polnear.js';
import { compileLexicon } from './context.js';
import { proposeQuotes } from './quotes.js';
import { docCues, RANK_FEATURES, speakerCandidates, type RankModel } from './rank.js';

/** The seed of the article split and of the training shuffles. */
export const SPLIT_SEED = 9;
/** Share of the articles trained on; the rest validate. */
export const TRAIN_SHARE = 2 / 3;

/** One gold quotation's candidates: feature vectors and which are right. */
export interface RankExample {
  article: string;
  xs: number[][];
  ys: boolean[];
}

/**
 * The gold quotations the ranker learns from: Contents holding a quotation mark, typewriter `''`
 * included (real quotations, though the dev set's filter leaves them out).
 *
 * @example
 * ```ts
 * trainingGold(dir).size; // 84
 * ```
 */
export function trainingGold(dir: string): Map<string, GoldQuote[]> {
  const out = new Map<string, GoldQuote[]>();
  for (const [art, rels] of polnearAttributions(dir)) out.set(art, rels.filter((x) => isDirectContent(x.content) || x.content.includes("''")));
  return out;
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Articles split by a seeded shuffle: the first {@link TRAIN_SHARE} train, the rest validate.
 *
 * @example
 * ```ts
 * splitArticles(['a', 'b', 'c']).train.size; // 2
 * ```
 */
export function splitArticles(articles: readonly string[], seed = SPLIT_SEED): { train: Set<string>; validate: Set<string> } {
  const order = seededShuffle([...articles].sort(), seed);
  const cut = Math.round(order.length * TRAIN_SHARE);
  return { train: new Set(order.slice(0, cut)), validate: new Set(order.slice(cut)) };
}

/**
 * The ranking examples of one analysed document against its gold quotations.
 *
 * @example
 * ```ts
 * rankExamples(doc, gold.get(stem) ?? [], stem).length;
 * ```
 */
export function rankExamples(doc: Doc, gold: readonly GoldQuote[], article: string): RankExample[] {
  const { ctx, quotes } = proposeQuotes(doc, compileLexicon(EN_QUOTES), 4);
  const dc = docCues(ctx);
  const counts = new Map<number, number>();
  for (const m of ctx.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const direct = quotes.filter((q) => q.kind === 'direct');
  const out: RankExample[] = [];
  for (const g of gold) {
    if (!namesSomeone(g.source)) continue;
    const k = direct.findIndex((p) => sameWords(p.text, g.content));
    const q = direct[k];
    if (q === undefined || q.rule === 'direct:turn') continue;
    const prev = direct[k - 1]?.speaker ?? null;
    const cands = speakerCandidates(ctx, dc, q, prev, counts);
    const sw = [...words(g.source)].filter((w) => w.length > 2);
    const ys = cands.map((c) => {
      const e = c.entity === null ? undefined : ctx.entities[c.entity];
      const cw = words(`${ctx.text.slice(c.span.start, c.span.end)} ${e?.name ?? ''} ${(e?.aliases ?? []).join(' ')}`);
      return sw.some((w) => cw.has(w));
    });
    if (cands.length > 0) out.push({ article, xs: cands.map((c) => c.x), ys });
  }
  return out;
}

/**
 * Fits the softmax ranker by SGD: `epochs` passes over a seeded shuffle of the examples, learning
 * rate `rate`, L2 penalty `l2`. Examples without a right candidate are skipped.
 *
 * @example
 * ```ts
 * const model = fitRanker(examples);
 * ```
 */
export function fitRanker(examples: readonly RankExample[], opts: { epochs?: number; rate?: number; l2?: number; seed?: number } = {}): RankModel {
  const n = RANK_FEATURES.length;
  const w = new Array<number>(n).fill(0);
  const usable = examples.filter((e) => e.ys.some(Boolean));
  const epochs = opts.epochs ?? 60;
  const rnd = mulberry32(opts.seed ?? SPLIT_SEED);
  for (let ep = 0; ep < epochs; ep++) {
    const rate = (opts.rate ?? 0.2) / (1 + ep / 10);
    const order = seededShuffle(usable, Math.floor(rnd() * 2 ** 31));
    for (const e of order) {
      const s = e.xs.map((x) => x.reduce((a, v, i) => a + v * (w[i] ?? 0), 0));
      const mx = Math.max(...s);
      const p = s.map((v) => Math.exp(v - mx));
      const z = p.reduce((a, b) => a + b, 0);
      const pos = p.reduce((a, v, i) => a + (e.ys[i] ? v : 0), 0);
      for (let j = 0; j < e.xs.length; j++) {
        const pj = (p[j] ?? 0) / z;
        const qj = e.ys[j] ? (p[j] ?? 0) / pos : 0;
        const x = e.xs[j] ?? [];
        for (let i = 0; i < n; i++) w[i] = (w[i] ?? 0) - rate * ((pj - qj) * (x[i] ?? 0) + (opts.l2 ?? 1e-4) * (w[i] ?? 0));
      }
    }
  }
  return { weights: w.map((v) => Math.round(v * 1e4) / 1e4) };
}

/**
 * Share of examples whose top-scored candidate is a right one (examples with no right candidate
 * count as wrong), and how many examples there are.
 *
 * @example
 * ```ts
 * top1(model, examples); // { accuracy: 0.9, n: 300 }
 * ```
 */
export function top1(model: RankModel, examples: readonly RankExample[]): { accuracy: number; n: number } {
  let ok = 0;
  for (const e of examples) {
    let best = -1;
    let bs = -Infinity;
    e.xs.forEach((x, j) => {
      const s = x.reduce((a, v, i) => a + v * (model.weights[i] ?? 0), 0);
      if (s > bs) {
        bs = s;
        best = j;
      }
    });
    if (best >= 0 && e.ys[best] === true) ok++;
  }
  return { accuracy: examples.length === 0 ? 0 : ok / examples.length, n: examples.length };
}

/** The rules' own choice as a model: only the `rule` feature counts. */
const RULES_ONLY: RankModel = { weights: RANK_FEATURES.map((f) => (f === 'rule' ? 1 : 0)) };

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '../../..');
  const dir = resolve(root, '../shared/eval/attribution-dev/dev');
  if (!existsSync(dir)) {
    console.error(`${dir} not found: train:quotes needs ../shared/eval (PolNeAR dev).`);
    process.exit(1);
  }
  const gold = trainingGold(dir);
  const split = splitArticles([...gold.keys()]);
  const stages = createStages().filter((s) => s.id !== 'quotes' && s.id !== 'events');
  const files = [...gold.keys()].map((a) => join(dir, 'text', `${a}.txt`));
  const examples: RankExample[] = [];
  for await (const r of readInputs(files)) {
    if (!r.ok) continue;
    const a = analyzeRaw(r.doc, stages, { today: '2016-11-08' });
    if (!a.ok) continue;
    const art = basename(r.doc.source).replace(/\.txt$/u, '');
    examples.push(...rankExamples(a.doc, gold.get(art) ?? [], art));
  }
  const tr = examples.filter((e) => split.train.has(e.article));
  const va = examples.filter((e) => split.validate.has(e.article));
  const model = fitRanker(tr);
  const line = (name: string, m: RankModel): string =>
    `${name}\ttrain ${top1(m, tr).accuracy.toFixed(3)} (${tr.length})\tvalidate ${top1(m, va).accuracy.toFixed(3)} (${va.length})`;
  console.log(`articles: ${split.train.size} train, ${split.validate.size} validate (seed ${SPLIT_SEED})`);
  console.log(`examples with a right candidate: ${examples.filter((e) => e.ys.some(Boolean)).length} of ${examples.length}`);
  console.log(line('rules only', RULES_ONLY));
  console.log(line('ranker (fit on train)', model));
  // `--train-only` ships the model fitted on the training articles, to measure the held-back third end to end.
  const all = process.argv.includes('--train-only') ? model : fitRanker(examples);
  console.log(line('ranker (fit on all)', all));
  RANK_FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(22)} ${(all.weights[i] ?? 0).toFixed(4)}`));
  if (process.argv.includes('--check')) return;
  const out = join(root, 'src/stages/quotes/model.ts');
  writeFileSync(out, `import type { RankModel } from './rank.js';

/**
 * Weights of the speaker ranker, one per {@link RANK_FEATURES} entry, fitted by \`npm run train:quotes\`
 * on PolNeAR's development relations (${all === model ? `the ${split.train.size} training articles` : `all ${gold.size} articles`}; top-1 accuracy on a held-back third
 * when fitted on the other two: ${top1(model, va).accuracy.toFixed(3)}). Generated: do not edit by hand.
 */
export const QUOTE_SPEAKER_MODEL: RankModel = {
  weights: [${all.weights.join(', ')}],
};
`);
  console.log(`wrote ${out}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
