/**
 * Hindi words the hand-written gloss knows in English (`रक्षा` → defence), as extra entries for the
 * Hindi → English lexicon in `lexicon-en.tsv` (source and licence in `lexicon-en.LICENSE.md`). They
 * come first: they are the senses news uses. A phrase gives all its words.
 */
import { HINDI_GLOSS, HINDI_PORTFOLIOS } from './gloss.js';

/**
 * The gloss as lexicon entries: one-word Hindi keys with their English words.
 *
 * @example
 * ```ts
 * hindiGlossEntries().get('रक्षा'); // ['defence']
 * ```
 */
export function hindiGlossEntries(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const glosses: [string, string][] = [
    ...Object.entries(HINDI_GLOSS),
    ...Object.entries(HINDI_PORTFOLIOS).map(([hi, p]): [string, string] => [hi, p.en]),
  ];
  for (const [hi, gloss] of glosses) {
    if (hi.includes(' ')) continue;
    const en = gloss.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 || w === 'un');
    if (en.length) out.set(hi.normalize('NFC'), en);
  }
  return out;
}
