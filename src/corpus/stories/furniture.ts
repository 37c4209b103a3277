/**
 * Page furniture shared across documents: a cookie notice, a police press portal's standard
 * header, a newsletter pitch. A line or sentence that occurs in several documents of the corpus,
 * in a document most of whose text is its own, is furniture and says nothing about the story; the
 * same lines in a document that is mostly shared text are a copied story and stay.
 */
import { createHash } from 'node:crypto';

/** A segment found in at least this many documents is shared. */
export const SHARED_IN_DOCS = 3;
/** Segments shorter than this (letters and digits) are too short to tell furniture by. */
const MIN_SEGMENT = 20;
/** Shared segments are furniture only where they make up less than this share of the document. */
const MAX_SHARED_SHARE = 0.5;

interface Segment {
  start: number;
  end: number;
  key: string;
}

/** Lines and sentences of a text, each with a key that ignores case, spacing and punctuation. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\n.!?।]+[.!?।]*/gu;
  for (const m of text.matchAll(re)) {
    const key = m[0].toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
    if (key.length < MIN_SEGMENT) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, key });
  }
  return out;
}

/**
 * Creates the furniture filter for a corpus: counts in how many texts each segment occurs, then
 * blanks (with spaces, so offsets stay valid) the shared segments of a text that is mostly its own.
 *
 * @example
 * ```ts
 * const strip = sharedFurniture(docs.map((d) => d.text));
 * strip(docs[0].text); // the text with the cookie notice it shares with other pages blanked
 * ```
 */
export function sharedFurniture(texts: readonly string[]): (text: string) => string {
  const df = new Map<string, number>();
  for (const t of texts) {
    for (const key of new Set(segments(t).map((s) => segmentHash(s.key)))) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return furnitureFilter((hash) => df.get(hash) ?? 0);
}

/**
 * The furniture filter given in how many documents each segment occurs, by segment hash
 * ({@link segmentHash}): the counts can come from stored corpus records, without any text.
 *
 * @example
 * ```ts
 * const strip = furnitureFilter((hash) => df.get(hash) ?? 0);
 * ```
 */
export function furnitureFilter(documentsWith: (hash: string) => number): (text: string) => string {
  return (text) => {
    const segs = segments(text);
    const shared = segs.filter((s) => documentsWith(segmentHash(s.key)) >= SHARED_IN_DOCS);
    if (!shared.length) return text;
    const sharedChars = shared.reduce((acc, s) => acc + s.key.length, 0);
    const allChars = segs.reduce((acc, s) => acc + s.key.length, 0);
    if (sharedChars >= allChars * MAX_SHARED_SHARE) return text;
    let out = text;
    for (const s of shared) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
    return out;
  };
}

/**
 * A segment key's hash (64 bits, hex): what the furniture filter counts across documents, so the
 * count needs no document's text.
 *
 * @example
 * ```ts
 * segmentHash(segments(text)[0].key); // '3f2a…' (16 hex digits)
 * ```
 */
export function segmentHash(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 16);
}
