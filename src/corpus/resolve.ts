/**
 * Cross-document, cross-script entity resolution: the document-local entities of many documents
 * become corpus entities. Pure and language-independent; languages enter only through
 * `nameKeys` and the script helpers in `keys.ts`.
 *
 * The steps, in the order that matters:
 * 1. exact keys (normalised, glossed, transliterated, OCR-folded, title-less) merge entities of
 *    compatible types, by blocking on the key, never by comparing all pairs;
 * 2. a full person name in a non-Latin script joins the one Latin full name whose every word
 *    matches through transliteration and a spelling-tolerant key (`ईशान राठौर` ~ `Ishaan Rathore`);
 *    both words must agree, a shared surname alone is never enough;
 * 3. a bare surname (`Nakatani`, `नकातानी`) joins the one full name in the corpus that ends in it;
 * 4. entities known only in a non-Latin script join a Latin-script entity with the same consonant
 *    skeleton, if there is exactly one;
 * 5. names of the resolved entities are found again in texts of caseless scripts (Hindi), where
 *    the extractor could not see them without a title (`पहलगाम` ↔ `Pahalgam`): `find-again.ts`.
 * Two different full names of persons never merge, whatever step proposes it.
 */
import { createHash } from 'node:crypto';
import type { EntityMention, EntityType, LocalEntity } from '../pipeline/types.js';
import type { CorpusEntity, DocSpan } from '../store/store.js';
import { SPELLED_OUT_TITLES, consonantNameKey, helpersFor, isLatinName, nameKeys, normalizeName, personNameKey } from './keys.js';
import { createPropagator } from './find-again.js';

/** One document's entities, as the per-document stages left them. */
export interface DocEntities {
  doc: string;
  lang: string;
  text: string;
  entities: readonly LocalEntity[];
  mentions: readonly Pick<EntityMention, 'start' | 'end' | 'entity'>[];
}

/** What the resolution steps 1 to 4 read of a document: its entities and which of them are mentioned how often. */
export type DocEntityNames = Omit<DocEntities, 'text'>;

/** An entity of the corpus: the local entities it was resolved from are its `members`. */
export type ResolvedEntity = CorpusEntity;

/** A mention found after resolution in a text of a caseless script; `entity` is the ResolvedEntity id. */
export type AddedMention = DocSpan & { entity: string };

/** A document-local entity as resolution sees it (exported for tests). */
export interface Node {
  doc: string;
  entity: number;
  lang: string;
  local: LocalEntity;
  /** Mentions of this entity in its document (at least 1). */
  weight: number;
  /** Strong keys (plain, `ocr:`, `nt:`) of the name and of multi-word aliases. */
  keys: string[];
  /** Skeleton keys (`~`). */
  skeletons: string[];
  /** The name has more than one word (a full name, for persons). */
  full: boolean;
  /** Word-by-word phonetic key of a person's full name (`personNameKey`), for cross-script matching. */
  phonetic: string | null;
  /** Word-by-word consonant key of a person's full name (`consonantNameKey`), tried when the phonetic key finds no one. */
  consonants: string | null;
  /** The name is written in Latin letters (`isLatinName`). */
  latin: boolean;
  /** The normalised name of a person's full name, null for other nodes. */
  fullName: string | null;
}

/** What a node derives from its document's language and its local entity's type, name and aliases. */
type NameFacts = Pick<Node, 'keys' | 'skeletons' | 'full' | 'phonetic' | 'consonants' | 'latin' | 'fullName'>;

interface Cluster {
  nodes: number[];
  types: Map<EntityType, number>;
  /** `majorityType(types)`, kept up to date as clusters merge. */
  major: EntityType;
  /**
   * Keys of each distinct full person name in the cluster, by normalised name: strong keys plus
   * the phonetic key. Two names sharing none are different people.
   */
  fullNames: Map<string, Set<string>>;
  latin: boolean;
}

const countWords = (name: string): number => normalizeName(name).split(' ').filter((w) => w !== '').length;
const isPerson = (t: EntityType): boolean => t === 'person';
/** Persons only ever merge with persons; other types among themselves (a place typed as an organisation). */
const compatible = (a: EntityType, b: EntityType): boolean => isPerson(a) === isPerson(b);

function majorityType(types: Map<EntityType, number>): EntityType {
  let best: EntityType = 'other';
  let n = -1;
  for (const [t, c] of types) if (c > n || (c === n && t === 'person')) [best, n] = [t, c];
  return best;
}

/** The keys a person's full name is told apart by: its strong keys plus the phonetic and consonant keys. */
function fullNameKeys(n: Node): Set<string> {
  const keys = new Set(n.keys);
  if (n.phonetic !== null) keys.add(n.phonetic);
  if (n.consonants !== null) keys.add(n.consonants);
  return keys;
}

/**
 * Union-find over nodes whose clusters refuse merges that would join two different full names. A
 * node that never absorbed another has no {@link Cluster} of its own: its facts are read from the
 * node, and one is made only when it absorbs another (at 21,000 documents most of ~300,000 nodes
 * join a larger cluster and never need one).
 */
export function createClusters(nodes: readonly Node[]) {
  const parent = Int32Array.from(nodes, (_, i) => i);
  const data: (Cluster | undefined)[] = new Array<Cluster | undefined>(nodes.length);
  const node = (i: number): Node => nodes[i] as Node;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] as number;
      parent[i] = parent[p] as number;
      i = p;
    }
    return i;
  };
  /** A lone node's full name with its keys, made once when first asked for (then handed on to the cluster it joins or starts). */
  const alone: (ReadonlyMap<string, Set<string>> | undefined)[] = [];
  const NONE: ReadonlyMap<string, Set<string>> = new Map();
  /** Root `r`'s cluster, made for a node standing alone. */
  const own = (r: number): Cluster => {
    let c = data[r];
    if (c === undefined) {
      const n = node(r);
      c = { nodes: [r], types: new Map([[n.local.type, 1]]), major: n.local.type, fullNames: new Map(n.fullName !== null ? [[n.fullName, alone[r]?.get(n.fullName) ?? fullNameKeys(n)]] : []), latin: n.latin };
      data[r] = c;
    }
    return c;
  };
  const major = (r: number): EntityType => data[r]?.major ?? node(r).local.type;
  const size = (r: number): number => data[r]?.nodes.length ?? 1;
  /** Root `r`'s full person names with their keys (a lone node: its own, if it is one). */
  const fullNamesOf = (r: number): ReadonlyMap<string, Set<string>> => {
    const c = data[r];
    if (c !== undefined) return c.fullNames;
    const n = node(r);
    if (n.fullName === null) return NONE;
    return (alone[r] ??= new Map([[n.fullName, fullNameKeys(n)]]));
  };
  const conflicts = (a: number, b: number): boolean => {
    const xs = fullNamesOf(a);
    const ys = fullNamesOf(b);
    if (xs.size === 0 || ys.size === 0) return false;
    for (const [nx, x] of xs) {
      for (const [ny, y] of ys) if (nx !== ny && ![...x].some((k) => y.has(k))) return true;
    }
    return false;
  };
  const union = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    if (!compatible(major(ra), major(rb)) || conflicts(ra, rb)) return false;
    const [rBig, rSmall] = size(ra) >= size(rb) ? [ra, rb] : [rb, ra];
    const big = own(rBig);
    parent[rSmall] = rBig;
    // What the smaller side holds: its cluster's, or a lone node's own.
    const small = data[rSmall];
    const n = node(rSmall);
    if (small !== undefined) {
      for (const i of small.nodes) big.nodes.push(i);
      for (const [t, c] of small.types) big.types.set(t, (big.types.get(t) ?? 0) + c);
    } else {
      big.nodes.push(rSmall);
      big.types.set(n.local.type, (big.types.get(n.local.type) ?? 0) + 1);
    }
    for (const [name, keys] of fullNamesOf(rSmall)) {
      const mine = big.fullNames.get(name);
      if (mine) for (const k of keys) mine.add(k);
      else big.fullNames.set(name, keys);
    }
    big.latin ||= small?.latin ?? n.latin;
    data[rSmall] = undefined;
    big.major = majorityType(big.types);
    return true;
  };
  const roots = (): number[] => {
    const out: number[] = [];
    for (let i = 0; i < nodes.length; i++) if (find(i) === i) out.push(i);
    return out;
  };
  return {
    find,
    union,
    roots,
    /** The majority type of `i`'s cluster. */
    type: (i: number): EntityType => major(find(i)),
    /** Whether `i`'s cluster holds a name in Latin letters. */
    latin: (i: number): boolean => {
      const r = find(i);
      return data[r]?.latin ?? node(r).latin;
    },
    /** Whether `i`'s cluster holds a full person name. */
    hasFullName: (i: number): boolean => {
      const r = find(i);
      return (data[r]?.fullNames.size ?? (node(r).fullName !== null ? 1 : 0)) > 0;
    },
    /** The nodes of `i`'s cluster. */
    members: (i: number): readonly number[] => {
      const r = find(i);
      return data[r]?.nodes ?? [r];
    },
  };
}

/** `f`, computed once per distinct `key` of its arguments. */
function memo<A extends unknown[], T>(key: (...args: A) => string, f: (...args: A) => T): (...args: A) => T {
  const cache = new Map<string, T>();
  return (...args) => {
    const id = key(...args);
    if (cache.has(id)) return cache.get(id) as T;
    const v = f(...args);
    cache.set(id, v);
    return v;
  };
}

/**
 * Facts of names asked for again and again in one resolution run (names recur across thousands of
 * documents), each computed once per distinct name (and language, where it matters). The caches
 * live as long as the run and hold no more than its distinct names.
 */
interface NameMemo {
  /** `nameKeys`. */
  keysOf: (name: string, lang: string, type: EntityType) => string[];
  /** Words of the normalised name. */
  words: (name: string) => number;
  /** `personNameKey` and `consonantNameKey` of a person's name. */
  personKeys: (name: string, lang: string) => readonly [string | null, string | null];
  /** The English name the language's gazetteer knows (`helpersFor(…).english`), or null. */
  english: (name: string, lang: string) => string | null;
}

/** Language codes and entity types never hold this character: `lang + SEP + name` is unambiguous. */
const SEP = '\u0000';

function nameMemo(): NameMemo {
  const byLang = (name: string, lang: string): string => `${lang}${SEP}${name}`;
  return {
    keysOf: memo((name: string, lang: string, type: EntityType) => `${lang}${SEP}${type}${SEP}${name}`, nameKeys),
    words: memo((name: string) => name, countWords),
    personKeys: memo(byLang, (name: string, lang: string) => [personNameKey(name, lang), consonantNameKey(name, lang)] as const),
    english: memo(byLang, (name: string, lang: string) => helpersFor(name, lang)?.english?.(name) ?? null),
  };
}

function nameFacts(lang: string, local: LocalEntity, names: NameMemo): NameFacts {
  const forms = [local.name, ...local.aliases.filter((a) => a !== local.name && (!isPerson(local.type) || names.words(a) > 1))];
  const all = forms.flatMap((f) => names.keysOf(f, lang, local.type));
  const full = names.words(local.name) > 1;
  const [phonetic, consonants] = isPerson(local.type) ? names.personKeys(local.name, lang) : [null, null];
  return {
    keys: [...new Set(all.filter((k) => !k.startsWith('~')))],
    skeletons: [...new Set(all.filter((k) => k.startsWith('~')))],
    full,
    phonetic,
    consonants,
    latin: isLatinName(local.name),
    fullName: isPerson(local.type) && full ? normalizeName(local.name) : null,
  };
}

/** The nodes of all documents; nodes of the same name, aliases, type and language share their facts (read-only). */
function buildNodes(docs: readonly DocEntityNames[], names: NameMemo): Node[] {
  const nodes: Node[] = [];
  // By language, type and name, then by aliases.
  const known = new Map<string, { aliases: readonly string[]; facts: NameFacts }[]>();
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, k) => x === b[k]);
  for (const d of docs) {
    const counts = new Map<number, number>();
    for (const m of d.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    d.entities.forEach((local, entity) => {
      const id = `${d.lang}${SEP}${local.type}${SEP}${local.name}`;
      let seen = known.get(id);
      if (seen === undefined) known.set(id, (seen = []));
      let facts = seen.find((f) => same(f.aliases, local.aliases))?.facts;
      if (facts === undefined) {
        facts = nameFacts(d.lang, local, names);
        seen.push({ aliases: local.aliases, facts });
      }
      nodes.push({ doc: d.doc, entity, lang: d.lang, local, weight: Math.max(1, counts.get(entity) ?? 0), ...facts });
    });
  }
  return nodes;
}

/** Append to a multimap. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Step 1: blocking on strong keys. */
function mergeByKeys(nodes: Node[], uf: ReturnType<typeof createClusters>): void {
  const byKey = new Map<string, number[]>();
  nodes.forEach((n, i) => n.keys.forEach((k) => push(byKey, k, i)));
  // Full names first, so a bare surname shared by two different people cannot glue them together;
  // each part in the order its keys were first met.
  const full: number[][] = [];
  const other: number[][] = [];
  for (const [key, list] of byKey) (key.includes(' ') ? full : other).push(list);
  for (const list of [...full, ...other]) {
    // The first node of each class (person or not) takes in the others of its class.
    let firstPerson = -1;
    let firstOther = -1;
    for (const i of list) {
      if (isPerson((nodes[i] as Node).local.type)) {
        if (firstPerson < 0) firstPerson = i;
        else uf.union(firstPerson, i);
      } else if (firstOther < 0) firstOther = i;
      else uf.union(firstOther, i);
    }
  }
}

/**
 * Step 2: a full person name written in a non-Latin script joins the single Latin cluster holding a
 * full name with the same word-by-word phonetic key. Latin names never merge with each other this way.
 */
function mergePhoneticNames(nodes: Node[], uf: ReturnType<typeof createClusters>): void {
  const latinByKey = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    if (!n.latin) return;
    for (const key of [n.phonetic, n.consonants]) {
      if (key === null) continue;
      const set = latinByKey.get(key) ?? new Set<number>();
      set.add(i);
      latinByKey.set(key, set);
    }
  });
  const targetsOf = (key: string | null): Set<number> => {
    const targets = new Set<number>();
    if (key !== null) for (const t of latinByKey.get(key) ?? []) if (isPerson(uf.type(t))) targets.add(uf.find(t));
    return targets;
  };
  nodes.forEach((n, i) => {
    if (n.latin) return;
    // The phonetic key first; the looser consonant key only where it finds no one.
    let targets = targetsOf(n.phonetic);
    if (targets.size === 0) targets = targetsOf(n.consonants);
    if (targets.size === 1) uf.union(i, [...targets][0] as number);
  });
}

/** The last word's keys of a full person name (`Gen Nakatani` → nakatani, `राजनाथ सिंह` → singh). */
function lastWordKeys(n: Node, keysOf: NameMemo['keysOf']): string[] {
  const parts = n.local.name.trim().split(/\s+/);
  const last = parts[parts.length - 1];
  return last === undefined ? [] : keysOf(last, n.lang, 'person').filter((k) => !k.includes(':'));
}

/** Step 3: a cluster of bare surnames joins the one cluster of full names ending in that surname. */
function mergeSurnames(nodes: Node[], uf: ReturnType<typeof createClusters>, keysOf: NameMemo['keysOf']): void {
  const bySurname = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    if (!isPerson(n.local.type) || !n.full) return;
    for (const k of lastWordKeys(n, keysOf)) {
      const set = bySurname.get(k) ?? new Set<number>();
      set.add(uf.find(i));
      bySurname.set(k, set);
    }
  });
  const done = new Set<number>();
  nodes.forEach((n, i) => {
    const root = uf.find(i);
    if (!isPerson(n.local.type) || n.full || done.has(root) || uf.hasFullName(i)) return;
    done.add(root);
    const members = uf.members(i);
    const targets = new Set<number>();
    for (const m of members) {
      for (const k of (nodes[m] as Node).keys) {
        for (const t of bySurname.get(k) ?? []) targets.add(uf.find(t));
      }
    }
    if (targets.size === 1) uf.union(i, [...targets][0] as number);
  });
}

/** Step 4: clusters without a Latin name join the single Latin cluster with the same skeleton. */
function mergeSkeletons(nodes: Node[], uf: ReturnType<typeof createClusters>): void {
  const latinBySkeleton = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    if (!n.latin) return;
    for (const s of n.skeletons) {
      const set = latinBySkeleton.get(s) ?? new Set<number>();
      set.add(uf.find(i));
      latinBySkeleton.set(s, set);
    }
  });
  nodes.forEach((n, i) => {
    if (uf.latin(i)) return;
    const targets = new Set<number>();
    for (const s of n.skeletons) {
      for (const t of latinBySkeleton.get(s) ?? []) {
        if (compatible(uf.type(t), n.local.type)) targets.add(uf.find(t));
      }
    }
    if (targets.size === 1) uf.union(i, [...targets][0] as number);
  });
}

const titled = (name: string): boolean => SPELLED_OUT_TITLES.has(normalizeName(name).split(' ')[0] ?? '');
const properCase = (name: string): boolean => name.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w));
/** Written in capitals only (`NEW DELHI`, a dateline), with at least two letters. */
const allCaps = (name: string): boolean => !/\p{Ll}/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/** Short function words kept in lower case when a capitals-only name is title-cased. */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'de', 'la', 'le', 'von', 'van', 'da', 'di', 'del']);

/**
 * A capitals-only name of a person or place in title case (`NEW DELHI` → `New Delhi`). Words
 * without a vowel, and a name of one word of three letters or fewer, stay as they are, since they
 * are usually acronyms (`NCR`, `UAE`); small function words go to lower case inside the name.
 *
 * @example
 * ```ts
 * titleCaseCaps('NEW DELHI'); // 'New Delhi'
 * titleCaseCaps('ISLE OF MAN'); // 'Isle of Man'
 * titleCaseCaps('UAE'); // 'UAE'
 * ```
 */
export function titleCaseCaps(name: string): string {
  const single = !/\s/.test(name.trim());
  return name.replace(/\p{L}[\p{L}\p{M}]*/gu, (w, offset: number) => {
    const lower = w.toLowerCase();
    if (offset > 0 && SMALL_WORDS.has(lower)) return lower;
    if (!/[AEIOUY]/u.test(w) || (single && w.length <= 3)) return w;
    return w.charAt(0) + lower.slice(1);
  });
}

/**
 * The canonical name: Latin forms first and, among them, mixed-case ones over capitals-only ones
 * (`Dehradun` over a dateline's `DEHRADUN`); then the fullest, the properly capitalised (`Takeshi
 * Iwaya` over an OCR-damaged `Takeshi lwaya`), without a spelled-out title, the most mentioned.
 * Full-length aliases compete too. A person or place known only in capitals is title-cased.
 */
function canonicalName(members: Node[], type: EntityType, memo: NameMemo): string {
  const score = new Map<string, number>();
  const add = (name: string, w: number): void => {
    score.set(name, (score.get(name) ?? 0) + w);
  };
  for (const m of members) {
    add(m.local.name, m.weight);
    const n = memo.words(m.local.name);
    for (const a of m.local.aliases) if (a !== m.local.name && memo.words(a) === n) add(a, 1);
  }
  const names = [...score.keys()];
  const latin = names.filter(isLatinName);
  // Capitals-only forms (datelines, headlines) give way to any mixed-case form.
  const mixed = latin.filter((n) => !allCaps(n));
  if (mixed.length === 0 && type !== 'person') {
    for (const m of members) {
      const english = memo.english(m.local.name, m.lang);
      if (english) return english;
    }
  }
  const pool = mixed.length > 0 ? mixed : latin.length > 0 ? latin : names;
  // What the order compares, once per name rather than once per comparison.
  const rank = new Map(pool.map((n) => [n, { words: memo.words(n), proper: Number(properCase(n)), titled: Number(titled(n)), score: score.get(n) ?? 0 }]));
  const rankOf = (n: string): { words: number; proper: number; titled: number; score: number } => rank.get(n) as { words: number; proper: number; titled: number; score: number };
  pool.sort((a, b) => {
    const x = rankOf(a);
    const y = rankOf(b);
    return y.words - x.words || y.proper - x.proper || x.titled - y.titled || y.score - x.score || a.localeCompare(b);
  });
  const best = pool[0] ?? '';
  // Only capitals seen: title-case persons and places; organisations keep them (`NDRF`, `ISRO`).
  return allCaps(best) && (type === 'person' || type === 'place') ? titleCaseCaps(best) : best;
}

function byFrequency(values: string[]): string[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || a.localeCompare(b));
}

function entityId(type: EntityType, name: string, taken: Set<string>): string {
  const base = `e-${createHash('sha1').update(`${type}:${normalizeName(name)}`).digest('hex').slice(0, 12)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Resolve the local entities of many documents into corpus entities, and find the resolved names
 * again in texts of caseless scripts. Deterministic: the same input gives the same ids.
 *
 * @example
 * ```ts
 * const { entities, added } = resolveEntities([
 *   { doc: 'a', lang: 'en', text: 'Gen Nakatani met Asha Rao.', entities: [...], mentions: [...] },
 *   { doc: 'b', lang: 'hi', text: 'नकातानी ने कहा।', entities: [...], mentions: [...] },
 * ]);
 * entities[0].name; // 'Gen Nakatani', with members in both documents
 * ```
 */
export function resolveEntities(docs: DocEntities[]): { entities: ResolvedEntity[]; added: AddedMention[] } {
  const entities = resolveEntityNames(docs);
  const find = createPropagator(entities);
  return { entities, added: docs.flatMap((d) => find(d)) };
}

/**
 * Steps 1 to 4 of {@link resolveEntities}: the corpus entities, from the documents' local entities
 * alone (no text is needed). Deterministic: the same input gives the same ids.
 *
 * @example
 * ```ts
 * resolveEntityNames(docs)[0]?.members; // [{ doc: 'a', entity: 0 }, { doc: 'b', entity: 2 }]
 * ```
 */
export function resolveEntityNames(docs: readonly DocEntityNames[]): ResolvedEntity[] {
  const names = nameMemo();
  const nodes = buildNodes(docs, names);
  const uf = createClusters(nodes);
  mergeByKeys(nodes, uf);
  mergePhoneticNames(nodes, uf);
  mergeSurnames(nodes, uf, names.keysOf);
  mergeSkeletons(nodes, uf);

  const taken = new Set<string>();
  const entities: ResolvedEntity[] = [];
  // Entities in order of first appearance (document order, then entity order).
  const clusters = uf.roots().map((r) => ({ r, nodes: [...uf.members(r)].sort((a, b) => a - b) }));
  clusters.sort((a, b) => (a.nodes[0] ?? 0) - (b.nodes[0] ?? 0));
  for (const { r, nodes: memberIdx } of clusters) {
    const members = memberIdx.map((i) => nodes[i] as Node);
    const type = uf.type(r);
    const name = canonicalName(members, type, names);
    const forms = new Set<string>();
    for (const m of members) for (const f of [m.local.name, ...m.local.aliases]) if (f !== name) forms.add(f);
    entities.push({
      id: entityId(type, name, taken),
      name,
      type,
      aliases: [...forms],
      roles: byFrequency(members.flatMap((m) => m.local.roles)),
      members: members.map((m) => ({ doc: m.doc, entity: m.entity })),
    });
  }
  return entities;
}
