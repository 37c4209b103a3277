/**
 * Story clustering in epochs: stories that grow by batches of new reports at a cost in proportion
 * to the batch, not to the corpus.
 *
 * A full run ({@link clusterStories}) weighs terms by corpus document frequency, sets each report's
 * neighbourhood level from its candidates and picks each report's candidates among all others, so
 * every old pair's probability drifts as reports are added. An epoch freezes all of that at a full
 * run over its base reports: the document frequencies, the posting lengths and each base report's
 * candidates and level. A report added within the epoch is then placed with the frozen statistics:
 *
 * - it is a copy of a base original whose content hash it shares, or whose MinHash band bucket's first
 *   report it matches at {@link COPY_JACCARD} (reports added in the epoch are never copies of one
 *   another: they meet as ordinary candidates);
 * - its candidates among the base reports are picked exactly as a full run picks them (its strongest
 *   keys through the frozen postings, {@link CANDIDATES} overall and {@link CROSS_CANDIDATES} per
 *   other language); a pair with another report `y`, old or new, is a candidate when `y` would be
 *   among either report's picks were the pool the base reports plus `y` alone. The rule depends on
 *   the two reports and the base only, so it does not matter which batch brought either;
 * - its neighbourhood level is measured on its candidates among the base reports;
 * - every connected component of accepted pairs that a new report or a new copy touches is merged
 *   again from its singletons, strongest pair first ({@link mergeGroups} merges each component on its
 *   own, so the others keep their groups).
 *
 * Hence, within an epoch, any split of the added reports into batches, in any order, gives the same
 * stories as adding them all at once; and the epoch of a corpus with nothing added gives exactly
 * the full run's stories. Rebuilding (a new epoch over everything) gives the full run again.
 */
import { bandKeys, jaccardEstimate } from './minhash.js';
import type { StoryProfile } from './profile.js';
import {
  type BaseCosines, baseCosines, baseSimilarity, corpusStats, type CorpusStats, type Neighbourhoods, pairFeatures, sameStoryProbability, type SimilarityModel, weigh,
  type WeightedProfile, withinWindow,
} from './similarity.js';
import {
  byCentre, CANDIDATES, COPY_JACCARD, CROSS_CANDIDATES, findCopies, maxPostingOf, mergeGroups, neighbourLevels, POSTING_BUDGET, push, QUERY_KEYS,
  type Story, storyOf, strongestFirst, strongestKeys,
} from './cluster.js';

/** A rival a new candidate must beat: the score and id of the last report picked. */
interface Bar {
  score: number;
  doc: string;
}

/** What the epoch keeps of one original report. */
interface Report {
  w: WeightedProfile;
  base: boolean;
  /** Its {@link QUERY_KEYS} strongest keys with their weights, strongest first. */
  keys: [string, number][];
  /** Keys read when looking up its candidates, with their weights, in reading order. */
  visited: [string, number][];
  /** Its strongest keys (what others' lookups find it by). */
  query: Set<string>;
  /** The last of its {@link CANDIDATES} picks among the base reports, or null when it has fewer. */
  bar: Bar | null;
  /** Per other language, the last of its {@link CROSS_CANDIDATES} picks there (absent: fewer). */
  langBars: Map<string, Bar>;
  /** Neighbourhood level per language. */
  levels: Map<string, number>;
  /** Reports whose pair with it was accepted. */
  accepted: Set<string>;
  /** Its copies, in id order. */
  copies: string[];
}

/** Stories of a growing corpus within one epoch; see the module comment. */
export interface StoryEpoch {
  /** Reports (originals and copies) the epoch was frozen over. */
  readonly base: number;
  /** Reports it holds now. */
  readonly size: number;
  /** Places new reports. A report already held is an error. */
  add(profiles: readonly StoryProfile[]): void;
  /** The stories, as {@link clusterStories} returns them. */
  stories(): Story[];
}

const byDoc = (a: { doc: string }, b: { doc: string }): number => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0);

/**
 * Freezes an epoch over `input` (a full run) and returns it, ready to take more reports.
 *
 * @example
 * ```ts
 * const epoch = storyEpoch(profiles, MODEL); // epoch.stories() equals clusterStories(profiles, MODEL)
 * epoch.add(moreProfiles);                    // the same stories as one add of all of them
 * ```
 */
export function storyEpoch(input: readonly StoryProfile[], model: SimilarityModel): StoryEpoch {
  const profiles = [...input].sort(byDoc);
  const copyOf = findCopies(profiles);
  const originals = profiles.filter((_, i) => copyOf[i] === i);
  const stats: CorpusStats = corpusStats(originals);
  const baseDocs = originals.length;
  const maxPosting = maxPostingOf(baseDocs);
  const near: Neighbourhoods = { docs: baseDocs, of: (doc, lang) => reports.get(doc)?.levels.get(lang) ?? 0 };

  const reports = new Map<string, Report>();
  /** Base reports by query key (the frozen postings). */
  const postings = new Map<string, string[]>();
  /** Reports by the keys their lookups read, with the weight each gave the key. */
  const readers = new Map<string, [string, number][]>();
  /** Reports added in the epoch, by query key. */
  const added = new Map<string, string[]>();
  /** Base content hashes and band buckets: the report each points to, as findCopies met them. */
  const byHash = new Map<string, string>();
  const buckets = new Map<string, string>();
  const copyRoot = new Map<string, string>();
  /** The group of every original, and the story of every group by its first report. */
  const groupOf = new Map<string, string[]>();
  const storyCache = new Map<string[], Story>();
  const probs = new Map<string, number>();
  /** Cosines of the candidate pairs, measured for the levels and read again when the pair is scored. */
  const cosines = new Map<string, BaseCosines>();
  let size = profiles.length;

  const newReport = (w: WeightedProfile, base: boolean): Report => {
    const keys = strongestKeys(w, QUERY_KEYS);
    return { w, base, keys, visited: [], query: new Set(keys.map(([k]) => k)), bar: null, langBars: new Map(), levels: new Map(), accepted: new Set(), copies: [] };
  };
  const reportOf = (doc: string): Report => reports.get(doc) as Report;
  const prob = (x: string, y: string): number => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    let p = probs.get(key);
    if (p === undefined) {
      const wa = reportOf(a).w;
      const wb = reportOf(b).w;
      p = withinWindow(wa.profile, wb.profile) ? sameStoryProbability(model, pairFeatures(wa, wb, near, cosines.get(key))) : 0;
      probs.set(key, p);
      cosines.delete(key);
    }
    return p;
  };

  /**
   * A report's lookup among the base reports, as {@link candidatePairs} does it: the keys it reads,
   * the base reports it reaches ranked by score then id, and its picks.
   */
  const lookup = (r: Report): string[] => {
    const keys = r.keys;
    const score = new Map<string, number>();
    let budget = POSTING_BUDGET;
    for (const [k, w] of keys) {
      const list = postings.get(k);
      if (list && list.length > maxPosting) continue;
      r.visited.push([k, w]);
      if (!list) continue;
      for (const j of list) if (j !== r.w.profile.doc) score.set(j, (score.get(j) ?? 0) + w);
      budget -= list.length;
      if (budget <= 0) break;
    }
    const ranked = [...score].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const picks = ranked.slice(0, CANDIDATES).map(([j]) => j);
    const last = ranked[CANDIDATES - 1];
    r.bar = last ? { doc: last[0], score: last[1] } : null;
    const perLang = new Map<string, number>();
    for (const [j, s] of ranked) {
      const l = reportOf(j).w.profile.lang;
      if (l === r.w.profile.lang) continue;
      const c = (perLang.get(l) ?? 0) + 1;
      if (c > CROSS_CANDIDATES) continue;
      perLang.set(l, c);
      picks.push(j);
      if (c === CROSS_CANDIDATES) r.langBars.set(l, { doc: j, score: s });
    }
    return picks;
  };

  /** Whether `y`, not a base report, would be among `x`'s picks were the pool the base reports plus `y`. */
  const picks = (x: Report, y: Report): boolean => {
    let s = 0;
    for (const [k, w] of x.visited) if (y.query.has(k)) s += w;
    if (s <= 0) return false;
    const beats = (bar: Bar | null | undefined): boolean => !bar || s > bar.score || (s === bar.score && y.w.profile.doc < bar.doc);
    return beats(x.bar) || (y.w.profile.lang !== x.w.profile.lang && beats(x.langBars.get(y.w.profile.lang)));
  };

  /** Indexes a report by the keys its lookup read and, when given a map, by its query keys. */
  const index = (r: Report, into: Map<string, string[]> | null): void => {
    const doc = r.w.profile.doc;
    if (into) for (const k of r.query) push(into, k, doc);
    for (const [k, w] of r.visited) push(readers, k, [doc, w] as [string, number]);
  };

  // The full run over the base: copies, weights, candidates, levels, groups.
  profiles.forEach((p, i) => {
    if (!byHash.has(p.contentHash)) byHash.set(p.contentHash, p.doc);
    if (copyOf[i] !== i) copyRoot.set(p.doc, (profiles[copyOf[i] as number] as StoryProfile).doc);
  });
  // Band buckets as findCopies fills them: first original (after exact copies) in id order per band key.
  const exact = new Set<string>();
  {
    const seen = new Set<string>();
    for (const p of profiles) {
      if (seen.has(p.contentHash)) exact.add(p.doc);
      seen.add(p.contentHash);
    }
  }
  for (const p of profiles) {
    if (exact.has(p.doc)) continue;
    for (const key of bandKeys(p.signature)) if (!buckets.has(key)) buckets.set(key, p.doc);
  }
  const signatures = new Map(profiles.map((p) => [p.doc, p.signature]));
  for (const p of originals) reports.set(p.doc, newReport(weigh(p, stats), true));
  for (const r of reports.values()) for (const k of r.query) push(postings, k, r.w.profile.doc);
  const basePairs = new Map<string, [string, string]>();
  for (const r of reports.values()) {
    for (const j of lookup(r)) {
      const [a, b] = r.w.profile.doc < j ? [r.w.profile.doc, j] : [j, r.w.profile.doc];
      basePairs.set(`${a}\u0000${b}`, [a, b]);
    }
    index(r, null);
  }
  for (const [c, orig] of copyRoot) reportOf(orig).copies.push(c);
  levelsFrom(reports, [...basePairs.values()]);
  for (const [a, b] of basePairs.values()) accept(a, b, prob(a, b));
  regroup(new Set(reports.keys()));

  function levelsFrom(target: Map<string, Report>, pairs: readonly [string, string][]): void {
    const sims = new Map<string, Map<string, number[]>>();
    for (const [a, b] of pairs) {
      const ra = reportOf(a);
      const rb = reportOf(b);
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      let cos = cosines.get(key);
      if (cos === undefined) {
        cos = baseCosines(a < b ? ra.w : rb.w, a < b ? rb.w : ra.w);
        cosines.set(key, cos);
      }
      const s = baseSimilarity(cos);
      for (const [x, y] of [[ra, rb], [rb, ra]] as const) {
        if (!target.has(x.w.profile.doc)) continue;
        let m = sims.get(x.w.profile.doc);
        if (!m) sims.set(x.w.profile.doc, (m = new Map()));
        push(m, y.w.profile.lang, s);
      }
    }
    for (const [doc, m] of sims) reportOf(doc).levels = neighbourLevels(m);
  }

  function accept(a: string, b: string, p: number): void {
    if (p < model.threshold) return;
    reportOf(a).accepted.add(b);
    reportOf(b).accepted.add(a);
  }

  /** Merges again every component of accepted pairs holding one of `seeds`. */
  function regroup(seeds: Set<string>): void {
    const done = new Set<string>();
    for (const seed of [...seeds].sort()) {
      if (done.has(seed)) continue;
      const component: string[] = [];
      const stack = [seed];
      done.add(seed);
      while (stack.length > 0) {
        const d = stack.pop() as string;
        component.push(d);
        for (const e of reportOf(d).accepted) {
          if (!done.has(e)) {
            done.add(e);
            stack.push(e);
          }
        }
      }
      component.sort();
      const at = new Map(component.map((d, i) => [d, i]));
      const pairs: { a: number; b: number; p: number }[] = [];
      for (const d of component) {
        for (const e of reportOf(d).accepted) if (d < e) pairs.push({ a: at.get(d) as number, b: at.get(e) as number, p: prob(d, e) });
      }
      pairs.sort(strongestFirst);
      const p = (i: number, j: number): number => prob(component[i] as string, component[j] as string);
      for (const d of component) {
        const old = groupOf.get(d);
        if (old) storyCache.delete(old);
      }
      for (const g of mergeGroups(component.length, pairs, p, model.threshold)) {
        const docs = g.map((i) => component[i] as string);
        for (const d of docs) groupOf.set(d, docs);
        storyCache.set(docs, storyOf(g, (i) => reportOf(component[i] as string).w, p, (i) => reportOf(component[i] as string).copies));
      }
    }
  }

  /** The base original a new report copies, or null. */
  const copyTarget = (p: StoryProfile): string | null => {
    const same = byHash.get(p.contentHash);
    if (same !== undefined) return copyRoot.get(same) ?? same;
    for (const key of bandKeys(p.signature)) {
      const first = buckets.get(key);
      if (first !== undefined && jaccardEstimate(signatures.get(first) as Uint32Array, p.signature) >= COPY_JACCARD) return copyRoot.get(first) ?? first;
    }
    return null;
  };

  return {
    base: profiles.length,
    get size() {
      return size;
    },
    add(input) {
      const batch = [...input].sort(byDoc);
      const seen = new Set<string>();
      for (const p of batch) {
        if (reports.has(p.doc) || copyRoot.has(p.doc) || seen.has(p.doc)) throw new Error(`story epoch: report given twice: ${p.doc}`);
        seen.add(p.doc);
      }
      size += batch.length;
      const touched = new Set<string>();
      const fresh = new Map<string, Report>();
      for (const p of batch) {
        const orig = copyTarget(p);
        if (orig !== null) {
          copyRoot.set(p.doc, orig);
          const copies = reportOf(orig).copies;
          copies.push(p.doc);
          copies.sort();
          touched.add(orig);
          continue;
        }
        const r = newReport(weigh(p, stats), false);
        reports.set(p.doc, r);
        fresh.set(p.doc, r);
      }
      // Candidates among the base reports (both ways), then levels from them.
      const pairs = new Map<string, [string, string]>();
      const pair = (a: string, b: string): void => {
        const [x, y] = a < b ? [a, b] : [b, a];
        pairs.set(`${x}\u0000${y}`, [x, y]);
      };
      for (const r of fresh.values()) {
        const doc = r.w.profile.doc;
        const mine = new Set(lookup(r));
        for (const k of r.query) {
          for (const [j] of readers.get(k) ?? []) {
            const other = reportOf(j);
            if (other.base && !mine.has(j) && picks(other, r)) mine.add(j);
          }
        }
        for (const j of mine) pair(doc, j);
      }
      // Levels from the pairs with base reports only, so they do not depend on the batch.
      levelsFrom(fresh, [...pairs.values()]);
      // Then candidates among the reports added in the epoch, this batch's included.
      for (const r of fresh.values()) index(r, added);
      for (const r of fresh.values()) {
        const doc = r.w.profile.doc;
        const near = new Set<string>();
        for (const [k] of r.visited) for (const j of added.get(k) ?? []) near.add(j);
        for (const k of r.query) for (const [j] of readers.get(k) ?? []) if (!reportOf(j).base) near.add(j);
        for (const j of near) {
          if (j === doc || (fresh.has(j) && j < doc)) continue;
          const other = reportOf(j);
          if (picks(r, other) || picks(other, r)) pair(doc, j);
        }
      }
      for (const [a, b] of pairs.values()) accept(a, b, prob(a, b));
      regroup(new Set([...fresh.keys(), ...touched]));
    },
    stories() {
      return [...storyCache.values()].sort(byCentre);
    },
  };
}
