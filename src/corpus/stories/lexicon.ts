/**
 * Bilingual word lexicons into English, the pivot language where content terms of any two
 * languages meet (Hindi `हमला`, German `Anschlag` and English `attack`). Each language's data lives
 * in its own folder as `src/lang/<code>/lexicon-en.tsv` (with its source and licence beside it); a
 * language gets a lexicon by adding that file, with no change here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hindiGlossEntries } from '../../lang/hi/english.js';
import { stemHindi } from '../../lang/hi/stem.js';

/** Translates one lower-case word of the source language into English words, or returns []. */
export interface BilingualLexicon {
  translate(word: string): readonly string[];
}

/** English words with no content of their own, dropped from translations. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'be', 'is', 'are', 'was',
  'were', 'do', 'does', 'did', 'have', 'has', 'had', 'it', 'its', 'this', 'that', 'one', 'some', 'any', 'not', 'no',
]);
/** At most this many English words per word: the first senses listed are the common ones. */
const MAX_SENSES = 4;

/** Extra entries a language adds on top of its file, and its own stemmer for the stem fallback. */
const LANGUAGE_EXTRAS: Readonly<Record<string, { entries?: () => Map<string, string[]>; stem?: (w: string) => string }>> = {
  hi: { entries: hindiGlossEntries, stem: stemHindi },
};

/**
 * Parses lexicon lines `word<TAB>english|english…` (lines starting with `#` are comments).
 *
 * @example
 * ```ts
 * parseLexicon('हमला\tattack|assault').get('हमला'); // ['attack', 'assault']
 * ```
 */
export function parseLexicon(tsv: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, en] = line.split('\t');
    if (!word || !en) continue;
    const words = en
      .split('|')
      .map((w) => w.trim().toLowerCase())
      .filter((w) => /^[a-z]+$/.test(w) && !ENGLISH_FUNCTION_WORDS.has(w));
    if (!words.length) continue;
    const key = word.trim().toLowerCase().normalize('NFC');
    const have = out.get(key) ?? [];
    for (const w of words) if (!have.includes(w)) have.push(w);
    out.set(key, have);
  }
  return out;
}

/**
 * A lexicon from parsed entries: looked up by the word, then by its stem, so inflected forms the
 * data lacks (`हमलों`) find their headword (`हमला`).
 *
 * @example
 * ```ts
 * createLexicon(parseLexicon('हमला\tattack'), stemHindi).translate('हमलों'); // ['attack']
 * ```
 */
export function createLexicon(words: ReadonlyMap<string, readonly string[]>, stem: (w: string) => string): BilingualLexicon {
  const byStem = new Map<string, readonly string[]>();
  for (const [w, en] of words) {
    const s = stem(w);
    if (!byStem.has(s)) byStem.set(s, en);
  }
  return {
    translate(word: string): readonly string[] {
      const w = word.normalize('NFC');
      return (words.get(w) ?? byStem.get(stem(w)) ?? []).slice(0, MAX_SENSES);
    },
  };
}

/** Where a language's lexicon file is (`dist/lang/<code>/lexicon-en.tsv` beside the compiled code). */
export function lexiconFile(lang: string): string {
  return fileURLToPath(new URL(`../../lang/${lang}/lexicon-en.tsv`, import.meta.url));
}

/**
 * Creates the look-up of every language's lexicon into English, each loaded on first use. `stemmerOf`
 * gives the stemmer of a language without its own.
 *
 * @example
 * ```ts
 * const lexicons = createPivotLexicons((lang) => tools.stemmer(lang));
 * lexicons('de')?.translate('anschlag'); // ['attack', …]
 * ```
 */
export function createPivotLexicons(stemmerOf: (lang: string) => (w: string) => string): (lang: string) => BilingualLexicon | null {
  const loaded = new Map<string, BilingualLexicon | null>();
  return (lang) => {
    if (lang === 'en' || !/^[a-z]{2,3}$/.test(lang)) return null;
    const have = loaded.get(lang);
    if (have !== undefined) return have;
    const file = lexiconFile(lang);
    const extras = LANGUAGE_EXTRAS[lang];
    const words = existsSync(file) ? parseLexicon(readFileSync(file, 'utf8')) : new Map<string, string[]>();
    for (const [w, en] of extras?.entries?.() ?? []) words.set(w, [...en, ...(words.get(w) ?? []).filter((x) => !en.includes(x))]);
    const lexicon = words.size ? createLexicon(words, extras?.stem ?? stemmerOf(lang)) : null;
    loaded.set(lang, lexicon);
    return lexicon;
  };
}
