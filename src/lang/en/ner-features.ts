/**
 * Tokens and tagger features for English names. The tokenizer splits running text the way
 * CoNLL-2003 is tokenized (punctuation apart, `'s` apart, hyphenated words and dotted
 * abbreviations whole); on text that is already tokenized it gives back the same tokens.
 * Features describe a token by itself (word, shape, affixes, capitalisation, word lists), by its
 * neighbours (two on each side), by its place in the sentence, and by the document (is the word
 * also written in lower case elsewhere; is a sentence-initial word capitalised elsewhere).
 *
 * @example
 * ```ts
 * tokenizeEn("Japan's envoy, Mr. Arata.").map((t) => t.text); // ['Japan', "'s", 'envoy', ',', 'Mr.', 'Arata', '.']
 * ```
 */

import { GIVEN_NAMES, HONORIFICS, KNOWN_ORGANIZATIONS, OFFICE_ROLES, ORG_ACRONYMS, ORG_HEADS, PLACE_HEADS, RANKS, ROLE_HEADS, STOP_WORDS } from './entities.js';
import { DEMONYM_COUNTRY, PLACE_NAMES } from './places.js';
import { MONTHS_EN, WEEKDAYS_EN } from './lexicon.js';
import { BlockStore, FeatureBuffer, feature, hashString, tokenSentenceRanges, type SentenceFeatures } from '../../stages/entities/feature-hash.js';
import { clusterKey, loadClusters } from '../../stages/entities/clusters.js';

/** Word clusters learned from unlabelled text (`npm run train:clusters`). */
const CLUSTERS = loadClusters(new URL('./ner-clusters-en.tsv', import.meta.url));

/** A token with its offsets in the text and the line it is on. */
export interface EnToken {
  text: string;
  start: number;
  end: number;
}

const KEEP_DOT = new Set(
  'Mr Mrs Ms Dr St Lt Gen Col Capt Prof Jr Sr Sgt Adm Brig Maj Rev Hon Sen Rep Gov Smt Cdr Insp Co Inc Ltd Corp Bros No vs Mt Ft Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Ave'.split(' '),
);
const LEAD = /^[("'“‘[{`«]/u;
const TRAIL = /[)"'”’\]},;:!?»]$/u;

/**
 * Splits text into tokens with offsets: whitespace first, then leading and trailing punctuation,
 * possessive `'s` and `n't` apart; a final full stop stays on initials, dotted acronyms and known
 * abbreviations (`P.`, `U.S.`, `Corp.`).
 *
 * @example
 * ```ts
 * tokenizeEn('(P. Simmons 4-38)').map((t) => t.text); // ['(', 'P.', 'Simmons', '4-38', ')']
 * ```
 */
export function tokenizeEn(text: string): EnToken[] {
  const out: EnToken[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    const tail: EnToken[] = [];
    while (e - s > 1 && LEAD.test(text[s] ?? '')) {
      out.push({ text: text[s] ?? '', start: s, end: s + 1 });
      s++;
    }
    for (;;) {
      if (e - s <= 1) break;
      const w = text.slice(s, e);
      if (TRAIL.test(w)) {
        tail.unshift({ text: text[e - 1] ?? '', start: e - 1, end: e });
        e--;
        continue;
      }
      if (w.endsWith('.') && w !== '...' && !/^(?:\p{L}\.)+$/u.test(w) && !KEEP_DOT.has(w.slice(0, -1)) && !/\.\p{L}+\.$/u.test(w)) {
        if (w.endsWith('...')) {
          tail.unshift({ text: '...', start: e - 3, end: e });
          e -= 3;
        } else {
          tail.unshift({ text: '.', start: e - 1, end: e });
          e--;
        }
        continue;
      }
      const poss = /['’][sS]$/u.exec(w);
      if (poss && w.length > 2) {
        tail.unshift({ text: w.slice(-2), start: e - 2, end: e });
        e -= 2;
        continue;
      }
      if (/n['’]t$/u.test(w) && w.length > 3) {
        tail.unshift({ text: w.slice(-3), start: e - 3, end: e });
        e -= 3;
        continue;
      }
      break;
    }
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    out.push(...tail);
  }
  return out;
}

/**
 * Sentences of a tokenized text as [from, to) token ranges: a line break ends one, and so does a
 * `.`, `!` or `?` token.
 *
 * @example
 * ```ts
 * sentenceRanges('A b. C d\nE', tokenizeEn('A b. C d\nE')); // [[0, 3], [3, 5], [5, 6]]
 * ```
 */
export function sentenceRanges(text: string, toks: readonly EnToken[]): Array<[number, number]> {
  return tokenSentenceRanges(text, toks, (t, next) => (t.text === '.' || t.text === '!' || t.text === '?') && next !== undefined && !/^[a-z]/.test(next.text));
}

/** Document facts the features use: words seen in lower case, words seen capitalised mid-sentence. */
export interface EnDocContext {
  lower: ReadonlySet<string>;
  capitalisedInside: ReadonlySet<string>;
  /**
   * For each capitalised word (lower-cased), the words right before and after its occurrences in
   * the document, with counts (keys from {@link contextKey}): context aggregation (Ratinov and
   * Roth 2009), so that each mention of a name sees the contexts of its other mentions.
   */
  contexts?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** Most contexts of other mentions a token gets as features. */
const MAX_DOC_CONTEXTS = 12;

function contextKey(side: number, lowerHash: number): number {
  return feature(99, side, lowerHash);
}

/**
 * Collects the document facts from its sentences (token texts).
 *
 * @example
 * ```ts
 * docContext([['The', 'bank', 'said'], ['Bank', 'of', 'Ruvelo']]).lower.has('bank'); // true
 * ```
 */
export function docContext(sentences: readonly (readonly string[])[]): EnDocContext {
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  const contexts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    const infos = s.map(wordInfo);
    const upperLine = isUpperLine(infos);
    infos.forEach((info, i) => {
      const w = s[i] as string;
      if (info.lowerStart) lower.add(w);
      else if (i > 0 && !upperLine && info.capLower) capitalisedInside.add(info.lowerText);
      if (!info.cap) return;
      let m = contexts.get(info.lowerText);
      if (!m) contexts.set(info.lowerText, (m = new Map()));
      const left = contextKey(0, i > 0 ? (infos[i - 1]?.lower ?? 0) : BOS);
      const right = contextKey(1, i + 1 < s.length ? (infos[i + 1]?.lower ?? 0) : EOS);
      m.set(left, (m.get(left) ?? 0) + 1);
      m.set(right, (m.get(right) ?? 0) + 1);
    });
  }
  return { lower, capitalisedInside, contexts };
}

function isUpperLine(infos: readonly WordInfo[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const info of infos) {
    if (!info.letter) continue;
    letters++;
    if (info.upper) upper++;
  }
  return letters >= 2 && upper / letters > 0.8;
}

/** Word shape: `Xxxx` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d` (runs collapsed). */
export function shapeOf(w: string): string {
  let out = '';
  let prev = '';
  for (const ch of w) {
    const c = ch >= 'a' && ch <= 'z' ? 'x' : ch >= 'A' && ch <= 'Z' ? 'X' : ch >= '0' && ch <= '9' ? 'd' : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

const MONTH_SET = new Set(Object.keys(MONTHS_EN));
const WEEKDAY_SET = new Set(Object.keys(WEEKDAYS_EN));
const ROLE_WORDS = new Set([...OFFICE_ROLES.keys()].flatMap((k) => k.split(' ')).concat([...ROLE_HEADS]));
const MAX_PHRASE = 4;
const CLASS_NAMES = ['place', 'given', 'org', 'orghead', 'placehead', 'hon', 'rank', 'role', 'demonym', 'month', 'weekday', 'stop'] as const;

/** Word-list classes of one word, as indices into CLASS_NAMES. */
function classesOf(w: string): number[] {
  const out: number[] = [];
  const bare = w.endsWith('.') ? w.slice(0, -1) : w;
  const lw = bare.toLowerCase();
  const tests = [
    PLACE_NAMES.has(bare),
    GIVEN_NAMES.has(bare),
    KNOWN_ORGANIZATIONS.has(bare) || ORG_ACRONYMS.has(bare),
    ORG_HEADS.has(bare),
    PLACE_HEADS.has(bare),
    HONORIFICS.has(bare),
    RANKS.has(bare),
    ROLE_WORDS.has(bare),
    DEMONYM_COUNTRY.has(bare),
    MONTH_SET.has(lw),
    WEEKDAY_SET.has(lw),
    STOP_WORDS.has(lw),
  ];
  tests.forEach((t, k) => {
    if (t) out.push(k + 1);
  });
  return out;
}

/** What the features need of one distinct word, computed once per word. */
interface WordInfo {
  word: number;
  lower: number;
  shape: number;
  /** Prefix and suffix hashes, 1–4 characters: p1 p2 p3 p4 s1 s2 s3 s4 (0 = none). */
  affixes: number[];
  classes: number[];
  cap: boolean;
  lowerStart: boolean;
  capLower: boolean;
  digit: boolean;
  hyphen: boolean;
  /** Has a letter, and equals its upper case (for {@link isUpperLine}). */
  letter: boolean;
  upper: boolean;
  lowerText: string;
  /** Word cluster ids (fine, mid, coarse), or null for a word without one. */
  cluster: readonly [number, number, number] | null;
  /** The word's slot in {@link BLOCKS} (-1 until {@link blockOf} adds it) and the store's generation then. */
  slot: number;
  slotGeneration: number;
}

const WORDS = new Map<string, WordInfo>();
const MAX_WORDS = 200_000;

function wordInfo(w: string): WordInfo {
  let info = WORDS.get(w);
  if (info) return info;
  const lw = w.toLowerCase();
  const affixes: number[] = [];
  for (let k = 1; k <= 4; k++) affixes.push(k < lw.length ? hashString(lw, 0, k) : 0);
  for (let k = 1; k <= 4; k++) affixes.push(k < lw.length ? hashString(lw, lw.length - k) : 0);
  info = {
    word: hashString(w),
    lower: hashString(lw),
    shape: hashString(shapeOf(w)),
    affixes,
    classes: classesOf(w),
    cap: /^\p{Lu}/u.test(w),
    lowerStart: /^\p{Ll}/u.test(w),
    capLower: /^\p{Lu}\p{Ll}/u.test(w),
    digit: /\p{N}/u.test(w),
    hyphen: w.includes('-'),
    letter: /\p{L}/u.test(w),
    upper: w === w.toUpperCase(),
    lowerText: lw,
    cluster: CLUSTERS.get(hashString(clusterKey(w))) ?? null,
    slot: -1,
    slotGeneration: -1,
  };
  if (WORDS.size >= MAX_WORDS) WORDS.clear();
  WORDS.set(w, info);
  return info;
}

/** The first words of the multi-word names {@link phraseMatches} looks up (built on first use). */
let PHRASE_FIRSTS: ReadonlySet<string> | null = null;
function phraseFirsts(): ReadonlySet<string> {
  const out = new Set<string>();
  for (const p of [...PLACE_NAMES, ...KNOWN_ORGANIZATIONS, ...OFFICE_ROLES.keys()]) {
    const space = p.indexOf(' ');
    if (space >= 0) out.add(p.slice(0, space));
  }
  return out;
}

/** Multi-word gazetteer matches: for each token, kind × 2 + (0 begin, 1 inside), or none. */
function phraseMatches(ws: readonly string[], infos: readonly WordInfo[]): Array<number[] | undefined> {
  // Most tokens match nothing: their entry stays undefined instead of an empty array each.
  const out: Array<number[] | undefined> = new Array<number[] | undefined>(ws.length);
  const firsts = (PHRASE_FIRSTS ??= phraseFirsts());
  for (let i = 0; i < ws.length; i++) {
    if (!infos[i]?.cap) continue;
    // No listed phrase starts with this word: nothing to join and look up.
    const w = ws[i] as string;
    if (!firsts.has(w) && !w.includes(' ')) continue;
    for (let n = Math.min(MAX_PHRASE, ws.length - i); n >= 2; n--) {
      const p = ws.slice(i, i + n).join(' ');
      const kind = PLACE_NAMES.has(p) ? 1 : KNOWN_ORGANIZATIONS.has(p) ? 2 : OFFICE_ROLES.has(p) ? 3 : 0;
      if (!kind) continue;
      for (let k = i; k < i + n; k++) (out[k] ??= []).push(kind * 2 + (k === i ? 0 : 1));
      break;
    }
  }
  return out;
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

// Feature templates (numbers are part of the hash: never renumber without retraining).
const T = {
  bias: 1, word: 2, lower: 3, shape: 4, affix: 5, lm1: 6, lp1: 7, lm2: 8, lp2: 9, shm1: 10, shp1: 11, bigramL: 12, bigramR: 13,
  shape3: 14, shapeNext: 15, prevShape: 16, first: 17, firstShape: 18, upline: 19, uplineLower: 20, docLower: 21,
  firstCapInside: 22, uplineCapInside: 23, cls: 24, clsM1: 25, clsP1: 26, phrase: 27, digit: 28, hyphen: 29,
  cluster: 30, clusterM1: 31, clusterP1: 32, docCtx: 33,
} as const;

/** The roles of a word's features ({@link blockOf}): the token itself, the word before it, the word after it. */
const ROLE = { own: 0, prev: 1, next: 2 } as const;

/** The words' features by role; slot 0 is the sentence edge ({@link EDGE}). */
const BLOCKS = new BlockStore(3);
/** Words the store holds before it starts afresh (at a sentence start): ~12 MB with the tagger's sums. */
const MAX_BLOCK_WORDS = 1 << 15;
/** The sentence edges as the word before the first and after the last token: only their `<s>`, `</s>` hashes in the neighbour roles. */
const EDGE = BLOCKS.add([[], [feature(T.lm1, BOS), feature(T.shm1, BOS)], [feature(T.lp1, EOS), feature(T.shp1, EOS)]]);

/**
 * The slot in {@link BLOCKS} of the features of one word in each role: what a token gets from its own
 * word (bias, word, lower case, shape, affixes, word lists, digit, hyphen, clusters), from the word
 * before it (its lower case, shape, word lists and cluster), and from the word after it (likewise).
 * Added once per word (again after the store starts afresh).
 */
function blockOf(info: WordInfo): number {
  const cached = BLOCKS.slotOf(info);
  if (cached >= 0) return cached;
  const own = [feature(T.bias), feature(T.word, info.word), feature(T.lower, info.lower), feature(T.shape, info.shape)];
  info.affixes.forEach((a, k) => {
    if (a !== 0) own.push(feature(T.affix, k, a));
  });
  for (const c of info.classes) own.push(feature(T.cls, c));
  if (info.digit) own.push(feature(T.digit));
  if (info.hyphen) own.push(feature(T.hyphen));
  const cl = info.cluster;
  if (cl) own.push(feature(T.cluster, 0, cl[0]), feature(T.cluster, 1, cl[1]), feature(T.cluster, 2, cl[2], info.cap ? 1 : 0));
  const prev = [feature(T.lm1, info.lower), feature(T.shm1, info.shape), ...info.classes.map((c) => feature(T.clsM1, c))];
  const next = [feature(T.lp1, info.lower), feature(T.shp1, info.shape), ...info.classes.map((c) => feature(T.clsP1, c))];
  if (cl) {
    prev.push(feature(T.clusterM1, cl[1]));
    next.push(feature(T.clusterP1, cl[1]));
  }
  return BLOCKS.addFor(info, [own, prev, next]);
}

/**
 * Features of every token of one sentence, given the document facts: the features of its own word and
 * of its neighbours ({@link blockOf}), then those of the words two away, word pairs, place, line and document.
 *
 * @example
 * ```ts
 * sentenceFeatures(['Kenji', 'Arata', 'said'], docContext([['Kenji', 'Arata', 'said']])).offsets; // [0, n0, n0 + n1, ...]
 * ```
 */
export function sentenceFeatures(ws: readonly string[], doc: EnDocContext): SentenceFeatures {
  const n = ws.length;
  const infos = ws.map(wordInfo);
  // The store starts afresh only between sentences, so a sentence's slots all belong to one generation.
  if (BLOCKS.words + n > MAX_BLOCK_WORDS) BLOCKS.clear(1);
  const phrases = phraseMatches(ws, infos);
  const upperLine = isUpperLine(infos);
  const lowerAt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (infos[i]?.lower ?? 0));
  const shapeAt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (infos[i]?.shape ?? 0));
  const slotAt = (i: number): number => (i < 0 || i >= n ? EDGE : blockOf(infos[i] as WordInfo));
  const b = new FeatureBuffer();
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    const sh = info.shape;
    const l = info.lower;
    b.addBlock(BLOCKS, blockOf(info), ROLE.own);
    b.addBlock(BLOCKS, slotAt(i - 1), ROLE.prev);
    b.addBlock(BLOCKS, slotAt(i + 1), ROLE.next);
    const lm1 = lowerAt(i - 1);
    const lp1 = lowerAt(i + 1);
    const shm1 = shapeAt(i - 1);
    const shp1 = shapeAt(i + 1);
    b.add(feature(T.lm2, lowerAt(i - 2)));
    b.add(feature(T.lp2, lowerAt(i + 2)));
    b.add(feature(T.bigramL, lm1, l));
    b.add(feature(T.bigramR, l, lp1));
    b.add(feature(T.shape3, shm1, sh, shp1));
    b.add(feature(T.shapeNext, sh, lp1));
    b.add(feature(T.prevShape, lm1, sh));
    if (i === 0) {
      b.add(feature(T.first));
      b.add(feature(T.firstShape, sh));
    }
    if (upperLine) {
      b.add(feature(T.upline));
      b.add(feature(T.uplineLower, l));
    }
    if (info.cap) {
      const ctxs = doc.contexts?.get(info.lowerText);
      if (ctxs) {
        const ownLeft = contextKey(0, lm1);
        const ownRight = contextKey(1, lp1);
        let k = 0;
        for (const [key, count] of ctxs) {
          if (count - (key === ownLeft || key === ownRight ? 1 : 0) <= 0) continue;
          b.add(feature(T.docCtx, key));
          if (++k >= MAX_DOC_CONTEXTS) break;
        }
      }
      if (doc.lower.has(info.lowerText)) b.add(feature(T.docLower, i === 0 ? 1 : 0));
      if (i === 0 && doc.capitalisedInside.has(info.lowerText)) b.add(feature(T.firstCapInside));
      if (upperLine && doc.capitalisedInside.has(info.lowerText)) b.add(feature(T.uplineCapInside));
    }
    for (const p of phrases[i] ?? []) b.add(feature(T.phrase, p));
    b.next();
  }
  return b.done();
}

/** The names of the word-list classes, for documentation and tests. */
export const EN_WORD_CLASSES: readonly string[] = CLASS_NAMES;
