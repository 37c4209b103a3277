/**
 * A language-independent sequence tagger for names: a structured averaged perceptron (Collins 2002)
 * over BIO tags with first-order Viterbi decoding. Each token is described by feature strings (the
 * language supplies them); a label's score is the sum of the weights of the token's features for
 * that label plus a transition weight from the previous label. Decoding never puts `I-X` after
 * anything but `B-X` or `I-X`, in training and in use.
 *
 * Features are 32-bit hashes (`feature-hash.ts`). Weights are stored as text: one line per feature,
 * `hash<TAB>label:weight ...`, weights as integers (scaled by {@link WEIGHT_SCALE}); see
 * {@link serializeModel}. Training is deterministic: the sentence order of each epoch comes from
 * the seeded shuffle, so the same data and seed give the same file byte for byte.
 *
 * @example
 * ```ts
 * const model = trainTagger(sentences, { labels: ['O', 'B-PER', 'I-PER'], epochs: 5, seed: 1 });
 * decode(model, sentenceFeatures(['Kenji', 'Arata', 'said'], ctx)); // ['B-PER', 'I-PER', 'O']
 * ```
 */

import { seededShuffle } from '../../pipeline/random.js';
import { FeatureTable, type BlockStore, type SentenceBlocks, type SentenceFeatures } from './feature-hash.js';
import { shippedLoader } from './shipped.js';

/** Stored weights are integers: the averaged weight times this. */
export const WEIGHT_SCALE = 100;

/** A trained tagger: labels, feature rows and weights (`row * labels.length + label`). */
export interface TaggerModel {
  labels: string[];
  /** Feature hash of each weight row. */
  hashes: Uint32Array;
  /** Feature hash → row. */
  table: FeatureTable;
  weights: Float32Array;
  /** (labels.length + 1) × labels.length: row `labels.length` is the sentence start. */
  transitions: Float32Array;
}

/** A training sentence: the features of its tokens and their gold labels. */
export interface TrainingSentence {
  features: SentenceFeatures;
  labels: string[];
}

/** Options of {@link trainTagger}. */
export interface TrainOptions {
  labels: readonly string[];
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are left out (default 1: all kept). */
  minCount?: number;
  /** Called after each epoch (for progress and held-out checks). */
  onEpoch?: (epoch: number, errors: number) => void;
}

/**
 * Which label pairs may follow each other: `allowed[from * L + to]`, with `from = L` the start.
 * `I-X` only after `B-X` or `I-X`.
 *
 * @example
 * ```ts
 * const ok = allowedTransitions(['O', 'B-PER', 'I-PER']);
 * ok[0 * 3 + 2]; // 0: I-PER after O is not allowed
 * ```
 */
export function allowedTransitions(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const ok = new Uint8Array((L + 1) * L);
  for (let from = 0; from <= L; from++) {
    for (let to = 0; to < L; to++) {
      const t = labels[to] ?? 'O';
      if (!t.startsWith('I-')) {
        ok[from * L + to] = 1;
        continue;
      }
      const f = from < L ? (labels[from] ?? 'O') : 'O';
      ok[from * L + to] = f !== 'O' && f.slice(2) === t.slice(2) ? 1 : 0;
    }
  }
  return ok;
}

/** Weight rows of each token: token t has `ids[offsets[t] .. offsets[t + 1])`. */
interface Rows {
  ids: Int32Array;
  offsets: Uint32Array;
}

/**
 * Viterbi decoding over feature ids with the allowed transitions (training's decoder). Returns label indices.
 */
function viterbi(weights: Float32Array | Float64Array, transitions: Float32Array | Float64Array, L: number, allowed: Uint8Array, rows: Rows): Int32Array {
  const n = rows.offsets.length - 1;
  const emit = scratch(n * L);
  emit.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    for (let j = rows.offsets[i] as number; j < (rows.offsets[i + 1] as number); j++) addRow(emit, i * L, weights, (rows.ids[j] as number) * L, L);
  }
  return bestPath(emit, n, transitions, L, allowed);
}

/** `emit[at .. at + L) += weights[base .. base + L)`, label by label. */
function addRow(emit: Float64Array, at: number, weights: Float32Array | Float64Array, base: number, L: number): void {
  for (let y = 0; y < L; y++) emit[at + y] = (emit[at + y] as number) + (weights[base + y] as number);
}

/**
 * The tokens' label scores (`n × L`, in a shared scratch buffer): for each token, the weights of its
 * known features summed in feature order, as {@link viterbi} sums them, without building the rows first.
 * Where the features came with word blocks and the model's sums are exact ({@link exactTerms}), a
 * block's summed weights are taken from the block's cache instead (see {@link blockEmissions}).
 */
function emissions(model: TaggerModel, f: SentenceFeatures, L: number): Float64Array {
  const n = f.offsets.length - 1;
  const emit = scratch(n * L);
  emit.fill(0, 0, n * L);
  // Blocks made before their store was cleared name other words now: those features are summed one by one.
  const blocks = f.blocks && f.blocks.generation === f.blocks.store.generation ? f.blocks : undefined;
  const terms = blocks ? exactTerms(model) : 0;
  for (let i = 0; i < n; i++) {
    const from = f.offsets[i] as number;
    const to = f.offsets[i + 1] as number;
    if (blocks && to - from <= terms) blockEmissions(model, f, blocks, i, emit, L);
    else for (let j = from; j < to; j++) addFeature(model, emit, i * L, f.hashes[j] as number, L);
  }
  return emit;
}

/** Adds the weights of feature `h` (if the model knows it) to `emit[at .. at + L)`. */
function addFeature(model: TaggerModel, emit: Float64Array, at: number, h: number, L: number): void {
  const r = model.table.get(h);
  if (r >= 0) addRow(emit, at, model.weights, r * L, L);
}

/**
 * Token i's scores from its word blocks' cached sums and its other features' rows. The same numbers
 * as summing every feature in order: with {@link exactTerms} every partial sum is exact, so the
 * order of the additions cannot change the result.
 */
function blockEmissions(model: TaggerModel, f: SentenceFeatures, blocks: SentenceBlocks, i: number, emit: Float64Array, L: number): void {
  const at = i * L;
  const store = blocks.store;
  const R = store.roles;
  for (let k = blocks.offsets[i] as number; k < (blocks.offsets[i + 1] as number); k++) {
    const slot = blocks.slots[k] as number;
    const sums = wordSums(model, store, slot, L);
    const base = (slot * R + (blocks.roles[k] as number)) * L;
    for (let y = 0; y < L; y++) emit[at + y] = (emit[at + y] as number) + (sums[base + y] as number);
  }
  for (let j = f.offsets[i] as number; j < (f.offsets[i + 1] as number); j++) {
    if (!blocks.covered[j]) addFeature(model, emit, at, f.hashes[j] as number, L);
  }
}

/** The store's summed weights (per word, role and label) with word `slot`'s computed: once per model and word. */
function wordSums(model: TaggerModel, store: BlockStore, slot: number, L: number): Float64Array {
  const R = store.roles;
  if (store.owner !== model || store.sums.length < store.words * R * L) {
    const size = Math.max(store.words, 2 * (store.sums.length / (R * L)), 256);
    const sums = new Float64Array(size * R * L);
    const summed = new Uint8Array(size);
    if (store.owner === model) {
      sums.set(store.sums);
      summed.set(store.summed);
    }
    store.owner = model;
    store.sums = sums;
    store.summed = summed;
  }
  const sums = store.sums;
  if (!store.summed[slot]) {
    for (let r = 0; r < R; r++) {
      const at = (slot * R + r) * L;
      sums.fill(0, at, at + L);
      for (let j = store.roleStart(slot, r); j < store.roleStart(slot, r + 1); j++) addFeature(model, sums, at, store.hashes[j] as number, L);
    }
    store.summed[slot] = 1;
  }
  return sums;
}

const EXACT_TERMS = new WeakMap<TaggerModel, number>();
/**
 * How many of the model's weights can be summed in any order with the same result: when every
 * weight is a multiple of 2^-30 (as the shipped weights are: float32 values of integers / 100, none
 * below 0.01 in size), a sum of k of them is a multiple of 2^-30 no larger than k times the largest
 * weight, so it is exact in a double while that stays within 2^22. 0 when the weights are not of that
 * kind (a freshly trained model), so its sums are always taken in feature order.
 */
function exactTerms(model: TaggerModel): number {
  let k = EXACT_TERMS.get(model);
  if (k !== undefined) return k;
  let largest = 0;
  let exact = true;
  for (const w of model.weights) {
    if (!Number.isInteger(w * 2 ** 30)) {
      exact = false;
      break;
    }
    largest = Math.max(largest, Math.abs(w));
  }
  k = !exact ? 0 : largest === 0 ? Number.MAX_SAFE_INTEGER : Math.floor(2 ** 22 / largest);
  EXACT_TERMS.set(model, k);
  return k;
}

let scratchBuffer = new Float64Array(1024);
let backBuffer = new Int32Array(1024);
/** A reused buffer of at least `size` numbers: decoding allocates nothing per sentence but its answer. */
function scratch(size: number): Float64Array {
  if (scratchBuffer.length < size) scratchBuffer = new Float64Array(Math.max(size, 2 * scratchBuffer.length));
  return scratchBuffer;
}

/**
 * The allowed transitions as lists, for the decoders' inner loops: for each label `y`, the labels
 * that may come before it (`before[y * L .. y * L + beforeCount[y])`) and after it (likewise), in
 * label order, so a loop over them visits the same labels in the same order as a loop over every
 * label that skips the forbidden ones, and keeps the same first best on ties.
 */
interface Moves {
  before: Int32Array;
  beforeCount: Int32Array;
  after: Int32Array;
  afterCount: Int32Array;
}

const MOVES = new WeakMap<Uint8Array, Moves>();
function movesOf(allowed: Uint8Array, L: number): Moves {
  let m = MOVES.get(allowed);
  if (m) return m;
  m = { before: new Int32Array(L * L), beforeCount: new Int32Array(L), after: new Int32Array(L * L), afterCount: new Int32Array(L) };
  for (let y = 0; y < L; y++) {
    for (let p = 0; p < L; p++) {
      if (allowed[p * L + y]) m.before[y * L + (m.beforeCount[y] as number)++] = p;
      if (allowed[y * L + p]) m.after[y * L + (m.afterCount[y] as number)++] = p;
    }
  }
  MOVES.set(allowed, m);
  return m;
}

/**
 * First-order Viterbi forward pass over token scores `emit` (`n × L`, n > 0) under the allowed
 * transitions: `alpha[i·L + y]` is the best score of a path ending in `y` at token `i` and `back` its
 * predecessor (the first best on ties). `alpha` may be `emit` itself: each cell is read before it is
 * written. Returns the best last label.
 */
function forward(emit: Float64Array, alpha: Float64Array, back: Int32Array, n: number, transitions: Float32Array | Float64Array, L: number, allowed: Uint8Array): number {
  const { before, beforeCount } = movesOf(allowed, L);
  for (let y = 0; y < L; y++) {
    alpha[y] = (allowed[L * L + y] ? (transitions[L * L + y] as number) : -Infinity) + (emit[y] as number);
    back[y] = 0;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const at = i * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = y * L, end = k + (beforeCount[y] as number); k < end; k++) {
        const p = before[k] as number;
        const s = (alpha[prev + p] as number) + (transitions[p * L + y] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[at + y] = best + (emit[at + y] as number);
      back[at + y] = arg;
    }
  }
  let bestY = 0;
  let best = -Infinity;
  for (let y = 0; y < L; y++) {
    const s = alpha[(n - 1) * L + y] as number;
    if (s > best) {
      best = s;
      bestY = y;
    }
  }
  return bestY;
}

/**
 * The best label path for token scores `emit` (`n × L`) under the allowed transitions ({@link forward}).
 * `emit` is overwritten with the path scores.
 */
function bestPath(emit: Float64Array, n: number, transitions: Float32Array | Float64Array, L: number, allowed: Uint8Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (backBuffer.length < n * L) backBuffer = new Int32Array(Math.max(n * L, 2 * backBuffer.length));
  const back = backBuffer;
  let bestY = forward(emit, emit, back, n, transitions, L, allowed);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bestY;
    bestY = back[i * L + bestY] as number;
  }
  return out;
}

/** A decoded sentence: labels and, per token, how much worse the best path would be with that token `O`. */
export interface Decoded {
  tags: string[];
  /** Max-marginal gap: 0 for tokens labelled `O`, larger for surer name tokens. */
  margins: Float64Array;
}

/**
 * Decodes a sentence and measures how sure each name token is: the score of the best path minus
 * the score of the best path that labels the token `O` (forward and backward Viterbi).
 *
 * @example
 * ```ts
 * decodeWithMargins(model, features).margins; // [3.2, 2.9, 0, ...]
 * ```
 */
export function decodeWithMargins(model: TaggerModel, features: SentenceFeatures): Decoded {
  const L = model.labels.length;
  const n = features.offsets.length - 1;
  const allowed = allowedOf(model);
  const { after, afterCount } = movesOf(allowed, L);
  const tr = model.transitions;
  const emit = emissions(model, features, L);
  const tags: string[] = new Array<string>(n);
  const margins = new Float64Array(n);
  if (n === 0) return { tags, margins };
  // Every cell of alpha, beta and back is written below before it is read: reused buffers, no fill.
  if (alphaBuffer.length < n * L) {
    const size = Math.max(n * L, 2 * alphaBuffer.length);
    alphaBuffer = new Float64Array(size);
    betaBuffer = new Float64Array(size);
    marginBackBuffer = new Int32Array(size);
  }
  const alpha = alphaBuffer;
  const beta = betaBuffer;
  const back = marginBackBuffer;
  let bestY = forward(emit, alpha, back, n, tr, L, allowed);
  const best = alpha[(n - 1) * L + bestY] as number;
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * L;
    for (let y = 0; y < L; y++) {
      let top = -Infinity;
      for (let k = y * L, end = k + (afterCount[y] as number); k < end; k++) {
        const q = after[k] as number;
        const v = (tr[y * L + q] as number) + (emit[next + q] as number) + (beta[next + q] as number);
        if (v > top) top = v;
      }
      beta[i * L + y] = top;
    }
  }
  const o = model.labels.indexOf('O');
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = model.labels[bestY] ?? 'O';
    margins[i] = bestY === o ? 0 : best - ((alpha[i * L + o] as number) + (beta[i * L + o] as number));
    bestY = back[i * L + bestY] as number;
  }
  return { tags, margins };
}

let alphaBuffer = new Float64Array(1024);
let betaBuffer = new Float64Array(1024);
let marginBackBuffer = new Int32Array(1024);

/**
 * The best label sequence for a sentence given its tokens' features.
 *
 * @example
 * ```ts
 * decode(model, features); // ['B-PER', 'I-PER', 'O']
 * ```
 */
export function decode(model: TaggerModel, features: SentenceFeatures): string[] {
  const L = model.labels.length;
  const ys = bestPath(emissions(model, features, L), features.offsets.length - 1, model.transitions, L, allowedOf(model));
  return Array.from(ys, (y) => model.labels[y] ?? 'O');
}

const ALLOWED = new WeakMap<TaggerModel, Uint8Array>();
function allowedOf(model: TaggerModel): Uint8Array {
  let a = ALLOWED.get(model);
  if (!a) {
    a = allowedTransitions(model.labels);
    ALLOWED.set(model, a);
  }
  return a;
}

/**
 * Trains a structured averaged perceptron. The sentence order of each epoch is a seeded shuffle,
 * so training is reproducible.
 *
 * @example
 * ```ts
 * trainTagger([{ features: sentenceFeatures(['Kenji', 'Arata'], ctx), labels: ['B-PER', 'I-PER'] }], { labels: ['O', 'B-PER', 'I-PER'], epochs: 3, seed: 1 });
 * ```
 */
export function trainTagger(sentences: readonly TrainingSentence[], options: TrainOptions): TaggerModel {
  const labels = [...options.labels];
  const L = labels.length;
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const counts = new Map<number, number>();
  for (const s of sentences) for (const h of s.features.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const minCount = options.minCount ?? 1;
  const features = new Map<number, number>();
  for (const [f, c] of counts) if (c >= minCount) features.set(f, features.size);
  const data = sentences.map((s) => {
    const ids = new Int32Array(s.features.hashes.length);
    const offsets = new Uint32Array(s.features.offsets.length);
    let k = 0;
    for (let t = 0; t + 1 < s.features.offsets.length; t++) {
      offsets[t] = k;
      for (let j = s.features.offsets[t] ?? 0; j < (s.features.offsets[t + 1] ?? 0); j++) {
        const id = features.get(s.features.hashes[j] ?? 0);
        if (id !== undefined) ids[k++] = id;
      }
    }
    offsets[s.features.offsets.length - 1] = k;
    return { rows: { ids, offsets }, gold: Int32Array.from(s.labels.map((l) => labelId.get(l) ?? 0)) };
  });
  const nW = features.size * L;
  const w = new Float64Array(nW);
  const u = new Float64Array(nW);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const allowed = allowedTransitions(labels);
  let c = 1;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let errors = 0;
    for (const k of seededShuffle(order, options.seed + epoch)) {
      const ex = data[k];
      if (!ex) continue;
      const pred = viterbi(w, tw, L, allowed, ex.rows);
      let wrong = false;
      for (let i = 0; i < pred.length; i++) {
        const g = ex.gold[i] ?? 0;
        const p = pred[i] ?? 0;
        const gPrev = i === 0 ? L : (ex.gold[i - 1] ?? 0);
        const pPrev = i === 0 ? L : (pred[i - 1] ?? 0);
        if (g !== p) {
          wrong = true;
          for (let j = ex.rows.offsets[i] ?? 0; j < (ex.rows.offsets[i + 1] ?? 0); j++) {
            const f = ex.rows.ids[j] ?? 0;
            w[f * L + g] = (w[f * L + g] ?? 0) + 1;
            u[f * L + g] = (u[f * L + g] ?? 0) + c;
            w[f * L + p] = (w[f * L + p] ?? 0) - 1;
            u[f * L + p] = (u[f * L + p] ?? 0) - c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * L + g] = (tw[gPrev * L + g] ?? 0) + 1;
          tu[gPrev * L + g] = (tu[gPrev * L + g] ?? 0) + c;
          tw[pPrev * L + p] = (tw[pPrev * L + p] ?? 0) - 1;
          tu[pPrev * L + p] = (tu[pPrev * L + p] ?? 0) - c;
        }
      }
      if (wrong) errors++;
      c++;
    }
    options.onEpoch?.(epoch, errors);
  }
  const weights = new Float32Array(nW);
  for (let i = 0; i < nW; i++) weights[i] = (w[i] ?? 0) - (u[i] ?? 0) / c;
  const transitions = new Float32Array((L + 1) * L);
  for (let i = 0; i < transitions.length; i++) transitions[i] = (tw[i] ?? 0) - (tu[i] ?? 0) / c;
  const hashes = new Uint32Array(features.size);
  for (const [h, id] of features) hashes[id] = h;
  return { labels, hashes, table: new FeatureTable(hashes), weights, transitions };
}

/**
 * Writes a model as text: a header line `#labels\tO\tB-PER...`, transition rows
 * `#trans\tFROM\tw w w ...`, then one line per feature with a non-zero rounded weight,
 * `hash\tlabel:weight ...` (feature hash in base 36; integer weights, weight × {@link WEIGHT_SCALE};
 * labels by index), sorted by hash so the file is the same for the same model.
 *
 * @example
 * ```ts
 * parseModel(serializeModel(model)); // the same decisions as model
 * ```
 */
export function serializeModel(model: TaggerModel, minWeight = 1): string {
  const L = model.labels.length;
  const lines: string[] = [`#labels\t${model.labels.join('\t')}`];
  for (let from = 0; from <= L; from++) {
    const row: number[] = [];
    for (let to = 0; to < L; to++) row.push(Math.round((model.transitions[from * L + to] ?? 0) * WEIGHT_SCALE));
    lines.push(`#trans\t${from < L ? model.labels[from] : 'START'}\t${row.join(' ')}`);
  }
  const rows = Array.from(model.hashes.keys()).sort((a, b) => (model.hashes[a] ?? 0) - (model.hashes[b] ?? 0));
  for (const id of rows) {
    const parts: string[] = [];
    for (let y = 0; y < L; y++) {
      const q = Math.round((model.weights[id * L + y] ?? 0) * WEIGHT_SCALE);
      if (Math.abs(q) >= minWeight) parts.push(`${y}:${q}`);
    }
    if (parts.length > 0) lines.push(`${(model.hashes[id] ?? 0).toString(36)}\t${parts.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Reads a model written by {@link serializeModel}.
 *
 * @example
 * ```ts
 * const model = parseModel(readFileSync('ner-en.tsv', 'utf8'));
 * ```
 */
export function parseModel(text: string): TaggerModel {
  // The header and transition rows by lines; the feature rows (most of the file) are read in place.
  let pos = 0;
  const line = (): string => {
    const nl = text.indexOf('\n', pos);
    const out = text.slice(pos, nl < 0 ? text.length : nl);
    pos = nl < 0 ? text.length + 1 : nl + 1;
    return out;
  };
  const head = line().split('\t');
  if (head[0] !== '#labels') throw new Error('not a tagger model: no #labels line');
  const labels = head.slice(1);
  const L = labels.length;
  const transitions = new Float32Array((L + 1) * L);
  for (let from = 0; from <= L; from++) {
    const cols = (pos <= text.length ? line() : '').split('\t');
    (cols[2] ?? '').split(' ').forEach((v, to) => {
      transitions[from * L + to] = Number(v) / WEIGHT_SCALE;
    });
  }
  const featuresStart = pos;
  let nFeat = 0;
  for (let at = featuresStart; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) nFeat++;
    at = end + 1;
  }
  const weights = new Float32Array(nFeat * L);
  const hashes = new Uint32Array(nFeat);
  let id = -1;
  for (let at = featuresStart; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) {
      id++;
      if (!readFeatureRow(text, at, end, id, L, hashes, weights)) readFeatureLine(text.slice(at, end), id, L, hashes, weights);
    }
    at = end + 1;
  }
  return { labels, hashes, table: new FeatureTable(hashes), weights, transitions };
}

/** A feature row `hash<TAB>label:weight ...` read as {@link serializeModel} writes it (other lines: {@link readFeatureLine}). */
function readFeatureLine(line: string, id: number, L: number, hashes: Uint32Array, weights: Float32Array): void {
  const tab = line.indexOf('\t');
  hashes[id] = parseInt(line.slice(0, tab), 36);
  for (const part of line.slice(tab + 1).split(' ')) {
    const colon = part.indexOf(':');
    weights[id * L + Number(part.slice(0, colon))] = Number(part.slice(colon + 1)) / WEIGHT_SCALE;
  }
}

/**
 * {@link readFeatureLine} without building strings, for rows in exactly the written form (a base-36
 * hash of at most 10 digits, a tab, `label:weight` integers of at most 15 digits joined by single
 * spaces): the same numbers, as integer arithmetic is exact there. Returns false, having written
 * nothing, for any other row.
 */
function readFeatureRow(text: string, start: number, end: number, id: number, L: number, hashes: Uint32Array, weights: Float32Array): boolean {
  let i = start;
  let hash = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) hash = hash * 36 + (c - 48);
    else if (c >= 97 && c <= 122) hash = hash * 36 + (c - 87);
    else break;
  }
  if (i === start || i - start > 10 || text.charCodeAt(i) !== 9) return false;
  i++;
  const parsed: number[] = [];
  for (;;) {
    const labelStart = i;
    let label = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57 && i < end; c = text.charCodeAt(++i)) label = label * 10 + (c - 48);
    if (i === labelStart || i - labelStart > 15 || i >= end || text.charCodeAt(i) !== 58) return false;
    i++;
    const neg = text.charCodeAt(i) === 45;
    if (neg) i++;
    const valueStart = i;
    let value = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57 && i < end; c = text.charCodeAt(++i)) value = value * 10 + (c - 48);
    if (i === valueStart || i - valueStart > 15) return false;
    parsed.push(label, neg ? -value : value);
    if (i === end) break;
    if (text.charCodeAt(i) !== 32) return false;
    i++;
  }
  hashes[id] = hash;
  for (let k = 0; k < parsed.length; k += 2) weights[id * L + (parsed[k] as number)] = (parsed[k + 1] as number) / WEIGHT_SCALE;
  return true;
}

/** A typed name over tokens [start, end). */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * The names of a BIO label sequence (`B-X I-X...`; a stray `I-X` opens a name).
 *
 * @example
 * ```ts
 * tagSpans(['B-PER', 'I-PER', 'O', 'B-LOC']); // [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]
 * ```
 */
export function tagSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const type = tag.slice(2);
    if (tag.startsWith('I-') && open && open.type === type) {
      open.end = i + 1;
      continue;
    }
    if (open) out.push(open);
    open = tag === 'O' ? null : { start: i, end: i + 1, type };
  }
  if (open) out.push(open);
  return out;
}

/**
 * A model file shipped beside a module, read once per process (null when the file is absent).
 *
 * @example
 * ```ts
 * loadShippedModel(new URL('./ner-en.tsv', import.meta.url))?.labels;
 * ```
 */
export const loadShippedModel: (url: URL) => TaggerModel | null = shippedLoader(parseModel, () => null);
