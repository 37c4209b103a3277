/**
 * The data that travels through Dossier's pipeline, and the contracts of its stages.
 *
 * A {@link RawDoc} comes out of a reader, `clean/` turns it into a {@link Doc}, and every
 * per-document stage adds one kind of annotation to that same Doc. All offsets are UTF-16
 * code-unit offsets into `doc.text` (the cleaned body), which is what `String.prototype.slice`
 * uses; `doc.offsets` maps them back to the raw input.
 *
 * @example
 * ```ts
 * const span: Span = { start: 0, end: 13, text: 'Rajnath Singh' };
 * ```
 */

/** A piece of the cleaned text. `text === doc.text.slice(start, end)` always holds. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where an annotation came from: the stage/language (`time/en`) and the rule that fired. */
export interface Origin {
  source: string;
  rule: string;
}

/**
 * A recoverable problem found while handling a document (low-confidence language, an
 * unparseable date, a dropped block). Never thrown: kept on the document, like a vfile message.
 */
export interface Message {
  level: 'info' | 'warning' | 'error';
  reason: string;
  /** Stage or reader that raised it, e.g. `clean/html`. */
  source: string;
  start?: number;
  end?: number;
}

/** Metadata the input itself declares (a `date` header, a JSONL field), before any guessing. */
export interface Declared {
  title?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  lang?: string;
  /** ISO 8601 date-time the page was fetched or crawled (a WARC record's `WARC-Date`): no publication date can be later. */
  fetched?: string;
  /** Author or byline a feed item declares. */
  author?: string;
}

/** What a reader hands to the cleaner: the decoded input and what it declares about itself. */
export interface RawDoc {
  /** The path as the user gave it (plus `#N` for the N-th line of a JSONL file). */
  source: string;
  format: 'text' | 'html';
  /** The decoded input (after gunzip and UTF-8 decoding), metadata header included. */
  raw: string;
  declared: Declared;
}

/**
 * One piece of the map from cleaned text back to raw input: `text[cleanStart, cleanStart+length)`
 * equals (or, with `exact: false`, was decoded from) `raw[rawStart, rawStart+rawLength)`.
 * Separators the cleaner inserts (paragraph breaks) belong to no segment.
 */
export interface OffsetSegment {
  cleanStart: number;
  rawStart: number;
  length: number;
  rawLength: number;
  exact: boolean;
}

/** The result of cleaning: body text plus what the page says about itself. */
export interface Cleaned {
  text: string;
  offsets: OffsetSegment[];
  title: string | null;
  publisher: string | null;
  /** ISO 8601: `2025-05-05` or `2025-05-05T17:47:00+05:30`. */
  published: string | null;
  dateline: string | null;
  /** People credited with writing the page (byline, JSON-LD, meta tags, a feed item's author); absent when unknown. */
  authors?: string[];
  messages: Message[];
}

export type TimexKind = 'date' | 'time' | 'duration' | 'set';

/** A temporal expression normalised against the document's publication date. */
export interface Timex extends Span, Origin {
  /** ISO 8601 at the granularity the text gives: `2024`, `2024-11`, `2024-11-05`, `2024-W45`. */
  value: string;
  kind: TimexKind;
}

export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'other';

/** A name in the text. Titles and honorifics are outside the span and kept in `title`. */
export interface EntityMention extends Span, Origin {
  type: EntityType;
  /** Index into `doc.entities` of the document-local entity this mention belongs to. */
  entity: number;
  /** A title or honorific that preceded the name (`Defence Minister`, `Shri`), if any. */
  title?: string;
}

/** An entity as one document knows it: its mentions grouped, before cross-document resolution. */
export interface LocalEntity {
  /** The fullest name seen in the document, titles removed. */
  name: string;
  type: EntityType;
  /** Every distinct surface form in the document. */
  aliases: string[];
  /** Roles said of it, e.g. `Defence Minister of Japan`. */
  roles: string[];
}

export interface Quote extends Span, Origin {
  kind: 'direct' | 'reported';
  /** The words that name the speaker where they are said (`Singh`, `he`, `the Ministry of Defence`). */
  speakerSpan: Span | null;
  /** Index into `doc.entities`, or null where no speaker was found. */
  speaker: number | null;
  /**
   * The speaker's own words, mark-free, where they are not the whole span: the pieces of a quotation
   * interrupted by its attribution or running over several paragraphs, and the quoted phrases inside
   * reported speech (`said the offer was a “fair deal”`). Absent when `text` is all quoted words.
   */
  parts?: Span[];
}

export interface EventFrame extends Span, Origin {
  kind: string;
  /** `main`: what the report is about; `mentioned`: an event referred to in passing. */
  role: 'main' | 'mentioned';
  /** ISO date at the granularity known, or null. */
  date: string | null;
  /** Index into `doc.entities` of the place, or null. */
  place: number | null;
  /** Indexes into `doc.entities`. */
  participants: number[];
  /** Facts such as `{ killed: 26 }`. */
  facts: Record<string, number>;
}

/** One document as it travels through the pipeline. Stages return a new Doc with their part filled. */
export interface Doc extends Cleaned {
  /** sha256 of the raw input, hex: the same content is the same document. */
  id: string;
  source: string;
  format: RawDoc['format'];
  raw: string;
  declared: Declared;
  lang: string;
  langConfidence: number;
  timex: Timex[];
  mentions: EntityMention[];
  entities: LocalEntity[];
  quotes: Quote[];
  events: EventFrame[];
}

/** What every stage can read besides the document: the reference date and options. */
export interface StageContext {
  /** The date relative expressions are resolved against: the publication date, else today. */
  referenceDate: string;
}

/**
 * A per-document stage: a pure function from a document to the same document with one more kind
 * of annotation. Built by a factory (`createTimeStage(options)`), with no module-level state.
 */
export interface Stage {
  id: string;
  run(ctx: StageContext, doc: Doc): Doc;
}
