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
  bags: KeyedBag[];
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
      return bag instanceof CompactBag ? bag.arrays() : { keys: [...bag.keys()], counts: Float64Array.from(bag.values()) };
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
    const whole = wholeCounts(bag.counts);
    w.uint(bag.keys.length);
    w.uint(whole ? 0 : 1);
    for (const k of bag.keys) w.uint(table.idOf(k));
    for (const c of bag.counts) {
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
  #ids = new Int32Array(0);
  #counts = new Float64Array(0);
  #used = 0;

  constructor(readonly chunk = ARENA_CHUNK) {}

  /** Room for `n` entries: the arrays and where they start. */
  take(n: number): { ids: Int32Array; counts: Float64Array; start: number } {
    if (this.#used + n > this.#ids.length) {
      const length = Math.max(this.chunk, n);
      this.#ids = new Int32Array(length);
      this.#counts = new Float64Array(length);
      this.#used = 0;
    }
    const start = this.#used;
    this.#used += n;
    return { ids: this.#ids, counts: this.#counts, start };
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
  const r = new Reader(data);
  const flags = r.uint();
  if (flags & 4) r.skip(r.count(4) * 4);
  const published = flags & 2 ? r.text() : null;
  const contentHash = r.text();
  const signature = new Uint32Array(r.count(4));
  for (let i = 0; i < signature.length; i++) signature[i] = r.word();
  if (r.uint() !== SPACES.length) throw new Error('not a text profile: another number of spaces');
  const bags = SPACES.map((): TableBag => {
    const length = r.uint();
    const whole = r.uint() === 0;
    const { ids, counts, start } = arena.take(length);
    for (let k = start, end = start + length; k < end; k++) {
      const id = r.uint();
      if (id >= table.length) throw new Error('not a text profile: a key the store does not have');
      ids[k] = id;
    }
    if (whole) for (let k = start, end = start + length; k < end; k++) counts[k] = r.uint();
    else for (let k = start, end = start + length; k < end; k++) counts[k] = r.float();
    return { table, ids, counts, start, length };
  });
  if (!r.done) throw new Error('not a text profile: bytes left over');
  return { published, contentHash, signature, caseless: (flags & 1) === 1, bags };
}

/**
 * A text profile from {@link encodeTextProfile}'s bytes, given the store's keys by number, its bags
 * in arrays of their own; throws on bytes that are not one.
 */
export function decodeTextProfile(data: Uint8Array, keys: readonly string[]): TextProfile {
  const kept = decodeKeptProfile(data, keys, new ProfileArena(0));
  return { ...kept, lookups: textProfileLookups(data), bags: kept.bags.map((bag) => new CompactBag(bag).arrays()) };
}
