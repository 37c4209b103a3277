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
export type TimeUnit = 'Y' | 'Q' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE';

/** Period words that `this`/`next`/`last` can point at. */
export type PeriodUnit = 'Y' | 'Q' | 'M' | 'W';

/** TimeML's vague references to the present, the past and the future. */
export type VagueRef = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** TimeML season codes. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** TimeML parts of a day. */
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

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
    /** Words between the article and the ordinal (`the fiscal first quarter`). */
    readonly fiscal?: readonly string[];
  };
  /** Words after a duration that turn it into a future date (`from now`). */
  fromNow: readonly string[];
  /** Modifiers kept inside the span of a date (`later this month`, `early 2024`); a trailing `-` joins with a hyphen (`mid-`). */
  modifiers: readonly string[];
  /** Words before a bare four-digit number that make it a year (`in 2014`). */
  /** Words that list a second day after a month and day (`April 24 and 25`). */
  dayListJoiners?: readonly string[];
  yearBefore: readonly string[];
  /** Prepositions after which a four-digit number before 1900 is still a year (`in 1898`, `since 1850`). */
  farYearBefore?: readonly string[];
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
  /** Abbreviations whose full stop ends no sentence (`mr`, `corp`), for the tense cues read in an expression's sentence. */
  abbreviations?: readonly string[];
  /** Tested on the sentence text before an expression: a match means it refers to the future. */
  futureBefore?: RegExp;
  /** Tested on the sentence text after an expression (verb-final languages): a match means future. */
  futureAfter?: RegExp;
  /** Tested on the sentence text after an expression that opens its sentence (at most one word before it): a match means future (`On Tuesday, the league will …`). */
  futureAfterFronted?: RegExp;
  /** In future-tense text, a month (and day) more than this many days before the reference is next year's (default 183: English `will` sentences often name past dates too). */
  futureSlackDays?: number;
  /** Tested on the sentence text before an expression: a match marks the past tense. */
  pastBefore?: RegExp;
  /** Tested on the clause before an expression: a past perfect with no modal after it, which outweighs plan and deadline words (`had filed by Wednesday`). */
  pastPerfectBefore?: RegExp;
  /** Tested on the sentence text after an expression (verb-final languages): a match marks the past tense (था, हुआ). */
  pastAfter?: RegExp;
  /** Words that stand for the present, the past or the future as a whole (`now`, `recently`, अभी). */
  vague?: Readonly<Record<string, VagueRef>>;
  /** Words that count a duration vaguely (`several`, `a few`, `recent`, कई): `several years` → `PXY`. */
  vagueCounts?: readonly string[];
  /** Those of {@link TimeLexicon.vagueCounts} that mean two (`a couple of`): `a couple of years` → `P2Y`. */
  pairCounts?: readonly string[];
  /** Units that a relative word (`the past`, `the next`, `this`) makes one whole duration: `the past decade` → `P10Y`. */
  relativeSpans?: Readonly<Record<string, string>>;
  /** How a half is said: after the count (`2 1/2 years`) or after the unit (`a minute and a half`). */
  halves?: { readonly fractions: readonly string[]; readonly after: readonly string[] };
  /** Plural units that make a vague duration on their own (`years` → `PXY`) right after a word of {@link TimeLexicon.bareDurationBefore}. */
  bareDurationUnits?: readonly string[];
  /** Words before a bare plural unit that make it a duration (`for weeks`, `within months`); they stay outside the span. */
  bareDurationBefore?: readonly string[];
  /** A vague duration still to come: a determiner, a plural unit of {@link TimeLexicon.bareDurationUnits} and a word after it (`the weeks ahead` → `PXW`). */
  durationAhead?: { readonly determiners: readonly string[]; readonly after: readonly string[] };
  /** Words between a count and its unit that stay inside a duration (`two more weeks`). */
  durationInfixes?: readonly string[];
  /** Words before a duration that stay inside its span (`the past`, `the next`, `nearly`, `more than`). */
  durationPrefixes?: readonly string[];
  /** Season words → TimeML code (`summer` → `SU`), dated by `this`/`last`/`next` or a year. */
  seasons?: Readonly<Record<string, Season>>;
  /** Season words that stand alone as a date (`summer`; not `fall`, the verb, nor सर्दी, the cold). */
  bareSeasons?: readonly string[];
  /** Parts of the day: `morning` → `MO`, or a clock time (`noon` → `12:00`); `tonight`-like words in {@link TimeLexicon.partDeictic}. */
  partsOfDay?: Readonly<Record<string, DayPart | `${number}:${number}`>>;
  /** Words before a bare part of the day that make it one (`by mid afternoon`, `in the morning`), on the last day the text named. */
  bareDayPartBefore?: readonly string[];
  /** Single words naming a part of a day relative to the reference: `tonight` → today's night. */
  partDeictic?: Readonly<Record<string, { offset: number; part: DayPart }>>;
  /** Parts of the day among {@link TimeLexicon.partsOfDay} that lie in the night before the day they hang on (`overnight`). */
  partsBeforeTheDay?: readonly string[];
  /** Tested on the text after a bare part of the day: a match makes it part of a name, no time (`overnight rates`). */
  partNotAfter?: RegExp;
  /** Words for the weekend (`weekend`) → `YYYY-Www-WE`. */
  weekend?: readonly string[];
  /** Words that make a unit a set (`every`, `each`, हर): `every week` → `P1W`. */
  setWords?: readonly string[];
  /** Adjectives made of one unit that name a duration on their own: `day-long` → `P1D`. */
  unitAdjectives?: Readonly<Record<string, string>>;
  /** Adverbs that name a set on their own: `daily` → `P1D`. */
  setAdverbs?: Readonly<Record<string, string>>;
  /** Holidays: a fixed day (`{ m: 12, d: 25 }`) or the `nth` (-1: last) weekday of a month (`{ m: 11, weekday: 4, nth: 4 }`). */
  holidays?: Readonly<Record<string, { readonly m: number; readonly d?: number; readonly weekday?: number; readonly nth?: number; readonly from?: number }>>;
  /** Adjectives and phrases that shift a period back a year from the last date the text set (`year-earlier`, `year-ago`). */
  yearEarlier?: readonly string[];
  /** Words for a reporting period (`quarter`, `period`) that `the latest`, `the year-earlier` … point at. */
  reportPeriods?: readonly string[];
  /** Words before a period word that make it the text's current reporting period (`the`, `the latest`, `this`). */
  reportPeriodDeterminers?: readonly string[];
  /** Determiners among {@link TimeLexicon.reportPeriodDeterminers} that name the period just reported (`the latest`, `this`), not the one the text named last. */
  reportPeriodLatest?: readonly string[];
  /** Decades spelled out (`nineties` → 199) with the words allowed before them (`the`, `the early`). */
  decadeWords?: Readonly<Record<string, number>>;
  /** Phrases dated from the last date the text set: `the same day` → +0 days, `the following year` → +1 year. */
  followOnPhrases?: Readonly<Record<string, { n: number; unit: 'Y' | 'M' | 'D' }>>;
  /**
   * Relative words that point back or forward from the last date the text set rather than from today:
   * `the previous Friday`, `the following week` (a weekday, week, month or year after them).
   */
  followOnRelative?: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Words after `N units` that date it from the last date the text set rather than from today (`earlier`, `later`). */
  followOnDirections?: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Years said in words: the hundreds (`nineteen` → 19), `two thousand` and the joiner in `two thousand and one`. */
  spelledYears?: { readonly centuries: Readonly<Record<string, number>>; readonly thousand: readonly string[]; readonly joiners: readonly string[] };
  /** Four-digit numbers read as years without a cue word, within a window around the reference year, unless `notBefore` matches the text after them. */
  bareYears?: { readonly yearsBack: number; readonly yearsAhead: number; readonly notBefore: RegExp };
  /** `the year` as an expression: the determiners it takes (`the`, `the fiscal`) and the contexts that make it a duration (`for the year`, `the year ended …`). */
  theYear?: { readonly determiners: readonly string[]; readonly durationBefore: RegExp; readonly durationAfter: RegExp };
  /** `the month` after a word that places a time within it (`the end of the month`, `later in the month`): the month the text named last, else the reference's. */
  theMonth?: { readonly words: readonly string[]; readonly after: readonly string[] };
  /** Tested on the text before `a week`, `an hour`: a match makes it a duration (`for a week`, `within an hour`). */
  indefiniteDurationBefore?: RegExp;
  /**
   * Clock hours said with a word after the number (Hindi `10 बजे`): the word, and the day-part words
   * before it that mean before noon (`सुबह`), after noon (`शाम`), or night (`रात`: 9 is 21:00, 2 is 02:00).
   */
  oClock?: { readonly words: readonly string[]; readonly am: readonly string[]; readonly pm: readonly string[]; readonly night: readonly string[] };
  /** Words after a day number that make it a day of the current month (Hindi `5 तारीख`). */
  dayOfMonthWords?: readonly string[];
  /** Words after a year ending in 0 that make it a decade (Hindi `1990 के दशक`). */
  decadeAfter?: readonly string[];
  /** Modifiers before a year that make it one of its halves: `the second half of 1989` → `1989-H2`. */
  yearHalves?: Readonly<Record<string, 'H1' | 'H2'>>;
  /** Tested on the text right after `a quarter`, `three quarters`: a match makes it a fraction, no duration (`a quarter of the market`). */
  fractionAfter?: RegExp;
  /** Vague words that open a sentence before a comma as a discourse marker, not a time (`Now, he says …`). */
  discourseMarkers?: readonly string[];
  /** Words before a year kept inside its span (`fiscal`, `the year`). */
  yearPrefixes?: readonly string[];
  /**
   * Whether patterns let zero-width joiners sit inside non-ASCII words (default true). The stage
   * compiles a second rule set with `false` for the many texts that contain none: faster patterns.
   */
  zeroWidthJoiners?: boolean;
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
