/**
 * Small, language-independent text helpers for the quote stage: word-list matchers, sentence
 * bounds and trimming. Everything works on UTF-16 offsets into the cleaned text.
 */

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
  re.lastIndex = 0;
  for (const m of slice.matchAll(re)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

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
  const re = /[\p{L}\p{M}\p{N}_]+(?:['’.-][\p{L}\p{M}\p{N}_]+)*/gu;
  for (const m of text.slice(start, end).matchAll(re)) {
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
