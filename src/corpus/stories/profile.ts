/**
 * A document's story profile: the bags of features story similarity compares, built from what every
 * document has whatever its language. Content terms (stemmed, stop words out; Hindi words met with
 * their English through a bilingual lexicon), a transliteration key of each longer word (so `पुलिस`
 * meets `police` and `Präsident` meets `president` without any lexicon), the resolved corpus entities
 * and capitalised names, numbers (any digits), and the dates the text gives.
 */
import { createHash } from 'node:crypto';
import type { EventFrame, Timex } from '../../pipeline/types.js';
import { skeleton } from '../keys.js';
import { createLanguageTools, type LanguageTools } from './languages.js';
import { createPivotLexicons, type BilingualLexicon } from './lexicon.js';
import { stemHindi } from '../../lang/hi/stem.js';
import { transliterateHindiWord } from '../../lang/hi/transliterate.js';
import { shingleSignature } from './minhash.js';

/** The feature spaces a profile has; each is compared by TF-IDF cosine. */
export const SPACES = ['terms', 'pivot', 'bigrams', 'lead', 'translit', 'names', 'entities', 'numbers', 'dates'] as const;
export type Space = (typeof SPACES)[number];

/** The main event a document's own frames report, with entities already resolved to corpus ids. */
export interface MainFrame {
  kind: string;
  date: string | null;
  place: string | null;
  participants: string[];
}

/** What story clustering knows of one document. */
export interface StoryProfile {
  doc: string;
  lang: string;
  /** Publication day `YYYY-MM-DD`, or null. */
  published: string | null;
  /** Raw counts per feature space (read-only: {@link CompactBag}s once built). */
  bags: Record<Space, ReadonlyMap<string, number>>;
  /** Hash of the text with case, punctuation and spacing removed: equal for exact copies. */
  contentHash: string;
  /** MinHash signature of the text's word 4-grams, for near-duplicates. */
  signature: Uint32Array;
  main: MainFrame | null;
}

/** What the profile builder reads of a document (a `Doc` has all of it). */
export interface ProfileInput {
  id: string;
  lang: string;
  title: string | null;
  text: string;
  published: string | null;
  timex: readonly Pick<Timex, 'value' | 'text'>[];
  events: readonly EventFrame[];
}

/** A document's resolved entity references, as the corpus stage knows them. */
export interface ResolvedRefs {
  /** Corpus entity ids of every mention of the document (repeats count). */
  entityMentions: readonly string[];
  /** Corpus entity id of a document-local entity index, or null. */
  entityOf(local: number | null): string | null;
}

const WORD = /[\p{L}\p{M}]+/gu;
const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
const DEVANAGARI = /[\u0900-\u097F]/;
const LATIN = /^[\p{Script=Latin}\p{M}]+$/u;
/** A title counts this many times as much as a line of the body. */
const TITLE_WEIGHT = 2;
/** Content words of the body that count as its lead. */
const LEAD_WORDS = 40;
/** Shortest transliteration key kept: shorter skeletons collide across unrelated words. */
const MIN_SKELETON = 3;

/** Folds accents (`Präsident` → `prasident`) for the transliteration key. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Code points of the digit zero in the scripts news is written in (each script's digits follow its zero). */
const DIGIT_ZEROS: readonly number[] = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
  0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
];

/**
 * Digits of any common script as ASCII (`२६` → `26`), separators dropped, leading zeros dropped.
 *
 * @example
 * ```ts
 * normalizeNumber('२६'); // '26'
 * normalizeNumber('1,000'); // '1000'
 * ```
 */
export function normalizeNumber(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const cp = ch.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    if (zero !== undefined) out += String(cp - zero);
  }
  return out.replace(/^0+(?=\d)/, '');
}

function add(bag: Map<string, number>, key: string, n = 1): void {
  bag.set(key, (bag.get(key) ?? 0) + n);
}

/** Whether the word at `index` starts a sentence (so its capital says nothing about a name). */
function sentenceInitial(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (/\s/.test(ch) || /["“‘'(«»[-]/.test(ch)) continue;
    return /[.!?:;।]/.test(ch);
  }
  return true;
}

/**
 * Whether a time expression names a month or day the reader can place: always in a dated report;
 * in an undated one only when the expression writes its year, since "on Monday" was then resolved
 * against the day of the analysis and would join unrelated undated reports on that day.
 */
function datedByText(t: Pick<Timex, 'value' | 'text'>, published: string | null): boolean {
  if (t.value.length < 7 || !/^\d{4}-\d{2}/.test(t.value)) return false;
  return published !== null || normalizeNumber(t.text).includes(t.value.slice(0, 4));
}

/** Options of {@link createProfiler}. */
export interface ProfilerOptions {
  /** Lexicons into English by language (default: the shipped ones, `src/lang/<code>/lexicon-en.tsv`). */
  lexicons?: (lang: string) => BilingualLexicon | null;
  /**
   * Makes repeated keys one string (default: a table the profiler keeps for its lifetime). A profiler
   * whose profiles are short-lived, as in a profile thread, passes the identity.
   */
  intern?: (key: string) => string;
}

/**
 * Creates the profile builder. It keeps per-language stemmers and stop-word lists for its lifetime.
 *
 * @example
 * ```ts
 * const profile = createProfiler({ lexicon })(doc, refs);
 * profile.bags.pivot.get('p:flood'); // 3
 * ```
 */
export function createProfiler(options: ProfilerOptions = {}): (doc: ProfileInput, refs: ResolvedRefs) => StoryProfile {
  const tools = createLanguageTools();
  const lexicons = options.lexicons ?? createPivotLexicons((lang) => tools.stemmer(lang));
  // Per language, each word as written (any case) to its keys: a word is folded and looked up once.
  const memo = new Map<string, Map<string, WordKeys | null>>();
  let memoSize = 0;
  const keysOf = (word: string, lang: string): WordKeys | null => {
    let byWord = memo.get(lang);
    if (!byWord) memo.set(lang, (byWord = new Map()));
    let keys = byWord.get(word);
    if (keys === undefined) {
      keys = wordKeys(word.toLowerCase().normalize('NFC'), lang, tools, lexicons);
      if (memoSize >= WORD_MEMO) {
        memo.clear();
        memo.set(lang, (byWord = new Map()));
        memoSize = 0;
      }
      byWord.set(word, keys);
      memoSize++;
    }
    return keys;
  };
  // Every profile of a corpus is held at once while stories are clustered, and the same keys recur in
  // thousands of them: each distinct key is kept once (a 20,000-article store's profiles: 699 → 561 MB of heap).
  const intern = options.intern ?? interner();
  return (doc, refs) => {
    const bags: Record<Space, Map<string, number>> = {
      terms: new Map(), pivot: new Map(), bigrams: new Map(), lead: new Map(), translit: new Map(), names: new Map(), entities: new Map(), numbers: new Map(), dates: new Map(),
    };
    const sequence: string[] = [];
    const addText = (text: string, weight: number): void => {
      for (const m of text.matchAll(WORD)) {
        const word = m[0];
        addWord(word, text, m.index ?? 0, weight, doc.lang, bags, sequence, keysOf);
      }
      for (const m of text.matchAll(NUMBER)) {
        const n = normalizeNumber(m[0]);
        if (n.length >= 2) add(bags.numbers, `#${n}`, weight);
      }
    };
    if (doc.title) addText(doc.title, TITLE_WEIGHT);
    const titleEnd = sequence.length;
    addText(doc.text, 1);
    // Word pairs in a row (stop words out) and the lead: headline and first sentences tell the event.
    for (let i = 1; i < sequence.length; i++) if (i !== titleEnd) add(bags.bigrams, `b:${sequence[i - 1]} ${sequence[i]}`);
    for (const t of sequence.slice(0, titleEnd + LEAD_WORDS)) add(bags.lead, `l:${t}`);
    const resolved = resolvedParts(doc, refs);
    bags.entities = resolved.entities;
    for (const t of doc.timex) if (datedByText(t, doc.published)) add(bags.dates, `d:${t.value}`);
    const main = resolved.main;
    return {
      doc: doc.id,
      lang: doc.lang,
      published: doc.published && /^\d{4}-\d{2}-\d{2}/.test(doc.published) ? doc.published.slice(0, 10) : null,
      bags: compactBags(bags, intern),
      contentHash: contentHash(doc.text),
      signature: shingleSignature(sequence, 4),
      main,
    };
  };
}

/**
 * A table that makes equal keys one string: each distinct key is kept once.
 *
 * @example
 * ```ts
 * const intern = interner();
 * intern('w:' + 'flood') === intern('w:flood'); // true, the same string
 * ```
 */
export function interner(): (key: string) => string {
  const interned = new Map<string, string>();
  return (key) => {
    const known = interned.get(key);
    if (known !== undefined) return known;
    interned.set(key, key);
    return key;
  };
}

/**
 * The parts of a profile that read the corpus entities a document's mentions were resolved to: its
 * entity bag and its main frame. Everything else in a profile depends on the document alone (and
 * the furniture filter), which lets threads build the rest while these are added where the
 * resolution is held.
 *
 * @example
 * ```ts
 * const { entities, main } = resolvedParts(doc, { entityMentions: ['person:asha-rao'], entityOf: () => null });
 * entities.get('e:person:asha-rao'); // 1
 * ```
 */
export function resolvedParts(doc: Pick<ProfileInput, 'events'>, refs: ResolvedRefs): { entities: Map<string, number>; main: MainFrame | null } {
  // Resolved entities apart from capitalised words: across scripts only they can meet.
  const entities = new Map<string, number>();
  for (const id of refs.entityMentions) add(entities, `e:${id}`);
  const frame = doc.events.find((e) => e.role === 'main');
  const main: MainFrame | null = frame
    ? {
        kind: frame.kind,
        date: frame.date,
        place: refs.entityOf(frame.place),
        participants: [...new Set(frame.participants.map((p) => refs.entityOf(p)).filter((p): p is string => p !== null))],
      }
    : null;
  return { entities, main };
}

/**
 * A bag's entries kept in arrays shared with other bags: `length` key numbers (into `table`) and
 * counts from `start` on. Kept text profiles are read back this way ({@link decodeKeptProfile}), so
 * a store's millions of entries cost two arrays, not a key array and a count array per bag.
 */
export interface TableBag {
  readonly table: readonly string[];
  readonly ids: Int32Array;
  readonly counts: Float64Array;
  readonly start: number;
  readonly length: number;
}

/** A bag's keys and counts in order, in arrays of its own. */
export interface KeyedBag {
  readonly keys: readonly string[];
  readonly counts: Float64Array;
}

/**
 * A bag of counts in flat arrays, in the insertion order of the map it was made from (so every
 * reader iterates it as it would the map), with interned keys: about a third of a `Map`'s memory. Key
 * look-ups (`get`, `has`) build a map on first use; the corpus stages only iterate.
 *
 * @example
 * ```ts
 * const bag = new CompactBag(new Map([['w:flood', 2]]), (k) => k);
 * [...bag]; // [['w:flood', 2]]
 * bag.get('w:flood'); // 2
 * ```
 */
export class CompactBag implements ReadonlyMap<string, number> {
  /** The keys, or the table the key numbers in {@link #ids} point into. */
  readonly #table: readonly string[];
  readonly #ids: Int32Array | null;
  readonly #counts: Float64Array;
  readonly #start: number;
  readonly #size: number;
  #index: Map<string, number> | null = null;

  /**
   * From a map (its keys interned), from keys and counts already in order, or from entries in shared
   * arrays (both taken as they are, never changed).
   */
  constructor(bag: ReadonlyMap<string, number> | KeyedBag | TableBag, intern: (key: string) => string = (k) => k) {
    if ('table' in bag) {
      const { table, ids, counts, start, length } = bag;
      if (start < 0 || start + length > ids.length || start + length > counts.length) throw new Error(`CompactBag: entries ${start}…${start + length} outside the arrays`);
      this.#table = table;
      this.#ids = ids;
      this.#counts = counts;
      this.#start = start;
      this.#size = length;
      return;
    }
    this.#ids = null;
    this.#start = 0;
    if ('counts' in bag) {
      const { keys, counts } = bag;
      if (keys.length !== counts.length) throw new Error(`CompactBag: ${keys.length} keys but ${counts.length} counts`);
      this.#table = keys;
      this.#counts = counts;
      this.#size = keys.length;
      return;
    }
    const keys = new Array<string>(bag.size);
    this.#counts = new Float64Array(bag.size);
    let i = 0;
    for (const [k, v] of bag) {
      keys[i] = intern(k);
      this.#counts[i++] = v;
    }
    this.#table = keys;
    this.#size = keys.length;
  }

  get size(): number {
    return this.#size;
  }

  /** The key of entry `i`. */
  #key(i: number): string {
    return (this.#ids ? this.#table[this.#ids[this.#start + i] as number] : this.#table[i]) as string;
  }

  /** The bag's keys and counts, in order: its own arrays without a copy for a bag made from keys or a map (for reading only). */
  arrays(): KeyedBag {
    if (!this.#ids) return { keys: this.#table, counts: this.#counts };
    return { keys: Array.from({ length: this.#size }, (_, i) => this.#key(i)), counts: this.#counts.slice(this.#start, this.#start + this.#size) };
  }

  /** The shared arrays of a bag made from them, else null: readers that number keys the same way read key numbers, not strings. */
  tableBag(): TableBag | null {
    return this.#ids ? { table: this.#table, ids: this.#ids, counts: this.#counts, start: this.#start, length: this.#size } : null;
  }

  get(key: string): number | undefined {
    this.#index ??= new Map(Array.from({ length: this.#size }, (_, i) => [this.#key(i), this.#counts[this.#start + i] as number]));
    return this.#index.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    const counts = this.#counts;
    const table = this.#table;
    const ids = this.#ids;
    if (ids) {
      for (let i = 0, at = this.#start; i < this.#size; i++, at++) fn(counts[at] as number, table[ids[at] as number] as string, this);
      return;
    }
    for (let i = 0; i < this.#size; i++) fn(counts[i] as number, table[i] as string, this);
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.#size; i++) yield [this.#key(i), this.#counts[this.#start + i] as number];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.#size; i++) yield this.#key(i);
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.#size; i++) yield this.#counts[this.#start + i] as number;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

/**
 * Spaces whose keys come from the per-word memo (`WordKeys`), hence are already one string per word
 * while the memo lasts: interning them again would only cost look-ups.
 */
const WORD_SPACES: ReadonlySet<Space> = new Set(['terms', 'pivot', 'translit', 'names']);

function compactBags(bags: Record<Space, Map<string, number>>, intern: (key: string) => string): Record<Space, CompactBag> {
  const out = {} as Record<Space, CompactBag>;
  for (const space of SPACES) out[space] = new CompactBag(bags[space], WORD_SPACES.has(space) ? (k) => k : intern);
  return out;
}

/**
 * Hash of a text with everything but letters and digits removed and case folded, so copies that
 * differ only in spacing or punctuation are equal.
 */
export function contentHash(text: string): string {
  const core = text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
  return createHash('sha1').update(core).digest('hex');
}

/** What one word contributes to a profile, the same wherever it occurs: computed once per word. */
interface WordKeys {
  stem: string;
  /** The stem's key in the terms bag (`w:stem`). */
  term: string;
  /** English pivot terms, each with its share of the word's weight. */
  pivot: readonly (readonly [string, number])[];
  translit: string | null;
  /** The key a capitalised occurrence adds to the names (null for scripts without capitals). */
  name: string | null;
}

/** Words kept in the per-profiler memo, at most. */
const WORD_MEMO = 500_000;

function wordKeys(
  lower: string,
  lang: string,
  tools: LanguageTools,
  lexicons: (lang: string) => BilingualLexicon | null,
): WordKeys | null {
  const pivotOf = (english: readonly string[]): [string, number][] => {
    const en = tools.stemmer('en');
    return english.map((e) => [`p:${en(e)}`, 1 / english.length]);
  };
  if (DEVANAGARI.test(lower)) {
    const devLang = lang === 'mr' || lang === 'ne' ? lang : 'hi';
    if (tools.stopwords(devLang).has(lower) || [...lower].length < 2) return null;
    const key = skeleton(transliterateHindiWord(lower));
    const stem = stemHindi(lower);
    return {
      stem,
      term: `w:${stem}`,
      pivot: pivotOf(lexicons(devLang)?.translate(lower) ?? []),
      translit: key.length >= MIN_SKELETON ? `k:${key}` : null,
      name: null,
    };
  }
  const latin = LATIN.test(lower);
  // Latin words inside a text of a non-Latin language are nearly always English.
  const wordLang = latin && (lang === 'hi' || lang === 'und') ? 'en' : lang;
  if (tools.stopwords(wordLang).has(lower) || lower.length < 2) return null;
  const stem = tools.stemmer(wordLang)(lower);
  const folded = latin ? fold(lower) : '';
  const key = folded.length >= 5 ? skeleton(folded) : '';
  return {
    stem,
    term: `w:${stem}`,
    pivot: wordLang === 'en' ? [[`p:${stem}`, 1]] : pivotOf(lexicons(wordLang)?.translate(lower) ?? []),
    translit: key.length >= MIN_SKELETON ? `k:${key}` : null,
    name: latin ? `n:${folded}` : null,
  };
}

function addWord(
  word: string,
  text: string,
  index: number,
  weight: number,
  lang: string,
  bags: Record<Space, Map<string, number>>,
  sequence: string[],
  /** The keys of a word as written (folded to lower case and NFC inside). */
  keysOf: (word: string, lang: string) => WordKeys | null,
): void {
  const keys = keysOf(word, lang);
  if (!keys) return;
  sequence.push(keys.stem);
  add(bags.terms, keys.term, weight);
  for (const [k, share] of keys.pivot) add(bags.pivot, k, weight * share);
  if (keys.translit) add(bags.translit, keys.translit, weight);
  if (keys.name && /^\p{Lu}/u.test(word) && !sentenceInitial(text, index)) add(bags.names, keys.name, weight);
}
