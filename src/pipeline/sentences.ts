import type { Span } from './types.js';

/**
 * Tokens that end with a full stop without ending a sentence. These are abbreviations shared by
 * the Latin-script languages we read (titles, initials are handled separately); a language that
 * needs more passes them in `options.abbreviations`.
 */
const COMMON_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'prof', 'st', 'jr', 'sr', 'no',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'govt', 'dept', 'rep', 'sen', 'gov', 'hon', 'smt', 'sh', 'e.g', 'i.e',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'a.m', 'p.m',
]);

/**
 * Splits text into sentence spans: at line breaks, and after `.`, `!`, `?`, `।` (danda) or `॥`
 * followed by white space, unless the full stop ends a known abbreviation or an initial (`S.`).
 * A closing quote right after the end mark stays with its sentence.
 *
 * @example
 * ```ts
 * splitSentences('Mr. Rao spoke. Then he left.').map((s) => s.text);
 * // ['Mr. Rao spoke.', 'Then he left.']
 * ```
 */
export function splitSentences(text: string, options: { abbreviations?: Iterable<string> } = {}): Span[] {
  const abbreviations = new Set([...COMMON_ABBREVIATIONS, ...(options.abbreviations ?? [])]);
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (!/[.!?।॥]/.test(ch)) continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]»]/.test(text[j] ?? '')) j++;
    if (j < text.length && !/\s/.test(text[j] ?? '')) continue;
    if (ch === '.' && endsWithAbbreviation(text, i, abbreviations)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return spans;
}

function endsWithAbbreviation(text: string, dot: number, abbreviations: Set<string>): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1] ?? '')) k--;
  const word = text.slice(k, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "S. Jaishankar"
  return abbreviations.has(word.toLowerCase());
}
