/**
 * The English name extractor with the learned tagger: an averaged perceptron trained on
 * CoNLL-2003 (`ner-en.tsv`, written by `npm run train:ner`) finds and types the names; the rule
 * extractor (`names.ts`) adds what the tagger does not give: titles and honorifics in front of a
 * name, roles, counterparts, and nominal role mentions (`the Indian defence minister`). A name the
 * rules found after a title (`Shri Rajnath Singh`, `Gen Nakatani`) wins over a tagger span that
 * overlaps it; elsewhere the tagger's spans and types are the names.
 *
 * @example
 * ```ts
 * createEnglishTaggedExtractor().extract('Mr Kenji Arata met officials in Ruvelo.');
 * // [{ text: 'Kenji Arata', type: 'person', title: 'Mr', rule: 'title', ... }, { text: 'Ruvelo', type: 'place', rule: 'tagger', ... }]
 * ```
 */

import type { EntityType } from '../../pipeline/types.js';
import type { MentionExtractor, NameCandidate } from '../../stages/entities/contract.js';
import { decode, decodeWithMargins, loadShippedModel, tagSpans, type TaggerModel } from '../../stages/entities/tagger.js';
import { createEnglishNameExtractor } from './names.js';
import { GENERIC_WORDS, HONORIFICS, OF_HEADS, OFFICE_ROLES, ORG_HEADS, RANK_ABBREVIATION_OF, RANKS } from './entities.js';
import { docContext, sentenceFeatures, sentenceRanges, tokenizeEn, type EnToken } from './ner-features.js';

/** The tagger's labels (CoNLL-2003 types, BIO). */
export const EN_LABELS: readonly string[] = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];

/** CoNLL types as Dossier entity types. */
export const EN_TYPE_OF: Readonly<Record<string, EntityType>> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

const SOURCE = 'entities/en';
/** Rule-extractor names that win over an overlapping tagger name (the rules know where the title ends). */
const RULES_OVER_TAGGER: ReadonlySet<string> = new Set(['title', 'counterpart', 'office+name', 'honorific+name']);
/** Rules whose person reading beats the tagger's organisation or `other` on the same span (`Singh posted`). */
const PERSON_RULES: ReadonlySet<string> = new Set(['reporting-verb']);
/** Rule-extractor names that win over tagger names they contain (a listed multi-word name). */
const RULES_CONTAINING: ReadonlySet<string> = new Set(['gazetteer', 'org-known']);
/** How tagger names and rule names are combined (see {@link mergeCandidates}). */
export interface MergePolicy {
  /** Rule-extractor names kept where the tagger found nothing. */
  added: ReadonlySet<string>;
  /** Rules whose type replaces the tagger's `other` on the same span (`National War Memorial`: a place). */
  retype: ReadonlySet<string>;
  /** Whether a tagger name is made only of generic words (`Special Strategic & Global Partnership`): such names are dropped. */
  isGeneric: (text: string) => boolean;
  /** Whether a tagger name is only a title or office (`Raksha Mantri`): such names are dropped. */
  isTitle: (text: string) => boolean;
}

const CONNECTORS = new Set(['&', 'and', 'of', 'the', 'for']);

/**
 * A name whose every word is a generic capitalised word (`Cooperation Agreement`), connectors
 * aside, unless it is an organisation by its head (`Defence Ministry`, `Ministry of Defence`).
 */
function genericOnly(text: string): boolean {
  const all = text.split(/\s+/);
  const words = all.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (words.length === 0 || !words.every((w) => GENERIC_WORDS.has(w))) return false;
  if (words.length > 1 && ORG_HEADS.has(words[words.length - 1] ?? '')) return false;
  if (all.length > 2 && all[1] === 'of' && OF_HEADS.has(all[0] ?? '')) return false;
  return true;
}

const EN_TITLES: ReadonlySet<string> = new Set([...OFFICE_ROLES.keys(), ...HONORIFICS, ...RANKS].map((t) => t.toLowerCase()));

/** The merge used by the extractors (chosen on held-out articles of the training data). */
export const DEFAULT_MERGE: MergePolicy = { added: new Set(['acronym-paren']), retype: new Set(['place-head']), isGeneric: genericOnly, isTitle: (t) => EN_TITLES.has(t.replace(/\s+/g, ' ').toLowerCase()) };
/** Ranks that the text may use as part of the name (`Gen Nakatani`): kept when the tagger keeps them. */
const RANK_ABBREVIATIONS = new RegExp(`^(?:${[...RANK_ABBREVIATION_OF.keys()].join('|')})\\.?$`);

/**
 * Names whose weakest token the tagger would label `O` at a cost below this are left out
 * (chosen on held-out training articles).
 */
export const EN_MIN_MARGIN = 0;

/**
 * The shipped English model, read once (null when the weights file is absent).
 *
 * @example
 * ```ts
 * loadEnglishModel()?.labels; // EN_LABELS
 * ```
 */
export function loadEnglishModel(): TaggerModel | null {
  return loadShippedModel(new URL('./ner-en.tsv', import.meta.url));
}

/** Any mark {@link plainQuotes} replaces (most words have none: they are returned as they are). */
const CURLY = /[“”„‟″‘’‚‛′]/;
/** Curly quotes and apostrophes as CoNLL writes them, for the features. */
function plainQuotes(w: string): string {
  if (!CURLY.test(w)) return w;
  return w.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'");
}

/**
 * Names the tagger finds in a text, with offsets, as candidates (rule `tagger`).
 *
 * @example
 * ```ts
 * tagEnglish(model, 'Kenji Arata visited Ruvelo .'); // [{ text: 'Kenji Arata', type: 'person', ... }, ...]
 * ```
 */
export function tagEnglish(model: TaggerModel, text: string, minMargin = EN_MIN_MARGIN): NameCandidate[] {
  const toks = tokenizeEn(text);
  const ranges = sentenceRanges(text, toks);
  const sents = ranges.map(([a, b]) => toks.slice(a, b));
  const words = sents.map((s) => s.map((t) => plainQuotes(t.text)));
  const ctx = docContext(words);
  const out: NameCandidate[] = [];
  sents.forEach((s, k) => {
    const features = sentenceFeatures(words[k] ?? [], ctx);
    // Margins are never negative: at a threshold of 0 the plain Viterbi path gives the same names, at half the cost.
    const { tags, margins } = minMargin > 0 ? decodeWithMargins(model, features) : { tags: decode(model, features), margins: null };
    for (const sp of tagSpans(tags)) {
      if (margins) {
        let sure = Infinity;
        for (let i = sp.start; i < sp.end; i++) sure = Math.min(sure, margins[i] ?? 0);
        if (sure < minMargin) continue;
      }
      const first = s[sp.start] as EnToken;
      const last = s[sp.end - 1] as EnToken;
      out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), type: EN_TYPE_OF[sp.type] ?? 'other', source: SOURCE, rule: 'tagger' });
    }
  });
  return out;
}

/**
 * A function giving the names of `tagged` that overlap a span, in their order. Tagger names come in
 * text order without overlaps: then those overlapping a span are one run, found by binary search;
 * otherwise every name is tested.
 *
 * @example
 * ```ts
 * overlapFinder([{ start: 0, end: 4, ... }, { start: 5, end: 9, ... }])({ start: 3, end: 6 }); // both
 * ```
 */
export function overlapFinder(tagged: readonly NameCandidate[]): (span: { start: number; end: number }) => NameCandidate[] {
  const ordered = tagged.every((t, i) => t.start < t.end && (i === 0 || (tagged[i - 1] as NameCandidate).end <= t.start));
  if (!ordered) return (span) => tagged.filter((t) => span.start < t.end && t.start < span.end);
  return (span) => {
    // First name ending after the span starts (ends increase with the index).
    let lo = 0;
    let hi = tagged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tagged[mid] as NameCandidate).end > span.start) hi = mid;
      else lo = mid + 1;
    }
    const out: NameCandidate[] = [];
    for (let i = lo; i < tagged.length && (tagged[i] as NameCandidate).start < span.end; i++) out.push(tagged[i] as NameCandidate);
    return out;
  };
}

/**
 * Combines tagger names with the rule extractor's:
 * - titled names and counterparts from the rules win where they overlap a tagger name (the rules
 *   know where a title ends), except that a rank abbreviation the tagger keeps in the name stays
 *   (`Gen Nakatani`, a given name that looks like a rank);
 * - listed multi-word names (gazetteer, known organisations) win over tagger names inside them, as
 *   does an organisation name the tagger split after a demonym (`Indian Institute of Technology`), and
 *   so does a name whose leading `The` its acronym in parentheses confirms (`The Resistance Front (TRF)`);
 * - acronyms in parentheses after a name are added where the tagger found nothing;
 * - a tagger name with exactly the span of a rule name takes its title and role;
 * - nominal role mentions come from the rules, with the demonym in them (`the Indian defence
 *   minister`); other rule names are dropped.
 *
 * @example
 * ```ts
 * mergeCandidates(tagged, rules); // tagger names with titles and roles, plus nominal roles
 * ```
 */
export function mergeCandidates(tagged: readonly NameCandidate[], rules: readonly NameCandidate[], text = '', policy: MergePolicy = DEFAULT_MERGE): NameCandidate[] {
  const overlaps = (a: NameCandidate, b: NameCandidate): boolean => a.start < b.end && b.start < a.end;
  const contains = (a: NameCandidate, b: NameCandidate): boolean => a.start <= b.start && b.end <= a.end && (a.end - a.start > b.end - b.start);
  const winners: NameCandidate[] = [];
  const taggerKept: NameCandidate[] = [];
  const overlapping = overlapFinder(tagged);
  for (const r of rules) {
    if (r.rule === 'nominal-role') continue;
    const inside = overlapping(r);
    if (RULES_OVER_TAGGER.has(r.rule)) {
      // `Gen Nakatani`: the tagger keeps a rank abbreviation the rules read as a title.
      const keep = inside.find((t) => t.end >= r.end && t.start < r.start && RANK_ABBREVIATIONS.test(text.slice(t.start, r.start).trim()));
      if (keep) {
        taggerKept.push({ ...keep, end: r.end, text: text.slice(keep.start, r.end), type: 'person', ...(r.role ? { role: r.role } : {}) });
        continue;
      }
      winners.push(r);
      continue;
    }
    const containsAll = inside.length > 0 && inside.every((t) => contains(r, t) && (t.type === r.type || r.type === null));
    if (containsAll && RULES_CONTAINING.has(r.rule)) {
      winners.push({ ...r, type: r.type ?? inside[0]?.type ?? null });
      continue;
    }
    // `Indian Institute of Technology Madras`: a demonym the tagger split off an organisation's name.
    if (r.rule === 'org-head' && inside.length === 2 && inside.every((t) => contains(r, t)) && inside[0]?.type === 'other' && inside[1]?.type === 'organization' && inside[1].end === r.end && inside[0].start === r.start) {
      winners.push({ ...r, type: 'organization' });
      continue;
    }
    if (containsAll && inside.length === 1 && /^the\s/i.test(r.text) && r.text.slice(4) === inside[0]?.text) {
      const after = rules.find((a) => a.rule === 'acronym-paren' && a.start > r.end && a.start - r.end <= 3);
      if (after) {
        winners.push({ ...r, type: inside[0]?.type ?? r.type });
        continue;
      }
    }
    if (inside.length === 0 && policy.added.has(r.rule)) winners.push(r);
  }
  const out: NameCandidate[] = [...winners, ...taggerKept];
  // Titles the rules read in front of a name are not names themselves (`रक्षा मंत्री श्री ...`).
  const titles = rules.flatMap((r) => {
    if (!r.title || !RULES_OVER_TAGGER.has(r.rule)) return [];
    const from = text.lastIndexOf(r.title, r.start);
    return from >= 0 && from >= r.start - r.title.length - 3 ? [{ start: from, end: r.start }] : [];
  });
  // The first rule name with each span (what `rules.find` on the span would give).
  const sameSpan = new Map<string, NameCandidate>();
  for (const r of rules) {
    const k = `${r.start}:${r.end}`;
    if (r.rule !== 'nominal-role' && !sameSpan.has(k)) sameSpan.set(k, r);
  }
  for (const t of tagged) {
    if (out.some((w) => overlaps(w, t))) continue;
    if (titles.some((x) => x.start <= t.start && t.end <= x.end) || policy.isTitle(t.text) || policy.isGeneric(t.text)) continue;
    // A demonym inside a role without a name belongs to the role (`the Indian defence minister`).
    if (t.type === 'other' && rules.some((r) => r.rule === 'nominal-role' && overlaps(r, t))) continue;
    const same = sameSpan.get(`${t.start}:${t.end}`);
    const c: NameCandidate = { ...t };
    if (same && PERSON_RULES.has(same.rule) && same.type === 'person' && (t.type === 'organization' || t.type === 'other')) c.type = 'person';
    if (same?.type && t.type === 'other' && policy.retype.has(same.rule)) c.type = same.type;
    if (same?.title) c.title = same.title;
    if (same?.role) c.role = same.role;
    out.push(c);
  }
  for (const r of rules) if (r.rule === 'nominal-role') out.push(r);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A rank written out before a surname where the same text names the person with the rank's
 * abbreviation as a given name (`General Nakatani` beside `Gen Nakatani`): the written-out rank is
 * a mistaken expansion of the given name, so the name's span takes it in and the title loses it.
 *
 * @example
 * ```ts
 * expandedRankNames(candidates, text); // `Nakatani` (title `General`) becomes `General Nakatani`
 * ```
 */
export function expandedRankNames(candidates: readonly NameCandidate[], text: string): NameCandidate[] {
  // Surnames named with a rank abbreviation as given name, by the rank written out.
  const given = new Map<string, string>();
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const m = /^(\S+?)\.?\s+(.+)$/.exec(c.text);
    const rank = m ? RANK_ABBREVIATION_OF.get(m[1] ?? '') : undefined;
    if (m && rank) given.set(`${rank}\u0000${m[2]}`, c.text);
  }
  if (given.size === 0) return [...candidates];
  return candidates.map((c) => {
    if (c.type !== 'person' || !c.title) return c;
    const before = /(\S+)(\s+)$/.exec(text.slice(Math.max(0, c.start - 40), c.start));
    const word = before?.[1] ?? '';
    if (!given.has(`${word}\u0000${c.text}`) || !c.title.split(/\s+/).includes(word)) return c;
    const start = c.start - word.length - (before?.[2]?.length ?? 0);
    const title = c.title.split(/\s+/).filter((w) => w !== word).join(' ');
    const out: NameCandidate = { ...c, start, text: text.slice(start, c.end), formOf: given.get(`${word}\u0000${c.text}`) ?? c.text };
    if (title) out.title = title;
    else delete out.title;
    return out;
  });
}

/**
 * The English extractor (lang `en`) with the learned tagger; the rule extractor alone when the
 * weights are absent.
 *
 * @example
 * ```ts
 * const stage = createEntityStage({ extractors: { en: createEnglishTaggedExtractor() } });
 * ```
 */
export function createEnglishTaggedExtractor(model: TaggerModel | null = loadEnglishModel()): MentionExtractor {
  const rules = createEnglishNameExtractor();
  if (!model) return rules;
  return {
    lang: 'en',
    extract: (text) => expandedRankNames(mergeCandidates(tagEnglish(model, text), rules.extract(text), text), text),
  };
}
