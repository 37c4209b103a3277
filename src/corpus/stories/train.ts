/**
 * `npm run train:similarity`: fits the story similarity model on the public pair data in
 * `../shared/eval` and writes `src/corpus/stories/model.ts`.
 *
 * The documents of each set are analysed exactly as `dossier analyze` does (same cleaning, stages,
 * entity resolution and profiles); the labelled pairs are SemEval-2022 Task 8's (same story when
 * `Overall` ≤ 1.5, different when > 2.5) and, for the Hindi–English speeches, every candidate pair
 * the inverted index proposes plus the gold pairs. Pairs are drawn from the whole corpus and from
 * seeded random sub-corpora of a few gold pairs each, so the weights also fit a corpus of five reports. A logistic model is fitted by Newton's method
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
import { corpusStats, FEATURES, pairFeatures, sameStoryProbability, weigh } from './similarity.js';
import type { StoryProfile } from './profile.js';
import { hashString } from '../../stages/entities/feature-hash.js';

/** A labelled pair's features, its label, the set it came from and its weight in the fit. */
export interface Sample {
  x: number[];
  y: 0 | 1;
  set: string;
  weight: number;
  cross: boolean;
  /** The pair's documents: every sample of one pair falls in one cross-validation fold. */
  key: string;
  /**
   * The groups of the pair's two documents (documents joined by a gold pair, within the set): a
   * document and every document it is paired with fall in one cross-validation fold.
   */
  groups: [string, string];
  /** Whether the pair was scored within the whole corpus (not a sub-corpus of a few pairs). */
  whole: boolean;
  /** A candidate pair without a gold label, taken as different stories (its documents are in no common gold pair). */
  implicit?: boolean;
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

/** The probability a fitted weight vector (bias last) gives, through the product's own model function. */
function predict(w: readonly number[], x: readonly number[]): number {
  return sameStoryProbability({ features: FEATURES, weights: w.slice(0, -1), bias: w[w.length - 1] as number, threshold: 0.5 }, x);
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

/** The day relative dates of undated training pages are resolved against. */
const REFERENCE_DAY = '2024-01-01';

/**
 * Analyses every file of a folder. Files with the same content are one document, as in a store (the first
 * by source order is kept); `copies` gives each other file's source the source of the document kept.
 */
async function analyseFolder(folder: string): Promise<{ docs: Doc[]; copies: Map<string, string> }> {
  // A cache of analysed documents for repeated runs while developing features (DOSSIER_TRAIN_CACHE=DIR).
  const cacheDir = process.env.DOSSIER_TRAIN_CACHE;
  const cacheFile = cacheDir ? join(cacheDir, `${basename(dirname(folder))}.json`) : null;
  let all: Doc[];
  if (cacheFile && existsSync(cacheFile)) all = JSON.parse(readFileSync(cacheFile, 'utf8')) as Doc[];
  else {
    const stages = createStages();
    all = [];
    for await (const input of readInputs([folder])) {
      if (!input.ok) continue;
      // Undated pages resolve relative dates against a fixed day, so the fit does not change with the day it runs.
      const r = analyzeRaw(input.doc, stages, { id: contentId(input.doc.raw), today: REFERENCE_DAY });
      if (r.ok) all.push({ ...r.doc, raw: '', offsets: [] });
    }
    if (cacheFile) writeFileSync(cacheFile, JSON.stringify(all));
  }
  const kept = new Map<string, Doc>();
  const copies = new Map<string, string>();
  for (const d of [...all].sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0))) {
    const first = kept.get(d.id);
    if (first) copies.set(d.source, first.source);
    else kept.set(d.id, d);
  }
  return { docs: [...kept.values()], copies };
}

function devSet(shared: string, name: string): string {
  const root = process.env.DOSSIER_DEVSETS ?? '/tmp/dossier-devsets';
  const dir = join(root, name);
  if (!existsSync(join(dir, 'gold.json'))) execFileSync('python3', [join(shared, 'tools', 'dev-sets.py'), root, name], { stdio: 'ignore' });
  return dir;
}

const stemOf = (d: Doc): string => stemOfSource(d.source);

/** A development corpus: its profiles (by document stem) and how its pairs are labelled. */
interface LabelledCorpus {
  set: string;
  profiles: StoryProfile[];
  stems: string[];
  /** 1 same story, 0 different, null unknown. */
  label(a: string, b: string): 0 | 1 | null;
  /** The pairs with a gold label, as stems. */
  gold: [string, string][];
  /** Pairs with a gold judgement between same and different (SemEval `Overall` 1.5–2.5): not scored, never taken as different. */
  unscored?: [string, string][];
  /** Every pair is labelled (all other combinations are different stories), so candidates are samples too. */
  exhaustive: boolean;
}

/**
 * Candidate pairs of a set labelled only in part (SemEval) that no gold pair joins are taken as different
 * stories, weighing together this share of the set's gold pairs: clustering scores every candidate pair of
 * the corpus, and a model fitted on the gold pairs alone (chosen as alike) accepted so many of the others
 * that stories of 30 reports formed.
 */
const IMPLICIT_SHARE = 0.3;
const IMPLICIT_NEGATIVES = IMPLICIT_SHARE > 0;

/** Sub-corpora drawn per set, so the model also learns how features behave in a corpus of a few reports. */
const SUBCORPORA = 40;
const SUBCORPUS_PAIRS = [1, 2, 3, 5, 8, 13, 21];

/**
 * Groups of documents for cross-validation by document: documents joined by a gold pair of the set (of
 * either label where only some pairs are labelled, of one story where every pair is) are one group,
 * named by its first stem in sort order.
 *
 * @example
 * ```ts
 * documentGroups([['a', 'b'], ['b', 'c'], ['d', 'e']]).get('c'); // 'a'
 * ```
 */
export function documentGroups(pairs: readonly (readonly [string, string])[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return new Map([...parent.keys()].map((x) => [x, find(x)]));
}

/** The labelled pairs among `members` (indexes into the corpus), with features computed within that corpus alone. */
function samplesWithin(corpus: LabelledCorpus, members: readonly number[], groups: ReadonlyMap<string, string>): Sample[] {
  const profiles = members.map((i) => corpus.profiles[i] as StoryProfile);
  const stems = members.map((i) => corpus.stems[i] as string);
  const stats = corpusStats(profiles);
  const weighted = profiles.map((p) => weigh(p, stats));
  const candidates = candidatePairs(weighted);
  const near = neighbourhoods(weighted, candidates);
  const index = new Map(stems.map((st, i) => [st, i]));
  const pairs = new Set<string>();
  for (const [x, y] of corpus.gold) {
    const a = index.get(x);
    const b = index.get(y);
    if (a !== undefined && b !== undefined) pairs.add(`${Math.min(a, b)}|${Math.max(a, b)}`);
  }
  const whole = members.length === corpus.profiles.length;
  const implicit = !corpus.exhaustive && whole && IMPLICIT_NEGATIVES;
  if (corpus.exhaustive || implicit) candidates.a.forEach((a, k) => pairs.add(`${a}|${candidates.b[k]}`));
  const out: Sample[] = [];
  const group = (stem: string): string => `${corpus.set}:${groups.get(stem) ?? stem}`;
  for (const code of [...pairs].sort()) {
    const [a, b] = code.split('|').map(Number) as [number, number];
    const pairGroups: [string, string] = [group(stems[a] as string), group(stems[b] as string)];
    const label = corpus.label(stems[a] as string, stems[b] as string);
    const unlabelled = label === null && implicit && pairGroups[0] !== pairGroups[1];
    const y = label ?? (unlabelled ? 0 : null);
    const wa = weighted[a];
    const wb = weighted[b];
    if (y === null || !wa || !wb) continue;
    const key = [stems[a], stems[b]].sort().join('|');
    const x = pairFeatures(wa, wb, near);
    const cross = wa.profile.lang !== wb.profile.lang;
    out.push({ x, y, set: corpus.set, weight: 1, cross, key, groups: pairGroups, whole, ...(unlabelled ? { implicit: true } : {}) });
  }
  return out;
}

/** Samples from the whole corpus, then from seeded random sub-corpora of a few gold pairs each. */
function corpusSamples(corpus: LabelledCorpus): Sample[] {
  const groups = documentGroups([...corpus.gold, ...(corpus.unscored ?? [])]);
  const out = samplesWithin(corpus, corpus.profiles.map((_, i) => i), groups);
  const index = new Map(corpus.stems.map((st, i) => [st, i]));
  const withBoth = corpus.gold.filter(([a, b]) => index.has(a) && index.has(b));
  let seed = 2026;
  const rand = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  for (let r = 0; r < SUBCORPORA; r++) {
    const m = SUBCORPUS_PAIRS[r % SUBCORPUS_PAIRS.length] as number;
    const members = new Set<number>();
    for (let k = 0; k < m; k++) {
      const [a, b] = withBoth[Math.floor(rand() * withBoth.length)] as [string, string];
      members.add(index.get(a) as number);
      members.add(index.get(b) as number);
    }
    out.push(...samplesWithin(corpus, [...members].sort((x, y) => x - y), groups));
  }
  return out;
}

async function loadCorpus(
  shared: string,
  name: string,
): Promise<{ dir: string; profiles: StoryProfile[]; stems: string[]; canonical: (stem: string) => string }> {
  const dir = devSet(shared, name);
  const { docs, copies } = await analyseFolder(join(dir, 'docs'));
  const { profiles } = corpusBasis(docs);
  const idToStem = new Map(docs.map((d) => [d.id, stemOf(d)]));
  // A file whose content another file has is that document (a store keeps it once).
  const alias = new Map([...copies].map(([copy, first]) => [stemOfSource(copy), stemOfSource(first)]));
  return { dir, profiles, stems: profiles.map((p) => idToStem.get(p.doc) as string), canonical: (stem) => alias.get(stem) ?? stem };
}

const stemOfSource = (source: string): string => basename(source).split('.')[0] as string;

/** The SemEval-2022 news-similarity development set: same story when `Overall` ≤ 1.5, different when > 2.5. */
async function similarityCorpus(shared: string): Promise<LabelledCorpus> {
  const { dir, profiles, stems, canonical } = await loadCorpus(shared, 'similarity');
  const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { a: string; b: string; overall: number }[])
    .map((g) => ({ ...g, a: canonical(g.a), b: canonical(g.b) }));
  const labels = new Map<string, 0 | 1>();
  for (const g of gold) {
    if (g.overall > 1.5 && g.overall <= 2.5) continue;
    if (g.a === g.b) continue;
    const y = g.overall <= 1.5 ? 1 : 0;
    labels.set(`${g.a}|${g.b}`, y);
    labels.set(`${g.b}|${g.a}`, y);
  }
  return {
    set: 'similarity', profiles, stems, exhaustive: false,
    gold: gold.filter((g) => labels.has(`${g.a}|${g.b}`)).map((g) => [g.a, g.b]),
    unscored: gold.filter((g) => g.a !== g.b && !labels.has(`${g.a}|${g.b}`)).map((g) => [g.a, g.b]),
    label: (a, b) => labels.get(`${a}|${b}`) ?? null,
  };
}

/** The Hindi–English speeches: each gold pair one story, every other combination a different story. */
async function hienCorpus(shared: string): Promise<LabelledCorpus> {
  const { dir, profiles, stems, canonical } = await loadCorpus(shared, 'hien');
  const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { a: string; b: string }[])
    .map((g) => ({ a: canonical(g.a), b: canonical(g.b) }));
  const partner = new Map<string, string>();
  for (const g of gold) {
    partner.set(g.a, g.b);
    partner.set(g.b, g.a);
  }
  return {
    set: 'hien', profiles, stems, exhaustive: true,
    gold: gold.map((g) => [g.a, g.b]),
    label: (a, b) => (partner.get(a) === b ? 1 : 0),
  };
}

/**
 * Dossier's own example corpus (`examples/`, written by us) with its story gold: every pair is labelled.
 * The public pair sets have no publication dates and few event frames, so only here can the model see
 * what two reports' agreeing frames (one kind, one day, a shared place or participant) say.
 */
async function examplesCorpus(root: string): Promise<LabelledCorpus> {
  const { docs } = await analyseFolder(join(root, 'examples'));
  const { profiles } = corpusBasis(docs);
  // `examples/wires.jsonl#1` → `wires#1`, as the gold names reports.
  const stemOfSource = (source: string): string => basename(source).replace(/\.[a-z.]+(?=#|$)/, '');
  const idToStem = new Map(docs.map((d) => [d.id, stemOfSource(d.source)]));
  const stems = profiles.map((p) => idToStem.get(p.doc) as string);
  const gold = JSON.parse(readFileSync(join(root, 'test', 'examples.gold.json'), 'utf8')) as { events: { reported_by: string[] }[] };
  const storyOf = new Map<string, number>();
  gold.events.forEach((e, i) => e.reported_by.forEach((r) => storyOf.set(r, i)));
  const pairs: [string, string][] = [];
  for (const e of gold.events) for (let i = 0; i < e.reported_by.length; i++) for (let j = i + 1; j < e.reported_by.length; j++) pairs.push([e.reported_by[i] as string, e.reported_by[j] as string]);
  return {
    set: 'examples', profiles, stems, exhaustive: true, gold: pairs,
    label: (a, b) => (storyOf.has(a) && storyOf.get(a) === storyOf.get(b) ? 1 : 0),
  };
}

const FOLDS = 5;

/** The cross-validation fold of a document group (FNV-1a of its name). */
export function fold(key: string): number {
  return hashString(key) % FOLDS;
}
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
  const samples = [
    ...corpusSamples(await similarityCorpus(shared)), ...corpusSamples(await hienCorpus(shared)), ...corpusSamples(await examplesCorpus(root)),
  ];
  // Each set's gold pairs weigh as much as another set's, however many pairs it has; its implicit negatives
  // weigh IMPLICIT_SHARE of that together.
  const sets = [...new Set(samples.map((s) => s.set))];
  const labelled = samples.filter((s) => !s.implicit);
  for (const set of sets) {
    const n = labelled.filter((s) => s.set === set).length;
    const implicit = samples.filter((s) => s.set === set && s.implicit).length;
    for (const s of samples) {
      if (s.set !== set) continue;
      s.weight = s.implicit ? (IMPLICIT_SHARE * labelled.length) / sets.length / implicit : labelled.length / sets.length / n;
    }
  }
  // Out-of-fold probabilities, folds split by document: a pair is held out in fold f when both its
  // documents' groups fall in f, and fold f's model is fitted on the pairs with neither document in f,
  // so no held-out document was seen in the fit. Pairs across two folds are held out nowhere.
  const oof: (number | null)[] = samples.map(() => null);
  const foldsOf = samples.map((s) => s.groups.map(fold) as [number, number]);
  for (let f = 0; f < FOLDS; f++) {
    const w = fitLogistic(samples.filter((_, i) => !(foldsOf[i] as number[]).includes(f)), LAMBDA);
    samples.forEach((s, i) => {
      if ((foldsOf[i] as number[]).every((g) => g === f)) oof[i] = predict(w, s.x);
    });
  }
  const heldOut = samples.map((_, i) => i).filter((i) => oof[i] !== null && !samples[i]?.implicit);
  const all = samples.map((s, i) => ({ p: oof[i] ?? 0, y: s.y }));
  let threshold = 0.5;
  let bestF1 = -1;
  for (let t = 0.05; t <= 0.95; t += 0.01) {
    const meanF1 = sets.reduce((acc, set) => acc + prf(heldOut.filter((i) => samples[i]?.set === set).map((i) => all[i] as { p: number; y: 0 | 1 }), t).f1, 0) / sets.length;
    if (meanF1 > bestF1) {
      bestF1 = meanF1;
      threshold = Math.round(t * 100) / 100;
    }
  }
  const w = fitLogistic(samples, LAMBDA);
  const out = (s: string): boolean => process.stdout.write(s);
  out(`pairs: ${sets.map((set) => `${set} ${labelled.filter((s) => s.set === set).length} (${samples.filter((s) => s.set === set && s.y).length} same, ${samples.filter((s) => s.set === set && s.implicit).length} unlabelled candidates as different)`).join(', ')}\n`);
  out('weight\tfeature\n');
  FEATURES.forEach((name, i) => out(`${(w[i] as number).toFixed(3)}\t${name}\n`));
  out(`${(w[FEATURES.length] as number).toFixed(3)}\tbias\nthreshold ${threshold}\n`);
  // Held out: each pair scored by the fold model that never saw it; fitted: by the model fitted on every pair.
  const fitted = samples.map((s) => ({ p: predict(w, s.x), y: s.y }));
  out(`at the threshold, pairs as scored by the model: held out (${FOLDS}-fold, split by document) | fitted on all pairs\n`);
  const line = (name: string, keep: (s: Sample) => boolean): void => {
    const idx = samples.map((s, i) => (keep(s) ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return;
    const held = idx.filter((i) => oof[i] !== null);
    const h = prf(held.map((i) => all[i] as { p: number; y: 0 | 1 }), threshold);
    const f = prf(idx.map((i) => fitted[i] as { p: number; y: 0 | 1 }), threshold);
    out(`  ${name}\tP ${h.p.toFixed(3)} R ${h.r.toFixed(3)} F1 ${h.f1.toFixed(3)} (${held.length} held out) | P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} F1 ${f.f1.toFixed(3)} (${idx.length} pairs)\n`);
  };
  for (const set of sets) {
    for (const cross of [false, true]) line(`${set} ${cross ? 'cross-lingual' : 'monolingual'}`, (s) => s.set === set && s.cross === cross && !s.implicit);
    line(`${set} whole corpus`, (s) => s.set === set && s.whole && !s.implicit);
    const implicit = samples.map((s, i) => (s.set === set && s.implicit ? i : -1)).filter((i) => i >= 0);
    const accepted = (ps: { p: number }[]): string => (ps.filter((x) => x.p >= threshold).length / ps.length).toFixed(3);
    if (implicit.length) {
      const held = implicit.filter((i) => oof[i] !== null);
      out(`  ${set} unlabelled candidates accepted: ${accepted(held.map((i) => all[i] as { p: number }))} (${held.length} held out) | ${accepted(implicit.map((i) => fitted[i] as { p: number }))}\n`);
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
