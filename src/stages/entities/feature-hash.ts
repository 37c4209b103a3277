/**
 * Hashed features for the name taggers: a feature is a 32-bit number made from a template number
 * and the hashes of the words or shapes it looks at, so tagging builds no feature strings.
 * Collisions between different features are possible but rare (tens among a million features).
 *
 * @example
 * ```ts
 * const w = hashString('delhi');
 * feature(3, w) === feature(3, hashString('delhi')); // true
 * ```
 */

/**
 * FNV-1a over the UTF-16 code units of a string (or of `s.slice(from, to)`).
 *
 * @example
 * ```ts
 * hashString('abc') === hashString('xabc', 1); // true
 * ```
 */
export function hashString(s: string, from = 0, to = s.length): number {
  return fnvAppend(FNV_START, s, from, to) >>> 0;
}

/** FNV-1a's starting state. */
export const FNV_START = 0x811c9dc5;

/**
 * The FNV-1a state `h` carried on over the code units of `s.slice(from, to)` (make it unsigned with
 * `>>> 0` when done), so a hash of joined words can be built word by word.
 *
 * @example
 * ```ts
 * fnvAppend(fnvAppend(FNV_START, 'ab'), 'c') >>> 0 === hashString('abc'); // true
 * ```
 */
export function fnvAppend(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A feature from a template number and up to three values (word hashes, shape hashes, small ints).
 *
 * @example
 * ```ts
 * feature(1, 7) !== feature(2, 7); // true: the template is part of the feature
 * ```
 */
export function feature(template: number, a = 0, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h ^= a;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  h ^= c;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/** Features of a sentence: token i has `hashes[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** Which of the hashes came from word blocks ({@link FeatureBuffer.addBlock}), for the tagger's shortcut; absent when none did. */
  blocks?: SentenceBlocks;
}

/**
 * The word blocks of a sentence's tokens: token i used role `roles[k]` of word `slots[k]` of `store`
 * for k in `offsets[i] .. offsets[i + 1]`; `covered[j]` is 1 where `hashes[j]` came from one of them.
 * `generation` is the store's when the features were made (a cleared store has other words).
 */
export interface SentenceBlocks {
  store: BlockStore;
  generation: number;
  slots: Int32Array;
  roles: Uint8Array;
  offsets: Uint32Array;
  covered: Uint8Array;
}

/** Where a language's word record keeps its slot in a {@link BlockStore} and the store's generation then. */
export interface BlockSlot {
  slot: number;
  slotGeneration: number;
}

/**
 * The features that depend on one word only, grouped by the role the word plays for a token (the
 * token itself, the word before it, the word after it, ...), for many words in shared arrays: a
 * language adds each word once ({@link BlockStore.add}, which gives its slot), and the tagger keeps
 * the summed weights of each role per word (`sums`, `summed`, written by the tagger for the model
 * `owner`), so a frequent word's features are looked up once, not at every token that sees it.
 * Shared arrays rather than an object per word: a word costs its numbers only.
 *
 * @example
 * ```ts
 * const store = new BlockStore(2);
 * const slot = store.add([[feature(2, hashString('delhi'))], [feature(6, hashString('delhi'))]]);
 * store.roleStart(slot, 1); // where role 1 of the word starts in store.hashes
 * ```
 */
export class BlockStore {
  readonly roles: number;
  /** Bumped by {@link clear}: slots of an older generation are gone. */
  generation = 0;
  /** Every word's hashes, role after role, word after word. */
  hashes = new Uint32Array(1024);
  private size = 0;
  /** Word `w`'s role `r` is `hashes[starts[w * (roles + 1) + r] .. starts[w * (roles + 1) + r + 1])`. */
  starts = new Uint32Array(256);
  words = 0;
  /** The tagger's cache: the model the sums are for, per word and role the sums (`(w * roles + r) * labels + y`), and which words are summed. */
  owner: object | null = null;
  sums: Float64Array = new Float64Array(0);
  summed: Uint8Array = new Uint8Array(0);
  constructor(roles: number) {
    this.roles = roles;
  }
  /** Adds a word's features by role (exactly `roles` lists) and returns its slot. */
  add(byRole: readonly (readonly number[])[]): number {
    if (byRole.length !== this.roles) throw new Error(`a word needs ${this.roles} roles, got ${byRole.length}`);
    const w = this.words++;
    const R = this.roles + 1;
    while ((w + 1) * R > this.starts.length) this.starts = grownTo(this.starts, this.starts.length * 2);
    let total = 0;
    for (const r of byRole) total += r.length;
    while (this.size + total > this.hashes.length) this.hashes = grownTo(this.hashes, this.hashes.length * 2);
    let k = w * R;
    this.starts[k++] = this.size;
    for (const r of byRole) {
      for (const h of r) this.hashes[this.size++] = h;
      this.starts[k++] = this.size;
    }
    return w;
  }
  /** The slot `word` was given in this generation, or -1 when it has none ({@link addFor} gives it one). */
  slotOf(word: BlockSlot): number {
    return word.slotGeneration === this.generation ? word.slot : -1;
  }
  /** {@link add}, remembering the slot on `word` for {@link slotOf}; returns it. */
  addFor(word: BlockSlot, byRole: readonly (readonly number[])[]): number {
    word.slot = this.add(byRole);
    word.slotGeneration = this.generation;
    return word.slot;
  }
  /** Where role `role` of word `slot` starts in {@link hashes}. */
  roleStart(slot: number, role: number): number {
    return this.starts[slot * (this.roles + 1) + role] as number;
  }
  /** Forgets every word but the first `keep` (their slots stay), in a new generation. */
  clear(keep: number): void {
    this.words = keep;
    this.size = keep === 0 ? 0 : (this.starts[keep * (this.roles + 1) - 1] as number);
    this.generation++;
    this.summed.fill(0);
  }
}

function grownTo(a: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}

/**
 * Collects features token by token into a {@link SentenceFeatures}.
 *
 * @example
 * ```ts
 * const b = new FeatureBuffer();
 * b.add(1); b.next(); b.add(2); b.next();
 * b.done(); // { hashes: [1, 2], offsets: [0, 1, 2] }
 * ```
 */
export class FeatureBuffer {
  // Typed arrays grown by doubling: no boxed numbers and no element-by-element copy at the end. The
  // working arrays come from a pool and go back to it in `done`, so a sentence allocates only its answer.
  private hashes: Uint32Array;
  private size = 0;
  private offsets: Uint32Array;
  private tokens = 1;
  // Word blocks, only once `addBlock` is called: their store, the slots and roles in order, where
  // each token's blocks end, and which hashes they gave.
  private store: BlockStore | null = null;
  private generation = 0;
  private slots: number[] = [];
  private roles: number[] = [];
  private blockEnds: number[] = [];
  private covered: Uint8Array | null = null;
  constructor() {
    this.hashes = HASH_POOL.pop() ?? new Uint32Array(256);
    this.offsets = OFFSET_POOL.pop() ?? new Uint32Array(32);
    this.offsets[0] = 0;
  }
  add(h: number): void {
    if (this.size === this.hashes.length) this.hashes = grown(this.hashes);
    this.hashes[this.size++] = h;
  }
  /** Adds the hashes of role `role` of word `slot` of `store` (one store per sentence), remembering that they came from it. */
  addBlock(store: BlockStore, slot: number, role: number): void {
    if (this.store === null) {
      this.store = store;
      this.generation = store.generation;
      this.covered = new Uint8Array(this.hashes.length);
      for (let t = 1; t < this.tokens; t++) this.blockEnds.push(0);
    } else if (this.store !== store) throw new Error('one sentence, one block store');
    const from = store.roleStart(slot, role);
    const to = store.roleStart(slot, role + 1);
    while (this.size + (to - from) > this.hashes.length) this.hashes = grown(this.hashes);
    let covered = this.covered as Uint8Array;
    if (covered.length < this.hashes.length) {
      const c = new Uint8Array(this.hashes.length);
      c.set(covered);
      this.covered = covered = c;
    }
    for (let j = from; j < to; j++) {
      covered[this.size] = 1;
      this.hashes[this.size++] = store.hashes[j] as number;
    }
    this.slots.push(slot);
    this.roles.push(role);
  }
  next(): void {
    if (this.tokens === this.offsets.length) this.offsets = grown(this.offsets);
    this.offsets[this.tokens++] = this.size;
    if (this.store !== null) this.blockEnds.push(this.slots.length);
  }
  done(): SentenceFeatures {
    const out: SentenceFeatures = { hashes: this.hashes.slice(0, this.size), offsets: this.offsets.slice(0, this.tokens) };
    // Blocks whose store started afresh since the first of them (a caller that cleared it mid-sentence) are left out: their features are read one by one.
    if (this.store !== null && this.store.generation === this.generation) {
      const offsets = new Uint32Array(this.tokens);
      for (let t = 1; t < this.tokens; t++) offsets[t] = this.blockEnds[t - 1] as number;
      const covered = new Uint8Array(this.size);
      const marks = this.covered as Uint8Array;
      covered.set(marks.subarray(0, Math.min(this.size, marks.length)));
      out.blocks = { store: this.store, generation: this.generation, slots: Int32Array.from(this.slots), roles: Uint8Array.from(this.roles), offsets, covered };
    }
    if (HASH_POOL.length < 4) HASH_POOL.push(this.hashes);
    if (OFFSET_POOL.length < 4) OFFSET_POOL.push(this.offsets);
    // The buffer stays usable on its own copies (full, so the next add or next grows a fresh array).
    this.hashes = out.hashes;
    this.offsets = out.offsets;
    return out;
  }
}

const HASH_POOL: Uint32Array[] = [];
const OFFSET_POOL: Uint32Array[] = [];

function grown(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(Math.max(8, a.length * 2));
  b.set(a);
  return b;
}

/**
 * An open-addressing table from feature hashes to row numbers (built once per model).
 *
 * @example
 * ```ts
 * const t = new FeatureTable([42, 7]);
 * t.get(7); // 1
 * t.get(8); // -1
 * ```
 */
export class FeatureTable {
  /** Key and row side by side (`slots[2p]`, `slots[2p + 1]`, -1 for an empty slot): one probe reads one cache line. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly size: number;
  constructor(hashes: ArrayLike<number>) {
    let cap = 16;
    while (cap < hashes.length * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2).fill(-1);
    this.mask = cap - 1;
    this.size = hashes.length;
    for (let i = 0; i < hashes.length; i++) {
      const h = (hashes[i] ?? 0) >>> 0;
      let p = (h ^ (h >>> 16)) & this.mask;
      while (this.slots[2 * p + 1] !== -1 && this.slots[2 * p] !== (h | 0)) p = (p + 1) & this.mask;
      this.slots[2 * p] = h | 0;
      this.slots[2 * p + 1] = i;
    }
  }
  get(h: number): number {
    const key = h | 0;
    const slots = this.slots;
    let p = ((h >>> 0) ^ (h >>> 16)) & this.mask;
    for (;;) {
      const v = slots[2 * p + 1] as number;
      if (v === -1 || slots[2 * p] === key) return v;
      p = (p + 1) & this.mask;
    }
  }
}

/** A token with its span in the text. */
export interface SpanToken {
  text: string;
  start: number;
  end: number;
}

/**
 * Sentences of a tokenized text as [from, to) token ranges: a line break between two tokens ends
 * one, and so does a token for which the language's `ends(token, next)` says so.
 *
 * @example
 * ```ts
 * tokenSentenceRanges(text, toks, (t) => t.text === '।'); // [[0, 3], [3, 4]]
 * ```
 */
export function tokenSentenceRanges<T extends SpanToken>(
  text: string,
  toks: readonly T[],
  ends: (token: T, next: T | undefined) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as T;
    const next = toks[i + 1];
    const lineBreak = next !== undefined && text.slice(t.end, next.start).includes('\n');
    if (lineBreak || next === undefined || ends(t, next)) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  return out;
}
