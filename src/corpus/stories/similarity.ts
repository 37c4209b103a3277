/**
 * Story similarity of two reports: per feature space a TF-IDF cosine, plus what the dates and the
 * reports' own event frames say, combined by a logistic model whose weights and threshold are
 * fitted on public pair data (`npm run train:similarity`, `model.ts`).
 */
import { kindFamily } from '../../stages/events/kinds.js';
import { SPACES, type Space, type StoryProfile } from './profile.js';

/** A profile's features weighted by rarity in the corpus and scaled to unit length per space. */
export interface WeightedProfile {
  profile: StoryProfile;
  vectors: Record<Space, Map<string, number>>;
}

/** Document frequencies of every feature key over a corpus of profiles. */
export interface CorpusStats {
  docs: number;
  df: Map<string, number>;
}

/**
 * Counts in how many profiles each feature key occurs.
 *
 * @example
 * ```ts
 * corpusStats(profiles).df.get('w:flood'); // 12
 * ```
 */
export function corpusStats(profiles: readonly StoryProfile[]): CorpusStats {
  const df = new Map<string, number>();
  for (const p of profiles) {
    for (const space of SPACES) for (const key of p.bags[space].keys()) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return { docs: profiles.length, df };
}

/** Inverse document frequency, smoothed so that small corpora still weigh words sensibly. */
export function idf(stats: CorpusStats, key: string): number {
  return Math.log((stats.docs + 1) / ((stats.df.get(key) ?? 0) + 1)) + 1;
}

/**
 * TF-IDF weights (sublinear term frequency), unit length per space.
 *
 * @example
 * ```ts
 * weigh(profile, corpusStats(all)).vectors.terms.get('w:flood'); // 0.21
 * ```
 */
export function weigh(profile: StoryProfile, stats: CorpusStats): WeightedProfile {
  const vectors = {} as Record<Space, Map<string, number>>;
  for (const space of SPACES) {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [key, tf] of profile.bags[space]) {
      const w = (1 + Math.log(tf)) * idf(stats, key);
      if (w <= 0) continue;
      v.set(key, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
    vectors[space] = v;
  }
  return { profile, vectors };
}

/**
 * Dot product of two unit vectors (their cosine).
 *
 * @example
 * ```ts
 * cosine(new Map([['a', 1]]), new Map([['a', 1]])); // 1
 * ```
 */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** The names of the pair features, in the order of the model's weights. */
export const FEATURES = [
  'terms', 'pivot', 'bigrams', 'lead', 'translit', 'names', 'entities', 'numbers', 'dates', 'cross_lingual', 'cross_pivot', 'cross_translit', 'cross_names',
  'cross_entities', 'cross_numbers',
  'margin', 'small_corpus', 'frames_agree', 'frames_conflict', 'days_apart',
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
    cosine(a.vectors.terms, b.vectors.terms), cosine(a.vectors.pivot, b.vectors.pivot), cosine(a.vectors.translit, b.vectors.translit),
    cosine(a.vectors.names, b.vectors.names), cosine(a.vectors.numbers, b.vectors.numbers), cosine(a.vectors.entities, b.vectors.entities),
  ];
}

/**
 * A plain similarity of two reports, the mean of their term (native or English pivot, whichever
 * is higher), transliteration, name and number cosines: what neighbourhoods and margins are measured in.
 */
export function baseSimilarity(base: BaseCosines): number {
  const [terms, pivot, translit, names, numbers, entities] = base;
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
  return !a.published || !b.published || daysBetween(a.published, b.published) <= STORY_WINDOW_DAYS;
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
    cosine(a.vectors.bigrams, b.vectors.bigrams),
    cosine(a.vectors.lead, b.vectors.lead),
    translit,
    names,
    entities,
    numbers,
    cosine(a.vectors.dates, b.vectors.dates),
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
    for (const [k, w] of a.vectors[space]) {
      const o = b.vectors[space].get(k);
      if (o !== undefined) scored.push([k, w * o]);
    }
  }
  return scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, limit).map(([k]) => k);
}
