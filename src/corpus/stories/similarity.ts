/**
 * Story similarity of two reports: per feature space a TF-IDF cosine, plus what the dates and the
 * reports' own event frames say, combined by a logistic model whose weights and threshold are
 * fitted on public pair data (`npm run train:similarity`, `model.ts`).
 */
import { kindFamily } from '../../stages/events/kinds.js';
import { CompactBag, SPACES, type Space, type StoryProfile, type TableBag } from './profile.js';
import { float64Array, int32Array, type KernelRunner } from './kernel-thread.js';
import { idfOf, idfTable, weighBag, WeighScratch, type WeighTables, weighRange } from './kernels.js';

/** A profile's features weighted by rarity in the corpus and scaled to unit length per space. */
export interface WeightedProfile {
  profile: StoryProfile;
  /** One vector per space, keys as numbers ({@link CorpusStats.ids}), sorted. */
  packed: Record<Space, PackedVector>;
  /** The feature key of each key number (the corpus's {@link CorpusStats.keys}). */
  keys: readonly string[];
}

/** A sparse vector as parallel arrays sorted by key number: a cosine is one merge of two such. */
export interface PackedVector {
  keys: Int32Array;
  weights: Float64Array;
}

/** Document frequencies of every feature key over a corpus of profiles. */
export interface CorpusStats {
  docs: number;
  /** A number for each feature key (in order of first sight), so that vectors compare without hashing strings. */
  ids: Map<string, number>;
  /** In how many profiles each key occurs, by key number. */
  df: number[];
  /** The feature key of each key number. */
  keys: string[];
}

/**
 * Counts in how many profiles each feature key occurs.
 *
 * @example
 * ```ts
 * const stats = corpusStats(profiles);
 * stats.df[stats.ids.get('w:flood') ?? -1]; // 12
 * ```
 */
export function corpusStats(profiles: readonly StoryProfile[]): CorpusStats {
  return countKeys(profiles, null);
}

/**
 * {@link corpusStats}, writing the number of every entry of every bag, in reading order, to `record`
 * when given (it must have room for them all).
 */
function countKeys(profiles: readonly StoryProfile[], record: Int32Array | null): CorpusStats {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const keys: string[] = [];
  let at = 0;
  const numberOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = df.length));
      df.push(0);
      keys.push(key);
    }
    return id;
  };
  // Bags read back from a store or a profile thread number their keys in its table: each table number
  // is looked up by its key once, then read from an array (a few keys in millions of entries).
  let table: readonly string[] | null = null;
  let fromTable: Int32Array = new Int32Array(0);
  const numbering = new Map<readonly string[], Int32Array>();
  for (const p of profiles) {
    for (const space of SPACES) {
      const bag = p.bags[space];
      const shared = bag instanceof CompactBag ? bag.tableBag() : null;
      if (shared) {
        if (shared.table !== table) {
          table = shared.table;
          let known = numbering.get(table);
          if (!known) numbering.set(table, (known = new Int32Array(table.length).fill(-1)));
          fromTable = known;
        }
        for (let k = shared.start, end = k + shared.length; k < end; k++) {
          const t = shared.ids[k] as number;
          let id = fromTable[t] as number;
          if (id < 0) fromTable[t] = id = numberOf(table[t] as string);
          df[id] = (df[id] as number) + 1;
          if (record) record[at] = id;
          at++;
        }
        continue;
      }
      // forEach, not an iterator: a profile's bags are CompactBags, whose iterators allocate per entry.
      bag.forEach((_, key) => {
        const id = numberOf(key);
        df[id] = (df[id] as number) + 1;
        if (record) record[at] = id;
        at++;
      });
    }
  }
  return { docs: profiles.length, ids, df, keys };
}

/**
 * The {@link corpusStats} of a set of profiles and each profile {@link weigh}ed by them: the same
 * numbers, with each key looked up once (when counted) instead of twice.
 *
 * @example
 * ```ts
 * const { weighted } = weighCorpus(profiles); // weighted[i] equals weigh(profiles[i], corpusStats(profiles))
 * ```
 */
export function weighCorpus(profiles: readonly StoryProfile[], options: { helper?: KernelRunner | null } = {}): { stats: CorpusStats; weighted: WeightedProfile[] } {
  const helper = options.helper ?? null;
  const int32 = (length: number): Int32Array => int32Array(length, helper !== null);
  const bags = profiles.length * SPACES.length;
  const bagStart = int32(bags + 1);
  let entries = 0;
  profiles.forEach((p, i) => SPACES.forEach((space, s) => {
    bagStart[i * SPACES.length + s] = entries;
    entries += p.bags[space].size;
  }));
  bagStart[bags] = entries;
  const ids = int32(entries);
  const stats = countKeys(profiles, ids);
  const df = int32(stats.df.length);
  df.set(stats.df);
  // One chunk for the whole corpus, each bag's vector where its entries start (in memory the helper
  // thread reads and writes, if there is one).
  const state = weighState(stats);
  state.keys = int32(entries);
  state.weights = float64Array(entries, helper !== null);
  state.used = entries;
  const half = helper ? profiles.length >> 1 : profiles.length;
  const cut = half * SPACES.length;
  // This thread reads the counts of its half where they are; the helper thread, if any, a shared copy of its half's.
  const tables: WeighTables = {
    bagStart, ids, df, docs: stats.docs, outKeys: state.keys, outWeights: state.weights, lengths: int32(bags), ...countsOf(profiles, 0, half, false),
  };
  const theirs: WeighTables = { ...tables, ...(helper ? countsOf(profiles, half, profiles.length, true) : {}) };
  const done = helper ? helper.start({ kind: 'weigh', tables: theirs, from: cut, to: bags }) : null;
  weighRange(tables, 0, cut);
  if (done && done() === null) weighRange(theirs, cut, bags);
  const weighted = profiles.map((profile, i): WeightedProfile => {
    const packed = {} as Record<Space, PackedVector>;
    SPACES.forEach((space, s) => {
      const bag = i * SPACES.length + s;
      const start = bagStart[bag] as number;
      const end = start + (tables.lengths[bag] as number);
      packed[space] = { keys: state.keys.subarray(start, end), weights: state.weights.subarray(start, end) };
    });
    return { profile, packed, keys: stats.keys };
  });
  return { stats, weighted };
}

/**
 * Where the counts of the bags of profiles `from` to `to - 1` lie, for {@link weighRange}: a bag read
 * back from a store or a profile thread is read where it is, the counts of other bags (entity bags,
 * bags built here) are copied into one more array; with `shared`, every bag's counts are copied into
 * shared memory, for the helper thread.
 */
function countsOf(profiles: readonly StoryProfile[], from: number, to: number, shared: boolean): Pick<WeighTables, 'counts' | 'bagCounts'> {
  const inPlace = (bag: ReadonlyMap<string, number>): TableBag | null => (!shared && bag instanceof CompactBag ? bag.tableBag() : null);
  let copied = 0;
  for (let i = from; i < to; i++) for (const space of SPACES) if (!inPlace((profiles[i] as StoryProfile).bags[space])) copied += (profiles[i] as StoryProfile).bags[space].size;
  const extra = float64Array(copied, shared);
  const counts: Float64Array[] = [extra];
  const arrayOf = new Map<Float64Array, number>([[extra, 0]]);
  const bagCounts = int32Array(2 * profiles.length * SPACES.length, shared);
  let at = 0;
  for (let i = from; i < to; i++) {
    SPACES.forEach((space, s) => {
      const bag = (profiles[i] as StoryProfile).bags[space];
      const slot = 2 * (i * SPACES.length + s);
      const t = inPlace(bag);
      if (t) {
        let k = arrayOf.get(t.counts);
        if (k === undefined) arrayOf.set(t.counts, (k = counts.push(t.counts) - 1));
        bagCounts[slot] = k;
        bagCounts[slot + 1] = t.start;
        return;
      }
      bagCounts[slot] = 0;
      bagCounts[slot + 1] = at;
      bag.forEach((tf) => {
        extra[at++] = tf;
      });
    });
  }
  return { counts, bagCounts };
}

/** Inverse document frequency, smoothed so that small corpora still weigh words sensibly. */
export function idf(stats: CorpusStats, key: string): number {
  const id = stats.ids.get(key);
  return idfOf(stats.docs, id === undefined ? 0 : (stats.df[id] ?? 0));
}


/**
 * What weighing keeps per corpus: the idf of each document frequency (a frequency is at most the
 * corpus size, so the table is small; NaN until first needed), and the chunk packed vectors are
 * carved from, with how much of it is used.
 */
interface WeighState {
  idf: Float64Array;
  keys: Int32Array;
  weights: Float64Array;
  used: number;
}

const weighStates = new WeakMap<CorpusStats, WeighState>();

/**
 * Entries per chunk of packed vectors, at most: chunks start small and double. One chunk holds the
 * vectors of up to a few hundred reports side by side: two allocations instead of two per vector,
 * and a pair's cosines read memory in a row.
 */
const CHUNK = 1 << 18;
/** Entries of a corpus's first chunk. */
const FIRST_CHUNK = 1 << 12;

function weighState(stats: CorpusStats): WeighState {
  let state = weighStates.get(stats);
  if (!state || state.idf.length !== stats.docs + 1) {
    state = { idf: idfTable(stats.docs), keys: new Int32Array(0), weights: new Float64Array(0), used: 0 };
    weighStates.set(stats, state);
  }
  return state;
}

/** Makes the packed vectors weighed next go to a new chunk of `length` entries. */
function newChunk(state: WeighState, length: number): void {
  state.keys = new Int32Array(length);
  state.weights = new Float64Array(length);
  state.used = 0;
}

/** Scratch for {@link weigh}: one bag's key numbers and counts in reading order, grown to the largest bag met. */
let bagIds = new Int32Array(64);
let bagCounts = new Float64Array(64);
const scratch = new WeighScratch();

/**
 * TF-IDF weights (sublinear term frequency), unit length per space. The packed vectors of one
 * profile are views of one stretch of a chunk shared with the profiles weighed before and after it.
 *
 * @example
 * ```ts
 * weigh(profile, corpusStats(all)).packed.terms; // { keys: Int32Array [...], weights: Float64Array [...] }
 * ```
 */
export function weigh(profile: StoryProfile, stats: CorpusStats): WeightedProfile {
  const state = weighState(stats);
  let size = 0;
  for (const space of SPACES) size += profile.bags[space].size;
  if (state.used + size > state.keys.length) newChunk(state, Math.max(Math.min(CHUNK, state.keys.length * 2 || FIRST_CHUNK), size));
  const packed = {} as Record<Space, PackedVector>;
  for (const space of SPACES) {
    const bag = profile.bags[space];
    if (bag.size > bagIds.length) {
      bagIds = new Int32Array(Math.max(bag.size, bagIds.length * 2));
      bagCounts = new Float64Array(bagIds.length);
    }
    let k = 0;
    // forEach, not an iterator: a profile's bags are CompactBags, whose iterators allocate per entry.
    bag.forEach((tf, key) => {
      let id = stats.ids.get(key);
      if (id === undefined) {
        // A key outside the counted corpus: numbered now, seen in no counted profile.
        id = stats.df.length;
        stats.ids.set(key, id);
        stats.df.push(0);
        stats.keys.push(key);
      }
      bagIds[k] = id;
      bagCounts[k++] = tf;
    });
    const at = state.used;
    const n = weighBag(bagIds, bagCounts, 0, 0, k, stats.df, stats.docs, state.idf, state.keys, state.weights, at, scratch);
    state.used += n;
    packed[space] = { keys: state.keys.subarray(at, at + n), weights: state.weights.subarray(at, at + n) };
  }
  return { profile, packed, keys: stats.keys };
}

/**
 * The cosine of two packed unit vectors: {@link cosine} by one merge of their sorted keys.
 *
 * @example
 * ```ts
 * packedCosine(a.packed.terms, b.packed.terms); // 0.42
 * ```
 */
export function packedCosine(a: PackedVector, b: PackedVector): number {
  const ka = a.keys;
  const kb = b.keys;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ka.length && j < kb.length) {
    const x = ka[i] as number;
    const y = kb[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The names of the pair features, in the order of the model's weights. */
export const FEATURES = [
  'terms', 'pivot', 'bigrams', 'lead', 'translit', 'names', 'entities', 'numbers', 'dates', 'cross_lingual', 'cross_pivot', 'cross_translit', 'cross_names',
  'cross_entities', 'cross_numbers',
  'margin', 'small_corpus', 'frames_agree', 'frames_conflict', 'days_apart', 'shorter_terms',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** Each report's typical similarity to its nearest candidates, per language of the candidates. */
export interface Neighbourhoods {
  /** How many reports the corpus has (after copies are set aside). */
  docs: number;
  of(doc: string, lang: string): number;
}

/** A pair's term, English-pivot, transliteration, name and number cosines: computed once per candidate pair. */
export type BaseCosines = readonly [terms: number, pivot: number, translit: number, names: number, numbers: number, entities: number];

/** The spaces of the {@link BaseCosines}, in their order. */
export const BASE_SPACE_NAMES = ['terms', 'pivot', 'translit', 'names', 'numbers', 'entities'] as const satisfies readonly Space[];
/** How many {@link BaseCosines} a pair has. */
export const BASE_SPACES = BASE_SPACE_NAMES.length;

/**
 * The cosines {@link baseSimilarity} and {@link pairFeatures} share.
 *
 * @example
 * ```ts
 * const [terms, pivot] = baseCosines(a, b);
 * ```
 */
export function baseCosines(a: WeightedProfile, b: WeightedProfile): BaseCosines {
  return [
    packedCosine(a.packed.terms, b.packed.terms), packedCosine(a.packed.pivot, b.packed.pivot), packedCosine(a.packed.translit, b.packed.translit),
    packedCosine(a.packed.names, b.packed.names), packedCosine(a.packed.numbers, b.packed.numbers), packedCosine(a.packed.entities, b.packed.entities),
  ];
}

/**
 * A plain similarity of two reports, the mean of their term (native or English pivot, whichever
 * is higher), transliteration, name and number cosines: what neighbourhoods and margins are measured in.
 * Reads the {@link BaseCosines} at `at` of `base` (a table of many pairs' cosines, or one pair's).
 */
export function baseSimilarity(base: ArrayLike<number>, at = 0): number {
  const terms = base[at] as number;
  const pivot = base[at + 1] as number;
  const translit = base[at + 2] as number;
  const names = base[at + 3] as number;
  const numbers = base[at + 4] as number;
  const entities = base[at + 5] as number;
  return (Math.max(terms, pivot) + translit + Math.max(names, entities) + numbers) / 4;
}

/** Largest margin the feature takes: beyond it, a pair stands out anyway. */
const MAX_MARGIN = 3;

/**
 * How far a pair's similarity stands above both reports' usual similarity to candidates in the
 * other's language (1 = as similar as their usual neighbours).
 */
function margin(a: WeightedProfile, b: WeightedProfile, near: Neighbourhoods, s: number): number {
  const level = (near.of(a.profile.doc, b.profile.lang) + near.of(b.profile.doc, a.profile.lang)) / 2;
  return level > 0 ? Math.min(MAX_MARGIN, s / level) : s > 0 ? MAX_MARGIN : 0;
}

/** Publication dates further apart than this never belong to one story. */
export const STORY_WINDOW_DAYS = 7;

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || (a.length === 10 && b.length === 10 && daysBetween(a, b) <= 1);
}

/** 1 when both reports' own event frames are of one kind family, dated to days within a day, with a shared place or participant. */
function framesAgree(a: StoryProfile, b: StoryProfile): number {
  const fa = a.main;
  const fb = b.main;
  if (!fa || !fb || fa.kind === 'other' || kindFamily(fa.kind) !== kindFamily(fb.kind)) return 0;
  // Day dates within a day of each other: a month or a year is shared by too many events.
  if (!fa.date || !fb.date || fa.date.length < 10 || fb.date.length < 10 || !datesCompatible(fa.date, fb.date)) return 0;
  const shared = (fa.place !== null && fa.place === fb.place) || fa.participants.some((p) => fb.participants.includes(p));
  return shared ? 1 : 0;
}

/** 1 when both reports' own event frames give day dates more than a day apart. */
function framesConflict(a: StoryProfile, b: StoryProfile): number {
  const da = a.main?.date;
  const db = b.main?.date;
  return da && db && da.length === 10 && db.length === 10 && daysBetween(da, db) > 1 ? 1 : 0;
}

/**
 * The size of the shorter of two reports, as the natural log of 1 + its number of distinct content terms.
 * Cosines run higher between short texts (fewer words to differ in) and a story's reports differ more in
 * length than in wording: one logistic model over the cosines alone fitted 60-word snippets and
 * 900-word speeches by one bias and one scale, and served neither well (decisions, issue 6).
 *
 * @example
 * ```ts
 * shorterTerms(teaser, speech); // log(1 + 12) for a teaser of 12 distinct terms
 * ```
 */
export function shorterTerms(a: WeightedProfile, b: WeightedProfile): number {
  return Math.log1p(Math.min(a.profile.bags.terms.size, b.profile.bags.terms.size));
}

/**
 * Whether two reports may be one story at all: false when both publication days are known and
 * further apart than {@link STORY_WINDOW_DAYS}. A known date narrows the candidates; an unknown one
 * excludes nothing.
 *
 * @example
 * ```ts
 * withinWindow(a, b); // false for reports published in 2019 and in 2022
 * ```
 */
export function withinWindow(a: StoryProfile, b: StoryProfile): boolean {
  return timesWithinWindow(publishedTime(a), publishedTime(b));
}

/** A report's publication day as `Date.parse` reads it, or null when unknown: {@link timesWithinWindow} reads it. */
export function publishedTime(p: StoryProfile): number | null {
  return p.published ? Date.parse(p.published) : null;
}

/**
 * {@link withinWindow} of two reports' {@link publishedTime}s: the same answer, with each day parsed
 * once per report instead of once per pair.
 */
export function timesWithinWindow(a: number | null, b: number | null): boolean {
  return a === null || b === null || Math.abs(a - b) / 86_400_000 <= STORY_WINDOW_DAYS;
}

/**
 * The feature vector of a pair of reports, in {@link FEATURES} order.
 *
 * @example
 * ```ts
 * pairFeatures(weigh(a, stats), weigh(b, stats)); // [0.62, 0.31, 0.4, …]
 * ```
 */
export function pairFeatures(a: WeightedProfile, b: WeightedProfile, near: Neighbourhoods, base: BaseCosines = baseCosines(a, b)): number[] {
  const cross = a.profile.lang !== b.profile.lang ? 1 : 0;
  const [terms, pivot, translit, names, numbers, entities] = base;
  const pa = a.profile.published;
  const pb = b.profile.published;
  // Across languages, fewer words meet at all: the cross_* features let the model weigh them apart.
  return [
    terms,
    pivot,
    packedCosine(a.packed.bigrams, b.packed.bigrams),
    packedCosine(a.packed.lead, b.packed.lead),
    translit,
    names,
    entities,
    numbers,
    packedCosine(a.packed.dates, b.packed.dates),
    cross,
    cross * pivot,
    cross * translit,
    cross * names,
    cross * entities,
    cross * numbers,
    margin(a, b, near, baseSimilarity(base)),
    // Rarity weights and margins mean less in a corpus of five reports than in one of a thousand.
    1 / Math.log(near.docs + 2),
    framesAgree(a.profile, b.profile),
    framesConflict(a.profile, b.profile),
    pa && pb ? Math.min(1, daysBetween(pa, pb) / STORY_WINDOW_DAYS) : 0,
    // Cosines of two 60-word snippets and of two 900-word speeches mean different things.
    shorterTerms(a, b),
  ];
}

/** A fitted logistic model over {@link FEATURES}. */
export interface SimilarityModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Probability at or above which two reports are one story. */
  threshold: number;
}

/**
 * The model's probability that two reports tell one story.
 *
 * @example
 * ```ts
 * sameStoryProbability(MODEL, pairFeatures(a, b)); // 0.93
 * ```
 */
export function sameStoryProbability(model: SimilarityModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The keys two reports share, strongest first: the evidence shown for why they were joined.
 *
 * @example
 * ```ts
 * sharedEvidence(a, b, 5); // ['w:flood', 'e:p-harshad-parmar', '#26', …]
 * ```
 */
export function sharedEvidence(a: WeightedProfile, b: WeightedProfile, limit: number): string[] {
  const scored: [string, number][] = [];
  for (const space of ['entities', 'names', 'terms', 'pivot', 'numbers'] as const) {
    const x = a.packed[space];
    const y = b.packed[space];
    let i = 0;
    let j = 0;
    while (i < x.keys.length && j < y.keys.length) {
      const kx = x.keys[i] as number;
      const ky = y.keys[j] as number;
      if (kx === ky) scored.push([a.keys[kx] as string, (x.weights[i++] as number) * (y.weights[j++] as number)]);
      else if (kx < ky) i++;
      else j++;
    }
  }
  return scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, limit).map(([k]) => k);
}
