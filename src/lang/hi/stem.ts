/**
 * A light Hindi stemmer: inflectional suffixes stripped longest first, after Ramanathan & Rao's
 * "A Lightweight Stemmer for Hindi" (2003). Enough for matching (`लोगों` and `लोग`, `हमलों` and
 * `हमले`), not a morphological analyser.
 */

/** Suffixes by length, longest first; a suffix is stripped only where a stem of two letters or more remains. */
export const HINDI_SUFFIXES: readonly string[] = [
  'ाएंगी', 'ाएंगे', 'ाऊंगी', 'ाऊंगा', 'ाइयाँ', 'ाइयों', 'ाइयां',
  'ाएगी', 'ाएगा', 'ाओगी', 'ाओगे', 'एंगी', 'एंगे', 'ऊंगी', 'ऊंगा', 'ातीं', 'नाओं', 'नाएं', 'ताओं', 'ताएं', 'ियाँ', 'ियों', 'ियां',
  'ाकर', 'ाइए', 'ाईं', 'ाया', 'ेगी', 'ेगा', 'ोगी', 'ोगे', 'ाने', 'ाना', 'ाते', 'ाती', 'ाता', 'तीं', 'ाओं', 'ाएं', 'ुओं', 'ुएं', 'ुआं',
  'कर', 'ाओ', 'िए', 'ाई', 'ाए', 'ने', 'नी', 'ना', 'ते', 'ीं', 'ती', 'ता', 'ाँ', 'ां', 'ों', 'ें',
  'ो', 'े', 'ू', 'ु', 'ी', 'ि', 'ा',
];

const MIN_STEM = 2;

/**
 * The stem of one Hindi word (NFC).
 *
 * @example
 * ```ts
 * stemHindi('लोगों'); // 'लोग'
 * stemHindi('हमले') === stemHindi('हमला'); // true
 * ```
 */
export function stemHindi(word: string): string {
  const w = word.normalize('NFC');
  const letters = [...w];
  for (const suffix of HINDI_SUFFIXES) {
    if (w.endsWith(suffix) && letters.length - [...suffix].length >= MIN_STEM) return w.slice(0, w.length - suffix.length);
  }
  return w;
}
