import { createHash } from 'node:crypto';
import type { Cleaned, Doc, RawDoc, Span } from './types.js';

/**
 * Content hash that identifies a document: the same bytes are the same document.
 *
 * @example
 * ```ts
 * contentId('hello'); // '2cf24dba5fb0a30e…'
 * ```
 */
export function contentId(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

/**
 * A Doc with cleaning done and no annotations yet: the start of the per-document stages. `id`
 * is the content hash, passed in where the caller has already computed it.
 *
 * @example
 * ```ts
 * const doc = newDoc(raw, cleaned);
 * doc.timex; // []
 * ```
 */
export function newDoc(raw: RawDoc, cleaned: Cleaned, id: string = contentId(raw.raw)): Doc {
  return {
    ...cleaned,
    id,
    source: raw.source,
    format: raw.format,
    raw: raw.raw,
    declared: raw.declared,
    lang: 'und',
    langConfidence: 0,
    timex: [],
    mentions: [],
    entities: [],
    quotes: [],
    events: [],
  };
}

/**
 * A Doc for tests: `text` is both raw input and cleaned body, one exact offset segment.
 *
 * @example
 * ```ts
 * const doc = testDoc('Singh said, "Hello."', { lang: 'en', published: '2025-05-05' });
 * ```
 */
export function testDoc(text: string, overrides: Partial<Doc> = {}): Doc {
  const raw: RawDoc = { source: 'test.txt', format: 'text', raw: text, declared: {} };
  const cleaned: Cleaned = {
    text,
    offsets: [{ cleanStart: 0, rawStart: 0, length: text.length, rawLength: text.length, exact: true }],
    title: null,
    publisher: null,
    published: null,
    dateline: null,
    messages: [],
  };
  return { ...newDoc(raw, cleaned), lang: 'en', langConfidence: 1, ...overrides };
}

/**
 * The span of `text` covering `[start, end)`.
 *
 * @example
 * ```ts
 * spanOf('New Delhi, May 5', 0, 9); // { start: 0, end: 9, text: 'New Delhi' }
 * ```
 */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
