/**
 * `npm run train:ner`: trains the name taggers and writes their weights beside the language's
 * other resources (`src/lang/en/ner-en.tsv`, `src/lang/hi/ner-hi.tsv`). Deterministic: the same
 * data gives the same files byte for byte.
 *
 * English: CoNLL-2003 train (`../shared/eval/english-ner-train/train.conll`). Hindi: HiNER
 * sentences 0–6999 (`../shared/eval/hindi-ner-train/dev.conll`) and IL-NER train
 * (`../shared/eval/hindi-ner-ilner/train.conll`). Before the final model, a model trained on 90% of
 * the articles (a seeded split) is scored on the other 10% (entity-level exact match), and the
 * tagging speed is printed in tokens/s.
 *
 * `--dev` writes nothing: it trains on all the training data and scores the model on the development
 * sets the shared scorer reads (CoNLL-2003 dev; HiNER from sentence 7000 and IL-NER dev), each split
 * into two halves (even and odd documents, numbered as `../shared/tools/dev-sets.py` numbers them),
 * so that a change can be tuned on half A and checked on half B.
 *
 * Hindi also gets a gazetteer of the training names (`ner-gazetteer-hi.tsv`, hashed; jackknifed in
 * training) and is an average of 8 taggers trained with different sentence orders (`ensemble.ts`).
 *
 * usage: node dist/stages/entities/train-ner.js [en|hi]... [--heldout-only | --dev] [--epochs N] [--min-count N] [--runs N]
 * (`NER_HELDOUT_SEED=N` draws another held-out split; `NER_SPLIT_DIR=DIR` writes it with its 90% model and gazetteer)
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededShuffle } from '../../pipeline/random.js';
import type { SentenceFeatures } from './feature-hash.js';
import { decode, serializeModel, tagSpans, type TaggerModel, type TrainingSentence } from './tagger.js';
import { trainAveraged } from './ensemble.js';
import { buildGazetteer, serializeGazetteer, type NameGazetteer } from './name-gazetteer.js';
import { docContext, sentenceFeatures } from '../../lang/en/ner-features.js';
import { GAZETTEER_MAX_WORDS, GAZETTEER_TYPES, hindiSentenceFeatures } from '../../lang/hi/ner-features.js';
import { EN_LABELS } from '../../lang/en/ner.js';
import { HI_LABELS } from '../../lang/hi/ner.js';

interface Sentence {
  tokens: string[];
  tags: string[];
}

const SEED = 20031;
const EMPTY: SentenceFeatures = { hashes: new Uint32Array(0), offsets: Uint32Array.of(0) };
const EVAL = path.resolve(process.cwd(), '../shared/eval');

function readConll(file: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') {
      if (cur.tokens.length > 0) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.split('\t');
    if (cols[0] === '-DOCSTART-') continue;
    cur.tokens.push(cols[0] ?? '');
    cur.tags.push(normaliseTag(cols[cols.length - 1] ?? 'O'));
  }
  if (cur.tokens.length > 0) out.push(cur);
  return out;
}

const LONG: Record<string, string> = { PERSON: 'PER', LOCATION: 'LOC', ORGANIZATION: 'ORG' };
function normaliseTag(t: string): string {
  if (t === 'O') return t;
  const type = t.slice(2);
  return `${t.slice(0, 2)}${LONG[type] ?? type}`;
}

/** Groups of sentence indices, one per document. */
function docsOf(n: number, docOf: (i: number) => number): number[][] {
  const out: number[][] = [];
  let last = -1;
  for (let i = 0; i < n; i++) {
    const d = docOf(i);
    if (d !== last || out.length === 0) out.push([]);
    out[out.length - 1]?.push(i);
    last = d;
  }
  return out;
}

function sent2doc(file: string): (i: number) => number {
  const map: number[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [s, d] = line.split('\t');
    if (s && d) map[Number(s)] = Number(d);
  }
  return (i) => map[i] ?? i;
}

interface Lang {
  code: 'en' | 'hi';
  labels: readonly string[];
  docs: Sentence[][];
  features: (doc: readonly Sentence[], gaz?: NameGazetteer) => SentenceFeatures[];
  /** The features read a gazetteer of the training names (its types and longest name); jackknifed in training, written beside the weights. */
  gazetteer?: { types: readonly string[]; maxWords: number };
  epochs: number;
  /** Taggers trained with different sentence orders and averaged (`ensemble.ts`). */
  runs: number;
  /** Features seen fewer times in training are left out. */
  minCount: number;
  /** Where the documents come from, when from more than one set: [name, first doc, end] (held-out F1 is printed per set too). */
  parts?: Array<[string, number, number]>;
  /** The development sets (documents as the shared scorer's dev sets cut them), by name. */
  dev: () => Array<[string, Sentence[][]]>;
}

function english(): Lang {
  const file = path.join(EVAL, 'english-ner-train/train.conll');
  const sents = readConll(file);
  const groups = docsOf(sents.length, sent2doc(file.replace(/\.conll$/, '.sent2doc.tsv')));
  return {
    code: 'en',
    labels: EN_LABELS,
    docs: groups.map((g) => g.map((i) => sents[i] as Sentence)),
    features: (doc) => {
      const ctx = docContext(doc.map((s) => s.tokens));
      return doc.map((s) => sentenceFeatures(s.tokens, ctx));
    },
    epochs: 8,
    runs: 1,
    minCount: 1,
    dev: () => {
      const devFile = path.join(EVAL, 'english-ner-train/dev.conll');
      const ss = readConll(devFile);
      return [['CoNLL dev', docsOf(ss.length, sent2doc(devFile.replace(/\.conll$/, '.sent2doc.tsv'))).map((g) => g.map((i) => ss[i] as Sentence))]];
    },
  };
}

function hindi(): Lang {
  const hiner = readConll(path.join(EVAL, 'hindi-ner-train/dev.conll')).slice(0, 7000);
  const ilner = readConll(path.join(EVAL, 'hindi-ner-ilner/train.conll'));
  // Documents of 20 sentences, as the evaluation sets are built.
  const chunk = (ss: Sentence[]): Sentence[][] => docsOf(ss.length, (i) => Math.floor(i / 20)).map((g) => g.map((i) => ss[i] as Sentence));
  return {
    code: 'hi',
    labels: HI_LABELS,
    docs: [...chunk(hiner), ...chunk(ilner)],
    parts: [
      ['HiNER', 0, chunk(hiner).length],
      ['IL-NER', chunk(hiner).length, chunk(hiner).length + chunk(ilner).length],
    ],
    features: (doc, gaz) => doc.map((s) => hindiSentenceFeatures(s.tokens, gaz)),
    gazetteer: { types: GAZETTEER_TYPES, maxWords: GAZETTEER_MAX_WORDS },
    epochs: 8,
    runs: 8,
    minCount: 2,
    dev: () => [
      ['HiNER dev', chunk(readConll(path.join(EVAL, 'hindi-ner-train/dev.conll')).slice(7000))],
      ['IL-NER dev', chunk(readConll(path.join(EVAL, 'hindi-ner-ilner/dev.conll')))],
    ],
  };
}

/** Documents in the training gazetteer's jackknife: document k sees the names of the documents in other folds. */
const GAZETTEER_FOLDS = 10;

function gazetteerOf(lang: Lang, docs: readonly Sentence[][]): NameGazetteer | undefined {
  if (!lang.gazetteer) return undefined;
  return buildGazetteer(docs.flatMap((doc) => doc.map((s) => ({ tokens: s.tokens, spans: tagSpans(s.tags) }))), lang.gazetteer.types, lang.gazetteer.maxWords);
}

function toTraining(lang: Lang, docs: readonly Sentence[][]): TrainingSentence[] {
  // Jackknife: a training document sees only the names of the other folds, as a new text sees only those of the training data.
  const folds = lang.gazetteer ? Array.from({ length: GAZETTEER_FOLDS }, (_, f) => gazetteerOf(lang, docs.filter((_, k) => k % GAZETTEER_FOLDS !== f))) : [];
  return docs.flatMap((doc, d) => {
    const feats = lang.features(doc, folds[d % GAZETTEER_FOLDS]);
    return doc.map((s, k) => ({ features: feats[k] ?? EMPTY, labels: s.tags }));
  });
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(lang: Lang, model: TaggerModel, docs: readonly Sentence[][], gaz?: NameGazetteer): { micro: number; perType: Record<string, number>; tokensPerSecond: number } {
  const counts = new Map<string, Counts>();
  const get = (t: string): Counts => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  let tokens = 0;
  let ms = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const feats = lang.features(doc, gaz);
    const preds = feats.map((f) => decode(model, f));
    ms += performance.now() - t0;
    doc.forEach((s, k) => {
      tokens += s.tokens.length;
      const gold = new Set(tagSpans(s.tags).map((x) => `${x.start}:${x.end}:${x.type}`));
      const sys = new Set(tagSpans(preds[k] ?? []).map((x) => `${x.start}:${x.end}:${x.type}`));
      for (const key of sys) get(key.split(':')[2] ?? '')[gold.has(key) ? 'tp' : 'fp']++;
      for (const key of gold) if (!sys.has(key)) get(key.split(':')[2] ?? '').fn++;
    });
  }
  const f1 = (c: Counts): number => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
  const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const perType: Record<string, number> = {};
  for (const [t, c] of [...counts].sort()) perType[t] = f1(c);
  return { micro: f1(all), perType, tokensPerSecond: (tokens / ms) * 1000 };
}

function fmt(s: { micro: number; perType: Record<string, number>; tokensPerSecond: number }): string {
  const types = Object.entries(s.perType)
    .map(([t, v]) => `${t} ${v.toFixed(4)}`)
    .join(', ');
  return `micro F1 ${s.micro.toFixed(4)} (${types}); tagging ${Math.round(s.tokensPerSecond)} tokens/s`;
}

/** Trains on all the training data and scores the dev sets' halves (even and odd documents). */
function runDev(lang: Lang, epochs: number, minCount: number, runs: number): void {
  const t0 = Date.now();
  const model = trainAveraged(toTraining(lang, lang.docs), { labels: lang.labels, epochs, seed: SEED, minCount }, runs);
  const gaz = gazetteerOf(lang, lang.docs);
  console.log(`${lang.code}: trained on all training data in ${((Date.now() - t0) / 1000).toFixed(0)} s (${model.hashes.length} features)`);
  for (const [name, docs] of lang.dev()) {
    for (const half of [0, 1]) {
      const part = docs.filter((_, k) => k % 2 === half);
      console.log(`${lang.code}: ${name} half ${half === 0 ? 'A' : 'B'} (${part.length} docs): ${fmt(score(lang, model, part, gaz))}`);
    }
  }
}

function run(lang: Lang, heldoutOnly: boolean, epochs: number, minCount: number, runs: number): void {
  // NER_HELDOUT_SEED picks another held-out split, to check a change on more than one; the weights written never depend on it.
  const order = seededShuffle(
    lang.docs.map((_, i) => i),
    Number(process.env.NER_HELDOUT_SEED ?? SEED),
  );
  const cut = Math.floor(order.length * 0.9);
  const trainDocs = order.slice(0, cut).map((i) => lang.docs[i] as Sentence[]);
  const heldDocs = order.slice(cut).map((i) => lang.docs[i] as Sentence[]);
  const t0 = Date.now();
  const model = trainAveraged(
    toTraining(lang, trainDocs),
    {
      labels: lang.labels,
      epochs,
      seed: SEED,
      minCount,
      onEpoch: (e, errors) => process.stdout.write(`  ${lang.code} epoch ${e + 1}: ${errors} sentences wrong\n`),
    },
    runs,
  );
  const gaz = gazetteerOf(lang, trainDocs);
  console.log(`${lang.code}: held-out 10% of articles (${heldDocs.length} docs), trained on 90% in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${fmt(score(lang, model, heldDocs, gaz))}`);
  for (const [name, from, to] of lang.parts ?? []) {
    const part = order.slice(cut).filter((i) => i >= from && i < to).map((i) => lang.docs[i] as Sentence[]);
    console.log(`${lang.code}: held-out ${name} (${part.length} docs): ${fmt(score(lang, model, part, gaz))}`);
  }
  const splitDir = process.env.NER_SPLIT_DIR;
  if (splitDir) writeSplit(splitDir, lang, model, heldDocs, gaz);
  if (heldoutOnly) return;
  const full = trainAveraged(toTraining(lang, lang.docs), { labels: lang.labels, epochs, seed: SEED, minCount }, runs);
  const out = path.resolve(process.cwd(), `src/lang/${lang.code}/ner-${lang.code}.tsv`);
  const text = serializeModel(full);
  writeFileSync(out, text);
  console.log(`${lang.code}: wrote ${out} (${(text.length / 1e6).toFixed(2)} MB, ${text.split('\n').length - 1} lines)`);
  const gazetteer = gazetteerOf(lang, lang.docs);
  if (gazetteer) {
    const gout = path.resolve(process.cwd(), `src/lang/${lang.code}/ner-gazetteer-${lang.code}.tsv`);
    const gtext = serializeGazetteer(gazetteer);
    writeFileSync(gout, gtext);
    console.log(`${lang.code}: wrote ${gout} (${(gtext.length / 1e6).toFixed(2)} MB, ${gazetteer.size} names)`);
  }
}

/** For tuning the merge with the rules: the 90% model and the held-out articles as texts with gold names. */
function writeSplit(dir: string, lang: Lang, model: TaggerModel, docs: readonly Sentence[][], gazetteer: NameGazetteer | undefined): void {
  const out = path.join(dir, lang.code);
  mkdirSync(path.join(out, 'docs'), { recursive: true });
  writeFileSync(path.join(out, 'model.tsv'), serializeModel(model));
  if (gazetteer) writeFileSync(path.join(out, 'gazetteer.tsv'), serializeGazetteer(gazetteer));
  const names: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
  const gold: Record<string, Array<{ type: string; text: string }>> = {};
  docs.forEach((doc, k) => {
    const stem = `ho-${String(k).padStart(4, '0')}`;
    writeFileSync(path.join(out, 'docs', `${stem}.txt`), `${doc.map((s) => s.tokens.join(' ')).join('\n')}\n`);
    gold[stem] = doc.flatMap((s) => tagSpans(s.tags).map((sp) => ({ type: names[sp.type] ?? 'other', text: s.tokens.slice(sp.start, sp.end).join(' ') })));
  });
  writeFileSync(path.join(out, 'gold.json'), JSON.stringify(gold));
}

function main(): void {
  const args = process.argv.slice(2);
  if (!existsSync(EVAL)) {
    console.error(`${EVAL} absent: nothing to train on`);
    process.exit(1);
  }
  const heldoutOnly = args.includes('--heldout-only');
  const ei = args.indexOf('--epochs');
  const epochArg = ei >= 0 ? Number(args[ei + 1]) : null;
  const mi = args.indexOf('--min-count');
  const minArg = mi >= 0 ? Number(args[mi + 1]) : null;
  const ri = args.indexOf('--runs');
  const runsArg = ri >= 0 ? Number(args[ri + 1]) : null;
  const langs = args.filter((a) => a === 'en' || a === 'hi');
  for (const code of langs.length > 0 ? langs : ['en', 'hi']) {
    const lang = code === 'en' ? english() : hindi();
    if (args.includes('--dev')) {
      runDev(lang, epochArg ?? lang.epochs, minArg ?? lang.minCount, runsArg ?? lang.runs);
      continue;
    }
    run(lang, heldoutOnly, epochArg ?? lang.epochs, minArg ?? lang.minCount, runsArg ?? lang.runs);
  }
}

main();
