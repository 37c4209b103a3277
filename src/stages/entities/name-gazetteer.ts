/**
 * A gazetteer of the names a tagger's training data marks: the hash of each name's words (lower case,
 * joined by spaces) with the types it was given, as bits. A tagger feature looks up every word sequence
 * of a sentence in it (`matchGazetteer`), so a name seen in training is recognised again whole, wherever
 * it stands, with its type and where the word sits in it. In training each document must see a
 * gazetteer built from the other documents only (a jackknife), or the feature would always be right and
 * the tagger would trust it blindly.
 *
 * Shipped as text, one line per name, `hash<TAB>bits` (hash in base 36, sorted): no word is in the file.
 *
 * @example
 * ```ts
 * const g = buildGazetteer([{ tokens: ['Port', 'Elan', 'Council'], spans: [{ start: 0, end: 3, type: 'ORG' }] }], ['PER', 'ORG', 'LOC']);
 * matchGazetteer(g, ['the', 'port', 'elan', 'council'], 6); // [{ start: 1, end: 4, bits: 2 }]
 * ```
 */

import { FeatureTable, FNV_START, fnvAppend, hashString } from './feature-hash.js';
import { shippedLoader } from './shipped.js';
import type { TagSpan } from './tagger.js';

/** Name hash → type bits (bit k for `types[k]`). */
export type NameGazetteer = ReadonlyMap<number, number>;

/** A gazetteer name found in a sentence: tokens [start, end) and its type bits. */
export interface GazetteerMatch {
  start: number;
  end: number;
  bits: number;
}

/**
 * The gazetteer key of the words `ws[from..to)`.
 *
 * @example
 * ```ts
 * gazetteerKey(['Port', 'Elan']) === gazetteerKey(['x', 'port', 'elan'], 1, 3); // true
 * ```
 */
export function gazetteerKey(ws: readonly string[], from = 0, to = ws.length): number {
  return hashString(ws.slice(from, to).join(' ').toLowerCase());
}

/**
 * The names of tagged sentences (spans of at most `maxWords` words), with the bits of their types.
 *
 * @example
 * ```ts
 * buildGazetteer([{ tokens: ['Ama', 'spoke'], spans: [{ start: 0, end: 1, type: 'PER' }] }], ['PER']).size; // 1
 * ```
 */
export function buildGazetteer(sentences: Iterable<{ tokens: readonly string[]; spans: readonly TagSpan[] }>, types: readonly string[], maxWords = 6): Map<number, number> {
  const g = new Map<number, number>();
  for (const s of sentences) {
    for (const sp of s.spans) {
      const t = types.indexOf(sp.type);
      if (t < 0 || sp.end - sp.start > maxWords) continue;
      const k = gazetteerKey(s.tokens, sp.start, sp.end);
      g.set(k, (g.get(k) ?? 0) | (1 << t));
    }
  }
  return g;
}

/**
 * Every word sequence of a sentence (up to `maxWords` words) that is in the gazetteer. The gazetteer
 * is read into a lookup table on first use: it must not be changed afterwards (one that grows or
 * shrinks is read again).
 *
 * @example
 * ```ts
 * matchGazetteer(g, ['in', 'port', 'elan'], 6); // [{ start: 1, end: 3, bits: 4 }]
 * ```
 */
export function matchGazetteer(g: NameGazetteer, ws: readonly string[], maxWords: number): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  if (g.size === 0) return out;
  // Each word is lower-cased once, and the key's FNV-1a hash is carried on word by word instead of
  // joining and hashing every sequence again: the same numbers as `gazetteerKey` (lower-casing word by
  // word equals lower-casing the joined words, since a space ends the context of a final sigma).
  const lower = ws.map((w) => w.toLowerCase());
  const { table, bits } = lookupOf(g);
  for (let start = 0; start < lower.length; start++) {
    let h = FNV_START;
    for (let end = start + 1; end <= lower.length && end - start <= maxWords; end++) {
      if (end > start + 1) h = fnvAppend(h, ' ');
      h = fnvAppend(h, lower[end - 1] as string);
      const row = table.get(h >>> 0);
      if (row >= 0) out.push({ start, end, bits: bits[row] as number });
    }
  }
  return out;
}

/** A gazetteer's names in an open-addressing table (hash → row, then row → bits): no number boxed per lookup, as a `Map` of 32-bit keys would. */
interface GazetteerLookup {
  table: FeatureTable;
  bits: Int32Array;
}

const LOOKUPS = new WeakMap<NameGazetteer, GazetteerLookup>();
/** The lookup table of a gazetteer, built on first use (a gazetteer is not changed once matched against). */
function lookupOf(g: NameGazetteer): GazetteerLookup {
  let l = LOOKUPS.get(g);
  if (l === undefined || l.table.size !== g.size) {
    const hashes = new Uint32Array(g.size);
    const bits = new Int32Array(g.size);
    let k = 0;
    for (const [h, b] of g) {
      hashes[k] = h;
      bits[k++] = b;
    }
    l = { table: new FeatureTable(hashes), bits };
    LOOKUPS.set(g, l);
  }
  return l;
}

/**
 * The gazetteer as text: `hash<TAB>bits` lines sorted by hash.
 *
 * @example
 * ```ts
 * parseGazetteer(serializeGazetteer(g)); // the same map
 * ```
 */
export function serializeGazetteer(g: NameGazetteer): string {
  return [...g].sort((a, b) => a[0] - b[0]).map(([h, bits]) => `${h.toString(36)}\t${bits}\n`).join('');
}

/**
 * Reads a gazetteer written by {@link serializeGazetteer}.
 *
 * @example
 * ```ts
 * parseGazetteer('1z\t2\n').get(71); // 2
 * ```
 */
export function parseGazetteer(text: string): Map<number, number> {
  const g = new Map<number, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) g.set(parseInt(line.slice(0, tab), 36), Number(line.slice(tab + 1)));
  }
  return g;
}

/**
 * A gazetteer file shipped beside a module, read once (empty when absent).
 *
 * @example
 * ```ts
 * loadGazetteer(new URL('./ner-gazetteer-hi.tsv', import.meta.url)).size;
 * ```
 */
export const loadGazetteer: (url: URL) => NameGazetteer = shippedLoader(parseGazetteer, () => new Map());
