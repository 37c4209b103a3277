/**
 * Text profiles kept between corpus refreshes. A story profile is made of two parts: the part read
 * from the document's text (every bag but the entity bag, the publication day, the content hash,
 * the MinHash signature) and the part that reads the entity resolution (entity bag, main frame). The
 * first depends on the document and on which of its own segments are page furniture in the corpus,
 * nothing else, so it is stored after a refresh under a basis that says exactly that; the next
 * refresh reuses it while the basis is unchanged and reads no text for it (except a caseless text,
 * in which the resolved names are looked for again). Adding documents then costs their own texts,
 * not the store's, and the result is the one a refresh without any cache gives.
 */
import { createHash } from 'node:crypto';
import type { CorpusDoc } from './record.js';
import { CompactBag, type KeyedBag, SPACES, type StoryProfile, type TableBag } from './stories/profile.js';
import { joinSignatures } from './stories/minhash.js';

/**
 * The format of text profiles: bump it when anything a profile is built from changes (the profile
 * builder, the furniture filter, the language tools and lexicons it reads, the keys the name finder
 * looks a caseless text up by, and what it finds: `find-again.ts`), so that profiles kept by an
 * older version are built again instead of being reused, and no names found by an older finder are kept.
 */
export const TEXT_PROFILE_FORMAT = 2;

/** The part of a story profile read from the text alone (bags in `SPACES` order; the entity bag empty). */
export interface TextProfile {
  published: string | null;
  contentHash: string;
  signature: Uint32Array;
  /** Whether the text is in a caseless script, where resolved names are looked for again. */
  caseless: boolean;
  /** For a caseless text, the keys the name finder may look it up by (`finderLookups` in `find-again.ts`); else null. */
  lookups: Uint32Array | null;
  bags: (KeyedBag | TableBag)[];
}

/**
 * A text profile read back from a store ({@link decodeKeptProfile}): its bags' entries in arrays many
 * bags share, and without its lookups (read from the bytes, while they are needed: {@link textProfileLookups}).
 */
export interface KeptTextProfile extends Omit<TextProfile, 'bags' | 'lookups'> {
  bags: TableBag[];
}

/** A text profile as a store keeps it. */
export interface CachedTextProfile {
  /** Document id. */
  id: string;
  /** What the profile was built from ({@link textProfileBasis}): reused only while it is unchanged. */
  basis: string;
  /** The profile ({@link encodeTextProfile}), its keys as numbers in the store's key table. */
  data: Uint8Array;
}

/**
 * The store's table of profile keys: a key is kept once, and profiles hold its number. Keys are
 * only ever appended, so numbers stay valid.
 */
export class KeyTable {
  readonly keys: string[];
  readonly #ids = new Map<string, number>();

  /** The table from the store's keys, by number. */
  constructor(keys: string[] = []) {
    this.keys = keys;
    keys.forEach((k, i) => this.#ids.set(k, i));
  }

  /** The key's number, numbering it if it is new. */
  idOf(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.#ids.set(key, id);
    }
    return id;
  }

  /** Per table of keys another numbering uses (only ever appended to): its numbers' numbers here, -1 until asked. */
  readonly #from = new WeakMap<readonly string[], Int32Array>();

  /**
   * Numbers here for the keys of `source`, a table of keys that is only ever appended to, by their
   * number there: `numbersFrom(source)(at)` is `idOf(source[at])`, looked up by string once per key
   * and table (ask once per bag, not once per key).
   */
  numbersFrom(source: readonly string[]): (at: number) => number {
    let known = this.#from.get(source) ?? new Int32Array(0);
    return (at) => {
      if (known.length <= at) {
        const grown = new Int32Array(Math.max(source.length, 2 * known.length, 1024)).fill(-1);
        grown.set(known);
        this.#from.set(source, (known = grown));
      }
      let id = known[at] as number;
      if (id < 0) {
        id = this.idOf(source[at] as string);
        known[at] = id;
      }
      return id;
    };
  }
}

/** Text profiles to keep, with the keys they numbered that the store does not have yet (numbers `from` on). */
export interface TextProfilesToKeep {
  profiles: CachedTextProfile[];
  keys: { from: number; added: string[] };
}

const ENTITIES = SPACES.indexOf('entities');

/**
 * What a document's text profile is built from, as a short hash: the format, the document's
 * language, title, publication date, time expressions and text (by its hash in the corpus record),
 * and which of its segments the corpus shares (the furniture the profile leaves out). Null for a
 * record stored before records carried the text's hash: its profile is built afresh.
 *
 * @example
 * ```ts
 * textProfileBasis(record, (hash) => (segmentDocs.get(hash) ?? 0) >= SHARED_IN_DOCS); // 'c3b1…'
 * ```
 */
export function textProfileBasis(
  d: Pick<CorpusDoc, 'lang' | 'title' | 'published' | 'timex' | 'segments' | 'textHash'>,
  shared: (segment: string) => boolean,
): string | null {
  if (d.textHash === undefined) return null;
  const furniture = d.segments.filter(shared).sort();
  return createHash('sha1')
    .update(JSON.stringify([TEXT_PROFILE_FORMAT, d.lang, d.title, d.published, d.timex, d.textHash, furniture]))
    .digest('hex')
    .slice(0, 24);
}

/** The text part of a built story profile, with the finder's lookups of its text (null: not a caseless text). */
export function textPart(profile: StoryProfile, lookups: Uint32Array | null): TextProfile {
  return {
    published: profile.published,
    contentHash: profile.contentHash,
    signature: profile.signature,
    caseless: lookups !== null,
    lookups,
    bags: SPACES.map((space, s) => {
      if (s === ENTITIES) return { keys: [], counts: new Float64Array(0) };
      const bag = profile.bags[space];
      return bag instanceof CompactBag ? (bag.tableBag() ?? bag.arrays()) : { keys: [...bag.keys()], counts: Float64Array.from(bag.values()) };
    }),
  };
}

/** Bytes written one after another: unsigned varints, little-endian words, UTF-8 strings. */
class Writer {
  #buf = new Uint8Array(4096);
  #view = new DataView(this.#buf.buffer);
  #at = 0;

  #room(n: number): void {
    if (this.#at + n <= this.#buf.length) return;
    const grown = new Uint8Array(Math.max(this.#buf.length * 2, this.#at + n));
    grown.set(this.#buf);
    this.#buf = grown;
    this.#view = new DataView(grown.buffer);
  }

  uint(v: number): void {
    this.#room(8);
    if (v < 0x80) {
      this.#buf[this.#at++] = v;
      return;
    }
    let x = v;
    while (x >= 0x80) {
      this.#buf[this.#at++] = (x & 0x7f) | 0x80;
      x = Math.floor(x / 128);
    }
    this.#buf[this.#at++] = x;
  }

  word(v: number): void {
    this.#room(4);
    this.#view.setUint32(this.#at, v, true);
    this.#at += 4;
  }

  float(v: number): void {
    this.#room(8);
    this.#view.setFloat64(this.#at, v, true);
    this.#at += 8;
  }

  text(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.uint(bytes.length);
    this.#room(bytes.length);
    this.#buf.set(bytes, this.#at);
    this.#at += bytes.length;
  }

  bytes(): Uint8Array {
    return this.#buf.slice(0, this.#at);
  }
}

/** Reads what {@link Writer} wrote; throws past the end (a damaged row). */
class Reader {
  readonly #buf: Uint8Array;
  readonly #view: DataView;
  #at = 0;

  constructor(buf: Uint8Array) {
    this.#buf = buf;
    this.#view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  #need(n: number): void {
    if (this.#at + n > this.#buf.length) throw new Error('not a text profile: it ends too soon');
  }

  uint(): number {
    // Most numbers (counts, the commoner keys) fit one byte.
    const at = this.#at;
    if (at < this.#buf.length) {
      const b = this.#buf[at] as number;
      if (b < 0x80) {
        this.#at = at + 1;
        return b;
      }
    }
    return this.#longUint();
  }

  #longUint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      this.#need(1);
      const b = this.#buf[this.#at++] as number;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 128;
      if (scale > 2 ** 49) throw new Error('not a text profile: a number too long');
    }
  }

  /** A count of the items of `size` bytes each that follow; throws when the bytes left cannot hold them. */
  count(size: number): number {
    const n = this.uint();
    this.#need(n * size);
    return n;
  }

  /** Steps over `n` bytes. */
  skip(n: number): void {
    this.#need(n);
    this.#at += n;
  }

  word(): number {
    this.#need(4);
    const v = this.#view.getUint32(this.#at, true);
    this.#at += 4;
    return v;
  }

  float(): number {
    this.#need(8);
    const v = this.#view.getFloat64(this.#at, true);
    this.#at += 8;
    return v;
  }

  text(): string {
    const n = this.uint();
    this.#need(n);
    const s = Buffer.from(this.#buf.buffer, this.#buf.byteOffset + this.#at, n).toString('utf8');
    this.#at += n;
    return s;
  }

  get done(): boolean {
    return this.#at === this.#buf.length;
  }
}

/** Whether every count is a whole number a varint holds exactly (they are, but for weighted spaces). */
function wholeCounts(counts: Float64Array): boolean {
  for (const c of counts) if (!Number.isSafeInteger(c) || c < 0) return false;
  return true;
}

/**
 * A text profile as bytes: its keys as their numbers in `table` (numbering new ones), counts as
 * varints where they are whole numbers (else exact doubles), the signature as little-endian words
 * (the same on every machine).
 *
 * @example
 * ```ts
 * decodeTextProfile(encodeTextProfile(p, table), table.keys); // equal to p
 * ```
 */
export function encodeTextProfile(p: TextProfile, table: KeyTable): Uint8Array {
  const w = new Writer();
  w.uint((p.caseless ? 1 : 0) | (p.published === null ? 0 : 2) | (p.lookups === null ? 0 : 4));
  if (p.lookups !== null) {
    w.uint(p.lookups.length);
    for (const v of p.lookups) w.word(v);
  }
  if (p.published !== null) w.text(p.published);
  w.text(p.contentHash);
  w.uint(p.signature.length);
  for (const v of p.signature) w.word(v);
  w.uint(SPACES.length);
  for (let s = 0; s < SPACES.length; s++) {
    const bag = p.bags[s] ?? { keys: [], counts: new Float64Array(0) };
    const shared = 'table' in bag;
    const counts = shared ? bag.counts.subarray(bag.start, bag.start + bag.length) : bag.counts;
    const whole = wholeCounts(counts);
    w.uint(counts.length);
    w.uint(whole ? 0 : 1);
    if (shared) {
      const idOf = table.numbersFrom(bag.table);
      for (let i = bag.start; i < bag.start + bag.length; i++) w.uint(idOf(bag.ids[i] as number));
    }
    else for (const k of bag.keys) w.uint(table.idOf(k));
    for (const c of counts) {
      if (whole) w.uint(c);
      else w.float(c);
    }
  }
  return w.bytes();
}

/** Whether a kept text profile is of a caseless text, read from its first field without reading the rest. */
export function textProfileCaseless(data: Uint8Array): boolean {
  return ((data[0] ?? 0) & 1) === 1;
}

/** The finder's lookups a kept text profile holds, read without reading the rest (null: none); throws on a damaged row. */
export function textProfileLookups(data: Uint8Array): Uint32Array | null {
  const r = new Reader(data);
  if ((r.uint() & 4) === 0) return null;
  const lookups = new Uint32Array(r.count(4));
  for (let i = 0; i < lookups.length; i++) lookups[i] = r.word();
  return lookups;
}

/**
 * Arrays that the bags of many kept profiles share (key numbers and counts), carved in chunks: two
 * allocations per chunk instead of two per bag, and no key strings at all.
 */
export class ProfileArena {
  /** Every chunk carved so far, in order: `take`'s `chunk` is an index into it. */
  readonly chunks: { ids: Int32Array; counts: Float64Array }[] = [];
  #ids = new Int32Array(0);
  #counts = new Float64Array(0);
  #used = 0;

  constructor(readonly chunk = ARENA_CHUNK) {}

  /** Room for `n` entries: the arrays, their chunk's number and where they start. */
  take(n: number): { ids: Int32Array; counts: Float64Array; start: number; chunk: number } {
    if (this.#used + n > this.#ids.length || this.chunks.length === 0) {
      const length = Math.max(this.chunk, n);
      this.#ids = new Int32Array(length);
      this.#counts = new Float64Array(length);
      this.chunks.push({ ids: this.#ids, counts: this.#counts });
      this.#used = 0;
    }
    const start = this.#used;
    this.#used += n;
    return { ids: this.#ids, counts: this.#counts, start, chunk: this.chunks.length - 1 };
  }
}

/** Entries per chunk of a {@link ProfileArena} (12 MB). */
const ARENA_CHUNK = 1 << 20;

/**
 * A kept text profile from {@link encodeTextProfile}'s bytes, its bags as key numbers into `table`
 * (the store's keys, by number) in `arena`'s arrays; throws on bytes that are not one (a damaged
 * row), so the caller builds the profile again.
 */
export function decodeKeptProfile(data: Uint8Array, table: readonly string[], arena: ProfileArena): KeptTextProfile {
  const bags: TableBag[] = [];
  const head = readKept(data, table.length, arena, (ids, counts, start, length) => bags.push({ table, ids, counts, start, length }));
  return { ...head, bags };
}

/**
 * Reads a kept profile's bytes: its bags into `arena` (each given to `bag` in `SPACES` order, its key
 * numbers below `keys`), the rest returned; throws on bytes that are not one.
 */
function readKept(
  data: Uint8Array, keys: number, arena: ProfileArena,
  bag: (ids: Int32Array, counts: Float64Array, start: number, length: number, chunk: number) => void,
): Omit<KeptTextProfile, 'bags'> {
  const r = new Reader(data);
  const flags = r.uint();
  if (flags & 4) r.skip(r.count(4) * 4);
  const published = flags & 2 ? r.text() : null;
  const contentHash = r.text();
  const signature = new Uint32Array(r.count(4));
  for (let i = 0; i < signature.length; i++) signature[i] = r.word();
  if (r.uint() !== SPACES.length) throw new Error('not a text profile: another number of spaces');
  for (let s = 0; s < SPACES.length; s++) {
    const length = r.uint();
    const whole = r.uint() === 0;
    const { ids, counts, start, chunk } = arena.take(length);
    for (let k = start, end = start + length; k < end; k++) {
      const id = r.uint();
      if (id >= keys) throw new Error('not a text profile: a key the store does not have');
      ids[k] = id;
    }
    if (whole) for (let k = start, end = start + length; k < end; k++) counts[k] = r.uint();
    else for (let k = start, end = start + length; k < end; k++) counts[k] = r.float();
    bag(ids, counts, start, length, chunk);
  }
  if (!r.done) throw new Error('not a text profile: bytes left over');
  return { published, contentHash, signature, caseless: (flags & 1) === 1 };
}

/** Kept profiles' bytes one after another: profile `k`'s are `bytes[offsets[k] .. offsets[k + 1])`. */
export interface PackedProfiles {
  bytes: Uint8Array;
  offsets: Int32Array;
}

/** Profiles' bytes packed into one buffer (which a thread can be handed without copying). */
export function packProfiles(datas: readonly Uint8Array[]): PackedProfiles {
  const offsets = new Int32Array(datas.length + 1);
  datas.forEach((d, k) => (offsets[k + 1] = (offsets[k] as number) + d.length));
  const bytes = new Uint8Array(offsets[datas.length] as number);
  datas.forEach((d, k) => bytes.set(d, offsets[k] as number));
  return { bytes, offsets };
}

/**
 * Packed kept profiles read back ({@link decodePacked}), as columns with one row per profile: what a
 * thread sends back in a few arrays instead of thousands of objects ({@link keptProfileAt} makes one).
 */
export interface DecodedProfiles {
  /** 1 where the profile's bytes were damaged (the rest of its row is then not to be read: it is built again). */
  damaged: Uint8Array;
  published: (string | null)[];
  contentHash: string[];
  caseless: Uint8Array;
  /** MinHash signatures one after another: profile `k`'s from `signatureOffsets[k]` to `signatureOffsets[k + 1]`. */
  signatures: Uint32Array;
  signatureOffsets: Int32Array;
  /** Per profile and space (`SPACES` order, row `k * SPACES.length + s`): the bag's arena chunk, start and length. */
  bagChunks: Int32Array;
  bagStarts: Int32Array;
  bagLengths: Int32Array;
  /** The arena's chunks. */
  ids: Int32Array[];
  counts: Float64Array[];
}

/**
 * Reads back every packed kept profile, as {@link decodeKeptProfile} does each, given how many keys
 * the store's table holds (a profile naming another is damaged); `arenaChunk`: entries per arena chunk.
 */
export function decodePacked(packed: PackedProfiles, keys: number, arenaChunk = ARENA_CHUNK): DecodedProfiles {
  const n = packed.offsets.length - 1;
  const arena = new ProfileArena(arenaChunk);
  const S = SPACES.length;
  const out: DecodedProfiles = {
    damaged: new Uint8Array(n), published: new Array<string | null>(n).fill(null), contentHash: new Array<string>(n).fill(''),
    caseless: new Uint8Array(n), signatures: new Uint32Array(0), signatureOffsets: new Int32Array(n + 1),
    bagChunks: new Int32Array(n * S), bagStarts: new Int32Array(n * S), bagLengths: new Int32Array(n * S), ids: [], counts: [],
  };
  const signatures: Uint32Array[] = [];
  let words = 0;
  for (let k = 0; k < n; k++) {
    const data = packed.bytes.subarray(packed.offsets[k] as number, packed.offsets[k + 1] as number);
    let s = 0;
    try {
      const head = readKept(data, keys, arena, (_ids, _counts, start, length, chunk) => {
        const row = k * S + s++;
        out.bagChunks[row] = chunk;
        out.bagStarts[row] = start;
        out.bagLengths[row] = length;
      });
      out.published[k] = head.published;
      out.contentHash[k] = head.contentHash;
      out.caseless[k] = head.caseless ? 1 : 0;
      signatures.push(head.signature);
      words += head.signature.length;
    } catch {
      out.damaged[k] = 1;
    }
    out.signatureOffsets[k + 1] = words;
  }
  out.signatures = joinSignatures(signatures);
  out.ids = arena.chunks.map((c) => c.ids);
  out.counts = arena.chunks.map((c) => c.counts);
  return out;
}

/** Profile `k` of decoded profiles, its bags as key numbers into `table` (the store's keys); undefined when damaged. */
export function keptProfileAt(d: DecodedProfiles, k: number, table: readonly string[]): KeptTextProfile | undefined {
  if (d.damaged[k]) return undefined;
  const S = SPACES.length;
  const bags = SPACES.map((_, s): TableBag => {
    const row = k * S + s;
    const chunk = d.bagChunks[row] as number;
    return { table, ids: d.ids[chunk] as Int32Array, counts: d.counts[chunk] as Float64Array, start: d.bagStarts[row] as number, length: d.bagLengths[row] as number };
  });
  // In `decodeKeptProfile`'s order of fields, so both kinds of kept profile share one shape.
  return {
    published: d.published[k] ?? null, contentHash: d.contentHash[k] as string,
    signature: d.signatures.subarray(d.signatureOffsets[k] as number, d.signatureOffsets[k + 1] as number), caseless: d.caseless[k] === 1, bags,
  };
}

/** The transferable buffers of decoded profiles (each once), for posting them to another thread without copying. */
export function decodedBuffers(d: DecodedProfiles): ArrayBuffer[] {
  const all = [d.damaged, d.caseless, d.signatures, d.signatureOffsets, d.bagChunks, d.bagStarts, d.bagLengths, ...d.ids, ...d.counts].map((a) => a.buffer);
  return [...new Set(all)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/**
 * A text profile from {@link encodeTextProfile}'s bytes, given the store's keys by number, its bags
 * in arrays of their own; throws on bytes that are not one.
 */
export function decodeTextProfile(data: Uint8Array, keys: readonly string[]): Omit<TextProfile, 'bags'> & { bags: KeyedBag[] } {
  const kept = decodeKeptProfile(data, keys, new ProfileArena(0));
  return { ...kept, lookups: textProfileLookups(data), bags: kept.bags.map((bag) => new CompactBag(bag).arrays()) };
}
