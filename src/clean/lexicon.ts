/**
 * The shape of the per-language data the cleaner reads (`src/lang/<bcp47>/clean.ts`), and the
 * list of languages it applies. The language of a page is not known while cleaning, so the
 * cleaner applies the patterns of every language in {@link CLEAN_LEXICONS} at once.
 */
import { CLEAN_EN } from '../lang/en/clean.js';
import { CLEAN_HI } from '../lang/hi/clean.js';
import { DATES_AR } from '../lang/ar/dates.js';
import { DATES_DE } from '../lang/de/dates.js';
import { DATES_ES } from '../lang/es/dates.js';
import { DATES_FR } from '../lang/fr/dates.js';
import { DATES_ID } from '../lang/id/dates.js';
import { DATES_IT } from '../lang/it/dates.js';
import { DATES_JA } from '../lang/ja/dates.js';
import { DATES_KO } from '../lang/ko/dates.js';
import { DATES_NL } from '../lang/nl/dates.js';
import { DATES_PL } from '../lang/pl/dates.js';
import { DATES_PT } from '../lang/pt/dates.js';
import { DATES_RU } from '../lang/ru/dates.js';
import { DATES_TR } from '../lang/tr/dates.js';
import { DATES_UK } from '../lang/uk/dates.js';
import { DATES_ZH } from '../lang/zh/dates.js';

/** A whole-line pattern and the short reason recorded when a line matching it is dropped. */
export interface FurniturePattern {
  pattern: RegExp;
  reason: string;
}

/** A label that introduces a publication date-time, e.g. `Posted On:` or `Updated:`. */
export interface DateLabel {
  /** Matches the label at the start of a line or `|`-separated segment (the `:` is optional). */
  pattern: RegExp;
  kind: 'published' | 'updated';
}

/** Everything language-specific the text and HTML cleaners need. */
export interface CleanLexicon {
  lang: string;
  /** A line (trimmed) matching one of these is page furniture. */
  furniture: readonly FurniturePattern[];
  /**
   * A line matching one of these starts the trailing block (related stories, top news, next
   * story...) when it comes after the article has started: it and everything after it is dropped.
   */
  endMarkers: readonly RegExp[];
  /** A line starting with one of these is a teaser for another story (dropped, not a cut). */
  teaserPrefixes: readonly RegExp[];
  /** Labels of publication metadata lines. */
  dateLabels: readonly DateLabel[];
  /** Month names and abbreviations, lower case, to month number 1–12. */
  months: Readonly<Record<string, number>>;
  /** Weekday names and abbreviations, lower case. */
  weekdays: readonly string[];
  /** `am`/`pm` words, lower case, to whether they mean afternoon. */
  meridiem: Readonly<Record<string, 'am' | 'pm'>>;
  /** Words between a date and a time (`at`), lower case. */
  dateTimeJoiners: readonly string[];
  /** Time-zone abbreviations to UTC offsets (`IST` → `+05:30`). */
  zones: Readonly<Record<string, string>>;
  /**
   * Places and publishers (lower case) to the UTC offset of their local time, used when a page
   * gives a time without a zone (`Posted On: 05 MAY 2025 5:47PM by PIB Delhi`).
   */
  localOffsets: Readonly<Record<string, string>>;
  /** News agencies as they appear in datelines (`TOKYO (Reuters) -`, `(भाषा)`). */
  agencies: readonly string[];
  /** Single tokens that are tracking/analytics residue when they stand alone on a line. */
  trackers: readonly string[];
  /** Words that introduce a byline's names (`by`, `written by`), lower case. */
  authorLabels?: readonly string[];
  /** Words that join two names in a byline (`and`), lower case. */
  authorJoiners?: readonly string[];
}

/** Every language whose cleaning data is applied, in no particular order. */
export const CLEAN_LEXICONS: readonly CleanLexicon[] = [CLEAN_EN, CLEAN_HI];

/**
 * The date words of a language whose pages are dated but not otherwise cleaned: month and weekday
 * names, labels of publication and update lines, `am`/`pm` words, words between a date and a time.
 */
export interface DateWords {
  lang: string;
  months: Readonly<Record<string, number>>;
  weekdays: readonly string[];
  labels: readonly DateLabel[];
  meridiem: Readonly<Record<string, 'am' | 'pm'>>;
  dateTimeJoiners: readonly string[];
  /** Words that introduce a byline's names (`von`, `par`, `текст`), lower case. */
  authorLabels?: readonly string[];
  /** Words that join two names in a byline (`and`), lower case. */
  authorJoiners?: readonly string[];
}

/** Date words of the languages without cleaning data, applied together with {@link CLEAN_LEXICONS}. */
export const DATE_WORDS: readonly DateWords[] = [
  DATES_AR, DATES_DE, DATES_ES, DATES_FR, DATES_ID, DATES_IT, DATES_JA, DATES_KO, DATES_NL, DATES_PL, DATES_PT,
  DATES_RU, DATES_TR, DATES_UK, DATES_ZH,
];
