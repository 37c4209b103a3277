/**
 * Small, language-independent text helpers for the quote stage: word-list matchers, sentence
 * bounds and trimming. Everything works on UTF-16 offsets into the cleaned text.
 */
import { matchAllFast } from '../../pipeline/scan.js';

/** A half-open range `[start, end)` of the text. */
export interface Range {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/**
 * Whether `ch` belongs to a word (letters, combining marks such as Devanagari vowel signs, digits).
 *
 * @example
 * ```ts
 * isWordChar('क'); // true
 * isWordChar(' '); // false
 * ```
 */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}


/**
 * Every match of `re` inside `[start, end)` of `text`, as ranges.
 *
 * @example
 * ```ts
 * matchesIn('a said b said', wordRegex(['said']), 0, 13); // [{ start: 2, end: 6 }, { start: 9, end: 13 }]
 * ```
 */
export function matchesIn(text: string, re: RegExp | null, start: number, end: number): Range[] {
  if (re === null || end <= start) return [];
  const out: Range[] = [];
  const slice = text.slice(start, end);
  for (const m of matchAllFast(re, slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** A word: a run of letters, marks, digits or `_`, with inner `'`, `’`, `-` or `.` (`don’t`, `U.S`, `so-called`). */
export const WORD_RE = /[\p{L}\p{M}\p{N}_]+(?:['’.-][\p{L}\p{M}\p{N}_]+)*/u;

/** {@link WORD_RE} for scanning (global, shared: reset before each scan, never held across calls). */
const WORDS_G = new RegExp(WORD_RE.source, 'gu');

/**
 * Words (maximal runs of word characters, with inner `'`, `’`, `-`, `.`) in `[start, end)`.
 *
 * @example
 * ```ts
 * wordsIn('the post read', 0, 13).map((w) => w.text); // ['the', 'post', 'read']
 * ```
 */
export function wordsIn(text: string, start: number, end: number): Array<Range & { text: string }> {
  const out: Array<Range & { text: string }> = [];
  const slice = text.slice(start, end);
  WORDS_G.lastIndex = 0;
  for (let m = WORDS_G.exec(slice); m; m = WORDS_G.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * `[start, end)` with whitespace removed on both sides.
 *
 * @example
 * ```ts
 * trimRange('  hi  ', 0, 6); // { start: 2, end: 4 }
 * ```
 */
export function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * Whether a quoted phrase reads as a title (a show, a book, a headline): mostly capitalised words,
 * or right after `on`/`of`/`in` and a possessive (`on CNN's “State of the Union”`).
 *
 * @example
 * ```ts
 * isTitle('Legend in the Coal Fields.'); // true
 * isTitle('we will win the vote'); // false
 * ```
 */
export function isTitle(phrase: string): boolean {
  const ws = wordsIn(phrase, 0, phrase.length);
  if (ws.length === 0 || ws.length > 10) return false;
  const caps = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w.text)).length;
  const small = ws.filter((w) => /^(?:a|an|the|of|in|on|and|or|for|to|at|by|with|is|isn't)$/u.test(w.text)).length;
  return ws.length >= 2 && caps >= 2 && caps + small === ws.length && !/[,;:!?]/u.test(phrase.replace(/[,.]$/u, ''));
}

/**
 * Prefix counts of word starts: `counts[b] - counts[a]` is the number of words starting in `[a, b)`,
 * in constant time once the array is built (one pass over the text).
 *
 * @example
 * ```ts
 * const wc = wordStarts('the post read');
 * wc[13] - wc[4]; // 2
 * ```
 */
export function wordStarts(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  const re = /[\p{L}\p{M}\p{N}_]+/gu;
  let n = 0;
  let at = 0;
  for (const m of text.matchAll(re)) {
    out.fill(n, at + 1, m.index + 1);
    n++;
    at = m.index;
  }
  out.fill(n, at + 1, text.length + 1);
  return out;
}
