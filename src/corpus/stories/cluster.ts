/**
 * Stories: every report belongs to exactly one story, found by how similar it is to the other
 * reports. Exact and near-duplicate copies are grouped first (content hash, then MinHash bands) and
 * stand in as one report; candidates for each report come from an inverted index of its rarest
 * terms, names and numbers, never from comparing it with every other; pairs the similarity model
 * accepts are merged strongest first, and two groups merge only when their reports are on average
 * as similar as one accepted pair (average linkage), so one shared name cannot chain unrelated
 * stories together. Input order does not matter: reports are taken in id order.
 */
import { bandKeys, jaccardEstimate } from './minhash.js';
import type { StoryProfile } from './profile.js';
import {
  baseCosines, baseSimilarity, type BaseCosines, corpusStats, pairFeatures, type Neighbourhoods, sameStoryProbability, sharedEvidence, weigh, withinWindow,
  type SimilarityModel, type WeightedProfile,
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
  const buckets = new Map<string, number>();
  profiles.forEach((p, i) => {
    if (parent[i] !== i) return;
    for (const key of bandKeys(p.signature)) {
      const first = buckets.get(key);
      if (first === undefined) buckets.set(key, i);
      else if (find(parent, first) !== find(parent, i) && jaccardEstimate(profiles[first]!.signature, p.signature) >= COPY_JACCARD) {
        const ra = find(parent, first);
        const rb = find(parent, i);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  });
  return profiles.map((_, i) => find(parent, i));
}

/** Orders keys strongest first, ties by key, so the choice never depends on insertion order. */
function stronger(x: readonly [string, number], y: readonly [string, number]): number {
  return y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
}

/**
 * A report's `k` strongest keys over the retrieval spaces, strongest first: a bounded selection, not a
 * sort of every key, since long reports have thousands.
 */
export function strongestKeys(w: WeightedProfile, k: number): [string, number][] {
  const top: [string, number][] = [];
  for (const space of ['terms', 'pivot', 'names', 'entities', 'numbers', 'translit'] as const) {
    const v = w.packed[space];
    for (let n = 0; n < v.keys.length; n++) {
      const e: [string, number] = [w.keys[v.keys[n] as number] as string, v.weights[n] as number];
      if (top.length === k && stronger(e, top[k - 1] as [string, number]) >= 0) continue;
      let i = top.length === k ? k - 1 : top.length;
      if (top.length === k) top.pop();
      while (i > 0 && stronger(e, top[i - 1] as [string, number]) < 0) i--;
      top.splice(i, 0, e);
    }
  }
  return top;
}

/**
 * Candidate pairs among the given reports from an inverted index over each report's strongest keys:
 * per report its best {@link CANDIDATES} overall and its best {@link CROSS_CANDIDATES} in each other
 * language (fewer words meet across languages, so those would never make an overall top list).
 * Keys found in more than `maxPosting` reports are too common to retrieve by.
 */
export function candidatePairs(weighted: readonly WeightedProfile[]): [number, number][] {
  const maxPosting = maxPostingOf(weighted.length);
  const queryKeys = weighted.map((w) => strongestKeys(w, QUERY_KEYS));
  const postings = new Map<string, number[]>();
  queryKeys.forEach((keys, i) => {
    for (const [k] of keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const pairs = new Set<number>();
  const out: [number, number][] = [];
  const n = weighted.length;
  const take = (i: number, j: number): void => {
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const code = a * n + b;
    if (pairs.has(code)) return;
    pairs.add(code);
    out.push([a, b]);
  };
  // Scores accumulate in one array over all reports; `touched` lists the reports a query reached,
  // so each query costs what it reads, not the corpus size.
  const score = new Float64Array(n);
  const touched: number[] = [];
  // The picks are the best by score (then lowest index) overall and per other language, kept in short
  // sorted lists as the touched reports are scanned, instead of sorting every touched report.
  const langIds = new Map<string, number>();
  const langOf = Int32Array.from(weighted, (w) => {
    const l = w.profile.lang;
    let id = langIds.get(l);
    if (id === undefined) langIds.set(l, (id = langIds.size));
    return id;
  });
  const better = (x: number, y: number): boolean => (score[x] as number) > (score[y] as number) || ((score[x] as number) === (score[y] as number) && x < y);
  const best: number[] = [];
  const bestByLang: number[][] = Array.from({ length: langIds.size }, () => []);
  queryKeys.forEach((keys, i) => {
    let budget = POSTING_BUDGET;
    for (const [k, w] of keys) {
      const list = postings.get(k);
      if (!list || list.length > maxPosting) continue;
      for (const j of list) {
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j] = (score[j] as number) + w;
      }
      budget -= list.length;
      if (budget <= 0) break;
    }
    const lang = langOf[i] as number;
    for (const j of touched) {
      keepBest(best, j, CANDIDATES, better);
      const l = langOf[j] as number;
      if (l !== lang) keepBest(bestByLang[l] as number[], j, CROSS_CANDIDATES, better);
    }
    for (const j of best) take(i, j);
    best.length = 0;
    for (const list of bestByLang) {
      for (const j of list) take(i, j);
      list.length = 0;
    }
    for (const j of touched) score[j] = 0;
    touched.length = 0;
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
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
 * Each report's typical similarity to its nearest candidates in each language: the mean
 * {@link baseSimilarity} of its {@link NEIGHBOURS} most similar candidates there. A pair's margin
 * over these (Artetxe & Schwenk's margin scoring for bitext mining) says whether two reports stand
 * out for each other, whatever level of similarity their languages and genre usually reach.
 */
export function neighbourhoods(
  weighted: readonly WeightedProfile[],
  pairs: readonly [number, number][],
  cosines: readonly BaseCosines[] = pairCosines(weighted, pairs),
): Neighbourhoods {
  const sims = weighted.map(() => new Map<string, number[]>());
  for (let k = 0; k < pairs.length; k++) {
    const [a, b] = pairs[k] as [number, number];
    const wa = weighted[a] as WeightedProfile;
    const wb = weighted[b] as WeightedProfile;
    const s = baseSimilarity(cosines[k] as BaseCosines);
    push(sims[a] as Map<string, number[]>, wb.profile.lang, s);
    push(sims[b] as Map<string, number[]>, wa.profile.lang, s);
  }
  const means = sims.map(neighbourLevels);
  const index = new Map(weighted.map((w, i) => [w.profile.doc, i]));
  return {
    docs: weighted.length,
    of(doc: string, lang: string): number {
      const i = index.get(doc);
      return i === undefined ? 0 : (means[i]?.get(lang) ?? 0);
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

/** The {@link BaseCosines} of each pair, in the pairs' order. */
export function pairCosines(weighted: readonly WeightedProfile[], pairs: readonly [number, number][]): BaseCosines[] {
  return pairs.map(([a, b]) => baseCosines(weighted[a] as WeightedProfile, weighted[b] as WeightedProfile));
}

/**
 * Scores candidate pairs with the model (pairs outside the publication window are left out).
 */
export function scorePairs(
  weighted: readonly WeightedProfile[],
  pairs: readonly [number, number][],
  near: Neighbourhoods,
  model: SimilarityModel,
  cosines: readonly BaseCosines[] = pairCosines(weighted, pairs),
): ScoredPair[] {
  const out: ScoredPair[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const [a, b] = pairs[k] as [number, number];
    const wa = weighted[a] as WeightedProfile;
    const wb = weighted[b] as WeightedProfile;
    if (!withinWindow(wa.profile, wb.profile)) continue;
    out.push({ a, b, p: sameStoryProbability(model, pairFeatures(wa, wb, near, cosines[k] as BaseCosines)) });
  }
  return out;
}

/**
 * The candidate pairs scored, and the neighbourhoods the scores read; the pairs' cosines, needed for
 * both, are garbage once this returns (the larger part of clustering's memory on a large store).
 */
function scoreCandidates(weighted: readonly WeightedProfile[], model: SimilarityModel): { near: Neighbourhoods; scored: ScoredPair[] } {
  const candidates = candidatePairs(weighted);
  const cosines = pairCosines(weighted, candidates);
  const near = neighbourhoods(weighted, candidates, cosines);
  return { near, scored: scorePairs(weighted, candidates, near, model, cosines) };
}

/**
 * Groups reports into stories.
 *
 * @example
 * ```ts
 * const stories = clusterStories(profiles, MODEL);
 * stories[0]?.members.map((m) => m.doc); // the reports of the biggest story
 * ```
 */
export function clusterStories(input: readonly StoryProfile[], model: SimilarityModel): Story[] {
  const profiles = [...input].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  const copyOf = findCopies(profiles);
  const originals = profiles.map((_, i) => i).filter((i) => copyOf[i] === i);
  const origProfiles = originals.map((i) => profiles[i] as StoryProfile);
  const stats = corpusStats(origProfiles);
  const weighted = origProfiles.map((p) => weigh(p, stats));
  const { near, scored } = scoreCandidates(weighted, model);
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
