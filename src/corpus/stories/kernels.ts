/**
 * The three inner loops of story grouping that read only numbers: weighing the bags, candidate
 * lookup through the posting lists and the pair cosines. They take typed arrays alone (no profile
 * objects, no imports), so that a second thread can run one half of each over shared memory while the
 * calling thread runs the other (`kernel-thread.ts`); each half computes exactly what one thread
 * computes for it, so the result does not depend on how the work was split.
 */

/** The numbers candidate lookup reads: each report's query keys, the posting lists, the languages. */
export interface CandidateTables {
  /** Reports. */
  n: number;
  /** Query key slots per report. */
  queryKeys: number;
  /** Per report, `queryKeys` slots of key numbers and weights, strongest first; `queryCount` of them used. */
  queryIds: Int32Array;
  queryWeights: Float64Array;
  queryCount: Int32Array;
  /** Posting lists: distinct key numbers ascending, where each starts in `postReports`, and the reports. */
  postKeys: Int32Array;
  postStart: Int32Array;
  postReports: Int32Array;
  /** Each report's language as a small number, and how many languages. */
  langOf: Int32Array;
  langs: number;
  /** Keys with longer posting lists are not read; postings read per report, at most. */
  maxPosting: number;
  postingBudget: number;
  /** Candidates kept per report overall, and per other language. */
  candidates: number;
  crossCandidates: number;
}

/** A pair of reports `0…n-1` as one number, `a × n + b` with `a < b` (exact below 2^53). */
export function pairCode(i: number, j: number, n: number): number {
  return Math.min(i, j) * n + Math.max(i, j);
}

/** Candidates {@link candidatesInRange} gives a report, at most. */
export function candidatesPerReport(t: Pick<CandidateTables, 'langs' | 'candidates' | 'crossCandidates'>): number {
  return t.candidates + t.crossCandidates * Math.max(0, t.langs - 1);
}

/** The place in `keys` (ascending) of a key number that is there. */
function findKey(keys: Int32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Puts `j` into `list` (kept best first, at most `size` long) when it is among the `size` best. */
function keepBest(list: number[], j: number, size: number, better: (x: number, y: number) => boolean): void {
  if (list.length === size && !better(j, list[size - 1] as number)) return;
  let at = list.length < size ? list.length : size - 1;
  while (at > 0 && better(j, list[at - 1] as number)) {
    list[at] = list[at - 1] as number;
    at--;
  }
  list[at] = j;
}

/**
 * The candidates of reports `from` to `to - 1`: for each, `add(i, j)` for its best candidates overall
 * and its best in each other language, by summed weight of the query keys they share (ties to the
 * lower report). Scores accumulate in one array over all reports; `touched` lists the reports a
 * query reached, so each query costs what it reads, not the corpus size.
 */
export function candidatesInRange(t: CandidateTables, from: number, to: number, add: (i: number, j: number) => void): void {
  const score = new Float64Array(t.n);
  const touched = new Int32Array(t.n);
  const better = (x: number, y: number): boolean => (score[x] as number) > (score[y] as number) || ((score[x] as number) === (score[y] as number) && x < y);
  const best: number[] = [];
  const bestByLang: number[][] = Array.from({ length: t.langs }, () => []);
  for (let i = from; i < to; i++) {
    let reached = 0;
    let budget = t.postingBudget;
    for (let q = i * t.queryKeys, end = q + (t.queryCount[i] as number); q < end; q++) {
      const at = findKey(t.postKeys, t.queryIds[q] as number);
      const first = t.postStart[at] as number;
      const last = t.postStart[at + 1] as number;
      if (last - first > t.maxPosting) continue;
      const w = t.queryWeights[q] as number;
      for (let p = first; p < last; p++) {
        const j = t.postReports[p] as number;
        if (j === i) continue;
        if (score[j] === 0) touched[reached++] = j;
        score[j] = (score[j] as number) + w;
      }
      budget -= last - first;
      if (budget <= 0) break;
    }
    const lang = t.langOf[i] as number;
    for (let k = 0; k < reached; k++) {
      const j = touched[k] as number;
      keepBest(best, j, t.candidates, better);
      const l = t.langOf[j] as number;
      if (l !== lang) keepBest(bestByLang[l] as number[], j, t.crossCandidates, better);
    }
    for (const j of best) add(i, j);
    best.length = 0;
    for (const list of bestByLang) {
      for (const j of list) add(i, j);
      list.length = 0;
    }
    for (let k = 0; k < reached; k++) score[touched[k] as number] = 0;
  }
}

/** Numbers per vector in {@link VectorTable.where}. */
export const WHERE = 5;

/**
 * Where each report's vectors lie: for vector `report × spaces + space`, at `where[vector × WHERE]`,
 * the number of the whole array its keys are a view of, where in it they start, the same two of
 * its weights, and its length. Reading a pair's vectors then touches a few arrays instead of the
 * reports' objects, whose scattered places cost a cache miss each.
 */
export interface VectorTable {
  spaces: number;
  keyArrays: Int32Array[];
  weightArrays: Float64Array[];
  where: Int32Array;
  /** One more than the largest key number. */
  keyCount: number;
}

/**
 * The cosines of pairs `from` to `to - 1` (pairs ordered by `a`), `spaces` per pair, into `out` at the
 * pair's place. The pairs of one report `a` are taken together: its vector of a space is spread
 * into an array by key number, and each partner's vector is read against it in key order (a key the
 * partner alone has adds a product of zero, which leaves the sum as it was).
 */
export function cosinesInRange(table: VectorTable, a: Int32Array, b: Int32Array, from: number, to: number, out: Float64Array): void {
  const { spaces, keyArrays, weightArrays, where } = table;
  const spread = new Float64Array(table.keyCount);
  for (let start = from; start < to; ) {
    const report = a[start] as number;
    let end = start + 1;
    while (end < to && a[end] === report) end++;
    for (let s = 0; s < spaces; s++) {
      const va = (report * spaces + s) * WHERE;
      const aKeys = keyArrays[where[va] as number] as Int32Array;
      const aWeights = weightArrays[where[va + 2] as number] as Float64Array;
      const aKey = where[va + 1] as number;
      const aWeight = where[va + 3] as number;
      const aLength = where[va + 4] as number;
      for (let i = 0; i < aLength; i++) spread[aKeys[aKey + i] as number] = aWeights[aWeight + i] as number;
      for (let k = start; k < end; k++) {
        const vb = ((b[k] as number) * spaces + s) * WHERE;
        const bKeys = keyArrays[where[vb] as number] as Int32Array;
        const bWeights = weightArrays[where[vb + 2] as number] as Float64Array;
        const bKey = where[vb + 1] as number;
        const bWeight = where[vb + 3] as number;
        let dot = 0;
        for (let j = 0, length = where[vb + 4] as number; j < length; j++) dot += (spread[bKeys[bKey + j] as number] as number) * (bWeights[bWeight + j] as number);
        out[k * spaces + s] = dot;
      }
      for (let i = 0; i < aLength; i++) spread[aKeys[aKey + i] as number] = 0;
    }
    start = end;
  }
}

/** The first pair at or after `k` that starts a new report `a` (or `a.length`): where a range of pairs may be cut. */
export function pairBoundary(a: Int32Array, k: number): number {
  if (k <= 0) return 0;
  let at = Math.min(k, a.length);
  while (at < a.length && a[at] === a[at - 1]) at++;
  return at;
}

/** The sublinear term frequency `1 + log(tf)` of the small whole counts most entries have, computed once. */
const TF_WEIGHTS = Float64Array.from({ length: 64 }, (_, tf) => 1 + Math.log(tf));

/** Bags up to this size are sorted by insertion, larger ones by one native sort of codes. */
const INSERTION_SORT = 16;

/** One thread's scratch for {@link weighBag}: a bag's key numbers, weights and sort codes, grown to the largest bag met. */
export class WeighScratch {
  ids = new Int32Array(64);
  weights = new Float64Array(64);
  codes = new Float64Array(64);

  room(n: number): void {
    if (n <= this.ids.length) return;
    const length = Math.max(n, this.ids.length * 2);
    this.ids = new Int32Array(length);
    this.weights = new Float64Array(length);
    this.codes = new Float64Array(length);
  }
}

/** Inverse document frequency in a corpus of `docs` reports, smoothed so that small corpora still weigh words sensibly. */
export function idfOf(docs: number, df: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/** The idf of each document frequency of a corpus of `docs` reports, NaN until first needed. */
export function idfTable(docs: number): Float64Array {
  return new Float64Array(docs + 1).fill(Number.NaN);
}

/**
 * One bag's TF-IDF vector (sublinear term frequency, {@link idfOf}),
 * unit length, sorted by key number (entries of one key number in reading order, as a stable sort
 * leaves them): reads `size` key numbers of `ids` from `from` and their counts in `tfs` from
 * `tfFrom`, writes the vector's key numbers and weights from `at`, and returns its length (entries of weight 0 or less are left out).
 */
export function weighBag(
  ids: Int32Array, tfs: Float64Array, tfFrom: number, from: number, size: number,
  df: ArrayLike<number>, docs: number, idfs: Float64Array,
  outKeys: Int32Array, outWeights: Float64Array, at: number, scratch: WeighScratch,
): number {
  scratch.room(size);
  const keys = scratch.ids;
  const weights = scratch.weights;
  let n = 0;
  let norm = 0;
  for (let k = from, c = tfFrom, end = from + size; k < end; k++, c++) {
    const id = ids[k] as number;
    const tf = tfs[c] as number;
    const d = df[id] as number;
    let f = idfs[d];
    if (f === undefined) f = idfOf(docs, d);
    else if (Number.isNaN(f)) idfs[d] = f = idfOf(docs, d);
    const whole = tf | 0;
    const w = (whole === tf && whole > 0 && whole < TF_WEIGHTS.length ? (TF_WEIGHTS[whole] as number) : 1 + Math.log(tf)) * f;
    if (w <= 0) continue;
    keys[n] = id;
    weights[n++] = w;
    norm += w * w;
  }
  const scale = norm > 0 ? Math.sqrt(norm) : 1;
  if (n <= INSERTION_SORT) {
    for (let i = 0; i < n; i++) {
      const id = keys[i] as number;
      const w = (weights[i] as number) / scale;
      let k = i;
      for (; k > 0 && (outKeys[at + k - 1] as number) > id; k--) {
        outKeys[at + k] = outKeys[at + k - 1] as number;
        outWeights[at + k] = outWeights[at + k - 1] as number;
      }
      outKeys[at + k] = id;
      outWeights[at + k] = w;
    }
    return n;
  }
  // One native sort of numbers that carry both the key number and the entry's place (`key × n +
  // place`, exact: a key number is below 2^31 and a bag far below 2^22 entries).
  if (n >= 2 ** 22) throw new Error(`a bag of ${n} entries is too large to pack`);
  const codes = scratch.codes.subarray(0, n);
  for (let i = 0; i < n; i++) codes[i] = (keys[i] as number) * n + i;
  codes.sort();
  for (let k = 0; k < n; k++) {
    const code = codes[k] as number;
    const id = Math.floor(code / n);
    outKeys[at + k] = id;
    outWeights[at + k] = (weights[code - id * n] as number) / scale;
  }
  return n;
}

/**
 * What weighing a corpus reads and writes: every bag's key numbers one after another (profile after
 * profile, space after space), each bag's start in them (one more at the end), where each bag's
 * counts lie (`bagCounts`, two numbers per bag: the array in `counts` and the place in it), each
 * key's document frequency and the corpus size; each bag's vector is written where its key numbers
 * start (it is no longer than the bag), and its length to `lengths`.
 */
export interface WeighTables {
  bagStart: Int32Array;
  ids: Int32Array;
  counts: Float64Array[];
  bagCounts: Int32Array;
  df: Int32Array;
  docs: number;
  outKeys: Int32Array;
  outWeights: Float64Array;
  lengths: Int32Array;
}

/** Weighs bags `from` to `to - 1` ({@link WeighTables}). */
export function weighRange(t: WeighTables, from: number, to: number): void {
  const idfs = idfTable(t.docs);
  const scratch = new WeighScratch();
  for (let bag = from; bag < to; bag++) {
    const start = t.bagStart[bag] as number;
    const counts = t.counts[t.bagCounts[2 * bag] as number] as Float64Array;
    t.lengths[bag] = weighBag(t.ids, counts, t.bagCounts[2 * bag + 1] as number, start, (t.bagStart[bag + 1] as number) - start, t.df, t.docs, idfs, t.outKeys, t.outWeights, start, scratch);
  }
}
