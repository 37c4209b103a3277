/** No letter, mark, digit or underscore on that side: a word boundary that works in every script (`\b` does not for Devanagari). */
export const WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
export const WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';

/**
 * An alternation of `words` for a regular expression, longest first (so `held talks` wins over
 * `talks`), regex characters escaped, spaces inside an entry matching any run of whitespace.
 *
 * @example
 * ```ts
 * wordAlternation(['talks', 'held talks']); // 'held\\s+talks|talks'
 * ```
 */
export function wordAlternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

/**
 * A regular expression matching any of `words` as whole words in any script (global and
 * case-insensitive by default). Returns null for an empty list.
 *
 * @example
 * ```ts
 * const re = wordRegex(['said', 'pointed out']);
 * 'he pointed  out'.match(re); // ['pointed  out']
 * 'बैठकें'.match(wordRegex(['बैठक'])); // null
 * ```
 */
export function wordRegex(words: readonly string[], flags = 'giu'): RegExp | null {
  if (words.length === 0) return null;
  return new RegExp(`${WORD_BEFORE}(?:${wordAlternation(words)})${WORD_AFTER}`, flags);
}
