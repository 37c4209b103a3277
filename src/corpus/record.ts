/**
 * A document's corpus record: the part of a stored document the corpus stages read, computed once
 * when the document is stored. Entity resolution, story profiles, story events and storylines need
 * a document's language, dates, title, source, local entities and their mentions, time expressions,
 * event frames and a few lead sentences; not its raw input, offsets, quotes or messages. The cleaned
 * text itself is read only once per refresh, streamed, to build the story profile; it is never held.
 *
 * Everything here depends on the document alone, never on the rest of the corpus, so a record
 * stays valid however the corpus grows.
 */
import type { Doc, EventFrame, LocalEntity } from '../pipeline/types.js';
import { createHash } from 'node:crypto';
import { segmentHash, segments } from './stories/furniture.js';

/** What the corpus stages read of one document besides its text (stored as JSON with the document). */
export interface CorpusRecord {
  url: string | null;
  entities: LocalEntity[];
  /** Entity mentions: offsets and the local entity index. */
  mentions: { start: number; end: number; entity: number }[];
  /** Time expressions: value and surface text. */
  timex: { value: string; text: string }[];
  events: EventFrame[];
  /** The text's first sentences, for a story's summary ({@link leadSentences}). */
  lead: string[];
  /** Hashes of the text's distinct lines and sentences ({@link segmentHash}), for shared page furniture. */
  segments: string[];
  /**
   * Hash of the cleaned text ({@link textHash}): a kept text profile is reused only for the same
   * text. Absent in records stored before it existed (migration 6 has them computed again).
   */
  textHash?: string;
}

/** One document as the corpus stages see it: indexed fields, its record, and its text when asked for. */
export interface CorpusDoc extends CorpusRecord {
  id: string;
  lang: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  /** The cleaned text ('' when the reader did not ask for it). */
  text: string;
}

/** Sentences kept in a record for summaries. */
const LEAD_SENTENCES = 4;

/**
 * Sentences of a text, roughly: ends of `.`, `!`, `?`, `।` followed by a space, or line breaks.
 * Datelines, bylines and one-word lines are left out; long sentences are cut at 300 characters.
 *
 * @example
 * ```ts
 * leadSentences('DELHI\nRains flooded six districts of the state on Monday.', 2); // ['Rains flooded six districts of the state on Monday.']
 * ```
 */
export function leadSentences(text: string, count: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    for (const s of para.split(/(?<=[.!?।])\s+(?=[\p{Lu}\p{Lo}"“‘(])/u)) {
      const t = s.trim();
      if (t.split(/\s+/).length < 6) continue;
      out.push(t.length > 300 ? `${t.slice(0, 297).trimEnd()}…` : t);
      if (out.length >= count) return out;
    }
  }
  return out;
}

/**
 * The corpus record of a document.
 *
 * @example
 * ```ts
 * JSON.stringify(corpusRecord(doc)); // what `putDocument` stores beside the annotations
 * ```
 */
export function corpusRecord(doc: Pick<Doc, 'text' | 'declared' | 'entities' | 'mentions' | 'timex' | 'events'>): CorpusRecord {
  return {
    url: doc.declared.url ?? null,
    entities: doc.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, roles: e.roles })),
    mentions: doc.mentions.map((m) => ({ start: m.start, end: m.end, entity: m.entity })),
    timex: doc.timex.map((t) => ({ value: t.value, text: t.text })),
    events: doc.events,
    lead: leadSentences(doc.text, LEAD_SENTENCES),
    segments: [...new Set(segments(doc.text).map((s) => segmentHash(s.key)))],
    textHash: textHash(doc.text),
  };
}

/**
 * A cleaned text's hash (96 bits, hex), kept in its record.
 *
 * @example
 * ```ts
 * textHash('Rains flooded six districts.'); // 24 hex digits
 * ```
 */
export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 24);
}

/**
 * A document as the corpus stages see it, built from the whole document (for stages run in memory).
 *
 * @example
 * ```ts
 * runCorpus(docs.map(corpusDoc));
 * ```
 */
export function corpusDoc(doc: Doc): CorpusDoc {
  return { id: doc.id, lang: doc.lang, title: doc.title, published: doc.published, publisher: doc.publisher, text: doc.text, ...corpusRecord(doc) };
}
