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
 *    the extractor could not see them without a title (`पहलगाम` ↔ `Pahalgam`).
 * Two different full names of persons never merge, whatever step proposes it.
 */
import { createHash } from 'node:crypto';
import type { EntityMention, EntityType, LocalEntity } from '../pipeline/types.js';
import type { CorpusEntity, DocSpan } from '../store/store.js';
import { SPELLED_OUT_TITLES, consonantNameKey, helpersFor, isLatinName, nameKeys, normalizeName, personNameKey, skeleton } from './keys.js';

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

interface Node {
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
}

interface Cluster {
  nodes: number[];
  types: Map<EntityType, number>;
  /**
   * Keys of each distinct full person name in the cluster, by normalised name: strong keys plus
   * the phonetic key. Two names sharing none are different people.
   */
  fullNames: Map<string, Set<string>>;
  latin: boolean;
}

const words = (name: string): number => normalizeName(name).split(' ').filter((w) => w !== '').length;
const isPerson = (t: EntityType): boolean => t === 'person';
/** Persons only ever merge with persons; other types among themselves (a place typed as an organisation). */
const compatible = (a: EntityType, b: EntityType): boolean => isPerson(a) === isPerson(b);

function majorityType(types: Map<EntityType, number>): EntityType {
  let best: EntityType = 'other';
  let n = -1;
  for (const [t, c] of types) if (c > n || (c === n && t === 'person')) [best, n] = [t, c];
  return best;
}

/** Union-find over nodes whose clusters refuse merges that would join two different full names. */
function createClusters(nodes: Node[]) {
  const parent = nodes.map((_, i) => i);
  const data: (Cluster | null)[] = nodes.map((n, i) => ({
    nodes: [i],
    types: new Map([[n.local.type, 1]]),
    fullNames: new Map(
      isPerson(n.local.type) && n.full
        ? [[normalizeName(n.local.name), new Set([...n.keys, ...[n.phonetic, n.consonants].filter((k): k is string => k !== null)])]]
        : [],
    ),
    latin: isLatinName(n.local.name),
  }));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] as number;
      parent[i] = parent[p] as number;
      i = p;
    }
    return i;
  };
  const cluster = (i: number): Cluster => data[find(i)] as Cluster;
  const type = (i: number): EntityType => majorityType(cluster(i).types);
  const conflicts = (a: Cluster, b: Cluster): boolean => {
    for (const [nx, x] of a.fullNames) {
      for (const [ny, y] of b.fullNames) if (nx !== ny && ![...x].some((k) => y.has(k))) return true;
    }
    return false;
  };
  const union = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    const ca = data[ra] as Cluster;
    const cb = data[rb] as Cluster;
    if (!compatible(majorityType(ca.types), majorityType(cb.types)) || conflicts(ca, cb)) return false;
    const [big, small, rBig, rSmall] = ca.nodes.length >= cb.nodes.length ? [ca, cb, ra, rb] : [cb, ca, rb, ra];
    parent[rSmall] = rBig;
    big.nodes.push(...small.nodes);
    for (const [t, c] of small.types) big.types.set(t, (big.types.get(t) ?? 0) + c);
    for (const [name, keys] of small.fullNames) {
      const mine = big.fullNames.get(name);
      if (mine) for (const k of keys) mine.add(k);
      else big.fullNames.set(name, keys);
    }
    big.latin ||= small.latin;
    data[rSmall] = null;
    return true;
  };
  const roots = (): number[] => parent.map((_, i) => i).filter((i) => find(i) === i);
  return { find, cluster, type, union, roots };
}

/** nameKeys, memoised for one resolution run (names repeat across documents). */
type KeysOf = (name: string, lang: string, type: EntityType) => string[];

function memoKeys(): KeysOf {
  const cache = new Map<string, string[]>();
  return (name, lang, type) => {
    const id = `${lang}\u0000${type}\u0000${name}`;
    let keys = cache.get(id);
    if (keys === undefined) {
      keys = nameKeys(name, lang, type);
      cache.set(id, keys);
    }
    return keys;
  };
}

function buildNodes(docs: readonly DocEntityNames[], keysOf: KeysOf): Node[] {
  const nodes: Node[] = [];
  for (const d of docs) {
    const counts = new Map<number, number>();
    for (const m of d.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    d.entities.forEach((local, entity) => {
      const forms = [local.name, ...local.aliases.filter((a) => a !== local.name && (!isPerson(local.type) || words(a) > 1))];
      const all = forms.flatMap((f) => keysOf(f, d.lang, local.type));
      nodes.push({
        doc: d.doc,
        entity,
        lang: d.lang,
        local,
        weight: Math.max(1, counts.get(entity) ?? 0),
        keys: [...new Set(all.filter((k) => !k.startsWith('~')))],
        skeletons: [...new Set(all.filter((k) => k.startsWith('~')))],
        full: words(local.name) > 1,
        phonetic: isPerson(local.type) ? personNameKey(local.name, d.lang) : null,
        consonants: isPerson(local.type) ? consonantNameKey(local.name, d.lang) : null,
      });
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
  // Full names first, so a bare surname shared by two different people cannot glue them together.
  const ordered = [...byKey.entries()].sort((a, b) => Number(b[0].includes(' ')) - Number(a[0].includes(' ')));
  for (const [, list] of ordered) {
    const firstOfClass = new Map<boolean, number>();
    for (const i of list) {
      const cls = isPerson((nodes[i] as Node).local.type);
      const first = firstOfClass.get(cls);
      if (first === undefined) firstOfClass.set(cls, i);
      else uf.union(first, i);
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
    if (!isLatinName(n.local.name)) return;
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
    if (isLatinName(n.local.name)) return;
    // The phonetic key first; the looser consonant key only where it finds no one.
    let targets = targetsOf(n.phonetic);
    if (targets.size === 0) targets = targetsOf(n.consonants);
    if (targets.size === 1) uf.union(i, [...targets][0] as number);
  });
}

/** The last word's keys of a full person name (`Gen Nakatani` → nakatani, `राजनाथ सिंह` → singh). */
function lastWordKeys(n: Node, keysOf: KeysOf): string[] {
  const parts = n.local.name.trim().split(/\s+/);
  const last = parts[parts.length - 1];
  return last === undefined ? [] : keysOf(last, n.lang, 'person').filter((k) => !k.includes(':'));
}

/** Step 3: a cluster of bare surnames joins the one cluster of full names ending in that surname. */
function mergeSurnames(nodes: Node[], uf: ReturnType<typeof createClusters>, keysOf: KeysOf): void {
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
    if (!isPerson(n.local.type) || n.full || done.has(root) || uf.cluster(i).fullNames.size > 0) return;
    done.add(root);
    const members = uf.cluster(i).nodes;
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
    if (!isLatinName(n.local.name)) return;
    for (const s of n.skeletons) {
      const set = latinBySkeleton.get(s) ?? new Set<number>();
      set.add(uf.find(i));
      latinBySkeleton.set(s, set);
    }
  });
  nodes.forEach((n, i) => {
    if (uf.cluster(i).latin) return;
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
function canonicalName(members: Node[], type: EntityType): string {
  const score = new Map<string, number>();
  const add = (name: string, w: number): void => {
    score.set(name, (score.get(name) ?? 0) + w);
  };
  for (const m of members) {
    add(m.local.name, m.weight);
    const n = words(m.local.name);
    for (const a of m.local.aliases) if (a !== m.local.name && words(a) === n) add(a, 1);
  }
  const names = [...score.keys()];
  const latin = names.filter(isLatinName);
  // Capitals-only forms (datelines, headlines) give way to any mixed-case form.
  const mixed = latin.filter((n) => !allCaps(n));
  if (mixed.length === 0 && type !== 'person') {
    for (const m of members) {
      const english = helpersFor(m.local.name, m.lang)?.english?.(m.local.name);
      if (english) return english;
    }
  }
  const pool = mixed.length > 0 ? mixed : latin.length > 0 ? latin : names;
  pool.sort(
    (a, b) =>
      words(b) - words(a) ||
      Number(properCase(b)) - Number(properCase(a)) ||
      Number(titled(a)) - Number(titled(b)) ||
      (score.get(b) ?? 0) - (score.get(a) ?? 0) ||
      a.localeCompare(b),
  );
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

/** Index value when two entities claim the same name: never propagate it. */
const AMBIGUOUS = '';

function claim(index: Map<string, string>, key: string, id: string): void {
  const prev = index.get(key);
  index.set(key, prev === undefined || prev === id ? id : AMBIGUOUS);
}

const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;

/**
 * Step 5: names of resolved entities found again in caseless-script texts. Returns the finder for
 * one document at a time, so texts can be streamed past it; it keeps its caches across documents.
 *
 * @example
 * ```ts
 * const find = createPropagator(resolveEntityNames(docs));
 * find({ doc: 'b', lang: 'hi', text: 'नकातानी ने कहा।', entities: [], mentions: [] }); // [{ doc: 'b', text: 'नकातानी', … }]
 * ```
 */
export function createPropagator(entities: readonly Pick<ResolvedEntity, 'id' | 'type' | 'name' | 'aliases'>[]): (d: DocEntities) => AddedMention[] {
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
  // Words repeat across documents: transliterate each distinct one once per language, and skeletonise
  // each distinct transliteration once (null: too short to match by skeleton).
  const translit = new Map<string, Map<string, string>>();
  const skeletons = new Map<string, string | null>();
  const skeletonKey = (t: string): string | null => {
    let sk = skeletons.get(t);
    if (sk === undefined) {
      const s = letters(t) >= 5 ? skeleton(t) : '';
      sk = s.replace(/ /g, '').length >= 4 ? s : null;
      skeletons.set(t, sk);
    }
    return sk;
  };
  return (d) => {
    const added: AddedMention[] = [];
    const helpers = helpersFor(d.text.slice(0, 2000), d.lang);
    if (helpers === null || !helpers.caseless) return added;
    const taken = d.mentions.map((m) => [m.start, m.end] as const);
    const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
    const tokens = [...d.text.matchAll(/[\p{L}\p{M}\p{N}\u200C\u200D]+/gu)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    // Whether token k and token k + 1 may form one name: only spaces or one hyphen between them.
    const joins = tokens.map((t, k) => k + 1 < tokens.length && /^(?:[ \u00A0]+|-)$/.test(d.text.slice(t.end, (tokens[k + 1] as { start: number }).start)));
    const nfc = d.text === d.text.normalize('NFC');
    let mine = translit.get(d.lang);
    if (!mine) translit.set(d.lang, (mine = new Map()));
    const cache = mine;
    const latinOf = (s: string): string => {
      let t = cache.get(s);
      if (t === undefined) {
        t = normalizeName(helpers.transliterate(s));
        cache.set(s, t);
      }
      return t;
    };
    // Whether token k is an ordinary word, asked once per token (each token is in up to six runs).
    const common = helpers.common;
    const commonAt: (boolean | undefined)[] = [];
    const isCommon = (k: number): boolean => {
      let c = commonAt[k];
      if (c === undefined) {
        const t = tokens[k] as { start: number; end: number };
        c = common?.(d.text.slice(t.start, t.end)) ?? false;
        commonAt[k] = c;
      }
      return c;
    };
    const anyCommon = (from: number, to: number): boolean => {
      for (let k = from; k < to; k++) if (isCommon(k)) return true;
      return false;
    };
    for (let i = 0; i < tokens.length; i++) {
      let n = Math.min(3, tokens.length - i);
      // The longest run of tokens from i that is tight.
      for (let k = 0; k < n - 1; k++) {
        if (!joins[i + k]) {
          n = k + 1;
          break;
        }
      }
      for (; n >= 1; n--) {
        const first = tokens[i] as { start: number; end: number };
        const last = tokens[i + n - 1] as { start: number; end: number };
        const text = d.text.slice(first.start, last.end);
        let id = surface.get(nfc ? text : text.normalize('NFC'));
        // Spelling-tolerant matches never take in an ordinary word (`गुजरते हुए` is no Gujarat).
        if (id === undefined && !isLatinName(text) && !(common && anyCommon(i, i + n))) {
          const t = latinOf(text);
          id = latin.get(t);
          if (id === undefined) {
            const sk = skeletonKey(t);
            if (sk !== null) id = skel.get(sk);
          }
          // Nor a word derived from the name by an adjective suffix (`पंजाबी` from `पंजाब`).
          const base = helpers.adjectiveBase?.(text.normalize('NFC'));
          if (id !== undefined && base && surface.get(base) === id) id = undefined;
        }
        if (id === undefined || id === AMBIGUOUS || !free(first.start, last.end)) continue;
        // A one-word name that is also an ordinary word is not looked for (`गया`: Gaya, and `went`).
        if (n === 1 && isCommon(i)) continue;
        // Nor a place or body as the modifier of a longer name that ends in a head noun (`स्वच्छ भारत
        // अभियान`); a person stays a mention in what is named after them.
        const next = tokens[i + n];
        if (next && joins[i + n - 1] && !persons.has(id) && helpers.nameHead?.(d.text.slice(next.start, next.end))) continue;
        added.push({ doc: d.doc, start: first.start, end: last.end, text, entity: id });
        taken.push([first.start, last.end]);
        i += n - 1;
        break;
      }
    }
    return added;
  };
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
  const keysOf = memoKeys();
  const nodes = buildNodes(docs, keysOf);
  const uf = createClusters(nodes);
  mergeByKeys(nodes, uf);
  mergePhoneticNames(nodes, uf);
  mergeSurnames(nodes, uf, keysOf);
  mergeSkeletons(nodes, uf);

  const taken = new Set<string>();
  const entities: ResolvedEntity[] = [];
  // Entities in order of first appearance (document order, then entity order).
  const clusters = uf.roots().map((r) => ({ r, nodes: [...uf.cluster(r).nodes].sort((a, b) => a - b) }));
  clusters.sort((a, b) => (a.nodes[0] ?? 0) - (b.nodes[0] ?? 0));
  for (const { r, nodes: memberIdx } of clusters) {
    const members = memberIdx.map((i) => nodes[i] as Node);
    const type = uf.type(r);
    const name = canonicalName(members, type);
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
