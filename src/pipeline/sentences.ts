import type { Span } from './types.js';

/**
 * How a language ends sentences: its end marks and the abbreviations whose full stop does not end
 * one. Each language folder exports one (`src/lang/en/sentences.ts`).
 *
 * @example
 * ```ts
 * const xx: SentenceLexicon = { enders: '.!?', abbreviations: ['mr', 'dr'] };
 * ```
 */
export interface SentenceLexicon {
  enders: string;
  /** Lower-case, without the final full stop (`mr`, `u.s`). */
  abbreviations: readonly string[];
}

/**
 * Whether the character at `i` ends a sentence: one of `enders`, followed by optional closing
 * quotes/brackets and then whitespace or the end, and not the dot of a known abbreviation or of an
 * initial (`S.`).
 *
 * @example
 * ```ts
 * isSentenceEnd('Mr. Lal left. Then', 2, '.!?', ['mr']); // false
 * isSentenceEnd('Mr. Lal left. Then', 12, '.!?', ['mr']); // true
 * ```
 */
export function isSentenceEnd(text: string, i: number, enders: string, abbreviations: readonly string[]): boolean {
  const ch = text[i];
  if (ch === undefined || !enders.includes(ch)) return false;
  let j = i + 1;
  while (j < text.length && /["'”’»)\]]/u.test(text[j] ?? '')) j++;
  if (j < text.length && !/\s/u.test(text[j] ?? '')) return false;
  if (ch === '.') {
    let k = i;
    while (k > 0 && /[\p{L}\p{M}.]/u.test(text[k - 1] ?? '')) k--;
    const word = text.slice(k, i);
    if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
    if (lowerSet(abbreviations).has(word.toLowerCase())) return false;
  }
  return true;
}

const LOWER = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The words of a list in lower case, as a set (built once per list). */
function lowerSet(words: readonly string[]): ReadonlySet<string> {
  let set = LOWER.get(words);
  if (!set) {
    set = new Set(words.map((w) => w.toLowerCase()));
    LOWER.set(words, set);
  }
  return set;
}

/**
 * Splits text into sentence spans: at line breaks, and at the language's end marks (see
 * {@link isSentenceEnd}). A closing quote right after the end mark stays with its sentence.
 *
 * @example
 * ```ts
 * splitSentences('Mr. Rao spoke. Then he left.', SENTENCES_EN).map((s) => s.text);
 * // ['Mr. Rao spoke.', 'Then he left.']
 * ```
 */
export function splitSentences(text: string, lex: SentenceLexicon): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      push(i);
    } else if (isSentenceEnd(text, i, lex.enders, lex.abbreviations)) {
      let j = i + 1;
      while (j < text.length && /["'”’»)\]]/u.test(text[j] ?? '')) j++;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return spans;
}
