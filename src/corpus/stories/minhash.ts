/**
 * MinHash signatures and LSH banding for near-duplicate reports (syndicated copies, re-posts with a
 * changed headline): two texts whose word 4-gram sets overlap by Jaccard J share a band with
 * probability 1 - (1 - J^ROWS)^BANDS.
 */

import { FNV_START, fnvAppend, hashString } from '../../stages/entities/feature-hash.js';

/** Number of hash functions in a signature. */
export const SIGNATURE_SIZE = 64;
/** Signature rows per LSH band. */
export const BAND_ROWS = 4;

/** murmur3's 32-bit finaliser: every input bit reaches every output bit. */
export function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * The distinct n-grams of a token sequence, joined by spaces.
 *
 * @example
 * ```ts
 * shingles(['a', 'b', 'c'], 2); // ['a b', 'b c']
 * ```
 */
export function shingles(tokens: readonly string[], n: number): string[] {
  if (tokens.length < n) return tokens.length ? [tokens.join(' ')] : [];
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  return [...out];
}

/**
 * MinHash signature of a set of strings (all 0xffffffff for an empty set, which matches nothing).
 *
 * @example
 * ```ts
 * minhash(['a b', 'b c']).length; // SIGNATURE_SIZE
 * ```
 */
export function minhash(items: readonly string[]): Uint32Array {
  return signatureOf(Uint32Array.from(items, (item) => hashString(item)));
}

/** Each signature row's seed: row k's hash function is `fmix32(h ^ SEEDS[k])`. */
const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, k) => Math.imul(k + 1, 0x9e3779b1));

/** The signature of items given by their hashes (any order, repeats allowed: a row keeps a minimum). */
function signatureOf(hashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  // Sorted, a repeated hash is mixed once: the minimum of each row is the same.
  hashes.sort();
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] as number;
    if (i > 0 && h === hashes[i - 1]) continue;
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = fmix32(h ^ (SEEDS[k] as number));
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  return sig;
}

/** The code of the space shingles are joined with. */
const SPACE = 0x20;

/**
 * The signature of a token sequence's n-token shingles, `minhash(shingles(tokens, n))`, from each
 * shingle's hash carried on word by word: no shingle is built as a string.
 *
 * @example
 * ```ts
 * shingleSignature(['a', 'b', 'c'], 2); // equals minhash(['a b', 'b c'])
 * ```
 */
export function shingleSignature(tokens: readonly string[], n: number): Uint32Array {
  if (tokens.length < n) return minhash(shingles(tokens, n));
  const hashes = new Uint32Array(tokens.length - n + 1);
  for (let i = 0; i < hashes.length; i++) {
    let h = fnvAppend(FNV_START, tokens[i] as string);
    for (let k = i + 1; k < i + n; k++) h = fnvAppend(Math.imul(h ^ SPACE, 0x01000193), tokens[k] as string);
    hashes[i] = h >>> 0;
  }
  return signatureOf(hashes);
}

/**
 * Signatures one after another in one array (one transfer between threads instead of one per signature).
 *
 * @example
 * ```ts
 * joinSignatures([a, b]).length; // a.length + b.length
 * ```
 */
export function joinSignatures(signatures: readonly Uint32Array[]): Uint32Array {
  const joined = new Uint32Array(signatures.reduce((n, sig) => n + sig.length, 0));
  let at = 0;
  for (const sig of signatures) {
    joined.set(sig, at);
    at += sig.length;
  }
  return joined;
}

/**
 * Estimated Jaccard similarity of the sets behind two signatures.
 *
 * @example
 * ```ts
 * jaccardEstimate(minhash(['x']), minhash(['x'])); // 1
 * ```
 */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k] && a[k] !== 0xffffffff) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * The LSH band keys of a signature (none for an empty set): each band's place and rows as UTF-16
 * code units (two per 32-bit row), so two keys are equal exactly when the bands are, and a key is
 * a short string quick to hash.
 *
 * @example
 * ```ts
 * bandKeys(minhash(['a b'])).length; // SIGNATURE_SIZE / BAND_ROWS
 * ```
 */
export function bandKeys(sig: Uint32Array): string[] {
  if (sig[0] === 0xffffffff) return [];
  const keys: string[] = [];
  const codes: number[] = [];
  for (let b = 0; b < SIGNATURE_SIZE; b += BAND_ROWS) {
    codes.length = 0;
    codes.push(b);
    for (let r = b; r < b + BAND_ROWS; r++) {
      const v = sig[r] as number;
      codes.push(v >>> 16, v & 0xffff);
    }
    keys.push(String.fromCharCode(...codes));
  }
  return keys;
}

/**
 * The first signature to reach each LSH band bucket: the buckets {@link bandKeys} names, kept in an
 * open-addressing table by a number hashed from the band's place and rows (signatures that merely
 * share that number are told apart by their rows), without building a string per band.
 *
 * @example
 * ```ts
 * const buckets = new BandBuckets([sig, copy]);
 * buckets.first(0, 0); // 0: the first in band 0's bucket of these rows
 * buckets.first(1, 0); // 0
 * ```
 */
export class BandBuckets {
  readonly #signatures: readonly Uint32Array[];
  /** Per slot, the signature first met there plus one (0: empty), and its band. */
  readonly #ids: Int32Array;
  readonly #bands: Int32Array;
  readonly #mask: number;

  /** Buckets for the bands of `signatures`, each signature added at most once per band. */
  constructor(signatures: readonly Uint32Array[]) {
    this.#signatures = signatures;
    let size = 1024;
    while (size < signatures.length * (SIGNATURE_SIZE / BAND_ROWS) * 2) size *= 2;
    this.#ids = new Int32Array(size);
    this.#bands = new Int32Array(size);
    this.#mask = size - 1;
  }

  /** The first signature whose band at row `band` equals signature `id`'s, or `id` when none did (it is then the first). */
  first(id: number, band: number): number {
    const sig = this.#signatures[id] as Uint32Array;
    let h = Math.imul(band + 1, 0x9e3779b1);
    for (let r = band; r < band + BAND_ROWS; r++) h = Math.imul(h ^ (sig[r] as number), 0x01000193);
    for (let slot = (h ^ (h >>> 15)) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const held = this.#ids[slot] as number;
      if (held === 0) {
        this.#ids[slot] = id + 1;
        this.#bands[slot] = band;
        return id;
      }
      if (this.#bands[slot] === band && sameBand(this.#signatures[held - 1] as Uint32Array, sig, band)) return held - 1;
    }
  }
}

function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let r = band; r < band + BAND_ROWS; r++) if (a[r] !== b[r]) return false;
  return true;
}
