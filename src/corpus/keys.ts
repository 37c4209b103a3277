/**
 * Matching keys for names, language-independent: two names that share a key may be the same
 * entity. Plain keys are normalised spellings (`ministry of defence`); prefixed keys are looser:
 * `ocr:` folds letters OCR confuses (I/l/1), `nt:` drops a leading title, `~` is a consonant
 * skeleton for fuzzy cross-script matching. Names in scripts other than Latin also get the keys of
 * their gloss and their transliteration, through the per-language helpers in {@link SCRIPT_HELPERS}.
 */
import type { EntityType } from '../pipeline/types.js';
import { englishNameHindi, glossHindi } from '../lang/hi/gloss.js';
import { transliterateHindi } from '../lang/hi/transliterate.js';
import { hindiAdjectiveBase, isCommonHindiWord, isHindiNameHead } from '../lang/hi/entities.js';

/** What corpus stages need from a language written in a non-Latin script. */
export interface ScriptHelpers {
  /** Latin letters, close to how English writes the language's names. */
  transliterate(text: string): string;
  /** Ordinary words in English, names transliterated (`रक्षा मंत्रालय` → `defence ministry`). */
  gloss?(text: string): string;
  /** The English name a gazetteer knows for a place or organisation. */
  english?(text: string): string | null;
  /** The script has no capital letters, so names must be found again in its texts after resolution. */
  caseless: boolean;
  /**
   * An ordinary word of the language (postposition, auxiliary, common noun, oblique plural): a
   * one-word name written the same (`गया`, the town Gaya and `went`) is not found again as that word.
   */
  common?(word: string): boolean;
  /**
   * A head noun that ends the name of a body, scheme or place (`अभियान`, `मंत्रालय`): a name
   * written just before one is the modifier of a longer name (`गंगा सफाई अभियान`), not a mention.
   */
  nameHead?(word: string): boolean;
  /** The word an adjective is derived from by the language's adjective suffix (`पंजाबी` → `पंजाब`), or null. */
  adjectiveBase?(word: string): string | null;
}

const DEVANAGARI_HELPERS: ScriptHelpers = {
  transliterate: transliterateHindi,
  caseless: true,
};

/** Helpers by language code. Add a language here, not with `if` chains in the matching logic. */
export const SCRIPT_HELPERS: Readonly<Record<string, ScriptHelpers>> = {
  hi: { transliterate: transliterateHindi, gloss: glossHindi, english: englishNameHindi, caseless: true, common: isCommonHindiWord, nameHead: isHindiNameHead, adjectiveBase: hindiAdjectiveBase },
  mr: DEVANAGARI_HELPERS,
  ne: DEVANAGARI_HELPERS,
};

/** Which helpers serve a script when the language code does not say (`und`, a mislabelled text). */
const SCRIPT_FALLBACK: readonly { test: RegExp; lang: string }[] = [{ test: /[\u0900-\u097F]/, lang: 'hi' }];

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Whether a name is written in Latin letters (digits and punctuation count as neutral).
 *
 * @example
 * ```ts
 * isLatinName('Gen Nakatani'); // true
 * isLatinName('नकातानी'); // false
 * ```
 */
export function isLatinName(name: string): boolean {
  return !NON_LATIN.test(name);
}

/**
 * The helpers for a name in a language: by language code, else by the script of the name.
 *
 * @example
 * ```ts
 * helpersFor('नकातानी', 'und')?.transliterate('नकातानी'); // 'nakatani'
 * helpersFor('Nakatani', 'en'); // null
 * ```
 */
export function helpersFor(name: string, lang: string): ScriptHelpers | null {
  if (isLatinName(name)) return null;
  const direct = SCRIPT_HELPERS[lang.toLowerCase().split('-')[0] ?? ''];
  if (direct) return direct;
  const fallback = SCRIPT_FALLBACK.find((f) => f.test.test(name));
  return fallback ? (SCRIPT_HELPERS[fallback.lang] ?? null) : null;
}

/** Characters from the start of a text that tell its script. */
const SCRIPT_SAMPLE = 2000;

/**
 * The helpers for a whole text, told from its language and its opening characters.
 *
 * @example
 * ```ts
 * textHelpers('नकातानी ने कहा।', 'hi')?.caseless; // true
 * ```
 */
export function textHelpers(text: string, lang: string): ScriptHelpers | null {
  return helpersFor(text.slice(0, SCRIPT_SAMPLE), lang);
}

/**
 * Whether resolved names are looked for again in a text: only in caseless scripts, where no tagger
 * can rely on capitals (the propagator, the profile threads and the kept profiles all ask this).
 *
 * @example
 * ```ts
 * caselessText('नकातानी ने कहा।', 'hi'); // true
 * caselessText('Nakatani said.', 'en'); // false
 * ```
 */
export function caselessText(text: string, lang: string): boolean {
  return textHelpers(text, lang)?.caseless ?? false;
}

/**
 * Lower case, diacritics folded, `&` → `and`, punctuation to spaces, a leading `the` dropped.
 *
 * @example
 * ```ts
 * normalizeName('The Jammu & Kashmir Police'); // 'jammu and kashmir police'
 * normalizeName('Lashkar-e-Taiba'); // 'lashkar e taiba'
 * ```
 */
export function normalizeName(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
  return s.replace(/^the /, '');
}

/** Heads whose English puts the portfolio either side: `Defence Ministry` = `Ministry of Defence`. */
const OF_HEADS = ['ministry', 'department'];

/**
 * `X ministry` → `ministry of X` (and the same for `department`), so both English orders meet.
 *
 * @example
 * ```ts
 * ministryOrder('defence ministry'); // 'ministry of defence'
 * ministryOrder('ministry of defence'); // 'ministry of defence'
 * ```
 */
export function ministryOrder(normalized: string): string {
  for (const head of OF_HEADS) {
    const m = new RegExp(`^(.+) ${head}$`).exec(normalized);
    if (m?.[1] && !m[1].endsWith(' of')) return `${head} of ${m[1]}`;
  }
  return normalized;
}

/**
 * Fold the letters OCR and fonts confuse: `l`, `1`, `|` → `i`, `0` → `o`.
 *
 * @example
 * ```ts
 * ocrFold('takeshi lwaya'); // 'takeshi iwaya'
 * ```
 */
export function ocrFold(normalized: string): string {
  return normalized.replace(/[l1|]/g, 'i').replace(/0/g, 'o');
}

/** Titles that may be left in front of a name (an extractor that kept `General`): dropped for the `nt:` key. */
const LEADING_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'shri', 'sri', 'smt', 'gen', 'general', 'lt', 'col', 'colonel', 'maj',
  'major', 'capt', 'captain', 'adm', 'admiral', 'brig', 'sir', 'justice', 'president', 'minister',
]);

/** Unabbreviated titles: a name that starts with one probably kept its title (`General Nakatani`). */
export const SPELLED_OUT_TITLES: ReadonlySet<string> = new Set([
  'general', 'president', 'minister', 'captain', 'colonel', 'major', 'admiral', 'justice', 'doctor', 'professor',
  'mister', 'sir', 'lieutenant', 'brigadier', 'shri', 'smt',
]);

/** Consonant spellings that sound alike in names fold together; `h` (aspiration, `sh`/`s`) goes. */
function foldConsonants(w: string): string {
  return w
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 'j')
    .replace(/w/g, 'v')
    .replace(/h/g, '');
}

/**
 * Consonant skeleton of a Latin name for fuzzy matching across scripts: spelling variants that
 * sound alike fold together (`sh`/`s`, `w`/`v`, `c`/`k`/`s`, `z`/`j`, `ph`/`f`), `h` and vowels
 * go, doubled letters collapse. Word by word, joined by spaces.
 *
 * @example
 * ```ts
 * skeleton('manekshaw centre'); // 'mnks sntr'
 * skeleton('maneksho sentar'); // 'mnks sntr'
 * ```
 */
export function skeleton(latin: string): string {
  return latin
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => {
      let s = foldConsonants(w);
      // v after a vowel and not before one is a vowel glide: `manekshaw` ~ `maneksho`.
      s = s.replace(/([aeiouy])v(?![aeiouy])/g, '$1');
      s = s.replace(/[aeiouy]/g, '');
      return s.replace(/(.)\1+/g, '$1');
    })
    .filter((w) => w !== '')
    .join(' ');
}

/** The vowel class of a run of vowels: how Indian English and Hindi transliteration spell one sound. */
function vowelClass(run: string): string {
  if (/^(?:oo|u)/.test(run)) return 'u';
  if (/^(?:o|au|aw)/.test(run)) return 'o';
  if (/^(?:ai|ay|ae|ei|e(?![ea]))/.test(run)) return 'e';
  if (/^(?:i|ee|ea|ie)/.test(run)) return 'i';
  return 'a';
}

/**
 * A spelling-tolerant key of one Latin word of a person's name, for matching names across scripts:
 * the consonant folds of {@link skeleton} (`sh`/`s`, `w`/`v`, `z`/`j`, no `h`), doubled letters
 * collapsed, a final `a` (Hindi long or short) and an English silent final `e` dropped, the first
 * vowel kept as a class (`a`/`aa`, `i`/`ee`, `o`/`au`, `u`/`oo`, `e`/`ai`) and later vowels only as
 * a slot `V`, since unstressed vowels vary most (`Solbakken` ~ `solbakkan`).
 *
 * @example
 * ```ts
 * phoneticWord('ishaan'); // 'isVn'
 * phoneticWord('ishan'); // 'isVn'
 * phoneticWord('rathore') === phoneticWord('rathaur'); // true
 * phoneticWord('meera') === phoneticWord('mira'); // true
 * ```
 */
export function phoneticWord(word: string): string {
  let s = foldConsonants(word.toLowerCase().replace(/[^a-z]/g, ''));
  if (s.length > 3) s = s.replace(/([^aeiou])e$/, '$1');
  if (s.length > 2) s = s.replace(/([^aeiou])a+$/, '$1');
  s = s.replace(/([aeiou])v(?![aeiou])/g, '$1');
  s = s.replace(/([^aeiou])\1+/g, '$1');
  let first = true;
  return s.replace(/[aeiou]+/g, (run) => {
    if (!first) return 'V';
    first = false;
    return vowelClass(run);
  });
}

/**
 * The cross-script key of a person's full name (two words or more, leading titles dropped): each
 * word through {@link phoneticWord}, after transliteration for names in other scripts. Null for a
 * single word, so a surname alone never matches a full name this way. Meant for matching a name in
 * one script against a name in another; within one script, spellings that differ stay apart.
 *
 * @example
 * ```ts
 * personNameKey('Ishaan Rathore', 'en'); // 'pn:isVn ratVr'
 * personNameKey('ईशान राठौर', 'hi'); // 'pn:isVn ratVr'
 * personNameKey('Rathore', 'en'); // null
 * ```
 */
export function personNameKey(name: string, lang: string): string | null {
  return fullNameKey('pn', name, lang, phoneticWord);
}

/**
 * `prefix:` and each word of a person's full name through `word` (the name in Latin letters, leading
 * titles dropped); null for a single word or a word with nothing left.
 */
function fullNameKey(prefix: string, name: string, lang: string, word: (w: string) => string): string | null {
  const helpers = helpersFor(name, lang);
  const latin = normalizeName(helpers ? helpers.transliterate(name) : name);
  const tokens = latin.split(' ').filter((w) => w !== '');
  let i = 0;
  while (i < tokens.length - 1 && LEADING_TITLES.has(tokens[i] ?? '')) i++;
  const words = tokens.slice(i).map(word);
  if (words.length < 2 || words.some((w) => w === '')) return null;
  return `${prefix}:${words.join(' ')}`;
}

/**
 * A looser cross-script key of a person's full name than {@link personNameKey}: each word as its
 * consonant {@link skeleton}, vowels left out altogether, since English spellings of foreign names
 * and Hindi transliterations disagree most on vowels (`Donald Trump` ~ `डोनाल्ड ट्रंप`, `Angela Merkel` ~
 * `एंजेला मर्केल`). Every word must still meet its counterpart, so a shared surname alone never matches.
 *
 * @example
 * ```ts
 * consonantNameKey('Donald Trump', 'en') === consonantNameKey('डोनाल्ड ट्रंप', 'hi'); // true
 * consonantNameKey('Trump', 'en'); // null
 * ```
 */
export function consonantNameKey(name: string, lang: string): string | null {
  return fullNameKey('pc', name, lang, (w) => skeleton(foreignSpelling(w)));
}

/**
 * Spellings of foreign names that Hindi writes as they sound, folded the same way on both sides of a
 * comparison (a transliteration has none of them, so folding it too changes nothing): a soft `g`
 * before `e`, `i`, `y` (`Angela` ~ `एंजेला`), German `sch` (`Scholz` ~ `शोल्ज़`), Chinese initial `x`
 * (`Xi` ~ `शी`).
 */
function foreignSpelling(word: string): string {
  return word.replace(/g(?=[eiy])/g, 'j').replace(/sch/g, 'sh').replace(/^x/, 'sh');
}

/** The plain and prefixed keys of one Latin-letter form. */
function latinKeys(normalized: string, type: EntityType, out: Set<string>): void {
  if (normalized === '') return;
  const ordered = type === 'person' ? normalized : ministryOrder(normalized);
  out.add(ordered);
  out.add(`ocr:${ocrFold(ordered)}`);
  const tokens = ordered.split(' ');
  if (type === 'person' && tokens.length > 1 && LEADING_TITLES.has(tokens[0] ?? '')) {
    let i = 0;
    while (i < tokens.length - 1 && LEADING_TITLES.has(tokens[i] ?? '')) i++;
    const rest = tokens.slice(i).join(' ');
    // A full name left after the title is a plain key; a lone surname only meets other titled
    // forms of it (`Gen X` ~ `General X`), never bare surnames, which the resolver handles apart.
    out.add(rest.includes(' ') ? rest : `nt:${rest}`);
  }
  const skel = skeleton(ordered);
  if (skel.replace(/ /g, '').length >= 3) out.add(`~${skel}`);
}

/**
 * Matching keys of a name (titles already removed by the extractor). Latin names: the normalised
 * form (`X Ministry` as `ministry of X`), its OCR fold, a title-less form and a consonant skeleton.
 * Other scripts add the same keys for their gloss (not for persons) and their transliteration.
 *
 * @example
 * ```ts
 * nameKeys('Defence Ministry', 'en', 'organization'); // ['ministry of defence', 'ocr:ministry of defence', '~mnstr f dfns']
 * nameKeys('रक्षा मंत्रालय', 'hi', 'organization').includes('ministry of defence'); // true
 * nameKeys('नकातानी', 'hi', 'person').includes('nakatani'); // true
 * ```
 */
export function nameKeys(name: string, lang: string, type: EntityType): string[] {
  const out = new Set<string>();
  const normalized = normalizeName(name);
  const helpers = helpersFor(name, lang);
  if (helpers === null) {
    latinKeys(normalized, type, out);
    return [...out];
  }
  // The name as written is a key too (exact matches in the same script).
  if (normalized !== '') out.add(normalized);
  if (type !== 'person') {
    const english = helpers.english?.(name);
    if (english) latinKeys(normalizeName(english), type, out);
    if (helpers.gloss) latinKeys(normalizeName(helpers.gloss(name)), type, out);
  }
  latinKeys(normalizeName(helpers.transliterate(name)), type, out);
  return [...out];
}
