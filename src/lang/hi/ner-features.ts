/**
 * Tokens and tagger features for Hindi names. Devanagari has no capitals, so the features lean
 * on the word itself, its endings and beginnings (postpositions and case endings follow names),
 * the two words on each side, the script, the Hindi word lists (places, surnames, titles,
 * organisation heads, common words), and the names of the training data (`ner-gazetteer-hi.tsv`).
 *
 * @example
 * ```ts
 * tokenizeHiNer('श्री अमन ने, दिल्ली में।').map((t) => t.text); // ['श्री', 'अमन', 'ने', ',', 'दिल्ली', 'में', '।']
 * ```
 */

import { HINDI_COMMON_WORDS, HINDI_GENITIVES, HINDI_HONORIFICS, HINDI_OFFICES, HINDI_ORG_HEADS, HINDI_PLACE_HEADS, HINDI_RANKS, HINDI_STOP_WORDS, HINDI_SURNAMES } from './entities.js';
import { HINDI_DEMONYMS, HINDI_PLACES } from './places.js';
import { BlockStore, FeatureBuffer, feature, hashString, tokenSentenceRanges, type SentenceFeatures } from '../../stages/entities/feature-hash.js';
import { clusterKey, loadClusters } from '../../stages/entities/clusters.js';
import { loadGazetteer, matchGazetteer, type NameGazetteer } from '../../stages/entities/name-gazetteer.js';

/** Word clusters learned from unlabelled text (`npm run train:clusters`). */
const CLUSTERS = loadClusters(new URL('./ner-clusters-hi.tsv', import.meta.url));

/** A token with its offsets in the text. */
export interface HiToken {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits text into words (letters, marks, digits, joined by inner dots or hyphens) and single
 * punctuation marks, with offsets.
 *
 * @example
 * ```ts
 * tokenizeHiNer('डॉ. राम'); // [{ text: 'डॉ', ... }, { text: '.', ... }, { text: 'राम', ... }]
 * ```
 */
export function tokenizeHiNer(text: string): HiToken[] {
  const out: HiToken[] = [];
  const re = /[\p{L}\p{M}\p{N}\u200c\u200d]+(?:[-][\p{L}\p{M}\p{N}\u200c\u200d]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Sentences as [from, to) token ranges: a line break, `।`, `?`, `!` or a full stop ends one.
 *
 * @example
 * ```ts
 * hiSentenceRanges('क ख। ग', tokenizeHiNer('क ख। ग')); // [[0, 3], [3, 4]]
 * ```
 */
export function hiSentenceRanges(text: string, toks: readonly HiToken[]): Array<[number, number]> {
  return tokenSentenceRanges(text, toks, (t) => t.text === '।' || t.text === '?' || t.text === '!' || t.text === '॥');
}

const WORD_CLASSES: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  const add = (w: string, c: string): void => {
    for (const part of w.split(' ')) {
      const k = part === w ? c : `${c}-part`;
      const cur = m.get(part) ?? [];
      if (!cur.includes(k)) cur.push(k);
      m.set(part, cur);
    }
  };
  for (const p of HINDI_PLACES) for (const h of p.hi) add(h, 'place');
  for (const d of Object.keys(HINDI_DEMONYMS)) add(d, 'demonym');
  for (const s of HINDI_SURNAMES) add(s.hi, 'surname');
  for (const t of HINDI_HONORIFICS) add(t.hi, 'hon');
  for (const t of HINDI_RANKS) add(t.hi, 'rank');
  for (const t of HINDI_OFFICES) add(t.hi, 'office');
  for (const h of HINDI_ORG_HEADS) add(h.hi, 'orghead');
  for (const h of HINDI_PLACE_HEADS) add(h, 'placehead');
  for (const w of HINDI_STOP_WORDS) add(w, 'stop');
  for (const w of HINDI_COMMON_WORDS) add(w, 'common');
  for (const w of HINDI_GENITIVES) add(w, 'gen');
  return m;
})();

function scriptOf(w: string): number {
  if (/^[\p{N}]+$/u.test(w)) return 1;
  if (/\p{Script=Devanagari}/u.test(w)) return /\p{N}/u.test(w) ? 2 : 3;
  if (/\p{Script=Latin}/u.test(w)) return /^\p{Lu}/u.test(w) ? 4 : 5;
  if (/\p{L}/u.test(w)) return 6;
  return 7;
}

interface HiWordInfo {
  word: number;
  script: number;
  len: number;
  /** p1..p4, s1..s4 hashes over code points (0 = none). */
  affixes: number[];
  suffix2: number;
  classes: number[];
  /** Word cluster ids (fine, mid, coarse), or null for a word without one. */
  cluster: readonly [number, number, number] | null;
  /** The word's slot in {@link BLOCKS} (-1 until {@link blockOf} adds it) and the store's generation then. */
  slot: number;
  slotGeneration: number;
}

const CLASS_IDS = new Map<string, number>();
const WORDS = new Map<string, HiWordInfo>();
const MAX_WORDS = 200_000;

function wordInfo(w: string): HiWordInfo {
  let info = WORDS.get(w);
  if (info) return info;
  const lw = w.toLowerCase();
  const cs = [...lw];
  const affixes: number[] = [];
  for (let k = 1; k <= 4; k++) affixes.push(k < cs.length ? hashString(cs.slice(0, k).join('')) : 0);
  for (let k = 1; k <= 4; k++) affixes.push(k < cs.length ? hashString(cs.slice(cs.length - k).join('')) : 0);
  const classes = (WORD_CLASSES.get(w) ?? []).map((c) => {
    let id = CLASS_IDS.get(c);
    if (id === undefined) CLASS_IDS.set(c, (id = hashString(c)));
    return id;
  });
  info = { word: hashString(lw), script: scriptOf(w), len: Math.min(cs.length, 8), affixes, suffix2: cs.length > 2 ? hashString(cs.slice(-2).join('')) : 0, classes, cluster: CLUSTERS.get(hashString(clusterKey(w))) ?? null, slot: -1, slotGeneration: -1 };
  if (WORDS.size >= MAX_WORDS) WORDS.clear();
  WORDS.set(w, info);
  return info;
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');
// Feature templates (numbers are part of the hash: never renumber without retraining).
const T = {
  bias: 1, word: 2, script: 3, len: 4, affix: 5, wm1: 6, wp1: 7, wm2: 8, wp2: 9, bigramL: 10, bigramR: 11, nextPair: 12, prevPair: 13,
  suffixM1: 14, suffixP1: 15, first: 16, cls: 17, clsM1: 18, clsP1: 19, clsP2: 20, cluster: 21, clusterM1: 22, clusterP1: 23,
  gazetteer: 24,
} as const;

/** The longest training name the gazetteer feature looks for, in words. */
export const GAZETTEER_MAX_WORDS = 6;
/** The gazetteer's types, in bit order. */
export const GAZETTEER_TYPES: readonly string[] = ['PER', 'ORG', 'LOC'];
/** Names of the training data (`npm run train:ner`), hashed. */
const GAZETTEER = loadGazetteer(new URL('./ner-gazetteer-hi.tsv', import.meta.url));

/** The roles of a word's features ({@link blockOf}): the token itself, the word before it, the word after it. */
const ROLE = { own: 0, prev: 1, next: 2 } as const;

/** The words' features by role; slot 0 is the sentence edge ({@link EDGE}). */
const BLOCKS = new BlockStore(3);
/** Words the store holds before it starts afresh (at a sentence start): ~12 MB with the tagger's sums. */
const MAX_BLOCK_WORDS = 1 << 15;
/** The sentence edges as the word before the first and after the last token: only their `<s>`, `</s>` hashes in the neighbour roles. */
const EDGE = BLOCKS.add([[], [feature(T.wm1, BOS)], [feature(T.wp1, EOS)]]);

/**
 * The slot in {@link BLOCKS} of the features of one word in each role: what a token gets from its own
 * word (bias, word, script, length, affixes, word lists, clusters), from the word before it (the word,
 * its ending, word lists, cluster), and from the word after it (likewise). Added once per word
 * (again after the store starts afresh).
 */
function blockOf(info: HiWordInfo): number {
  const cached = BLOCKS.slotOf(info);
  if (cached >= 0) return cached;
  const w = info.word;
  const own = [feature(T.bias), feature(T.word, w), feature(T.script, info.script), feature(T.len, info.len)];
  info.affixes.forEach((a, k) => {
    if (a !== 0) own.push(feature(T.affix, k, a));
  });
  for (const c of info.classes) own.push(feature(T.cls, c));
  const cl = info.cluster;
  if (cl) own.push(feature(T.cluster, 0, cl[0]), feature(T.cluster, 1, cl[1]), feature(T.cluster, 2, cl[2]));
  const prev = [feature(T.wm1, w)];
  const next = [feature(T.wp1, w)];
  if (info.suffix2) {
    prev.push(feature(T.suffixM1, info.suffix2));
    next.push(feature(T.suffixP1, info.suffix2));
  }
  for (const c of info.classes) {
    prev.push(feature(T.clsM1, c));
    next.push(feature(T.clsP1, c));
  }
  if (cl) {
    prev.push(feature(T.clusterM1, cl[1]));
    next.push(feature(T.clusterP1, cl[1]));
  }
  return BLOCKS.addFor(info, [own, prev, next]);
}

/**
 * Features of every token of one Hindi sentence: the training names over it, the features of its own
 * word and of its neighbours ({@link blockOf}), then those of the words two away, word pairs and place.
 * `gazetteer` is the shipped one unless given (training passes each document a gazetteer built without it).
 *
 * @example
 * ```ts
 * hindiSentenceFeatures(['राम', 'ने', 'कहा']).offsets.length; // 4
 * ```
 */
export function hindiSentenceFeatures(ws: readonly string[], gazetteer: NameGazetteer = GAZETTEER): SentenceFeatures {
  const n = ws.length;
  const infos = ws.map(wordInfo);
  // The store starts afresh only between sentences, so a sentence's slots all belong to one generation.
  if (BLOCKS.words + n > MAX_BLOCK_WORDS) BLOCKS.clear(1);
  const wordAt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (infos[i]?.word ?? 0));
  const slotAt = (i: number): number => (i < 0 || i >= n ? EDGE : blockOf(infos[i] as HiWordInfo));
  const b = new FeatureBuffer();
  // Training names over the token: type bits, place in the name (0 alone, 1 first, 2 inside, 3 last), length (4 = 4 or more).
  // Most tokens are in no training name: their entry stays undefined instead of an empty array each.
  const gaz: Array<number[] | undefined> = new Array<number[] | undefined>(n);
  for (const m of matchGazetteer(gazetteer, ws, GAZETTEER_MAX_WORDS)) {
    const len = m.end - m.start;
    for (let k = m.start; k < m.end; k++) (gaz[k] ??= []).push(feature(T.gazetteer, m.bits, len === 1 ? 0 : k === m.start ? 1 : k === m.end - 1 ? 3 : 2, Math.min(len, 4)));
  }
  for (let i = 0; i < n; i++) {
    const g = gaz[i];
    if (g) for (const f of g) b.add(f);
    const info = infos[i] as HiWordInfo;
    const w = info.word;
    b.addBlock(BLOCKS, blockOf(info), ROLE.own);
    b.addBlock(BLOCKS, slotAt(i - 1), ROLE.prev);
    b.addBlock(BLOCKS, slotAt(i + 1), ROLE.next);
    const wm1 = wordAt(i - 1);
    const wp1 = wordAt(i + 1);
    const wm2 = wordAt(i - 2);
    const wp2 = wordAt(i + 2);
    b.add(feature(T.wm2, wm2));
    b.add(feature(T.wp2, wp2));
    for (const c of infos[i + 2]?.classes ?? []) b.add(feature(T.clsP2, c));
    b.add(feature(T.bigramL, wm1, w));
    b.add(feature(T.bigramR, w, wp1));
    b.add(feature(T.nextPair, wp1, wp2));
    b.add(feature(T.prevPair, wm2, wm1));
    if (i === 0) b.add(feature(T.first));
    b.next();
  }
  return b.done();
}
