/**
 * `npm run train:similarity`: fits the story similarity model on the public pair data in
 * `../shared/eval` and writes `src/corpus/stories/model.ts`.
 *
 * The documents of each set are analysed exactly as `dossier analyze` does (same cleaning, stages,
 * entity resolution and profiles); the labelled pairs are SemEval-2022 Task 8's (same story when
 * `Overall` ≤ 1.5, different when > 2.5) and, for the Hindi–English speeches, every candidate pair
 * the inverted index proposes plus the gold pairs. A logistic model is fitted by Newton's method
 * with a small L2 penalty; the threshold is the one that maximises F1 over 5-fold out-of-fold
 * probabilities, and the cross-validated figures are printed beside the weights.
 *
 * Usage: `npm run train:similarity [-- --check]` (`--check` prints without writing the model).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../read/read.js';
import { analyzeRaw } from '../../pipeline/run.js';
import { createStages } from '../../pipeline/stages.js';
import { contentId } from '../../pipeline/doc.js';
import type { Doc } from '../../pipeline/types.js';
import { corpusBasis } from '../run.js';
import { candidatePairs, neighbourhoods } from './cluster.js';
import { corpusStats, FEATURES, pairFeatures, weigh } from './similarity.js';

/** A labelled pair's features, its label, the set it came from and its weight in the fit. */
export interface Sample {
  x: number[];
  y: 0 | 1;
  set: string;
  weight: number;
  cross: boolean;
}

/**
 * Fits logistic regression weights (bias last) by Newton's method with an L2 penalty `lambda`
 * on the weights (not the bias).
 *
 * @example
 * ```ts
 * const w = fitLogistic([{ x: [1], y: 1, weight: 1 }, { x: [0], y: 0, weight: 1 }], 0.1);
 * ```
 */
export function fitLogistic(samples: readonly Pick<Sample, 'x' | 'y' | 'weight'>[], lambda: number, iterations = 50): number[] {
  const d = (samples[0]?.x.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const s of samples) {
      const x = [...s.x, 1];
      const z = x.reduce((acc, v, i) => acc + v * (w[i] as number), 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = s.weight * (p - s.y);
      const q = s.weight * p * (1 - p);
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] as number) + r * (x[i] as number);
        const row = hess[i] as number[];
        for (let j = 0; j < d; j++) row[j] = (row[j] as number) + q * (x[i] as number) * (x[j] as number);
      }
    }
    for (let i = 0; i < d - 1; i++) {
      grad[i] = (grad[i] as number) + lambda * (w[i] as number);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] as number) + lambda;
    }
    (hess[d - 1] as number[])[d - 1] = ((hess[d - 1] as number[])[d - 1] as number) + 1e-9;
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i] = (w[i] as number) - (step[i] as number);
      change = Math.max(change, Math.abs(step[i] as number));
    }
    if (change < 1e-8) break;
  }
  return w;
}

/** Solves `a x = b` by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[p] as number[])[c] as number)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = (m[c] as number[])[c] as number;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((m[r] as number[])[c] as number) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = ((m[r] as number[])[k] as number) - f * ((m[c] as number[])[k] as number);
    }
  }
  return m.map((row, i) => {
    const piv = row[i] as number;
    return Math.abs(piv) < 1e-12 ? 0 : (row[n] as number) / piv;
  });
}

function predict(w: readonly number[], x: readonly number[]): number {
  let z = w[w.length - 1] as number;
  for (let i = 0; i < x.length; i++) z += (w[i] as number) * (x[i] as number);
  return 1 / (1 + Math.exp(-z));
}

/** Precision, recall and F1 of `p >= threshold` against the labels. */
export function prf(items: readonly { p: number; y: 0 | 1 }[], threshold: number): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const it of items) {
    const said = it.p >= threshold;
    if (said && it.y) tp++;
    else if (said) fp++;
    else if (it.y) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

async function analyseFolder(folder: string): Promise<Doc[]> {
  // A cache of analysed documents for repeated runs while developing features (DOSSIER_TRAIN_CACHE=DIR).
  const cacheDir = process.env.DOSSIER_TRAIN_CACHE;
  const cacheFile = cacheDir ? join(cacheDir, `${basename(dirname(folder))}.json`) : null;
  if (cacheFile && existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Doc[];
  const stages = createStages();
  const docs: Doc[] = [];
  for await (const input of readInputs([folder])) {
    if (!input.ok) continue;
    const r = analyzeRaw(input.doc, stages, { id: contentId(input.doc.raw) });
    if (r.ok) docs.push({ ...r.doc, raw: '', offsets: [] });
  }
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify(docs));
  return docs;
}

function devSet(shared: string, name: string): string {
  const root = process.env.DOSSIER_DEVSETS ?? '/tmp/dossier-devsets';
  const dir = join(root, name);
  if (!existsSync(join(dir, 'gold.json'))) execFileSync('python3', [join(shared, 'tools', 'dev-sets.py'), root, name], { stdio: 'ignore' });
  return dir;
}

const stemOf = (d: Doc): string => basename(d.source).split('.')[0] as string;

/** Labelled pairs of the SemEval-2022 news-similarity development set. */
async function similaritySamples(shared: string): Promise<Sample[]> {
  const dir = devSet(shared, 'similarity');
  const docs = await analyseFolder(join(dir, 'docs'));
  const { profiles } = corpusBasis(docs);
  const stats = corpusStats(profiles);
  const byStem = new Map<string, ReturnType<typeof weigh>>();
  const idToStem = new Map(docs.map((d) => [d.id, stemOf(d)]));
  const weighted = profiles.map((p) => weigh(p, stats));
  weighted.forEach((w) => byStem.set(idToStem.get(w.profile.doc) as string, w));
  const near = neighbourhoods(weighted, candidatePairs(weighted));
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { a: string; b: string; overall: number; cross: boolean }[];
  const out: Sample[] = [];
  for (const g of gold) {
    if (g.overall > 1.5 && g.overall <= 2.5) continue;
    const a = byStem.get(g.a);
    const b = byStem.get(g.b);
    if (!a || !b) continue;
    out.push({ x: pairFeatures(a, b, near), y: g.overall <= 1.5 ? 1 : 0, set: 'similarity', weight: 1, cross: g.cross });
  }
  return out;
}

/** Candidate pairs of the Hindi–English speeches, labelled by the gold pairs (gold pairs always included). */
async function hienSamples(shared: string): Promise<Sample[]> {
  const dir = devSet(shared, 'hien');
  const docs = await analyseFolder(join(dir, 'docs'));
  const { profiles } = corpusBasis(docs);
  const stats = corpusStats(profiles);
  const weighted = profiles.map((p) => weigh(p, stats));
  const idToStem = new Map(docs.map((d) => [d.id, stemOf(d)]));
  const stems = profiles.map((p) => idToStem.get(p.doc) as string);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { a: string; b: string }[];
  const partner = new Map<string, string>();
  for (const g of gold) {
    partner.set(g.a, g.b);
    partner.set(g.b, g.a);
  }
  const index = new Map(stems.map((s, i) => [s, i]));
  const candidates = candidatePairs(weighted);
  const near = neighbourhoods(weighted, candidates);
  const pairs = new Set(candidates.map(([a, b]) => `${a}|${b}`));
  for (const g of gold) {
    const a = index.get(g.a);
    const b = index.get(g.b);
    if (a !== undefined && b !== undefined) pairs.add(`${Math.min(a, b)}|${Math.max(a, b)}`);
  }
  const out: Sample[] = [];
  for (const code of [...pairs].sort()) {
    const [a, b] = code.split('|').map(Number) as [number, number];
    const y = partner.get(stems[a] as string) === stems[b] ? 1 : 0;
    const wa = weighted[a];
    const wb = weighted[b];
    if (!wa || !wb) continue;
    out.push({ x: pairFeatures(wa, wb, near), y, set: 'hien', weight: 1, cross: wa.profile.lang !== wb.profile.lang });
  }
  return out;
}

const FOLDS = 5;
const LAMBDA = 1;

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '..', '..', '..');
  const shared = resolve(root, '..', 'shared');
  if (!existsSync(join(shared, 'eval'))) {
    process.stderr.write(`train:similarity needs the public pair data in ${join(shared, 'eval')}; it is not there.\n`);
    process.exit(2);
  }
  const check = process.argv.includes('--check');
  process.stderr.write('analysing the SemEval-2022 and Hindi–English development sets…\n');
  const samples = [...(await similaritySamples(shared)), ...(await hienSamples(shared))];
  // Each set weighs as much as the other in the fit, however many pairs it has.
  const sets = [...new Set(samples.map((s) => s.set))];
  for (const set of sets) {
    const n = samples.filter((s) => s.set === set).length;
    for (const s of samples) if (s.set === set) s.weight = samples.length / sets.length / n;
  }
  // Out-of-fold probabilities: each pair is scored by a model that never saw it.
  const oof = samples.map(() => 0);
  for (let f = 0; f < FOLDS; f++) {
    const w = fitLogistic(samples.filter((_, i) => i % FOLDS !== f), LAMBDA);
    samples.forEach((s, i) => {
      if (i % FOLDS === f) oof[i] = predict(w, s.x);
    });
  }
  const all = samples.map((s, i) => ({ p: oof[i] as number, y: s.y }));
  let threshold = 0.5;
  let bestF1 = -1;
  for (let t = 0.05; t <= 0.95; t += 0.01) {
    const meanF1 = sets.reduce((acc, set) => acc + prf(all.filter((_, i) => samples[i]?.set === set), t).f1, 0) / sets.length;
    if (meanF1 > bestF1) {
      bestF1 = meanF1;
      threshold = Math.round(t * 100) / 100;
    }
  }
  const w = fitLogistic(samples, LAMBDA);
  const out = (s: string): boolean => process.stdout.write(s);
  out(`pairs: ${sets.map((set) => `${set} ${samples.filter((s) => s.set === set).length} (${samples.filter((s) => s.set === set && s.y).length} same)`).join(', ')}\n`);
  out('weight\tfeature\n');
  FEATURES.forEach((name, i) => out(`${(w[i] as number).toFixed(3)}\t${name}\n`));
  out(`${(w[FEATURES.length] as number).toFixed(3)}\tbias\nthreshold ${threshold}\n`);
  out(`cross-validated (${FOLDS} folds) at the threshold, pairs as scored by the model:\n`);
  for (const set of sets) {
    for (const cross of [false, true]) {
      const items = all.filter((_, i) => samples[i]?.set === set && samples[i]?.cross === cross);
      if (!items.length) continue;
      const r = prf(items, threshold);
      out(`  ${set} ${cross ? 'cross-lingual' : 'monolingual'}\tP ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f1.toFixed(3)} (${items.length} pairs)\n`);
    }
  }
  const dump = process.argv.indexOf('--dump');
  if (dump > 0 && process.argv[dump + 1]) writeFileSync(process.argv[dump + 1] as string, JSON.stringify(samples.map((s, i) => ({ ...s, oof: oof[i] }))));
  if (check) return;
  const file = join(root, 'src', 'corpus', 'stories', 'model.ts');
  const fmt = (x: number): string => String(Math.round(x * 1e4) / 1e4);
  writeFileSync(
    file,
    `// Generated by \`npm run train:similarity\` (src/corpus/stories/train.ts): do not edit by hand.\n` +
      `import type { SimilarityModel } from './similarity.js';\n\n` +
      `/** The story similarity model shipped with Dossier. */\n` +
      `export const MODEL: SimilarityModel = {\n` +
      `  features: [${FEATURES.map((f) => `'${f}'`).join(', ')}],\n` +
      `  weights: [${w.slice(0, FEATURES.length).map(fmt).join(', ')}],\n` +
      `  bias: ${fmt(w[FEATURES.length] as number)},\n` +
      `  threshold: ${threshold},\n};\n`,
  );
  out(`wrote ${file}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err: unknown) => {
    process.stderr.write(`train:similarity failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
