import stopword from 'stopword';
import snowball from 'snowball-stemmers';

/**
 * How each language's words become matching terms: its stop words (from the `stopword` package,
 * keyed by ISO 639-3) and its Snowball stemmer (from `snowball-stemmers`). A language missing here
 * still gets terms: no stop words beyond the shared ones, and words cut to their first
 * {@link TRUNCATE_AT} letters, which matches inflected forms about as well as a stemmer in most
 * European languages (McNamee & Mayfield, 2004).
 */
interface ToolNames {
  stopwords: string;
  stemmer?: string;
}

const TOOLS: Readonly<Record<string, ToolNames>> = {
  en: { stopwords: 'eng', stemmer: 'english' },
  de: { stopwords: 'deu', stemmer: 'german' },
  fr: { stopwords: 'fra', stemmer: 'french' },
  es: { stopwords: 'spa', stemmer: 'spanish' },
  it: { stopwords: 'ita', stemmer: 'italian' },
  pt: { stopwords: 'por', stemmer: 'portuguese' },
  nl: { stopwords: 'nld', stemmer: 'dutch' },
  tr: { stopwords: 'tur', stemmer: 'turkish' },
  ar: { stopwords: 'ara', stemmer: 'arabic' },
  ru: { stopwords: 'rus', stemmer: 'russian' },
  sv: { stopwords: 'swe', stemmer: 'swedish' },
  da: { stopwords: 'dan', stemmer: 'danish' },
  nb: { stopwords: 'nob', stemmer: 'norwegian' },
  no: { stopwords: 'nob', stemmer: 'norwegian' },
  fi: { stopwords: 'fin', stemmer: 'finnish' },
  hu: { stopwords: 'hun', stemmer: 'hungarian' },
  ro: { stopwords: 'ron', stemmer: 'romanian' },
  ca: { stopwords: 'cat', stemmer: 'catalan' },
  eu: { stopwords: 'eus', stemmer: 'basque' },
  ga: { stopwords: 'gle', stemmer: 'irish' },
  hy: { stopwords: 'hye', stemmer: 'armenian' },
  cs: { stopwords: 'ces', stemmer: 'czech' },
  sl: { stopwords: 'slv', stemmer: 'slovene' },
  pl: { stopwords: 'pol' },
  uk: { stopwords: 'ukr' },
  bg: { stopwords: 'bul' },
  el: { stopwords: 'ell' },
  hi: { stopwords: 'hin' },
  mr: { stopwords: 'mar' },
  bn: { stopwords: 'ben' },
  gu: { stopwords: 'guj' },
  ur: { stopwords: 'urd' },
  fa: { stopwords: 'fas' },
  id: { stopwords: 'ind' },
  vi: { stopwords: 'vie' },
};

/** Words of a language without a stemmer are cut to this many letters. */
export const TRUNCATE_AT = 6;

/** Stop words and stemmers per language, built on first use and kept for the life of the object. */
export interface LanguageTools {
  /** The stop words of a language, lower-case (empty for a language without a list). */
  stopwords(lang: string): ReadonlySet<string>;
  /** A stemming function for a language: Snowball where there is one, else truncation. */
  stemmer(lang: string): (word: string) => string;
}

/**
 * Creates the per-language stop word and stemmer look-up, with its own caches.
 *
 * @example
 * ```ts
 * const tools = createLanguageTools();
 * tools.stemmer('en')('attacked'); // 'attack'
 * tools.stemmer('pl')('wystawy'); // 'wystaw'
 * tools.stopwords('de').has('und'); // true
 * ```
 */
export function createLanguageTools(): LanguageTools {
  const stopCache = new Map<string, ReadonlySet<string>>();
  const stemCache = new Map<string, (word: string) => string>();
  return {
    stopwords(lang) {
      const cached = stopCache.get(lang);
      if (cached) return cached;
      const key = TOOLS[lang]?.stopwords;
      const list = key ? ((stopword as Record<string, unknown>)[key] as string[] | undefined) ?? [] : [];
      const set = new Set(list.map((w) => w.toLowerCase().normalize('NFC')));
      stopCache.set(lang, set);
      return set;
    },
    stemmer(lang) {
      const cached = stemCache.get(lang);
      if (cached) return cached;
      const name = TOOLS[lang]?.stemmer;
      let fn: (word: string) => string;
      if (name) {
        // No memo here: story profiles memoise each word's keys, stem included.
        const stemmer = snowball.newStemmer(name);
        fn = (w) => stemmer.stem(w);
      } else {
        fn = (w) => [...w].slice(0, TRUNCATE_AT).join('');
      }
      stemCache.set(lang, fn);
      return fn;
    },
  };
}
