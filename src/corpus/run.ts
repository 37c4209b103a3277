import { resolveEntityNames, type AddedMention, type DocEntityNames, type ResolvedEntity } from './resolve.js';
import { changedLookups, createPropagator, finderLookups, finderMaps, touches } from './find-again.js';
import { buildStorylines, byDate, type FrameRef } from './events.js';
import { corpusDoc, type CorpusDoc } from './record.js';
import { clusterStories, type Story } from './stories/cluster.js';
import { MODEL } from './stories/model.js';
import { CompactBag, createProfiler, interner, resolvedParts, type ResolvedRefs, type Space, SPACES, type StoryProfile } from './stories/profile.js';
import { furnitureFilter, SHARED_IN_DOCS } from './stories/furniture.js';
import { type FoundName, type ProfileParts, startProfileThreads } from './profile-threads.js';
import { decodeOnThread, type KeptFromFile, type KeptHead, readKeptOnThread } from './kept-thread.js';
import {
  type CachedTextProfile, type DecodedProfiles, decodeKeptProfile, encodeTextProfile, KeyTable, keptProfileAt, type KeptTextProfile, packProfiles, ProfileArena,
  TEXT_PROFILE_FORMAT, type TextProfile, type TextProfilesToKeep, textPart, textProfileBasis, textProfileCaseless, textProfileLookups,
} from './profile-cache.js';
import { defaultJobs } from '../pipeline/pool.js';
import { collectGarbage } from '../pipeline/memory.js';
import type { SimilarityModel } from './stories/similarity.js';
import { storyEvents, type ReportInfo } from './stories/story-events.js';
import type { CorpusFinds, CorpusState, Store } from '../store/store.js';
import type { Doc } from '../pipeline/types.js';

/** Options of {@link runCorpus}. */
export interface CorpusOptions {
  /** The story similarity model (default: the shipped one). */
  model?: SimilarityModel;
  /** The reader's language, for story titles (default `en`). */
  readerLang?: string;
  /** Told when {@link refreshCorpus} starts each step, for progress on a large store. */
  onStep?: (step: string) => void;
  /** Threads for reading the texts in {@link refreshCorpus} (default: the machine's cores). */
  jobs?: number;
  /** When {@link refreshCorpus}'s texts step uses threads (default: from the sizes measured to pay for them). */
  texts?: TextsOptions;
}

/** What the corpus stages derive from the documents before grouping them into stories. */
export interface CorpusBasis {
  resolved: { entities: ResolvedEntity[]; added: AddedMention[] };
  /** Story profiles in document id order. */
  profiles: StoryProfile[];
  refs: FrameRef[];
  nameOf: (id: string) => string;
  /** What story events read of each report, by document id. */
  reports: Map<string, ReportInfo>;
}

/**
 * Documents from which the texts step runs on several threads: each thread loads its language data
 * and warms up (~1 s), which fewer do not pay for (measured: 2,000 slower, 5,000 even, 20,000 13.2 → 9.1 s).
 */
export const PARALLEL_TEXTS = 5000;

/**
 * Texts to profile from which the texts step runs on threads anyway when the store holds at least
 * {@link PARALLEL_TEXTS} documents: the threads profile them while this thread resolves the entities.
 */
export const PARALLEL_PROFILES = 500;

/**
 * Kept text profiles from which, when the texts step may use two threads or more, they are read back
 * on a thread of their own while this one resolves the entities (`kept-thread.ts`); fewer are read
 * back here sooner than a thread starts (~0.04 ms each).
 */
export const KEPT_THREAD_PROFILES = 5000;

/** Options of the texts step ({@link basisBuilder}'s `texts`). */
export interface TextsOptions {
  /** Texts to read from which threads are used (default {@link PARALLEL_TEXTS}). */
  minDocs?: number;
  /** Texts to profile from which threads are used on a store of `minDocs` documents (default {@link PARALLEL_PROFILES}). */
  minProfiles?: number;
  /**
   * Kept profiles from which they are read back on a thread of their own (default {@link KEPT_THREAD_PROFILES});
   * {@link refreshCorpus} compares a store file's documents with it, to start that thread before the records are read.
   */
  minKept?: number;
  /** Characters of text the threads may hold unanswered (default `MAX_PENDING_CHARS`). */
  pendingChars?: number;
}

/** Where the texts step reads texts, and the text profiles kept by earlier refreshes (a `Store` is one). */
export interface TextSource {
  /** Texts in any order; with `only`, just those documents' texts. */
  texts(only?: ReadonlySet<string>): AsyncIterable<{ id: string; text: string }>;
  /** The keys kept text profiles number (`profile-cache.ts`), by number. */
  profileKeys?(): Promise<string[]>;
  /** Text profiles kept by earlier refreshes, reused where their basis still holds. */
  textProfiles?(): AsyncIterable<CachedTextProfile>;
  /**
   * The kept text profiles being read from the store on a thread of their own (`readKeptOnThread`),
   * which are then not read through {@link textProfiles} unless the thread fails.
   */
  keptRead?: KeptFromFile | null;
  /**
   * The resolution of the last corpus state and the names it found again, when that state covers
   * every kept text profile (null: it may not). A caseless text whose kept profile says it looks up
   * none of the keys the resolution changed keeps what was found in it, and is not read.
   */
  foundNames?(): Promise<CorpusFinds | null>;
}

/**
 * The store setting that says whether the stored corpus state's names found again may be kept for
 * the texts whose kept profiles say the resolution did not change what they look up: set once a
 * refresh wrote its state, cleared while one writes profiles, so that a refresh that stopped in
 * between leaves nothing to trust. Its value names the profile format, whose bump also covers the finder.
 */
const FINDS_SETTING = 'corpus:finds';
const FINDS_HOLD = `text-profile-format-${TEXT_PROFILE_FORMAT}`;

/** Text profiles written to the store at once. */
const PROFILES_PER_WRITE = 1000;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The corpus basis built in two passes over the documents, so that they can be streamed from a
 * store and no text is held: first every document's corpus record (entities, segment hashes, report
 * facts), then each document's text once, to find resolved names in it and build its story profile.
 * The order documents come in does not matter: the basis is in document id order.
 *
 * @example
 * ```ts
 * const b = basisBuilder();
 * for (const d of records) b.record(d);
 * b.resolve();
 * for (const { id, text } of texts) b.text(id, text);
 * const basis = b.basis();
 * ```
 */
export function basisBuilder(): {
  record(d: CorpusDoc): void;
  resolve(): void;
  text(id: string, text: string): void;
  /**
   * Every text, read from `source`: on `threads` threads when there are enough documents to pay for
   * starting them, else as {@link text} does, resolving first if {@link resolve} was not called.
   * Where `source` keeps text profiles, a document whose kept profile still holds is not profiled
   * again, and its text is read only if resolved names are looked for in it (a caseless script).
   * The basis is the same either way.
   */
  texts(source: TextSource, threads: number, options?: TextsOptions): Promise<void>;
  /** Documents given to {@link record}. */
  readonly documents: number;
  /** Documents whose text profile was reused from `source` by {@link texts}. */
  readonly reused: number;
  /**
   * The text profiles built (not reused) since the records were read, to keep: a chunk at a time,
   * each with the keys it numbered that the source's key table lacks; written in order. Before {@link basis}.
   */
  builtProfiles(): Iterable<TextProfilesToKeep>;
  /** The basis, once every text was given; the builder lets go of everything and cannot be used again. */
  basis(): CorpusBasis;
} {
  const records: CorpusDoc[] = [];
  const segmentDocs = new Map<string, number>();
  let entities: ResolvedEntity[] = [];
  let names = new Map<string, string>();
  /** Per document, the corpus entity of each local entity index. */
  const entityOf = new Map<string, string[]>();
  let find: ReturnType<typeof createPropagator> = () => [];
  let strip: (text: string) => string = (t) => t;
  let profiler: ReturnType<typeof createProfiler> | null = null;
  const index = new Map<string, number>();
  /** Per record (in id order once resolved): its profile, frames and names found again, once its text was read. */
  const done: ({ profile: StoryProfile; refs: FrameRef[]; added: AddedMention[] } | undefined)[] = [];
  const global = (doc: string, local: number | null): string | null =>
    local === null ? null : (entityOf.get(doc)?.[local] ?? null);
  const nameOf = (id: string): string => names.get(id) ?? id;
  const intern = interner();
  /** Per record: its text profile kept by an earlier refresh and still valid, if any. */
  const kept: (KeptTextProfile | undefined)[] = [];
  let reused = 0;
  /** Per record: whether its profile was built here, and the name finder's lookups of its text (null: not caseless). */
  const built: boolean[] = [];
  const lookupsAt: (Uint32Array | null)[] = [];
  let lookupsOf: ReturnType<typeof finderLookups> | null = null;
  /** Per kept caseless record: the names an earlier refresh found in its text, still what the finder would find. */
  const foundBefore: (FoundName[] | undefined)[] = [];
  /** Per record, its text profile's basis (computed when first asked). */
  const bases: (string | null | undefined)[] = [];
  const basisAt = (at: number): string | null => {
    let b = bases[at];
    if (b === undefined) {
      b = textProfileBasis(records[at] as CorpusDoc, (hash) => (segmentDocs.get(hash) ?? 0) >= SHARED_IN_DOCS);
      bases[at] = b;
    }
    return b;
  };
  /** Records whose text was read (serially, or sent to profile threads whose answers come later). */
  const read: boolean[] = [];
  /**
   * The index of the record whose text this is, now marked read, or undefined for a document stored
   * after the records were read (it waits for the next refresh).
   */
  const awaiting = (id: string): number | undefined => {
    const at = index.get(id);
    if (at === undefined) return undefined;
    if (at < 0 || read[at]) throw new Error(`corpus text before the records were ordered, or given twice: ${id}`);
    read[at] = true;
    return at;
  };
  const refsOf = (d: CorpusDoc, added: readonly AddedMention[]): ResolvedRefs => ({
    entityMentions: [
      ...d.mentions.map((m) => global(d.id, m.entity)).filter((e): e is string => e !== null),
      ...added.map((m) => m.entity),
    ],
    entityOf: (local) => global(d.id, local),
  });
  const framesOf = (d: CorpusDoc): FrameRef[] =>
    d.events.map((frame) => ({
      doc: d.id,
      frame,
      place: global(d.id, frame.place),
      participants: [...new Set(frame.participants.map((p) => global(d.id, p)).filter((p): p is string => p !== null))],
    }));
  /** The story profile of record `at` from its text part and the names found again in its text. */
  const assemble = (at: number, part: Omit<TextProfile | KeptTextProfile, 'caseless'>, names: readonly FoundName[]): void => {
    const d = records[at] as CorpusDoc;
    const added = names.map((m) => ({ doc: d.id, ...m }));
    const own = resolvedParts(d, refsOf(d, added));
    const bags = Object.fromEntries(SPACES.map((space, k) => [
      space,
      space === 'entities' ? new CompactBag(own.entities, intern) : new CompactBag(part.bags[k] as TextProfile['bags'][number] | KeptTextProfile['bags'][number]),
    ])) as Record<Space, CompactBag>;
    const profile: StoryProfile = {
      doc: d.id, lang: d.lang, published: part.published, bags, contentHash: part.contentHash, signature: part.signature, main: own.main,
    };
    done[at] = { profile, refs: framesOf(d), added };
  };
  /** The store's key table (from {@link reuse}), numbering the keys of the profiles built here. */
  let keyTable = new KeyTable();
  /** Per record: its kept profile's bytes, while their basis holds and they are not read yet. */
  const keptBytes: (Uint8Array | undefined)[] = [];
  /** Per record whose kept profile a thread is reading back ({@link KeptFromFile}): its number there, its caseless flag and finder's lookups. */
  const early: (number | undefined)[] = [];
  const earlyCaseless: boolean[] = [];
  const earlyLookups: (Uint32Array | null)[] = [];
  /** The profiles the thread reads back, once {@link takeHead} took its first answer. */
  let earlyDecoded: Promise<DecodedProfiles | null> | null = null;
  /** Marks the records whose profile the thread reads back and whose basis still holds; false if they name keys `keyTable` lacks. */
  const takeHead = (head: KeptHead): boolean => {
    if (head.keys > keyTable.keys.length) return false;
    head.ids.forEach((id, k) => {
      const at = index.get(id);
      if (at === undefined || at < 0 || head.bases[k] !== basisAt(at)) return;
      early[at] = k;
      earlyCaseless[at] = head.caseless[k] === 1;
      earlyLookups[at] = head.lookups[k] ?? null;
    });
    return true;
  };
  /** Keeps the bytes of the kept profiles among `rows` whose basis still holds (with `only`, of those records alone), for {@link decodeKept}. */
  const keepRows = async (rows: AsyncIterable<CachedTextProfile>, only?: (at: number) => boolean): Promise<void> => {
    for await (const row of rows) {
      const at = index.get(row.id);
      if (at !== undefined && at >= 0 && (!only || only(at)) && row.data.length > 0 && row.basis === basisAt(at)) keptBytes[at] = row.data;
    }
  };
  /** Reads which text profiles `source` kept still hold (their bytes are read back by {@link decodeKept}). */
  const reuse = async (source: TextSource): Promise<void> => {
    if (!source.textProfiles || !source.profileKeys) return;
    keyTable = new KeyTable(await source.profileKeys());
    const head = source.keptRead ? await source.keptRead.head : null;
    if (head && takeHead(head)) {
      earlyDecoded = (source.keptRead as KeptFromFile).decoded;
      return;
    }
    await keepRows(source.textProfiles());
  };
  /**
   * Marks the kept caseless texts in which this resolution finds exactly what the last corpus state
   * found (`before`): those whose kept profile says they look up no key whose value changed.
   */
  const keepFound = (before: CorpusFinds): void => {
    const changed = changedLookups(finderMaps(before.entities), finderMaps(entities));
    const byDoc = new Map<string, FoundName[]>();
    for (const { doc, ...name } of before.found) {
      let names = byDoc.get(doc);
      if (!names) byDoc.set(doc, (names = []));
      names.push(name);
    }
    records.forEach((d, at) => {
      if (!keeps(at) || !keptCaseless(at)) return;
      const lookups = keptLookups(at);
      if (lookups !== null && !touches(lookups, changed)) foundBefore[at] = byDoc.get(d.id) ?? [];
    });
  };
  /** The finder's lookups a kept profile holds, read from its bytes before they are decoded (null: none, or bytes too damaged to say). */
  const keptLookups = (at: number): Uint32Array | null => {
    if (early[at] !== undefined) return earlyLookups[at] ?? null;
    const bytes = keptBytes[at];
    if (!bytes) throw new Error('corpus texts: kept profile lookups asked for after the profiles were read back');
    try {
      return textProfileLookups(bytes);
    } catch {
      return null;
    }
  };
  /** Whether record `at` has a kept profile, and whether its text is caseless (read from its bytes' first field). */
  const keeps = (at: number): boolean => keptBytes[at] !== undefined || kept[at] !== undefined || early[at] !== undefined;
  const keptCaseless = (at: number): boolean =>
    kept[at]?.caseless ?? (early[at] !== undefined ? earlyCaseless[at] === true : textProfileCaseless(keptBytes[at] as Uint8Array));
  /**
   * Reads back the kept profiles, the `k`-th of them (in record order) as `read` gives it (undefined:
   * its bytes are damaged); returns the records whose bytes were damaged (their profiles are built again).
   */
  const takeKept = (read: (bytes: Uint8Array, k: number) => KeptTextProfile | undefined): number[] => {
    const damaged: number[] = [];
    let k = 0;
    keptBytes.forEach((bytes, at) => {
      if (!bytes) return;
      const profile = read(bytes, k++);
      if (!profile) damaged.push(at);
      else {
        kept[at] = profile;
        reused++;
      }
    });
    keptBytes.length = 0;
    return damaged;
  };
  /** {@link takeKept}, reading the bytes here. */
  const decodeKept = (): number[] => {
    const arena = new ProfileArena();
    return takeKept((bytes) => {
      try {
        return decodeKeptProfile(bytes, keyTable.keys, arena);
      } catch {
        return undefined;
      }
    });
  };
  /**
   * Starts reading back the kept profiles on a thread of their own (their bytes stay here for the
   * finder's lookups and in case the thread fails); {@link keptDecoded} takes its answer.
   */
  const decodeKeptOnThread = (): Promise<DecodedProfiles | null> =>
    decodeOnThread(packProfiles(keptBytes.filter((b): b is Uint8Array => b !== undefined)), keyTable.keys.length);
  /** {@link takeKept} from a thread's answer (or, when it failed, reading the bytes here). */
  const keptDecoded = async (decoding: Promise<DecodedProfiles | null>): Promise<number[]> => {
    const decoded = await decoding;
    return decoded ? takeKept((_, k) => keptProfileAt(decoded, k, keyTable.keys)) : decodeKept();
  };
  /**
   * Takes the kept profiles the thread read back (when it failed, reads them from `source` here, as
   * {@link reuse} and {@link decodeKept} do); returns the records whose kept bytes were damaged, or
   * gone or changed when read here (built again).
   */
  const takeEarly = async (source: TextSource): Promise<number[]> => {
    const decoded = await earlyDecoded;
    const marked = early.flatMap((k, at) => (k === undefined ? [] : [at]));
    let damaged: number[] = [];
    if (decoded) {
      for (const at of marked) {
        const profile = keptProfileAt(decoded, early[at] as number, keyTable.keys);
        if (!profile) damaged.push(at);
        else {
          kept[at] = profile;
          reused++;
        }
      }
    } else {
      if (source.textProfiles) await keepRows(source.textProfiles(), (at) => early[at] !== undefined);
      damaged = decodeKept();
      for (const at of marked) if (kept[at] === undefined && !damaged.includes(at)) damaged.push(at);
    }
    early.length = 0;
    earlyDecoded = null;
    return damaged.sort((a, b) => a - b);
  };
  let ordered = false;
  let resolved = false;
  /** Set by {@link basis}, which hands everything over: the builder then holds nothing of the corpus. */
  let spent = false;
  let recordCount = 0;
  const live = (): void => {
    if (spent) throw new Error('corpus basis builder used after its basis was taken');
  };
  /**
   * Drops what the builder holds once its basis is taken: `nameOf` keeps this closure's scope alive
   * through the grouping and the writing, and with it every record, kept profile and the propagator,
   * unless they are let go (at 20,000 documents, a few hundred MB).
   */
  const release = (): void => {
    spent = true;
    records.length = 0;
    segmentDocs.clear();
    entities = [];
    entityOf.clear();
    find = () => [];
    strip = (t) => t;
    profiler = null;
    index.clear();
    done.length = 0;
    kept.length = 0;
    built.length = 0;
    lookupsAt.length = 0;
    lookupsOf = null;
    foundBefore.length = 0;
    early.length = 0;
    earlyCaseless.length = 0;
    earlyLookups.length = 0;
    earlyDecoded = null;
    bases.length = 0;
    read.length = 0;
    keyTable = new KeyTable();
  };
  /** Records in id order, numbered; the furniture filter from their segments. */
  const order = (): void => {
    if (ordered) return;
    ordered = true;
    records.sort(byId);
    records.forEach((d, i) => index.set(d.id, i));
    strip = furnitureFilter((hash) => segmentDocs.get(hash) ?? 0);
  };
  return {
    record(d) {
      live();
      if (ordered) throw new Error(`corpus record after the records were ordered: ${d.id}`);
      if (index.has(d.id)) throw new Error(`corpus record given twice: ${d.id}`);
      recordCount++;
      index.set(d.id, -1);
      // Kept as given when it holds no text (a store's records), else a copy without it.
      records.push(d.text === '' ? d : { ...d, text: '' });
      for (const h of d.segments) segmentDocs.set(h, (segmentDocs.get(h) ?? 0) + 1);
    },
    get documents() {
      return recordCount;
    },
    resolve() {
      live();
      order();
      entities = resolveEntityNames(records.map((d): DocEntityNames => ({ doc: d.id, lang: d.lang, entities: d.entities, mentions: d.mentions })));
      for (const e of entities) {
        for (const m of e.members) {
          let locals = entityOf.get(m.doc);
          if (!locals) entityOf.set(m.doc, (locals = []));
          locals[m.entity] = e.id;
        }
      }
      names = new Map(entities.map((e) => [e.id, e.name]));
      find = createPropagator(entities);
      resolved = true;
    },
    text(id, text) {
      live();
      if (!resolved) throw new Error(`corpus text before the records were resolved: ${id}`);
      const at = awaiting(id);
      if (at === undefined) return;
      const d = records[at] as CorpusDoc;
      const added = find({ doc: d.id, lang: d.lang, text, entities: d.entities, mentions: d.mentions });
      const part = kept[at];
      if (part) {
        assemble(at, part, added);
        return;
      }
      done[at] = { profile: (profiler ??= createProfiler())({ ...d, text: strip(text) }, refsOf(d, added)), refs: framesOf(d), added };
      built[at] = true;
      lookupsAt[at] = (lookupsOf ??= finderLookups())(text, d.lang);
    },
    async texts(source, threads, options = {}) {
      live();
      order();
      await reuse(source);
      const before = source.foundNames ? await source.foundNames() : null;
      const wantedIds = (pick: (at: number) => boolean): Set<string> => new Set(records.filter((_, at) => pick(at)).map((d) => d.id));
      /** A kept caseless text whose names are found again: unless what was found in it before still holds. */
      const refind = (at: number): boolean => keptCaseless(at) && foundBefore[at] === undefined;
      const textsOf = (ids: ReadonlySet<string>): AsyncIterable<{ id: string; text: string }> => source.texts(ids.size === records.length ? undefined : ids);
      /** Profiles reused whose text was not read: no names found again, or those found before. */
      const unread = (): void => records.forEach((_, at) => {
        const part = kept[at];
        if (!part || done[at]) return;
        if (!part.caseless) assemble(at, part, []);
        else if (foundBefore[at]) assemble(at, part, foundBefore[at]);
      });
      // Texts read before the resolution: those to profile, and every kept caseless one when nothing found before is known.
      const first = wantedIds((at) => !keeps(at) || (before === null && keptCaseless(at)));
      const minDocs = options.minDocs ?? PARALLEL_TEXTS;
      const many = first.size >= minDocs;
      // Many kept profiles: read back on a thread of their own while this one resolves.
      const decoding = threads > 1 && keptBytes.reduce((n, b) => n + (b ? 1 : 0), 0) >= (options.minKept ?? KEPT_THREAD_PROFILES) ? decodeKeptOnThread() : null;
      // On a large store the resolution takes seconds, in which threads profile the new texts (if there are enough).
      if (threads <= 1 || (!many && (records.length < minDocs || first.size < (options.minProfiles ?? PARALLEL_PROFILES)))) {
        if (!resolved) this.resolve();
        // Before the kept profiles are read back, which lets go of their bytes (and a damaged one is then built again).
        if (before) keepFound(before);
        if (earlyDecoded) await takeEarly(source);
        else if (decoding) await keptDecoded(decoding);
        else decodeKept();
        const wanted = wantedIds((at) => !keeps(at) || refind(at));
        if (wanted.size) for await (const { id, text } of textsOf(wanted)) this.text(id, text);
        unread();
        return;
      }
      const parts: (ProfileParts | undefined)[] = [];
      const found: (FoundName[] | null | undefined)[] = [];
      // The threads profile texts while this thread resolves the entities: the reader runs ahead of
      // them until it has sent everything (or as much as they may hold), then resolves.
      // Few texts: one thread fewer, so that the profiling shares no core with this thread's resolution.
      const pool = startProfileThreads(many ? threads : threads - 1, [...segmentDocs].filter(([, n]) => n >= SHARED_IN_DOCS).map(([hash]) => hash), {
        resolution: () => {
          if (!resolved) this.resolve();
          return entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases }));
        },
        profile(p) {
          const at = index.get(p.id) as number;
          parts[at] = p;
          found[at] ??= p.found;
        },
        found(id, names) {
          found[index.get(id) as number] = names;
        },
      }, options.pendingChars);
      const send = async (ids: ReadonlySet<string>): Promise<void> => {
        if (ids.size === 0) return;
        for await (const { id, text } of textsOf(ids)) {
          const at = awaiting(id);
          if (at === undefined) continue;
          const d = records[at] as CorpusDoc;
          const mentions: number[] = [];
          for (const m of d.mentions) mentions.push(m.start, m.end, m.entity);
          await pool.send({ id, lang: d.lang, title: d.title, published: d.published, timex: d.timex, text, mentions, findOnly: keeps(at) });
        }
      };
      let damaged: number[] = [];
      try {
        await send(first);
        if (before) {
          // Resolved now, to tell which kept caseless texts still hold what was found in them.
          pool.resolve();
          keepFound(before);
          await send(wantedIds((at) => keeps(at) && refind(at)));
        }
        // The kept profiles are read back while the threads find names in the texts they hold.
        const finishing = pool.finish();
        damaged = earlyDecoded ? await takeEarly(source) : decoding ? await keptDecoded(decoding) : decodeKept();
        await finishing;
      } finally {
        await pool.close();
      }
      records.forEach((d, at) => {
        const part = parts[at] ?? kept[at];
        if (!part || !read[at]) return;
        const names = found[at];
        if (!names) throw new Error(`corpus profile thread gave no names found again for ${d.id}`);
        assemble(at, part, names);
        if (parts[at]) {
          built[at] = true;
          lookupsAt[at] = parts[at].lookups;
        }
      });
      // A damaged kept profile is built again from its text, here (rare: the threads are gone).
      for (const at of damaged) {
        read[at] = false;
        found[at] = undefined;
        foundBefore[at] = undefined;
      }
      if (damaged.length) for await (const { id, text } of textsOf(new Set(damaged.map((at) => (records[at] as CorpusDoc).id)))) this.text(id, text);
      unread();
    },
    get reused() {
      return reused;
    },
    *builtProfiles() {
      live();
      let profiles: CachedTextProfile[] = [];
      let written = keyTable.keys.length;
      const chunk = (): TextProfilesToKeep => {
        const keys = { from: written, added: keyTable.keys.slice(written) };
        written = keyTable.keys.length;
        const out = { profiles, keys };
        profiles = [];
        return out;
      };
      for (let at = 0; at < records.length; at++) {
        const basis = built[at] ? basisAt(at) : null;
        const profile = done[at]?.profile;
        if (basis === null || !profile) continue;
        profiles.push({ id: profile.doc, basis, data: encodeTextProfile(textPart(profile, lookupsAt[at] ?? null), keyTable) });
        if (profiles.length === PROFILES_PER_WRITE) yield chunk();
      }
      if (profiles.length) yield chunk();
    },
    basis() {
      live();
      const missing = records.length - done.filter(Boolean).length;
      if (missing > 0) throw new Error(`corpus texts missing: ${missing} of ${records.length} documents`);
      const parts = done as { profile: StoryProfile; refs: FrameRef[]; added: AddedMention[] }[];
      const reports = new Map<string, ReportInfo>(
        records.map((d) => [d.id, {
          lang: d.lang, title: d.title, lead: d.lead, publisher: d.publisher, url: d.url,
          published: d.published && /^\d{4}-\d{2}-\d{2}/.test(d.published) ? d.published.slice(0, 10) : null,
        }]),
      );
      const basis = {
        resolved: { entities, added: parts.flatMap((p) => p.added) },
        profiles: parts.map((p) => p.profile),
        refs: parts.flatMap((p) => p.refs),
        nameOf,
        reports,
      };
      release();
      return basis;
    },
  };
}

/**
 * Entity resolution and story profiles of a set of documents, in document id order so that the
 * result does not depend on the order documents were stored in. Shared by `runCorpus` and the
 * similarity training, so the model is fitted on exactly the features the product computes.
 *
 * @example
 * ```ts
 * const { profiles } = corpusBasis(docs);
 * ```
 */
export function corpusBasis(input: readonly (Doc | CorpusDoc)[]): CorpusBasis {
  const docs = input.map((d) => ('raw' in d ? corpusDoc(d) : d)).sort(byId);
  const b = basisBuilder();
  for (const d of docs) b.record(d);
  b.resolve();
  for (const d of docs) b.text(d.id, d.text);
  return b.basis();
}

/**
 * The corpus stages over a basis: group reports into stories by similarity and read each story's
 * event from its reports' frames, attach or cluster the events mentioned in passing, link events
 * into storylines.
 */
export function corpusFromBasis(basis: CorpusBasis, options: CorpusOptions = {}): CorpusState {
  return corpusFromStories(basis, clusterStories(basis.profiles, options.model ?? MODEL), options);
}

/** {@link corpusFromBasis} once the reports are grouped into stories: the profiles are no longer needed. */
function corpusFromStories(basis: Omit<CorpusBasis, 'profiles'>, stories: Story[], options: CorpusOptions): CorpusState {
  const { resolved, refs, nameOf, reports } = basis;
  const events = storyEvents(stories, refs, reports, nameOf, options.readerLang ? { readerLang: options.readerLang } : {});
  const rolesOf = new Map(resolved.entities.map((e) => [e.id, e.roles]));
  return {
    entities: resolved.entities,
    addedMentions: resolved.added,
    events: events.sort(byDate),
    storylines: buildStorylines(events, nameOf, (id) => rolesOf.get(id) ?? []),
  };
}

/**
 * The corpus stages, in order: resolve entities across documents and scripts, group reports into
 * stories by similarity and read each story's event from its reports' frames, attach or cluster
 * the events mentioned in passing, link events into storylines.
 *
 * @example
 * ```ts
 * const docs = []; for await (const d of store.documents({ raw: false })) docs.push(d);
 * await store.putCorpus(runCorpus(docs));
 * ```
 */
export function runCorpus(docs: readonly (Doc | CorpusDoc)[], options: CorpusOptions = {}): CorpusState {
  return corpusFromBasis(corpusBasis(docs), options);
}

/**
 * Reruns the corpus stages over every stored document when documents were added since the last
 * run, and stores the result. Returns whether it ran. The documents are read as their corpus
 * records, then their texts streamed once: no document is held whole. A document another process
 * stores meanwhile leaves the corpus stale, so the next refresh includes it. Two processes never
 * compute it at once on a store with a refresh lock (PostgreSQL).
 *
 * @example
 * ```ts
 * if (await refreshCorpus(store)) console.log('stories updated');
 * ```
 */
export async function refreshCorpus(store: Store, options: CorpusOptions = {}): Promise<boolean> {
  const refresh = async (): Promise<boolean> => {
    if (!(await store.corpusStale())) return false;
    const step = options.onStep ?? ((): void => undefined);
    const threads = options.jobs ?? defaultJobs();
    const b = basisBuilder();
    // On a large store file, a thread reads the kept text profiles back while this one reads the records.
    const keptRead = threads > 1 && store.keptProfilesFile !== undefined && (await store.countDocuments()) >= (options.texts?.minKept ?? KEPT_THREAD_PROFILES)
      ? readKeptOnThread(store.keptProfilesFile)
      : null;
    step('reading corpus records');
    for await (const d of store.corpusDocs()) b.record(d);
    // Texts are profiled (on threads, on a large store) while the entities are resolved.
    step(`resolving entities across ${b.documents} documents, reading texts: names and story profiles`);
    // What the stored state found is trusted only if the refresh that wrote it also kept every profile there is.
    const findsHold = (await store.getSetting(FINDS_SETTING)) === FINDS_HOLD;
    await b.texts({
      texts: (only) => store.texts(only),
      profileKeys: () => store.profileKeys(),
      textProfiles: () => store.textProfiles(),
      keptRead,
      foundNames: async () => (findsHold ? store.corpusFinds() : null),
    }, threads, options.texts);
    // Kept for the next refresh; a store whose key table another process added to meanwhile keeps none of them.
    // Until this refresh's state is written, a kept profile may cover a text the stored state has not read.
    await store.putSetting(FINDS_SETTING, '');
    for (const { profiles, keys } of b.builtProfiles()) if (!(await store.putTextProfiles(profiles, keys))) break;
    step('grouping reports into stories, events and storylines');
    // The profiles are let go once the stories are grouped, before the events and the writing.
    let basis: CorpusBasis | null = b.basis();
    const stories = clusterStories(basis.profiles, options.model ?? MODEL, { threads });
    const { resolved, refs, nameOf, reports } = basis;
    basis = null;
    // The profiles and their weighed vectors are garbage now: collected before the events and the
    // writing allocate, not after (at 21,000 documents the peak falls by ~130 MB, for ~0.15 s).
    collectGarbage();
    const state = corpusFromStories({ resolved, refs, nameOf, reports }, stories, options);
    step('writing the corpus state');
    await store.putCorpus(state, { documents: b.documents });
    await store.putSetting(FINDS_SETTING, FINDS_HOLD);
    return true;
  };
  // Behind the store's refresh lock where it has one: a process that finds another refreshing waits,
  // then finds the corpus fresh instead of computing the same state again.
  return store.refreshing ? store.refreshing(refresh) : refresh();
}
