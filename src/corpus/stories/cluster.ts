/**
 * Stories: every report belongs to exactly one story, found by how similar it is to the other
 * reports. Exact and near-duplicate copies are grouped first (content hash, then MinHash bands) and
 * stand in as one report; candidates for each report come from an inverted index of its rarest
 * terms, names and numbers, never from comparing it with every other; pairs the similarity model
 * accepts are merged strongest first, and two groups merge only when their reports are on average
 * as similar as one accepted pair (average linkage), so one shared name cannot chain unrelated
 * stories together. Input order does not matter: reports are taken in id order.
 */
import { BAND_ROWS, BandBuckets, jaccardEstimate, SIGNATURE_SIZE } from './minhash.js';
import type { StoryProfile } from './profile.js';
import { type CandidateTables, candidatesInRange, candidatesPerReport, cosinesInRange, pairBoundary, pairCode, type VectorTable, WHERE } from './kernels.js';
import { float64Array, int32Array, isShared, type KernelRunner, KernelThread } from './kernel-thread.js';
import {
  BASE_SPACE_NAMES, BASE_SPACES, baseSimilarity, type BaseCosines, pairFeatures, publishedTime, type Neighbourhoods,
  sameStoryProbability, sharedEvidence, timesWithinWindow, weighCorpus, withinWindow, type SimilarityModel, type WeightedProfile,
} from './similarity.js';

/** Estimated word 4-gram Jaccard at or above which a report is a copy of another. */
export const COPY_JACCARD = 0.8;
/** Keys of a report used to look up candidates: its strongest ones. */
export const QUERY_KEYS = 24;
/** Postings read per report, at most: its strongest keys first, so the cost per report stays bounded as the corpus grows. */
export const POSTING_BUDGET = 512;
/** Candidates scored per report. */
export const CANDIDATES = 24;
/** Candidates scored per report in each other language. */
export const CROSS_CANDIDATES = 6;
/** Nearest candidates whose mean similarity is a report's neighbourhood level. */
export const NEIGHBOURS = 4;
/** Other reports a report's fit to its story is measured against, at most. */
const FIT_SAMPLES = 32;
/** Cross-pair samples for average linkage between two large groups. */
const LINK_SAMPLES = 64;

/** One report's place in its story. */
export interface StoryMember {
  doc: string;
  /** How well the report fits its story: mean same-story probability with the story's other reports (1 alone). */
  score: number;
  /** The report this one is a copy of (same or nearly the same text), or null. */
  copyOf: string | null;
  /** The strongest terms, names and numbers it shares with the story's central report. */
  shared: string[];
}

/** A story: the reports of one event, the most central first. */
export interface Story {
  members: StoryMember[];
}

/** A candidate pair and the model's probability (its features are not kept: 386,000 pairs at 20,000 reports). */
export interface ScoredPair {
  a: number;
  b: number;
  p: number;
}

/** Keys found in more than this many reports' query keys are too common to retrieve by. */
export function maxPostingOf(reports: number): number {
  return Math.max(32, Math.ceil(Math.sqrt(reports) * 4));
}

export function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  while (parent[i] !== r) {
    const next = parent[i] as number;
    parent[i] = r;
    i = next;
  }
  return r;
}

/**
 * Groups exact and near-duplicate reports. Returns, per profile index, the index of the report it
 * is a copy of (itself for an original). Linear in the number of reports: each report is compared
 * with the first report of each band bucket it falls in, not with every other member.
 */
export function findCopies(profiles: readonly StoryProfile[]): number[] {
  const parent = profiles.map((_, i) => i);
  const byHash = new Map<string, number>();
  profiles.forEach((p, i) => {
    const first = byHash.get(p.contentHash);
    if (first === undefined) byHash.set(p.contentHash, i);
    else parent[i] = first;
  });
  const buckets = new BandBuckets(profiles.map((p) => p.signature));
  profiles.forEach((p, i) => {
    // An empty text's signature (all 0xffffffff) has no band keys.
    if (parent[i] !== i || p.signature[0] === 0xffffffff) return;
    for (let band = 0; band < SIGNATURE_SIZE; band += BAND_ROWS) {
      const first = buckets.first(i, band);
      if (first !== i && find(parent, first) !== find(parent, i) && jaccardEstimate(profiles[first]!.signature, p.signature) >= COPY_JACCARD) {
        const ra = find(parent, first);
        const rb = find(parent, i);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  });
  return profiles.map((_, i) => find(parent, i));
}

/** Candidate pairs of reports by index, `a[k] < b[k]`, in order of `a`, then of `b`. */
export interface CandidatePairs {
  a: Int32Array;
  b: Int32Array;
}

/** The spaces a report's strongest keys are chosen from, in the order they are read. */
const RETRIEVAL = ['terms', 'pivot', 'names', 'entities', 'numbers', 'translit'] as const;

/**
 * Writes a report's `k` strongest keys over the retrieval spaces, strongest first (ties by key, so the
 * choice never depends on insertion order), as key numbers and weights from `at` on; returns how
 * many. A bounded selection, not a sort of every key, since long reports have thousands.
 */
function selectStrongest(w: WeightedProfile, k: number, ids: Int32Array, weights: Float64Array, at: number): number {
  const names = w.keys;
  /** Whether key `x` of weight `wx` comes before key `y` of weight `wy`. */
  const before = (wx: number, x: number, wy: number, y: number): boolean => wx > wy || (wx === wy && (names[x] as string) < (names[y] as string));
  let m = 0;
  for (const space of RETRIEVAL) {
    const v = w.packed[space];
    for (let n = 0; n < v.keys.length; n++) {
      const id = v.keys[n] as number;
      const x = v.weights[n] as number;
      if (m === k && !before(x, id, weights[at + k - 1] as number, ids[at + k - 1] as number)) continue;
      let i = m === k ? k - 1 : m++;
      for (; i > 0 && before(x, id, weights[at + i - 1] as number, ids[at + i - 1] as number); i--) {
        ids[at + i] = ids[at + i - 1] as number;
        weights[at + i] = weights[at + i - 1] as number;
      }
      ids[at + i] = id;
      weights[at + i] = x;
    }
  }
  return m;
}

/** A report's `k` strongest keys over the retrieval spaces with their weights, strongest first, ties by key. */
export function strongestKeys(w: WeightedProfile, k: number): [string, number][] {
  const ids = new Int32Array(k);
  const weights = new Float64Array(k);
  const m = selectStrongest(w, k, ids, weights, 0);
  return Array.from({ length: m }, (_, i) => [w.keys[ids[i] as number] as string, weights[i] as number]);
}

/**
 * Candidate pairs among the given reports from an inverted index over each report's strongest keys:
 * per report its best {@link CANDIDATES} overall and its best {@link CROSS_CANDIDATES} in each other
 * language (fewer words meet across languages, so those would never make an overall top list).
 * Keys found in more than `maxPosting` reports are too common to retrieve by. With a `helper`
 * thread, it looks up the second half of the reports (`kernels.ts`): the pairs are the same.
 */
export function candidatePairs(weighted: readonly WeightedProfile[], helper: KernelRunner | null = null): CandidatePairs {
  const n = weighted.length;
  const int32 = (length: number): Int32Array => int32Array(length, helper !== null);
  // Every report's query keys in one table of QUERY_KEYS slots per report.
  const queryIds = int32(n * QUERY_KEYS);
  const queryWeights = float64Array(n * QUERY_KEYS, helper !== null);
  const queryCount = int32(n);
  for (let i = 0; i < n; i++) queryCount[i] = selectStrongest(weighted[i] as WeightedProfile, QUERY_KEYS, queryIds, queryWeights, i * QUERY_KEYS);
  const { langIds, langOf } = languageNumbers(weighted, int32);
  const tables: CandidateTables = {
    n, queryKeys: QUERY_KEYS, queryIds, queryWeights, queryCount, ...postingLists(queryIds, queryCount, n, int32),
    langOf, langs: langIds.size, maxPosting: maxPostingOf(n), postingBudget: POSTING_BUDGET, candidates: CANDIDATES, crossCandidates: CROSS_CANDIDATES,
  };
  const codes = new PairCodes(n);
  const half = helper ? n >> 1 : n;
  const out = helper ? float64Array((n - half) * candidatesPerReport(tables), true) : null;
  const done = helper && out ? helper.start({ kind: 'candidates', tables, from: half, to: n, out }) : null;
  candidatesInRange(tables, 0, half, (i, j) => codes.add(i, j));
  if (done && out) {
    const written = done();
    if (written === null) candidatesInRange(tables, half, n, (i, j) => codes.add(i, j));
    else codes.addCodes(out.subarray(0, written));
  }
  return codes.pairs();
}

/**
 * The posting lists of the reports' query keys, as one sorted table: `postKeys` the distinct key
 * numbers in ascending order, the reports of `postKeys[x]` (in report order, a report once per time
 * it holds the key) at `postReports[postStart[x]]` up to `postStart[x + 1]`. Built by one native sort
 * of numbers that carry both the key number and the report (`key × n + report`, exact below 2^53),
 * instead of a map of growing lists.
 */
function postingLists(
  queryIds: Int32Array, queryCount: Int32Array, n: number, int32: (length: number) => Int32Array,
): Pick<CandidateTables, 'postKeys' | 'postStart' | 'postReports'> {
  let total = 0;
  let maxKey = 0;
  for (let i = 0; i < n; i++) {
    for (let q = i * QUERY_KEYS, end = q + (queryCount[i] as number); q < end; q++) maxKey = Math.max(maxKey, queryIds[q] as number);
    total += queryCount[i] as number;
  }
  if ((maxKey + 1) * n >= 2 ** 53) throw new Error(`too many keys (${maxKey + 1}) and reports (${n}) to index`);
  const codes = new Float64Array(total);
  let c = 0;
  for (let i = 0; i < n; i++) for (let q = i * QUERY_KEYS, end = q + (queryCount[i] as number); q < end; q++) codes[c++] = (queryIds[q] as number) * n + i;
  codes.sort();
  const postReports = int32(total);
  const keyList: number[] = [];
  const startList: number[] = [];
  for (let t = 0; t < total; t++) {
    const code = codes[t] as number;
    const key = Math.floor(code / n);
    postReports[t] = code - key * n;
    if (keyList[keyList.length - 1] !== key) {
      keyList.push(key);
      startList.push(t);
    }
  }
  startList.push(total);
  const postKeys = int32(keyList.length);
  postKeys.set(keyList);
  const postStart = int32(startList.length);
  postStart.set(startList);
  return { postKeys, postStart, postReports };
}

/**
 * Pairs of reports `0…n-1` as numbers `a × n + b` (`a < b`; exact below 2^53), collected in a
 * growing typed array: sorted, they are the pairs in order, and a pair added twice is next to itself.
 */
class PairCodes {
  #codes = new Float64Array(1024);
  #size = 0;

  constructor(readonly n: number) {
    if (n * n >= 2 ** 53) throw new Error(`too many reports (${n}) to pair`);
  }

  #room(k: number): void {
    if (this.#size + k <= this.#codes.length) return;
    const grown = new Float64Array(Math.max(this.#codes.length * 2, this.#size + k));
    grown.set(this.#codes);
    this.#codes = grown;
  }

  add(i: number, j: number): void {
    this.#room(1);
    this.#codes[this.#size++] = pairCode(i, j, this.n);
  }

  /** Codes made elsewhere the same way (`a × n + b`, `a < b`). */
  addCodes(codes: Float64Array): void {
    this.#room(codes.length);
    this.#codes.set(codes, this.#size);
    this.#size += codes.length;
  }

  /** The distinct pairs, in order. */
  pairs(): CandidatePairs {
    const codes = this.#codes.subarray(0, this.#size).sort();
    let distinct = 0;
    for (let t = 0; t < codes.length; t++) if (t === 0 || codes[t] !== codes[t - 1]) distinct++;
    const a = new Int32Array(distinct);
    const b = new Int32Array(distinct);
    let k = 0;
    for (let t = 0; t < codes.length; t++) {
      const code = codes[t] as number;
      if (t > 0 && code === codes[t - 1]) continue;
      const x = Math.floor(code / this.n);
      a[k] = x;
      b[k++] = code - x * this.n;
    }
    return { a, b };
  }
}

/** Each report's language as a small number (in order of first appearance), and the numbering. */
function languageNumbers(
  weighted: readonly WeightedProfile[], int32: (length: number) => Int32Array = (length) => new Int32Array(length),
): { langIds: Map<string, number>; langOf: Int32Array } {
  const langIds = new Map<string, number>();
  const langOf = int32(weighted.length);
  weighted.forEach((w, i) => {
    const l = w.profile.lang;
    let id = langIds.get(l);
    if (id === undefined) langIds.set(l, (id = langIds.size));
    langOf[i] = id;
  });
  return { langIds, langOf };
}

/**
 * Each report's typical similarity to its nearest candidates in each language: the mean
 * {@link baseSimilarity} of its {@link NEIGHBOURS} most similar candidates there. A pair's margin
 * over these (Artetxe & Schwenk's margin scoring for bitext mining) says whether two reports stand
 * out for each other, whatever level of similarity their languages and genre usually reach.
 */
export function neighbourhoods(
  weighted: readonly WeightedProfile[],
  pairs: CandidatePairs,
  cosines: PairCosines = pairCosines(weighted, pairs),
): Neighbourhoods {
  const n = weighted.length;
  const { langIds, langOf } = languageNumbers(weighted);
  const langs = langIds.size;
  // Per report and language, its NEIGHBOURS highest similarities there, highest first, and how many.
  const top = new Float64Array(n * langs * NEIGHBOURS);
  const count = new Int32Array(n * langs);
  const keep = (slot: number, s: number): void => {
    const at = slot * NEIGHBOURS;
    const c = count[slot] as number;
    if (c === NEIGHBOURS && !(s > (top[at + NEIGHBOURS - 1] as number))) return;
    let i = c < NEIGHBOURS ? c : NEIGHBOURS - 1;
    for (; i > 0 && s > (top[at + i - 1] as number); i--) top[at + i] = top[at + i - 1] as number;
    top[at + i] = s;
    if (c < NEIGHBOURS) count[slot] = c + 1;
  };
  for (let k = 0; k < pairs.a.length; k++) {
    const a = pairs.a[k] as number;
    const b = pairs.b[k] as number;
    const s = baseSimilarity(cosines, k * BASE_SPACES);
    keep(a * langs + (langOf[b] as number), s);
    keep(b * langs + (langOf[a] as number), s);
  }
  // The mean of the highest, summed highest first, as neighbourLevels sums them.
  const levels = new Float64Array(n * langs);
  for (let slot = 0; slot < levels.length; slot++) {
    const c = count[slot] as number;
    let sum = 0;
    for (let i = 0; i < c; i++) sum += top[slot * NEIGHBOURS + i] as number;
    levels[slot] = c ? sum / c : 0;
  }
  const index = new Map(weighted.map((w, i) => [w.profile.doc, i]));
  return {
    docs: n,
    of(doc: string, lang: string): number {
      const i = index.get(doc);
      const l = langIds.get(lang);
      return i === undefined || l === undefined ? 0 : (levels[i * langs + l] as number);
    },
  };
}

/** A report's neighbourhood level per language: the mean of its {@link NEIGHBOURS} highest similarities to candidates there. */
export function neighbourLevels(byLang: Map<string, number[]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [lang, list] of byLang) {
    const top = list.sort((x, y) => y - x).slice(0, NEIGHBOURS);
    m.set(lang, top.reduce((acc, v) => acc + v, 0) / top.length);
  }
  return m;
}

export function push<V>(m: Map<string, V[]>, key: string, v: V): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

/** The {@link BaseCosines} of candidate pairs, {@link BASE_SPACES} numbers per pair in the pairs' order. */
export type PairCosines = Float64Array;

/** The cosines of the pair at `k`, as {@link baseCosines} gives them. */
export function cosinesAt(cosines: PairCosines, k: number): BaseCosines {
  const at = k * BASE_SPACES;
  return [cosines[at] as number, cosines[at + 1] as number, cosines[at + 2] as number, cosines[at + 3] as number, cosines[at + 4] as number, cosines[at + 5] as number];
}

/**
 * The {@link BaseCosines} of each pair, in the pairs' order (`cosinesInRange` in `kernels.ts`). With a
 * `helper` thread whose memory the vectors share (`weighCorpus` with `shared`), it computes the
 * second half of the pairs: the cosines are the same.
 */
export function pairCosines(weighted: readonly WeightedProfile[], pairs: CandidatePairs, helper: KernelRunner | null = null): PairCosines {
  const m = pairs.a.length;
  const table = vectorTable(weighted, helper !== null);
  const shared = helper !== null && isShared(table.where, ...table.keyArrays, ...table.weightArrays);
  const out = float64Array(m * BASE_SPACES, shared);
  if (m === 0) return out;
  if (!helper || !shared) {
    cosinesInRange(table, pairs.a, pairs.b, 0, m, out);
    return out;
  }
  const a = int32Array(m, true);
  a.set(pairs.a);
  const b = int32Array(m, true);
  b.set(pairs.b);
  const cut = pairBoundary(a, m >> 1);
  const done = helper.start({ kind: 'cosines', table, a, b, from: cut, to: m, out });
  cosinesInRange(table, a, b, 0, cut, out);
  if (done() === null) cosinesInRange(table, a, b, cut, m, out);
  return out;
}

/** Where each report's vectors of the {@link BASE_SPACE_NAMES} lie ({@link VectorTable}). */
function vectorTable(weighted: readonly WeightedProfile[], shared: boolean): VectorTable {
  const keyArrays: Int32Array[] = [];
  const weightArrays: Float64Array[] = [];
  const where = int32Array(weighted.length * BASE_SPACES * WHERE, shared);
  const keyBuffers = new Map<ArrayBufferLike, number>();
  const weightBuffers = new Map<ArrayBufferLike, number>();
  let keyCount = 0;
  weighted.forEach((w, r) => {
    keyCount = Math.max(keyCount, w.keys.length);
    BASE_SPACE_NAMES.forEach((space, s) => {
      const v = w.packed[space];
      let k = keyBuffers.get(v.keys.buffer);
      if (k === undefined) {
        keyBuffers.set(v.keys.buffer, (k = keyArrays.length));
        keyArrays.push(new Int32Array(v.keys.buffer, 0, v.keys.buffer.byteLength >> 2));
      }
      let x = weightBuffers.get(v.weights.buffer);
      if (x === undefined) {
        weightBuffers.set(v.weights.buffer, (x = weightArrays.length));
        weightArrays.push(new Float64Array(v.weights.buffer, 0, v.weights.buffer.byteLength >> 3));
      }
      where.set([k, v.keys.byteOffset >> 2, x, v.weights.byteOffset >> 3, v.keys.length], (r * BASE_SPACES + s) * WHERE);
    });
  });
  return { spaces: BASE_SPACES, keyArrays, weightArrays, where, keyCount };
}

/**
 * Scores candidate pairs with the model (pairs outside the publication window are left out).
 */
export function scorePairs(
  weighted: readonly WeightedProfile[],
  pairs: CandidatePairs,
  near: Neighbourhoods,
  model: SimilarityModel,
  cosines: PairCosines = pairCosines(weighted, pairs),
): ScoredPair[] {
  const out: ScoredPair[] = [];
  const times = weighted.map((w) => publishedTime(w.profile));
  for (let k = 0; k < pairs.a.length; k++) {
    const a = pairs.a[k] as number;
    const b = pairs.b[k] as number;
    if (!timesWithinWindow(times[a] as number | null, times[b] as number | null)) continue;
    out.push({ a, b, p: sameStoryProbability(model, pairFeatures(weighted[a] as WeightedProfile, weighted[b] as WeightedProfile, near, cosinesAt(cosines, k))) });
  }
  return out;
}

/**
 * The candidate pairs scored, and the neighbourhoods the scores read; the pairs' cosines, needed for
 * both, are garbage once this returns.
 */
function scoreCandidates(weighted: readonly WeightedProfile[], model: SimilarityModel, helper: KernelRunner | null): { near: Neighbourhoods; scored: ScoredPair[] } {
  const candidates = candidatePairs(weighted, helper);
  const cosines = pairCosines(weighted, candidates, helper);
  const near = neighbourhoods(weighted, candidates, cosines);
  return { near, scored: scorePairs(weighted, candidates, near, model, cosines) };
}

/**
 * Reports from which {@link clusterStories} given more than one thread runs half of its candidate
 * lookup and pair cosines on a second one: starting it costs ~50 ms, which a few thousand reports
 * do not win back.
 */
export const KERNEL_THREAD_REPORTS = 5000;

/** Options of {@link clusterStories}. */
export interface ClusterOptions {
  /** Threads it may use (default 1); from two, a second thread takes half of the inner loops. */
  threads?: number;
  /** Reports from which a second thread is used (default {@link KERNEL_THREAD_REPORTS}). */
  minReports?: number;
}

/**
 * Groups reports into stories. The stories are the same whatever the number of threads.
 *
 * @example
 * ```ts
 * const stories = clusterStories(profiles, MODEL);
 * stories[0]?.members.map((m) => m.doc); // the reports of the biggest story
 * ```
 */
export function clusterStories(input: readonly StoryProfile[], model: SimilarityModel, options: ClusterOptions = {}): Story[] {
  const helper = (options.threads ?? 1) > 1 && input.length >= (options.minReports ?? KERNEL_THREAD_REPORTS) ? new KernelThread() : null;
  try {
    return groupStories(input, model, helper);
  } finally {
    helper?.close();
  }
}

function groupStories(input: readonly StoryProfile[], model: SimilarityModel, helper: KernelRunner | null): Story[] {
  const profiles = [...input].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  const copyOf = findCopies(profiles);
  const originals = profiles.map((_, i) => i).filter((i) => copyOf[i] === i);
  const origProfiles = originals.map((i) => profiles[i] as StoryProfile);
  // With a helper thread, the vectors are weighed into shared memory, which it reads.
  const { weighted } = weighCorpus(origProfiles, { helper });
  const { near, scored } = scoreCandidates(weighted, model, helper);
  const pOf = new Map<number, number>();
  const n = weighted.length;
  for (const s of scored) pOf.set(s.a * n + s.b, s.p);
  const prob = (i: number, j: number): number => {
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const known = pOf.get(a * n + b);
    if (known !== undefined) return known;
    const wa = weighted[a] as WeightedProfile;
    const wb = weighted[b] as WeightedProfile;
    const p = withinWindow(wa.profile, wb.profile) ? sameStoryProbability(model, pairFeatures(wa, wb, near)) : 0;
    pOf.set(a * n + b, p);
    return p;
  };

  const accepted = scored.filter((s) => s.p >= model.threshold).sort(strongestFirst);
  const copiesOf = new Map<number, string[]>();
  profiles.forEach((p, i) => {
    const orig = copyOf[i] as number;
    if (orig !== i) copiesOf.set(orig, [...(copiesOf.get(orig) ?? []), p.doc]);
  });
  const stories = mergeGroups(n, accepted, prob, model.threshold).map((group) =>
    storyOf(group, (i) => weighted[i] as WeightedProfile, prob, (i) => copiesOf.get(originals[i] as number) ?? []));
  return stories.sort(byCentre);
}

/** Accepted pairs in merge order: strongest first, ties by the reports' order. */
export function strongestFirst(x: { a: number; b: number; p: number }, y: { a: number; b: number; p: number }): number {
  return y.p - x.p || x.a - y.a || x.b - y.b;
}

/**
 * Average-linkage merging of reports `0…n-1` over the accepted pairs (in {@link strongestFirst}
 * order): two groups merge only when their reports are on average as similar as one accepted pair.
 * Returns the groups, each in the order its reports joined. Reports only ever join through accepted
 * pairs, so each connected component of the accepted pairs is merged on its own: merging a
 * component alone (its reports numbered in the same order) gives the same groups.
 */
export function mergeGroups(n: number, accepted: readonly { a: number; b: number }[], prob: (i: number, j: number) => number, threshold: number): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const groups = new Map<number, number[]>(parent.map((i) => [i, [i]]));
  // Two groups refused once are not compared again until one of them grows.
  const refused = new Set<string>();
  for (const { a, b } of accepted) {
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra === rb) continue;
    const ga = groups.get(ra) as number[];
    const gb = groups.get(rb) as number[];
    const key = `${Math.min(ra, rb)}:${ra < rb ? ga.length : gb.length}|${Math.max(ra, rb)}:${ra < rb ? gb.length : ga.length}`;
    if (refused.has(key)) continue;
    if (averageLink(ga, gb, prob) < threshold) {
      refused.add(key);
      continue;
    }
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    const kept = groups.get(keep) as number[];
    for (const i of groups.get(drop) as number[]) kept.push(i);
    groups.delete(drop);
  }
  return [...groups.values()];
}

/**
 * The story of one group of original reports: each report's fit (mean probability with an evenly
 * spread sample of the others), the best fitting first, each followed by its copies.
 */
export function storyOf(
  group: readonly number[],
  weighted: (i: number) => WeightedProfile,
  prob: (i: number, j: number) => number,
  copies: (i: number) => readonly string[],
): Story {
  // Fit is measured against an evenly spread sample of the other reports: linear in the story's size.
  const step = Math.max(1, Math.floor(group.length / FIT_SAMPLES));
  const fit = group.map((i) => {
    let sum = 0;
    let count = 0;
    for (let k = 0; k < group.length; k += step) {
      const j = group[k] as number;
      if (j === i) continue;
      sum += prob(i, j);
      count++;
    }
    return count ? sum / count : 1;
  });
  const order = group.map((_, k) => k).sort((x, y) => (fit[y] as number) - (fit[x] as number) || (group[x] as number) - (group[y] as number));
  const center = weighted(group[order[0] as number] as number);
  const members: StoryMember[] = [];
  for (const k of order) {
    const w = weighted(group[k] as number);
    members.push({
      doc: w.profile.doc,
      score: round(fit[k] as number),
      copyOf: null,
      shared: w === center ? [] : sharedEvidence(center, w, 6),
    });
    for (const c of copies(group[k] as number)) members.push({ doc: c, score: 1, copyOf: w.profile.doc, shared: [] });
  }
  return { members };
}

/** Stories in their stored order: by their central report. */
export function byCentre(x: Story, y: Story): number {
  return x.members[0]!.doc < y.members[0]!.doc ? -1 : 1;
}

function averageLink(ga: readonly number[], gb: readonly number[], prob: (i: number, j: number) => number): number {
  const total = ga.length * gb.length;
  const step = Math.max(1, Math.floor(total / LINK_SAMPLES));
  let sum = 0;
  let count = 0;
  for (let k = 0; k < total; k += step) {
    sum += prob(ga[Math.floor(k / gb.length)] as number, gb[k % gb.length] as number);
    count++;
  }
  return count ? sum / count : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
