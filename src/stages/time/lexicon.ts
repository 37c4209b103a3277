/**
 * The shape of a language's temporal vocabulary. The parsers in this folder are language
 * independent: they build their patterns from a {@link TimeLexicon}, which each language
 * supplies as a typed constant in `src/lang/<bcp47>/time.ts`.
 *
 * Words are matched case-insensitively, after NFC normalisation and with zero-width joiners
 * ignored; multi-word entries match any run of spaces. Lookups use {@link canonicalWord}.
 *
 * @example
 * ```ts
 * import { EN_TIME } from '../../lang/en/time.js';
 * EN_TIME.months['april']; // 4
 * ```
 */

/** Calendar units a duration or a relative period can be counted in. */
export type TimeUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE';

/** Period words that `this`/`next`/`last` can point at. */
export type PeriodUnit = 'Y' | 'M' | 'W';

/** A word that names a day relative to the reference date; `past`/`future` when tense decides (Hindi कल). */
export type DayOffset = number | { past: number; future: number };

export interface TimeLexicon {
  /** BCP-47 code, e.g. `en`. */
  lang: string;
  /** Annotation source, e.g. `time/en`. */
  source: string;
  /** Whether month and weekday names must start with a capital letter (English: yes, so `may` the verb is no month). */
  capitalizedNames: boolean;
  /** Native digits for 0–9 (e.g. `०१२३४५६७८९`), matched besides ASCII digits. */
  digits?: string;
  /** Numeric dates like `08-09-2022`: read day first unless that reading is impossible. */
  dayFirst: boolean;
  /** Every spelling of every month (names, abbreviations with and without dot) → 1–12. */
  months: Readonly<Record<string, number>>;
  /** Month spellings that may stand alone as a date (not modal `May`, not abbreviations). */
  bareMonths: readonly string[];
  /** Every spelling of every weekday → ISO weekday 1 (Monday) – 7 (Sunday). */
  weekdays: Readonly<Record<string, number>>;
  /** Weekday spellings that may stand alone (full names; abbreviations only before a date). */
  bareWeekdays: readonly string[];
  /** Ordinal suffixes after a day number (`22nd`). */
  ordinalSuffixes: readonly string[];
  /** Words allowed between day and month (`5th of May`). */
  dayMonthJoiners: readonly string[];
  /** Number words → value; `twenty four`, `twenty-four` are summed by the parser. */
  numberWords: Readonly<Record<string, number>>;
  /** Unit words of durations (singular and plural). */
  units: Readonly<Record<string, TimeUnit>>;
  /** Period words after `this`/`next`/`last`. */
  periods: Readonly<Record<string, PeriodUnit>>;
  /** Words that point at the current, the following or the previous period, month or weekday. */
  relative: { readonly this: readonly string[]; readonly next: readonly string[]; readonly last: readonly string[] };
  /** Words naming a day relative to the reference date: `today` → 0, `yesterday` → -1. */
  deictic: Readonly<Record<string, DayOffset>>;
  /** Words after a duration that turn it into a past date (`ago`, पहले). */
  ago: readonly string[];
  /** Indefinite articles that count as one before a unit in a shifted date (`a year ago`). */
  indefinite: readonly string[];
  /** Tested on the text right after a duration: a match means it is no duration (`6-year-old`). */
  notDurationAfter?: RegExp;
  /** Quarter expressions (`the third quarter`, `third-quarter`) → `YYYY-Qn`. */
  quarters?: {
    readonly ordinals: Readonly<Record<string, number>>;
    readonly words: readonly string[];
    /** Articles kept inside the span (`the`). */
    readonly articles: readonly string[];
  };
  /** Words after a duration that turn it into a future date (`from now`). */
  fromNow: readonly string[];
  /** Modifiers kept inside the span of a date (`later this month`, `early 2024`); a trailing `-` joins with a hyphen (`mid-`). */
  modifiers: readonly string[];
  /** Words before a bare four-digit number that make it a year (`in 2014`). */
  yearBefore: readonly string[];
  /** Words after a bare four-digit number that make it a year (`2014 में`). */
  yearAfter: readonly string[];
  /** Words joining two years of a range (`2014 and 2016`): the second counts as a year too. */
  yearRangeJoiners: readonly string[];
  /** Words between a date and a time of day (`08-09-2022 at 11:21 am`). */
  timeJoiners: readonly string[];
  /** Words after an hour that say it is morning / afternoon. */
  meridiem: { readonly am: readonly string[]; readonly pm: readonly string[] };
  /** Time-zone abbreviations kept inside a time's span. */
  timeZones: readonly string[];
  /** Tested on the sentence text before an expression: a match means it refers to the future. */
  futureBefore?: RegExp;
  /** Tested on the sentence text after an expression (verb-final languages): a match means future. */
  futureAfter?: RegExp;
  /** Characters that have another encoding in running text, e.g. precomposed nukta letters: `[canonical, alternative]`. */
  equivalents?: ReadonlyArray<readonly [string, string]>;
}

/**
 * The form lexicon keys are compared in: NFC, lower case, zero-width joiners removed, spaces collapsed.
 *
 * @example
 * ```ts
 * canonicalWord('SEP'); // 'sep'
 * canonicalWord('अगस्\u200Dत'); // 'अगस्त'
 * ```
 */
export function canonicalWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/[\u200C\u200D]/g, '').replace(/\s+/g, ' ').trim();
}
