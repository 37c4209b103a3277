import type { Doc, EntityType } from '../pipeline/types.js';
import type { CorpusDoc } from '../corpus/record.js';
import type { CachedTextProfile } from '../corpus/profile-cache.js';

/**
 * The Store interface: what the pipeline and the exporters need from persistence. The embedded
 * SQLite backend implements it today; a PostgreSQL backend implements the same interface, so no
 * stage changes when the backend does. Every method is async for that reason, even where SQLite
 * answers synchronously.
 *
 * @example
 * ```ts
 * const store = await openStore({ path: 'dossier.db' });
 * if (!(await store.hasDocument(doc.id))) await store.putDocument(doc);
 * ```
 */
export interface Store {
  /** True when a document with this content hash has been analysed and stored. */
  hasDocument(id: string): Promise<boolean>;
  /** Stores a document with all its annotations, atomically, and marks the corpus stale. */
  putDocument(doc: Doc): Promise<void>;
  /**
   * Stores documents as {@link putDocument} does, in this order, in one transaction: all of them or
   * none. The same content twice keeps one document, in the first one's place, with the later metadata.
   */
  putDocuments(docs: readonly Doc[]): Promise<void>;
  /**
   * Every stored document, oldest insert first. With `{ raw: false }` the raw input and its offset
   * map are left out (`raw` is '' and `offsets` is []), which halves the memory the corpus stages need.
   */
  documents(options?: { raw?: boolean }): AsyncIterable<Doc>;
  /**
   * Every stored document's corpus record (what the corpus stages read of it; `text` is ''), in
   * document id order. Records a store written before they existed lacks are computed from the
   * stored annotations and saved first.
   */
  corpusDocs(): AsyncIterable<CorpusDoc>;
  /** Every stored document's cleaned text, in document id order; with `only`, just those documents' texts. */
  texts(only?: ReadonlySet<string>): AsyncIterable<{ id: string; text: string }>;
  /** The keys kept text profiles number (`corpus/profile-cache.ts`), by number. */
  profileKeys(): Promise<string[]>;
  /** The text profiles the last corpus refreshes kept, in any order. */
  textProfiles(): AsyncIterable<CachedTextProfile>;
  /**
   * A file another thread can open read-only to read the kept text profiles and the number of keys
   * they may name, in one snapshot (`readKeptProfilesFile` in `sqlite.ts`); absent for an in-memory
   * store or a server.
   */
  readonly keptProfilesFile?: string;
  /**
   * Keeps text profiles for the next corpus refresh (replacing a document's older one) and appends
   * the keys they number from `keys.from` on, atomically; unless the store's key table no longer
   * has `keys.from` keys (another process added some since they were read): then nothing is
   * written and it answers false.
   */
  putTextProfiles(profiles: readonly CachedTextProfile[], keys: { from: number; added: readonly string[] }): Promise<boolean>;
  /** Each stored document's language, by document id. */
  languages(): Promise<Map<string, string>>;
  countDocuments(): Promise<number>;
  /** Events in the stored corpus state (what `corpus().events.length` says, without loading it). */
  countEvents(): Promise<number>;
  /** True when documents were added since the corpus stages last ran. */
  corpusStale(): Promise<boolean>;
  /**
   * Runs `work` while no other process runs a corpus refresh on this store, and answers what it
   * answers (PostgreSQL: a session advisory lock, so a second worker waits for the first, then finds
   * the corpus up to date instead of computing it again). Absent where one process owns the store.
   */
  refreshing?<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Replaces the corpus-level results (entities, events, storylines) atomically and clears the stale
   * flag, unless `basis` says the state was computed from fewer documents than the store now holds
   * (another process stored one meanwhile): then the flag stays, so the next run includes it.
   */
  putCorpus(state: CorpusState, basis?: { documents: number }): Promise<void>;
  corpus(): Promise<CorpusState>;
  /**
   * What the stored corpus state resolved and found again, without the rest of it: each entity's
   * id, type, name and aliases, and the added mentions (names found again in caseless texts) in order.
   */
  corpusFinds(): Promise<CorpusFinds>;
  /** A small named value kept with the store (`dossier watch` keeps each feed's ETag and seen items here), or null. */
  getSetting(key: string): Promise<string | null>;
  putSetting(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

/** A span in one document's cleaned text. */
export interface DocSpan {
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** An entity resolved across documents and scripts. */
export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** The document-local entities it gathers: `doc.entities[entity]` of document `doc`. */
  members: { doc: string; entity: number }[];
}

/** An event across reports: what happened, when, where, who; which documents report or mention it. */
export interface CorpusEvent {
  id: string;
  kind: string;
  /** What happened, in words: a report's headline or lead sentence. */
  title: string;
  /** Two sentences from the story's central report ('' for an event only mentioned in passing). */
  summary?: string;
  /** ISO date at the granularity known, or null. */
  date: string | null;
  /** Corpus entity id of the place, or null. */
  location: string | null;
  participants: string[];
  /** Documents whose main subject is this event, the most central first. */
  reports: string[];
  /** How many distinct sources (publishers, else sites, else documents) report it. */
  sources?: number;
  /** Why each report belongs to the story: its membership score and the terms and names it shares. */
  similarity?: StoryEvidence[];
  mentions: DocSpan[];
  facts: Record<string, number>;
}

/** One report's evidence of membership in a story. */
export interface StoryEvidence {
  doc: string;
  /** Mean same-story probability with the story's other reports (1 for a story of one report). */
  score: number;
  /** The report whose text this one copies (syndication, re-post), or null. */
  copyOf: string | null;
  /** Names, terms and numbers it shares with the story's central report, strongest first. */
  shared: string[];
}

export interface CorpusStoryline {
  id: string;
  title: string;
  /** Corpus event ids, oldest first. */
  events: string[];
}

/** Everything the corpus stages compute from the stored documents. */
export interface CorpusState {
  entities: CorpusEntity[];
  /** Mentions found by the corpus stage (a known name spotted in a document), with their corpus entity. */
  addedMentions: (DocSpan & { entity: string })[];
  events: CorpusEvent[];
  storylines: CorpusStoryline[];
}

/** What {@link Store.corpusFinds} reads of the stored corpus state. */
export interface CorpusFinds {
  entities: Pick<CorpusEntity, 'id' | 'type' | 'name' | 'aliases'>[];
  found: CorpusState['addedMentions'];
}

/**
 * An empty corpus state.
 *
 * @example
 * ```ts
 * await store.putCorpus(emptyCorpus());
 * ```
 */
export function emptyCorpus(): CorpusState {
  return { entities: [], addedMentions: [], events: [], storylines: [] };
}
