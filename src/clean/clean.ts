/**
 * Cleaning: a {@link RawDoc} in, the article body and what the page says about itself out
 * ({@link Cleaned}), with an offset map from the body back to the raw input.
 */
import type { Cleaned, OffsetSegment, RawDoc } from '../pipeline/types.js';
import { cleanHtml } from './html.js';
import { compileMeta } from './metadata.js';
import { cleanText } from './text.js';

/** Compiled once: the patterns are immutable (no global-flag regexes, so no `lastIndex` state). */
const MATCHERS = compileMeta();

/**
 * Cleans a document read by `read/`, dispatching on its format.
 *
 * @example
 * ```ts
 * const c = clean({ source: 'a.txt', format: 'text', raw: 'date 2031-03-04\nThe council met on Monday to approve the budget.', declared: { published: '2031-03-04' } });
 * c.text; // 'The council met on Monday to approve the budget.'
 * c.published; // '2031-03-04'
 * ```
 */
export function clean(raw: RawDoc): Cleaned {
  if (raw.format !== 'html') return cleanText(raw, MATCHERS);
  // Which evidence dated the page is for measuring (`npm run eval:sets`), not part of the document.
  const { publishedFrom: _from, ...cleaned } = cleanHtml(raw, MATCHERS);
  return cleaned;
}

/**
 * Maps an offset in the cleaned text back to the raw input: exact segments map one to one,
 * inexact ones proportionally. An offset in a separator the cleaner inserted (between
 * paragraphs) maps to null; the end offset of a segment maps to the end of its raw span.
 *
 * @example
 * ```ts
 * const offsets = [{ cleanStart: 0, rawStart: 16, length: 10, rawLength: 10, exact: true }];
 * toRawOffset(offsets, 4); // 20
 * toRawOffset(offsets, 10); // 26
 * toRawOffset(offsets, 11); // null
 * ```
 */
export function toRawOffset(offsets: OffsetSegment[], cleanOffset: number): number | null {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = offsets[mid] as OffsetSegment;
    if (cleanOffset < seg.cleanStart) hi = mid - 1;
    else if (cleanOffset > seg.cleanStart + seg.length) lo = mid + 1;
    else {
      const delta = cleanOffset - seg.cleanStart;
      if (seg.exact || seg.length === seg.rawLength) return seg.rawStart + delta;
      return seg.rawStart + (seg.length === 0 ? 0 : Math.round((delta * seg.rawLength) / seg.length));
    }
  }
  return null;
}
