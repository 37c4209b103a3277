/**
 * Language-independent parsers of temporal expressions. Each {@link TimeRule} has a pattern built
 * from a {@link TimeLexicon} and an `extract` step that turns a match into a {@link Candidate};
 * refiners (`refiners.ts`) then merge neighbours, drop fragments and remove overlaps — the
 * chrono split of parsers that propose and refiners that resolve.
 *
 * @example
 * ```ts
 * const rules = createRules(EN_TIME);
 * proposeCandidates('On April 22 they met.', rules, { y: 2025, m: 5, d: 5 });
 * // [{ start: 3, end: 11, value: '2025-04-22', rule: 'month-day', … }]
 * ```
 */
import type { TimexKind } from '../../pipeline/types.js';
import { execFast } from '../../pipeline/scan.js';
import {
  addDays, addMonths, dayDiff, formatDay, formatMonth, isValidDay, isoWeek, isoWeekday, pad,
  type Ymd,
} from './calendar.js';
import { canonicalWord, type DayOffset, type PeriodUnit, type TimeLexicon, type TimeUnit } from './lexicon.js';

/** A proposed temporal expression, with what refiners need to merge it with its neighbours. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  kind: TimexKind;
  rule: string;
  /** Named a month (and day) but no year: the year in `value` was inferred and a neighbour may supply it. */
  yearless?: { month: number; day?: number };
  /** Named a season (TimeML code) without a year: `the winter of 1994` takes the year after it. */
  season?: string;
  /** Names a whole year (`last year`, `in 2014`) that a yearless neighbour may borrow. */
  year?: number;
  /** Names one day: a time of day right after it attaches to it. */
  day?: Ymd;
  /** A time of day `HH:MM[:SS]` that may attach to a preceding day. */
  clock?: string;
  /** A weekday name, which a date right after it absorbs (`Thursday, Sep 08, 2022`). */
  weekday?: number;
  /**
   * A follow-on expression (`a year earlier`, `the year-ago quarter`): its value is the last date the
   * text set, shifted by `years`; `quarter` asks for a quarter (a given one, or the anchor's).
   */
  followOn?: {
    years: number; months?: number; days?: number; unit?: 'Y' | 'M' | 'W' | 'D'; quarter?: number | 'same' | 'only'; clock?: string; year?: number;
    /** With unit `D`: the weekday (1–7) before (`days` < 0) or after the anchor day (`the previous Friday`). */
    weekday?: number;
  };
  /** A fragment kept only if a refiner merges it (weekday abbreviation, `May` without a day). */
  weak?: boolean;
}

/** What a rule's `extract` sees: the match, the text and lexicon, the reference day. */
export interface RuleContext {
  text: string;
  lex: TimeLexicon;
  lookups: Lookups;
  /** The reference day, or null when none is known (relative expressions are then dropped). */
  ref: Ymd | null;
  match: RegExpExecArray;
}

/** One parser: a pattern and the step that turns its match into a candidate. */
export interface TimeRule {
  name: string;
  /** Only digits and punctuation: usable for languages that have no lexicon of their own. */
  numeric: boolean;
  pattern: RegExp;
  extract(ctx: RuleContext): Candidate | null;
}

/** A language's compiled parsers with the lexicon and lookups they were built from. */
export interface RuleSet {
  lex: TimeLexicon;
  lookups: Lookups;
  rules: TimeRule[];
}

/** Lexicon lists as maps from canonical word to value, built once per rule set. */
export interface Lookups {
  months: Map<string, number>;
  bareMonths: Set<string>;
  weekdays: Map<string, number>;
  bareWeekdays: Set<string>;
  numbers: Map<string, number>;
  units: Map<string, TimeUnit>;
  periods: Map<string, PeriodUnit>;
  relative: Map<string, 'this' | 'next' | 'last'>;
  deictic: Map<string, DayOffset>;
  ago: Set<string>;
  fromNow: Set<string>;
  meridiemPm: Set<string>;
  followOnDirections: Set<string>;
  /** Relative words that count from the last date the text set: -1 back (`the previous`), 1 forward (`the following`). */
  followOnRelative: Map<string, -1 | 1>;
  /** Modifiers that make a year one of its halves (`the second half of` → `H2`). */
  yearHalves: Map<string, 'H1' | 'H2'>;
  partsOfDay: Map<string, string>;
  /** Regex fragments reused by the refiners. */
  fragments: {
    modifiers: string; dayMonthJoiners: string; timeJoiners: string;
    durationPrefixes: string; yearPrefixes: string; partsOfDay: string;
  };
}

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const LEFT = `(?<!${WORD_CHAR})`;
const RIGHT = `(?!${WORD_CHAR})`;
const SPACE = '[^\\S\\r\\n]+';
const YEAR_MIN = 1900;
/** Years before {@link YEAR_MIN} (back to this one) only after a word of the lexicon's `farYearBefore` (`in 1898`). */
const FAR_YEAR_MIN = 1000;
const YEAR_MAX = 2100;
/** A month-day without a year that would land this many days after the reference is taken from the year before. */
const FUTURE_SLACK_DAYS = 120;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A regex fragment matching one lexicon word as it may appear in running text: any case, any
 * run of spaces between its words, zero-width joiners after non-ASCII letters, and the
 * lexicon's alternative encodings (precomposed nukta letters).
 *
 * @example
 * ```ts
 * new RegExp(wordPattern('sept.', EN_TIME), 'iu').test('SEPT.'); // true
 * ```
 */
export function wordPattern(word: string, lex: TimeLexicon): string {
  const canon = canonicalWord(word);
  const equivalents = (lex.equivalents ?? []).map(([a, b]) => [a.normalize('NFC'), b] as const);
  let out = '';
  let i = 0;
  while (i < canon.length) {
    const eq = equivalents.find(([a]) => canon.startsWith(a, i));
    if (eq) {
      out += `(?:${escapeRegex(eq[0])}|${escapeRegex(eq[1])})`;
      i += eq[0].length;
    } else {
      const ch = canon[i] ?? '';
      out += ch === ' ' ? '\\s+' : escapeRegex(ch);
      if (ch.charCodeAt(0) > 0x7f && lex.zeroWidthJoiners !== false) out += '[\\u200C\\u200D]?';
      i += 1;
    }
  }
  return out;
}

/**
 * An alternation of lexicon words, longest first so the regex prefers `sept.` over `sep`.
 *
 * @example
 * ```ts
 * alternation(['jan', 'january'], EN_TIME); // '(?:january|jan)'
 * ```
 */
export function alternation(words: readonly string[], lex: TimeLexicon): string {
  const unique = [...new Set(words.map(canonicalWord))].filter((w) => w.length > 0);
  if (unique.length === 0) return '(?!)';
  unique.sort((a, b) => b.length - a.length);
  return `(?:${unique.map((w) => wordPattern(w, lex)).join('|')})`;
}

/** A lexicon record as a map keyed by canonical word. */
export function mapOf<T>(record: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(record).map(([k, v]) => [canonicalWord(k), v]));
}

function setOf(words: readonly string[]): Set<string> {
  return new Set(words.map(canonicalWord));
}

/**
 * Lookup maps for a lexicon (canonical word → value).
 *
 * @example
 * ```ts
 * buildLookups(EN_TIME).months.get('sep'); // 9
 * ```
 */
export function buildLookups(lex: TimeLexicon): Lookups {
  const relative = new Map<string, 'this' | 'next' | 'last'>();
  for (const key of ['this', 'next', 'last'] as const) {
    for (const w of lex.relative[key]) relative.set(canonicalWord(w), key);
  }
  const modifierWords = [...new Set([...lex.modifiers, ...Object.keys(lex.yearHalves ?? {})])].map((m) => (m.endsWith('-') ? `${wordPattern(m.slice(0, -1), lex)}-` : `${wordPattern(m, lex)}\\s+`));
  return {
    months: mapOf(lex.months),
    bareMonths: setOf(lex.bareMonths),
    weekdays: mapOf(lex.weekdays),
    bareWeekdays: setOf(lex.bareWeekdays),
    numbers: mapOf(lex.numberWords),
    units: mapOf(lex.units),
    periods: mapOf(lex.periods),
    relative,
    deictic: mapOf(lex.deictic),
    ago: setOf(lex.ago),
    fromNow: setOf(lex.fromNow),
    meridiemPm: setOf(lex.meridiem.pm),
    partsOfDay: mapOf(lex.partsOfDay ?? {}),
    followOnDirections: setOf([...(lex.followOnDirections?.before ?? []), ...(lex.followOnDirections?.after ?? [])]),
    yearHalves: mapOf(lex.yearHalves ?? {}),
    followOnRelative: new Map([
      ...(lex.followOnRelative?.before ?? []).map((w) => [canonicalWord(w), -1] as const),
      ...(lex.followOnRelative?.after ?? []).map((w) => [canonicalWord(w), 1] as const),
    ]),
    fragments: {
      modifiers: modifierWords.length ? `(?:${modifierWords.join('|')})` : '(?!)',
      durationPrefixes: alternation(lex.durationPrefixes ?? [], lex),
      yearPrefixes: alternation(lex.yearPrefixes ?? [], lex),
      partsOfDay: alternation(Object.keys(lex.partsOfDay ?? {}), lex),
      dayMonthJoiners: alternation(lex.dayMonthJoiners, lex),
      timeJoiners: alternation(lex.timeJoiners, lex),
    },
  };
}

/**
 * Converts digits of any script the lexicon knows (ASCII, Devanagari …) to a number; NaN if none.
 *
 * @example
 * ```ts
 * toNumber('२०१४', HI_TIME); // 2014
 * ```
 */
export function toNumber(s: string, lex: TimeLexicon): number {
  const native = lex.digits ?? '';
  let ascii = '';
  for (const ch of s) {
    const i = native.indexOf(ch);
    ascii += i >= 0 ? String(i) : ch;
  }
  return ascii.trim() === '' ? NaN : Number(ascii.replace(/,/g, ''));
}

/** Number words summed the way counts are said: `twenty four`, `twenty-four`, `five hundred`. */
export function wordsToNumber(s: string, lookups: Lookups): number | null {
  const parts = canonicalWord(s).split(/[\s-]+/).filter(Boolean);
  const values = parts.map((p) => lookups.numbers.get(p));
  if (values.some((v) => v === undefined)) return null;
  const [a, b] = values as number[];
  if (a === undefined) return null;
  if (b === undefined) return a;
  if (values.length > 2) return null;
  if (b === 100 && a < 10) return a * 100;
  if (a >= 20 && a < 100 && a % 10 === 0 && b < 10) return a + b;
  return null;
}

/** Whether a word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

const abbreviationSets = new WeakMap<TimeLexicon, Set<string>>();

/**
 * Whether the full stop at `i` ends a sentence: not after an initial (`P. Davison`) or one of the
 * lexicon's abbreviations (`Mr.`, `Corp.`, `Feb.`), so a modal before `Corp.` still reaches the date after it.
 */
function endsSentence(text: string, i: number, lex: TimeLexicon): boolean {
  if (text.charAt(i) !== '.') return true;
  let abbreviations = abbreviationSets.get(lex);
  if (!abbreviations) {
    abbreviations = new Set((lex.abbreviations ?? []).map((a) => a.toLowerCase().replace(/\.$/, '')));
    abbreviationSets.set(lex, abbreviations);
  }
  if (abbreviations.size === 0) return true;
  let s = i;
  while (s > 0 && i - s < 12 && /[\p{L}.]/u.test(text.charAt(s - 1))) s--;
  const word = text.slice(s, i).toLowerCase();
  return !(word.length === 1 || abbreviations.has(word));
}

/** Where the sentence around `[start, end)` begins and ends. */
function sentenceAround(text: string, start: number, end: number, lex: TimeLexicon): { before: string; after: string } {
  let s = start;
  while (s > 0 && start - s < 400 && !(/[.!?।\n]/.test(text.charAt(s - 1)) && endsSentence(text, s - 1, lex))) s--;
  let e = end;
  while (e < text.length && e - end < 400 && !(/[.!?।\n]/.test(text.charAt(e)) && endsSentence(text, e, lex))) e++;
  return { before: text.slice(s, start), after: text.slice(end, e) };
}

/** Marks that end a clause: a modal before them does not reach an expression after them. */
const CLAUSE_MARKS = [',', ';', ':', '"', '\u201C', '\u201D', '``', "''"];

/**
 * Whether the sentence places an expression in the future (`will … on Monday`, Hindi verbs in -गा).
 *
 * @example
 * ```ts
 * refersToFuture('They will meet on Monday.', 17, 23, EN_TIME); // true
 * ```
 */
export function refersToFuture(text: string, start: number, end: number, lex: TimeLexicon): boolean {
  const { before, after } = sentenceAround(text, start, end, lex);
  // A past-tense verb right before the expression wins (`…they would appeal, Castro said Sunday`);
  // a modal counts only in the expression's own clause.
  if (lex.pastBefore?.test(before)) return false;
  const clause = before.slice(Math.max(0, ...CLAUSE_MARKS.map((p) => {
    const i = before.lastIndexOf(p);
    return i < 0 ? 0 : i + p.length;
  })));
  // A past perfect in the clause puts a plan or deadline word in the past (`had been scheduled to expire Friday`).
  if (lex.pastPerfectBefore?.test(clause)) return false;
  if (lex.futureBefore?.test(clause) || lex.futureAfter?.test(after)) return true;
  // An expression that opens its sentence takes the tense of the clause it introduces (`On Tuesday, the league will …`).
  return lex.futureAfterFronted !== undefined && /^[\s"'`“]*(?:\p{L}+\s+)?$/u.test(before) && lex.futureAfterFronted.test(after);
}

/**
 * Whether the sentence places an expression in the past by a marked past-tense verb (Hindi था,
 * हुआ after it); unmarked sentences are neither past nor future.
 *
 * @example
 * ```ts
 * refersToPast('सितंबर में बाढ़ आई थी।', 0, 6, HI_TIME); // true
 * ```
 */
export function refersToPast(text: string, start: number, end: number, lex: TimeLexicon): boolean {
  if (!lex.pastAfter && !lex.pastBefore) return false;
  const { before, after } = sentenceAround(text, start, end, lex);
  return (lex.pastBefore?.test(before) ?? false) || (lex.pastAfter?.test(after) ?? false);
}

/**
 * The year of a month (and day) named without one: the reference year, unless that lands more
 * than about four months after the reference in unmarked or past text (then the year before) or
 * before it in future-tense text (then the year after). A marked past tense (`past`) takes the
 * year before for any month after the reference's.
 *
 * @example
 * ```ts
 * inferYear({ y: 2025, m: 1, d: 10 }, 12, 20, false); // 2024
 * inferYear({ y: 2025, m: 5, d: 7 }, 2, undefined, true); // 2026
 * ```
 */
export function inferYear(ref: Ymd, month: number, day: number | undefined, future: boolean, past = false, futureSlack = FUTURE_SLACK_DAYS): number {
  const probe = { y: ref.y, m: month, d: Math.min(day ?? 15, 28) };
  const diff = day === undefined ? (month - ref.m) * 30.5 : dayDiff(ref, probe);
  if (past && !future && diff > 0) return ref.y - 1;
  if (!future && diff > FUTURE_SLACK_DAYS) return ref.y - 1;
  if (future && diff < -futureSlack) return ref.y + 1;
  return ref.y;
}

/**
 * The day a weekday name points at: on or before the reference by default, after it in the future.
 *
 * @example
 * ```ts
 * resolveWeekday({ y: 2025, m: 5, d: 5 }, 4, 'past'); // { y: 2025, m: 5, d: 1 }
 * ```
 */
export function resolveWeekday(ref: Ymd, weekday: number, direction: 'past' | 'future' | 'before' | 'after'): Ymd {
  const r = isoWeekday(ref);
  switch (direction) {
    case 'past': return addDays(ref, -((r - weekday + 7) % 7));
    case 'future': return addDays(ref, (weekday - r + 7) % 7);
    case 'before': return addDays(ref, -((r - weekday + 7) % 7 || 7));
    case 'after': return addDays(ref, (weekday - r + 7) % 7 || 7);
  }
}

/** A duration's ISO value: `P5D`, `PT3H`, `P20Y` for two decades (shared with `periods.ts`). */
export function durationValue(n: number, unit: TimeUnit): string {
  switch (unit) {
    case 'H': return `PT${n}H`;
    case 'MIN': return `PT${n}M`;
    case 'S': return `PT${n}S`;
    case 'DE': return `P${n * 10}Y`;
    case 'CE': return `P${n * 100}Y`;
    case 'Q': return `P${n}Q`;
    default: return `P${n}${unit}`;
  }
}

/** The date `n` units before (sign -1) or after (+1) the reference, at the unit's granularity (shared with `periods.ts`). */
export function shiftedValue(ref: Ymd, n: number, unit: TimeUnit, sign: number): string | null {
  if (!Number.isInteger(n)) return null;
  switch (unit) {
    case 'Y': return pad(ref.y + sign * n, 4);
    case 'DE': return pad(ref.y + sign * n * 10, 4);
    case 'Q': { const m = addMonths(ref.y, ref.m, sign * 3 * n); return `${pad(m.y, 4)}-Q${Math.ceil(m.m / 3)}`; }
    case 'M': { const m = addMonths(ref.y, ref.m, sign * n); return formatMonth(m.y, m.m); }
    case 'W': return isoWeek(addDays(ref, sign * 7 * n));
    case 'D': return formatDay(addDays(ref, sign * n));
    default: return null;
  }
}

/** A candidate spanning the whole match. */
export function base(ctx: RuleContext, rule: string, value: string, kind: TimexKind = 'date'): Candidate {
  const start = ctx.match.index;
  return { start, end: start + ctx.match[0].length, value, kind, rule };
}

/**
 * `a year earlier`, `two days later`: shifted from the last date the text set rather than from the
 * reference (the follow-on refiner does it); `ago` counts from the reference, except `a year ago`
 * after a quarter, the comparison idiom of financial news.
 */
function followOnShift(lookups: Lookups, dir: string, n: number, unit: TimeUnit): Pick<Candidate, 'followOn'> {
  const anchored = lookups.followOnDirections.has(dir);
  if (unit === 'Y' && (anchored || n === -1)) return { followOn: { years: n, ...(anchored ? {} : { quarter: 'only' as const }) } };
  if (!anchored) return {};
  if (unit === 'M') return { followOn: { years: 0, months: n, unit: 'M' } };
  if (unit === 'D') return { followOn: { years: 0, days: n, unit: 'D' } };
  if (unit === 'W') return { followOn: { years: 0, days: 7 * n, unit: 'D' } };
  return {};
}

/**
 * Whether a four-digit number without a cue word reads as a year: within the lexicon's range of
 * the reference year and not a count (`1990 shares`), an amount (`$1990`) or a number label.
 */
function isBareYear(y: number, before: string, after: string, ref: Ymd | null, rule: NonNullable<TimeLexicon['bareYears']>): boolean {
  if (!ref || y < ref.y - rule.yearsBack || y > ref.y + rule.yearsAhead) return false;
  if (/[$€£₹#-]\s*$|\bNo\.\s*$/u.test(before) || /^\s*%|^-\p{N}/u.test(after)) return false;
  return !rule.notBefore.test(after);
}

/** A full date from matched day, month and year strings, or null when it is no real day. */
function fullDate(ctx: RuleContext, rule: string, d: number, m: number, y: number): Candidate | null {
  if (y < 1000 || y > 2999 || !isValidDay(y, m, d)) return null;
  const day = { y, m, d };
  return { ...base(ctx, rule, formatDay(day)), day };
}

function yearlessDate(ctx: RuleContext, rule: string, d: number, m: number): Candidate | null {
  if (!ctx.ref || !isValidDay(2000, m, d)) return null;
  const c = base(ctx, rule, '');
  const y = inferYear(ctx.ref, m, d, refersToFuture(ctx.text, c.start, c.end, ctx.lex), refersToPast(ctx.text, c.start, c.end, ctx.lex), ctx.lex.futureSlackDays);
  if (!isValidDay(y, m, d)) return null; // 29 February of a common year
  const day = { y, m, d };
  return { ...c, value: formatDay(day), day, yearless: { month: m, day: d } };
}

function monthName(ctx: RuleContext, name: string | undefined): number | null {
  if (name === undefined) return null;
  if (ctx.lex.capitalizedNames && !isCapitalized(name)) return null;
  return ctx.lookups.months.get(canonicalWord(name)) ?? null;
}

/**
 * The parsers for one language, their patterns compiled from its lexicon.
 *
 * @example
 * ```ts
 * createRules(HI_TIME).rules.map((r) => r.name); // ['iso-date', 'numeric-date', …]
 * ```
 */
export function createRules(lex: TimeLexicon): RuleSet {
  const lookups = buildLookups(lex);
  const D = `[0-9${lex.digits ?? ''}]`;
  const MONTH = alternation(Object.keys(lex.months), lex);
  const WEEKDAY = alternation(Object.keys(lex.weekdays), lex);
  const ORD = lex.ordinalSuffixes.length ? `${alternation(lex.ordinalSuffixes, lex)}?` : '';
  const JOIN = lex.dayMonthJoiners.length ? `(?:${lookups.fragments.dayMonthJoiners}${SPACE})?` : '';
  const NUMWORD = alternation(Object.keys(lex.numberWords), lex);
  const NUM = `(?:${D}{1,3}(?:,${D}{3})+|${D}+(?:\\.${D}+)?|${NUMWORD}(?:[\\s-]+${NUMWORD})?)`;
  const UNIT = alternation(Object.keys(lex.units), lex);
  const DIRECTION = alternation([...lex.ago, ...lex.fromNow, ...(lex.followOnDirections?.after ?? [])], lex);
  // The relative words, with those that count from the last date the text set (`the following`).
  const REL = alternation([
    ...lex.relative.this, ...lex.relative.next, ...lex.relative.last,
    ...(lex.followOnRelative?.before ?? []), ...(lex.followOnRelative?.after ?? []),
  ], lex);
  const PERIOD = alternation(Object.keys(lex.periods), lex);
  const DEICTIC = alternation(Object.keys(lex.deictic), lex);
  const MERIDIEM = alternation([...lex.meridiem.am, ...lex.meridiem.pm], lex);
  const TZ = alternation(lex.timeZones, lex);
  const YEAR_BEFORE = new RegExp(
    `(?:^|[^\\p{L}\\p{M}])(?:${lex.yearBefore.map((w) => (w.endsWith('-') ? `${wordPattern(w.slice(0, -1), lex)}-` : `${wordPattern(w, lex)}\\s+`)).join('|') || '(?!)'})$`,
    'iu',
  );
  const FAR_YEAR_BEFORE = lex.farYearBefore?.length
    ? new RegExp(`(?:^|[^\\p{L}\\p{M}])${alternation(lex.farYearBefore, lex)}\\s+$`, 'iu') : null;
  const YEAR_AFTER = new RegExp(`^\\s*${alternation(lex.yearAfter, lex)}${RIGHT}`, 'iu');
  const YEAR_RANGE = new RegExp(
    `(?:^|[^\\p{L}\\p{M}])(?:${lex.yearBefore.map((w) => wordPattern(w.replace(/-$/, ''), lex)).join('|') || '(?!)'})[\\s-]*${D}{4}\\s*${alternation(lex.yearRangeJoiners, lex)}\\s*$`,
    'iu',
  );
  const INFIX = alternation(lex.durationInfixes ?? [], lex);
  const INDEF = lex.indefinite.length ? alternation(lex.indefinite, lex) : '(?!)';
  const quarterOrdinals = mapOf(lex.quarters?.ordinals ?? {});
  const QUARTER_ORD = alternation(Object.keys(lex.quarters?.ordinals ?? {}), lex);
  const QUARTER_WORD = alternation(lex.quarters?.words ?? [], lex);
  const QUARTER_ARTICLE = alternation(lex.quarters?.articles ?? [], lex);
  const QUARTER_FISCAL = alternation(lex.quarters?.fiscal ?? [], lex);
  const re = (source: string): RegExp => new RegExp(source, 'giu');
  const ref = (ctx: RuleContext): Ymd | null => ctx.ref;

  const rules: TimeRule[] = [
    {
      name: 'iso-date',
      numeric: true,
      pattern: re(`${LEFT}(?<y>${D}{4})-(?<m>${D}{2})-(?<d>${D}{2})(?:T(?<hh>${D}{2}):(?<mm>${D}{2})(?::(?<ss>${D}{2}))?)?${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const c = fullDate(ctx, 'iso-date', toNumber(g.d ?? '', lex), toNumber(g.m ?? '', lex), toNumber(g.y ?? '', lex));
        if (!c || g.hh === undefined || g.mm === undefined) return c;
        const clock = `${g.hh}:${g.mm}${g.ss === undefined ? '' : `:${g.ss}`}`;
        return { ...c, value: `${c.value}T${clock}`, kind: 'time', day: undefined };
      },
    },
    {
      name: 'numeric-date',
      numeric: true,
      pattern: re(`(?<![\\p{L}\\p{M}\\p{N}./-])(?<a>${D}{1,2})(?<sep>[-/.])(?<b>${D}{1,2})\\k<sep>(?<y>${D}{4})(?![\\p{L}\\p{M}\\p{N}]|[-/.]${D})`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const a = toNumber(g.a ?? '', lex);
        const b = toNumber(g.b ?? '', lex);
        const y = toNumber(g.y ?? '', lex);
        // Day first by default (Indian, British news); month first only when day-first is impossible.
        const [d, m] = lex.dayFirst === isValidDay(y, b, a) ? (lex.dayFirst ? [a, b] : [b, a]) : (lex.dayFirst ? [b, a] : [a, b]);
        return fullDate(ctx, 'numeric-date', d, m, y);
      },
    },
    {
      name: 'numeric-ymd',
      numeric: true,
      pattern: re(`(?<![\\p{L}\\p{M}\\p{N}./-])(?<y>${D}{4})(?<sep>[/.])(?<m>${D}{1,2})\\k<sep>(?<d>${D}{1,2})(?![\\p{L}\\p{M}\\p{N}]|[/.]${D})`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        return fullDate(ctx, 'numeric-ymd', toNumber(g.d ?? '', lex), toNumber(g.m ?? '', lex), toNumber(g.y ?? '', lex));
      },
    },
    {
      name: 'day-month',
      numeric: false,
      pattern: re(`${LEFT}(?<d>${D}{1,2})${ORD}${SPACE}${JOIN}(?<month>${MONTH})${RIGHT}(?:,?${SPACE}(?<y>${D}{4})${RIGHT})?`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const m = monthName(ctx, g.month);
        if (m === null) return null;
        const d = toNumber(g.d ?? '', lex);
        return g.y === undefined ? yearlessDate(ctx, 'day-month', d, m) : fullDate(ctx, 'day-month-year', d, m, toNumber(g.y, lex));
      },
    },
    {
      name: 'month-day',
      numeric: false,
      pattern: re(`${LEFT}(?<month>${MONTH})${SPACE}(?<d>${D}{1,2})${ORD}(?![\\p{L}\\p{M}\\p{N}]|:${D})(?:,?${SPACE}(?<y>${D}{4})${RIGHT})?`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const m = monthName(ctx, g.month);
        if (m === null) return null;
        const d = toNumber(g.d ?? '', lex);
        return g.y === undefined ? yearlessDate(ctx, 'month-day', d, m) : fullDate(ctx, 'month-day-year', d, m, toNumber(g.y, lex));
      },
    },
    {
      name: 'listed-day',
      numeric: false,
      // The second day of `April 24 and 25`: the month of the day before it (a year after it joins later).
      pattern: re(`${LEFT}(?<month>${MONTH})${SPACE}${D}{1,2}${ORD}${SPACE}(?:${lex.dayListJoiners?.length ? alternation(lex.dayListJoiners, lex) : '(?!)'})${SPACE}(?<dd>(?<d>${D}{1,2})${ORD})(?=[^\\S\\r\\n]*(?:[.,;:)]|$))`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const m = monthName(ctx, g.month);
        if (m === null) return null;
        const c = yearlessDate(ctx, 'listed-day', toNumber(g.d ?? '', lex), m);
        return c ? { ...c, start: c.end - (g.dd ?? '').length } : null;
      },
    },
    {
      name: 'month-year',
      numeric: false,
      pattern: re(`${LEFT}(?<month>${MONTH}),?${SPACE}${JOIN}(?<y>${D}{4})${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const m = monthName(ctx, g.month);
        const y = toNumber(g.y ?? '', lex);
        if (m === null || y < 1000 || y > 2999) return null;
        return base(ctx, 'month-year', formatMonth(y, m));
      },
    },
    {
      name: 'month',
      numeric: false,
      pattern: re(`${LEFT}(?<month>${MONTH})${RIGHT}`),
      extract(ctx) {
        const name = ctx.match.groups?.month ?? '';
        const m = monthName(ctx, name);
        const r = ref(ctx);
        if (m === null || !r) return null;
        const c = base(ctx, 'month', '');
        const y = inferYear(r, m, undefined, refersToFuture(ctx.text, c.start, c.end, lex), refersToPast(ctx.text, c.start, c.end, lex), lex.futureSlackDays);
        // `May`, `March` stand alone only after a cue word (`in May`, `since March`).
        const weak = !lookups.bareMonths.has(canonicalWord(name))
          && !YEAR_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
        return { ...c, value: formatMonth(y, m), yearless: { month: m }, ...(weak ? { weak } : {}) };
      },
    },
    {
      name: 'weekday',
      numeric: false,
      pattern: re(`${LEFT}(?<wd>${WEEKDAY})${RIGHT}`),
      extract(ctx) {
        const name = ctx.match.groups?.wd ?? '';
        if (lex.capitalizedNames && !isCapitalized(name)) return null;
        const w = lookups.weekdays.get(canonicalWord(name));
        const r = ref(ctx);
        if (w === undefined) return null;
        const c = base(ctx, 'weekday', '');
        const weak = !lookups.bareWeekdays.has(canonicalWord(name));
        if (!r) return weak ? { ...c, weekday: w, weak } : null;
        const day = resolveWeekday(r, w, refersToFuture(ctx.text, c.start, c.end, lex) ? 'future' : 'past');
        return { ...c, value: formatDay(day), day, weekday: w, ...(weak ? { weak } : {}) };
      },
    },
    {
      name: 'relative',
      numeric: false,
      pattern: re(`${LEFT}(?<rel>${REL})${SPACE}(?:(?<period>${PERIOD})|(?<month>${MONTH})|(?<wd>${WEEKDAY}))${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        // `the previous Friday`, `the following week` count from the last date the text set (the
        // follow-on refiner); without one they count from the reference like `last`/`next`.
        const anaphoric = g.month === undefined ? lookups.followOnRelative.get(canonicalWord(g.rel ?? '')) : undefined;
        const rel = anaphoric === -1 ? 'last' : anaphoric === 1 ? 'next' : lookups.relative.get(canonicalWord(g.rel ?? ''));
        const r = ref(ctx);
        if (!rel || !r) return null;
        const c = base(ctx, 'relative', '');
        const step = rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
        if (g.period !== undefined) {
          // `This Week` with a capital is a title (a programme, a column), not a week.
          if (lex.capitalizedNames && isCapitalized(g.period)) return null;
          const unit = lookups.periods.get(canonicalWord(g.period));
          if (unit === 'Y') {
            const follow = anaphoric === undefined ? {} : { followOn: { years: step, unit: 'Y' as const } };
            return { ...c, rule: 'relative-year', value: pad(r.y + step, 4), year: r.y + step, ...follow };
          }
          if (unit === 'M') {
            const m = addMonths(r.y, r.m, step);
            const follow = anaphoric === undefined ? {} : { followOn: { years: 0, months: step, unit: 'M' as const } };
            return { ...c, rule: 'relative-month', value: formatMonth(m.y, m.m), ...follow };
          }
          if (unit === 'W') {
            const follow = anaphoric === undefined ? {} : { followOn: { years: 0, days: 7 * step, unit: 'W' as const } };
            return { ...c, rule: 'relative-week', value: isoWeek(addDays(r, 7 * step)), ...follow };
          }
          return null;
        }
        if (g.month !== undefined) {
          const m = monthName(ctx, g.month);
          // `last Oct. 23` names a day: the month-day rule reads it.
          if (m === null || /^\s+\p{N}/u.test(ctx.text.slice(c.end, c.end + 4))) return null;
          const y = rel === 'this' ? r.y : rel === 'next' ? (m > r.m ? r.y : r.y + 1) : (m < r.m ? r.y : r.y - 1);
          return { ...c, rule: 'relative-month-name', value: formatMonth(y, m) };
        }
        const name = g.wd ?? '';
        if (lex.capitalizedNames && !isCapitalized(name)) return null;
        const w = lookups.weekdays.get(canonicalWord(name));
        if (w === undefined) return null;
        const direction = rel === 'next' ? 'after' : rel === 'last' ? 'before'
          : refersToFuture(ctx.text, c.start, c.end, lex) ? 'future' : 'past';
        const day = resolveWeekday(r, w, direction);
        const follow = anaphoric === undefined ? {} : { followOn: { years: 0, days: step, unit: 'D' as const, weekday: w } };
        return { ...c, rule: 'relative-weekday', value: formatDay(day), day, ...follow };
      },
    },
    {
      name: 'deictic',
      numeric: false,
      pattern: re(`${LEFT}(?<w>${DEICTIC})${RIGHT}`),
      extract(ctx) {
        const offset = lookups.deictic.get(canonicalWord(ctx.match.groups?.w ?? ''));
        const r = ref(ctx);
        if (offset === undefined || !r) return null;
        const c = base(ctx, 'deictic', '');
        const n = typeof offset === 'number' ? offset
          : refersToFuture(ctx.text, c.start, c.end, lex) ? offset.future : offset.past;
        const day = addDays(r, n);
        return { ...c, value: formatDay(day), day };
      },
    },
    {
      name: 'duration',
      numeric: false,
      pattern: re(`${LEFT}(?<core>(?<n>${NUM})(?:${SPACE}${INFIX})?(?:${SPACE}|-)(?<unit>${UNIT}))${RIGHT}(?:${SPACE}(?<dir>${DIRECTION})${RIGHT})?`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const raw = g.n ?? '';
        const n = /\p{N}/u.test(raw) ? toNumber(raw, lex) : wordsToNumber(raw, lookups);
        const unit = lookups.units.get(canonicalWord(g.unit ?? ''));
        if (n === null || !Number.isFinite(n) || n <= 0 || unit === undefined) return null;
        // `three-quarters` is a fraction, `four-quarter` an adjective.
        if (unit === 'Q' && /-/.test(ctx.match[0])) return null;
        // `60 Minutes`, `48 Hours` with a capital unit are titles, not durations.
        if (lex.capitalizedNames && isCapitalized(g.unit ?? '') && /\p{N}/u.test(raw)) return null;
        const c = base(ctx, 'duration', durationValue(n, unit), 'duration');
        const coreEnd = c.start + (g.core ?? '').length;
        if (lex.notDurationAfter?.test(ctx.text.slice(coreEnd, coreEnd + 12))) return null;
        if (unit === 'Q' && lex.fractionAfter?.test(ctx.text.slice(coreEnd, coreEnd + 12))) return null;
        const dir = g.dir === undefined ? null : canonicalWord(g.dir);
        const r = ref(ctx);
        if (dir !== null && r) {
          const sign = lookups.ago.has(dir) ? -1 : 1;
          const shifted = shiftedValue(r, n, unit, sign);
          if (shifted) return { ...c, rule: 'duration-shift', value: shifted, kind: 'date', ...followOnShift(lookups, dir, sign * n, unit) };
        }
        // Without a reference the direction word cannot be resolved: keep the bare duration.
        return { ...c, end: coreEnd };
      },
    },
    {
      name: 'time',
      numeric: true,
      pattern: re(`${LEFT}(?<h>${D}{1,2})(?::(?<min>${D}{2})(?::(?<s>${D}{2}))?(?:\\s?(?<mer>${MERIDIEM}))?|\\s?(?<mer2>${MERIDIEM}))(?![\\p{L}\\p{M}\\p{N}]|:${D})(?:${SPACE}(?<tz>${TZ})${RIGHT})?`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        let h = toNumber(g.h ?? '', lex);
        const min = g.min === undefined ? 0 : toNumber(g.min, lex);
        const sec = g.s === undefined ? null : toNumber(g.s, lex);
        const mer = g.mer ?? g.mer2;
        if (mer !== undefined) {
          if (h < 1 || h > 12) return null;
          const pm = lookups.meridiemPm.has(canonicalWord(mer));
          h = pm ? (h % 12) + 12 : h % 12;
        }
        if (h > 23 || min > 59 || (sec !== null && sec > 59)) return null;
        const clock = `${pad(h)}:${pad(min)}${sec === null ? '' : `:${pad(sec)}`}`;
        const c = base(ctx, 'time', '', 'time');
        const r = ref(ctx);
        // A clock time alone is on the last day the text named (the follow-on refiner), else on the reference day.
        return r ? { ...c, value: `${formatDay(r)}T${clock}`, clock, followOn: { years: 0, days: 0, unit: 'D', clock } } : { ...c, clock, weak: true };
      },
    },
    {
      name: 'shift-indefinite',
      numeric: false,
      pattern: re(`${LEFT}${INDEF}${SPACE}(?<unit>${UNIT})${SPACE}(?<dir>${DIRECTION})${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const unit = lookups.units.get(canonicalWord(g.unit ?? ''));
        const r = ref(ctx);
        if (unit === undefined || !r) return null;
        const dir = canonicalWord(g.dir ?? '');
        const sign = lookups.ago.has(dir) ? -1 : 1;
        const shifted = shiftedValue(r, 1, unit, sign);
        return shifted ? { ...base(ctx, 'duration-shift', shifted), ...followOnShift(lookups, dir, sign, unit) } : null;
      },
    },
    {
      name: 'quarter',
      numeric: false,
      pattern: re(`${LEFT}(?:(?<art>${QUARTER_ARTICLE}${SPACE}(?:${QUARTER_FISCAL}${SPACE})?))?(?<ord>${QUARTER_ORD})(?<sep>${SPACE}|-)${QUARTER_WORD}${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const q = quarterOrdinals.get(canonicalWord(g.ord ?? ''));
        const r = ref(ctx);
        if (q === undefined || !r) return null;
        const whole = base(ctx, 'quarter', '');
        // `the third-quarter results`: the article belongs to the noun the adjective modifies.
        const c = g.sep === '-' && g.art !== undefined ? { ...whole, start: whole.start + g.art.length } : whole;
        const current = Math.ceil(r.m / 3);
        const future = refersToFuture(ctx.text, c.start, c.end, lex);
        // The quarter that just ended is this year's even in future text (`will report third-quarter results`).
        const y = !future && q > current ? r.y - 1 : future && q < current - 1 ? r.y + 1 : r.y;
        return { ...c, value: `${pad(y, 4)}-Q${q}` };
      },
    },
    {
      name: 'year',
      numeric: false,
      pattern: re(`${LEFT}(?<y>${D}{4})${RIGHT}`),
      extract(ctx) {
        const y = toNumber(ctx.match.groups?.y ?? '', lex);
        if (y < (FAR_YEAR_BEFORE ? FAR_YEAR_MIN : YEAR_MIN) || y > YEAR_MAX) return null;
        const start = ctx.match.index;
        const end = start + ctx.match[0].length;
        const prev = ctx.text.charAt(start - 1);
        const next = ctx.text.slice(end, end + 2);
        // `2+2`, `1/2014`, `3.2014`, `2014/15`: parts of numbers or formulas, not years.
        if (/[+/:.,]/.test(prev) || /^[+/]|^[.,:]\p{N}/u.test(next)) return null;
        const before = ctx.text.slice(Math.max(0, start - 40), start);
        const after = ctx.text.slice(end, end + 20);
        if (y < YEAR_MIN && !(FAR_YEAR_BEFORE?.test(before) && !lex.bareYears?.notBefore.test(after))) return null;
        const cued = YEAR_BEFORE.test(before) || YEAR_AFTER.test(after) || YEAR_RANGE.test(before);
        if (!cued && !(lex.bareYears && isBareYear(y, before, after, ctx.ref, lex.bareYears))) return null;
        return { ...base(ctx, 'year', pad(y, 4)), year: y };
      },
    },
  ];
  return { lex, lookups, rules };
}

/**
 * Runs every rule over the text and collects the candidates (overlapping, unmerged).
 *
 * @example
 * ```ts
 * proposeCandidates('in 2014', createRules(EN_TIME), null)[0]?.value; // '2014'
 * ```
 */
export function proposeCandidates(text: string, set: RuleSet, ref: Ymd | null, numericOnly = false): Candidate[] {
  const { lex, lookups } = set;
  const out: Candidate[] = [];
  for (const rule of set.rules) {
    if (numericOnly && !rule.numeric) continue;
    // The rule's own (global) pattern, restarted: compiling a copy per document cost more than the matching.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = execFast(pattern, text); match; match = execFast(pattern, text)) {
      const c = rule.extract({ text, lex, lookups, ref, match });
      if (c && c.end > c.start) out.push(c);
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return out;
}
