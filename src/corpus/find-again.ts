/**
 * Step 5 of the entity resolution (`resolve.ts`): names of the resolved entities found again in
 * texts of caseless scripts (Hindi), where the extractor could not see them without a title
 * (`पहलगाम` ↔ `Pahalgam`).
 *
 * The finder looks runs of one to three words up in three maps built from the entities' names
 * (surface form, transliteration, consonant skeleton). Which keys a text's runs are looked up by
 * depends on the text alone ({@link finderLookups}); what the finder then finds depends on those
 * keys' values. So a refresh can keep what an earlier one found in a text, exactly, unless a key the
 * text looks up changed its value between the two resolutions ({@link changedLookups}, {@link touches}).
 */
import type { AddedMention, DocEntities, ResolvedEntity } from './resolve.js';
import { type ScriptHelpers, isLatinName, normalizeName, skeleton, textHelpers } from './keys.js';
import { fmix32 } from './stories/minhash.js';

/** What the finder needs of a resolved entity. */
export type NamedEntity = Pick<ResolvedEntity, 'id' | 'type' | 'name' | 'aliases'>;

/** Index value when two entities claim the same name: never propagate it. */
const AMBIGUOUS = '';

function claim(index: Map<string, string>, key: string, id: string): void {
  const prev = index.get(key);
  index.set(key, prev === undefined || prev === id ? id : AMBIGUOUS);
}

const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;

/** A word of a caseless-script text, for finding names again: letters, marks, digits, joiners. */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;

/** Whether the text between two words is only spaces (or no-break spaces), or one hyphen. */
function tightGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x2d) return true;
  if (to <= from) return false;
  for (let c = from; c < to; c++) {
    const ch = text.charCodeAt(c);
    if (ch !== 0x20 && ch !== 0xa0) return false;
  }
  return true;
}

/** Runs remembered per script before a cache starts afresh, so that it stays bounded on a huge store. */
const RUN_CACHE_LIMIT = 1 << 18;

/**
 * A copy of a string cut from a longer one that does not keep the longer one alive (a slice can
 * point into its whole document's text): a key of a long-lived cache must not hold every text.
 */
function detached(s: string): string {
  return (` ${s}`).slice(1);
}

/** The maps the finder looks runs up in, built from the resolved entities' names ({@link finderMaps}). */
export interface FinderMaps {
  /** Surface forms in a caseless script (NFC). */
  surface: Map<string, string>;
  /** Normalised Latin names, and a person's long surname alone. */
  latin: Map<string, string>;
  /** Consonant skeletons of the Latin names. */
  skel: Map<string, string>;
  /** Ids of the persons (a person stays a mention in what is named after them). */
  persons: Set<string>;
}

/**
 * The finder's maps of a resolution.
 *
 * @example
 * ```ts
 * finderMaps([{ id: 'e-1', type: 'person', name: 'Gen Nakatani', aliases: ['नकातानी'] }]).surface.get('नकातानी'); // 'e-1'
 * ```
 */
export function finderMaps(entities: readonly NamedEntity[]): FinderMaps {
  const surface = new Map<string, string>();
  const latin = new Map<string, string>();
  const skel = new Map<string, string>();
  const persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  for (const e of entities) {
    const forms = [e.name, ...e.aliases];
    for (const f of forms) {
      if (!isLatinName(f)) {
        if (letters(f) >= 2) claim(surface, f.normalize('NFC'), e.id);
        continue;
      }
      const norm = normalizeName(f);
      const parts = norm.split(' ');
      if (letters(norm) >= 5 && parts.length <= 3) {
        claim(latin, norm, e.id);
        const s = skeleton(norm);
        if (s.replace(/ /g, '').length >= 4) claim(skel, s, e.id);
      }
      // A person's surname alone (`Nakatani` for `Gen Nakatani`), when long enough to be telling.
      const last = parts[parts.length - 1];
      if (e.type === 'person' && parts.length > 1 && last !== undefined && last.length >= 5) claim(latin, last, e.id);
    }
  }
  return { surface, latin, skel, persons };
}

/** A transliteration's skeleton key, or null when it is too short to match by skeleton. */
function skeletonKey(t: string): string | null {
  const s = letters(t) >= 5 ? skeleton(t) : '';
  return s.replace(/ /g, '').length >= 4 ? s : null;
}

/**
 * The keys a run of words is looked up by, in the order the finder looks: its surface form; then,
 * for a spelling-tolerant match (`tolerant`), its transliteration, that one's skeleton, and the
 * word it is an adjective of (a run that names the same entity as its base is no mention). A
 * function of the run's text alone.
 */
interface RunKeys {
  surface: string;
  latin: string | null;
  skel: string | null;
  base: string | null;
}

function runKeys(run: string, nfcText: boolean, helpers: ScriptHelpers, tolerant: boolean): RunKeys {
  const surface = nfcText ? run : run.normalize('NFC');
  if (!tolerant) return { surface, latin: null, skel: null, base: null };
  const latin = normalizeName(helpers.transliterate(run));
  return { surface, latin, skel: skeletonKey(latin), base: helpers.adjectiveBase?.(run.normalize('NFC')) || null };
}

/** A caseless text's words: where each starts and ends, and whether it may form one name with the next. */
interface Words {
  starts: number[];
  ends: number[];
  joins: boolean[];
  /** Whether word k is an ordinary word of the language (asked once per word). */
  isCommon(k: number): boolean;
  /** Whether the run of words i to i + n - 1 may match through its spelling: not Latin, no ordinary word in it. */
  tolerant(run: string, i: number, n: number): boolean;
  /** The longest tight run of words from i, at most three. */
  tightFrom(i: number): number;
}

function wordsOf(text: string, helpers: ScriptHelpers): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const word = new RegExp(WORD.source, WORD.flags);
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const count = starts.length;
  // Whether token k and token k + 1 may form one name: only spaces or one hyphen between them.
  const joins: boolean[] = [];
  for (let k = 0; k < count; k++) joins.push(k + 1 < count && tightGap(text, ends[k] as number, starts[k + 1] as number));
  const common = helpers.common;
  const commonAt: (boolean | undefined)[] = [];
  const isCommon = (k: number): boolean => {
    let c = commonAt[k];
    if (c === undefined) {
      c = common?.(text.slice(starts[k], ends[k])) ?? false;
      commonAt[k] = c;
    }
    return c;
  };
  return {
    starts,
    ends,
    joins,
    isCommon,
    // Spelling-tolerant matches never take in an ordinary word (`गुजरते हुए` is no Gujarat).
    tolerant(run, i, n) {
      if (isLatinName(run)) return false;
      if (common) for (let k = i; k < i + n; k++) if (isCommon(k)) return false;
      return true;
    },
    tightFrom(i) {
      let n = Math.min(3, count - i);
      for (let k = 0; k < n - 1; k++) {
        if (!joins[i + k]) {
          n = k + 1;
          break;
        }
      }
      return n;
    },
  };
}

/**
 * The finder for one document at a time, so texts can be streamed past it; it keeps its caches
 * across documents.
 *
 * @example
 * ```ts
 * const find = createPropagator(resolveEntityNames(docs));
 * find({ doc: 'b', lang: 'hi', text: 'नकातानी ने कहा।', entities: [], mentions: [] }); // [{ doc: 'b', text: 'नकातानी', … }]
 * ```
 */
export function createPropagator(entities: readonly NamedEntity[]): (d: DocEntities) => AddedMention[] {
  const { surface, latin, skel, persons } = finderMaps(entities);
  const lookUp = (keys: RunKeys): string | undefined => {
    let id = surface.get(keys.surface);
    if (id === undefined && keys.latin !== null) {
      id = latin.get(keys.latin);
      if (id === undefined && keys.skel !== null) id = skel.get(keys.skel);
      // Nor a word derived from the name by an adjective suffix (`पंजाबी` from `पंजाब`).
      if (id !== undefined && keys.base !== null && surface.get(keys.base) === id) id = undefined;
    }
    return id;
  };
  // Runs of words repeat across documents: what a run's text resolves to is looked up once per
  // script's helpers (and per NFC or not), then remembered, up to a bound.
  const runs = new Map<ScriptHelpers, { nfc: Map<string, string | null>; other: Map<string, string | null> }>();
  return (d) => {
    const added: AddedMention[] = [];
    const helpers = textHelpers(d.text, d.lang);
    if (helpers === null || !helpers.caseless) return added;
    const text = d.text;
    const taken = d.mentions.map((m) => [m.start, m.end] as const);
    const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
    const words = wordsOf(text, helpers);
    const { starts, ends, joins } = words;
    const count = starts.length;
    const nfc = text === text.normalize('NFC');
    let cache = runs.get(helpers);
    if (!cache) runs.set(helpers, (cache = { nfc: new Map(), other: new Map() }));
    const known = nfc ? cache.nfc : cache.other;
    /**
     * The entity the run of tokens i to i + n - 1 (`run`, its text) names, or null; a function of the
     * run's text alone (its tokens are the run's words), so it is remembered by the text.
     */
    const resolveRun = (run: string, i: number, n: number): string | null => {
      const id = lookUp(runKeys(run, nfc, helpers, words.tolerant(run, i, n)));
      if (id === undefined || id === AMBIGUOUS) return null;
      // A one-word name that is also an ordinary word is not looked for (`गया`: Gaya, and `went`).
      return n === 1 && words.isCommon(i) ? null : id;
    };
    for (let i = 0; i < count; i++) {
      for (let n = words.tightFrom(i); n >= 1; n--) {
        const start = starts[i] as number;
        const end = ends[i + n - 1] as number;
        const run = text.slice(start, end);
        let id = known.get(run);
        if (id === undefined) {
          id = resolveRun(run, i, n);
          if (known.size >= RUN_CACHE_LIMIT) known.clear();
          known.set(detached(run), id);
        }
        if (id === null || !free(start, end)) continue;
        // Nor a place or body as the modifier of a longer name that ends in a head noun (`स्वच्छ भारत
        // अभियान`); a person stays a mention in what is named after them.
        if (i + n < count && joins[i + n - 1] && !persons.has(id) && helpers.nameHead?.(text.slice(starts[i + n], ends[i + n]))) continue;
        added.push({ doc: d.doc, start, end, text: run, entity: id });
        taken.push([start, end]);
        i += n - 1;
        break;
      }
    }
    return added;
  };
}

/** A 32-bit hash of a key in one of the finder's maps (`space`: one letter per map). */
function lookupHash(space: string, key: string): number {
  let h = Math.imul(0x811c9dc5 ^ space.charCodeAt(0), 0x01000193);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  // A final mix, so that keys differing in their last character spread over every bit.
  return fmix32(h);
}

/** The hashes of the keys of a run, in the spaces of the maps they are looked up in. */
function runKeyHashes(keys: RunKeys): number[] {
  const out = [lookupHash('s', keys.surface)];
  if (keys.latin !== null) out.push(lookupHash('l', keys.latin));
  if (keys.skel !== null) out.push(lookupHash('k', keys.skel));
  if (keys.base !== null) out.push(lookupHash('s', keys.base));
  return out;
}

/** The distinct values, sorted: a typed sort and one pass, without a set of them (the lookups of a text number thousands). */
function sortedDistinct(values: readonly number[]): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] as number;
  return sorted.slice(0, n);
}

/**
 * A lister of the keys the finder may look a text up by, whatever the entities: every run of one to
 * three tight words, at every word (the finder visits a subset), as sorted distinct 32-bit hashes;
 * null for a text the finder does not read (not a caseless script). Keeps a bounded cache of runs
 * across texts.
 *
 * @example
 * ```ts
 * const lookups = finderLookups();
 * lookups('नकातानी ने कहा।', 'hi'); // Uint32Array [ … ]
 * lookups('Nakatani said.', 'en'); // null
 * ```
 */
export function finderLookups(): (text: string, lang: string) => Uint32Array | null {
  const runs = new Map<ScriptHelpers, { nfc: Map<string, number[]>; other: Map<string, number[]> }>();
  return (text, lang) => {
    const helpers = textHelpers(text, lang);
    if (helpers === null || !helpers.caseless) return null;
    const words = wordsOf(text, helpers);
    const nfc = text === text.normalize('NFC');
    let cache = runs.get(helpers);
    if (!cache) runs.set(helpers, (cache = { nfc: new Map(), other: new Map() }));
    const known = nfc ? cache.nfc : cache.other;
    const hashes: number[] = [];
    for (let i = 0; i < words.starts.length; i++) {
      for (let n = words.tightFrom(i); n >= 1; n--) {
        const run = text.slice(words.starts[i], words.ends[i + n - 1]);
        let keys = known.get(run);
        if (keys === undefined) {
          keys = runKeyHashes(runKeys(run, nfc, helpers, words.tolerant(run, i, n)));
          if (known.size >= RUN_CACHE_LIMIT) known.clear();
          known.set(detached(run), keys);
        }
        for (const h of keys) hashes.push(h);
      }
    }
    return sortedDistinct(hashes);
  };
}

/**
 * The hashes of the keys whose value differs between two resolutions' maps (a key one has and the
 * other lacks, another entity, or the same entity now a person or no longer one), sorted. A text
 * that looks none of them up finds exactly what it found before.
 *
 * @example
 * ```ts
 * changedLookups(finderMaps(before), finderMaps(after)).length; // 0 when the names are the same
 * ```
 */
export function changedLookups(before: FinderMaps, after: FinderMaps): Uint32Array {
  const changed: number[] = [];
  const value = (maps: FinderMaps, id: string | undefined): string | undefined =>
    id === undefined ? undefined : maps.persons.has(id) ? `${id}\u0001person` : id;
  const compare = (space: string, pick: (m: FinderMaps) => Map<string, string>): void => {
    const a = pick(before);
    const b = pick(after);
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      if (value(before, a.get(key)) !== value(after, b.get(key))) changed.push(lookupHash(space, key));
    }
  };
  compare('s', (m) => m.surface);
  compare('l', (m) => m.latin);
  compare('k', (m) => m.skel);
  return sortedDistinct(changed);
}

/**
 * Whether a text that looks up `lookups` ({@link finderLookups}) looks up any of `changed`
 * ({@link changedLookups}); both sorted. A hash shared by chance only makes the text read again.
 */
export function touches(lookups: Uint32Array, changed: Uint32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < lookups.length && j < changed.length) {
    const a = lookups[i] as number;
    const b = changed[j] as number;
    if (a === b) return true;
    if (a < b) i++;
    else j++;
  }
  return false;
}
