/**
 * Parsers for the expressions that name no calendar date outright: vague references (`now`,
 * `recently` → `PRESENT_REF`, `PAST_REF`), vague durations (`several years` → `PXY`), seasons,
 * weekends, decades and centuries, parts of a day, sets (`every week`), reporting periods (`the
 * quarter`, `the year-earlier period`) and follow-on expressions (`the same day`, `the following
 * year`) whose value the `resolveFollowOns` refiner takes from the last date the text set. Their
 * words come from the language's {@link TimeLexicon}; a language without them gets no such rule.
 *
 * @example
 * ```ts
 * const set = createRules(EN_TIME);
 * createPeriodRules(set).map((r) => r.name); // ['vague', 'vague-duration', …]
 * ```
 */
import type { TimexKind } from '../../pipeline/types.js';
import { addDays, addMonths, isoWeek, isoWeekday, pad, type Ymd } from './calendar.js';
import { canonicalWord, type TimeUnit } from './lexicon.js';
import {
  alternation, base, inferYear, isCapitalized, refersToFuture, toNumber, wordsToNumber,
  type Candidate, type RuleContext, type RuleSet, type TimeRule,
} from './parsers.js';

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const LEFT = `(?<!${WORD_CHAR}|-)`;
const RIGHT = `(?!${WORD_CHAR}|-${WORD_CHAR})`;
const SPACE = '[^\\S\\r\\n]+';
const WORD_BOUNDARY = `(?<!${WORD_CHAR})`;

/**
 * The quarter a report published on `ref` most likely reports on: the quarter of the day six
 * weeks earlier (results come out in the weeks after a quarter closes).
 *
 * @example
 * ```ts
 * reportingQuarter({ y: 1989, m: 10, d: 25 }); // { y: 1989, q: 3 }
 * ```
 */
export function reportingQuarter(ref: Ymd): { y: number; q: number } {
  const day = addDays(ref, -45);
  return { y: day.y, q: Math.ceil(day.m / 3) };
}

/**
 * The ISO week of the weekend nearest `ref` in the given direction: the past weekend unless the
 * sentence is in the future.
 *
 * @example
 * ```ts
 * weekendOf({ y: 1990, m: 8, d: 15 }, 'past'); // '1990-W32-WE'
 * ```
 */
export function weekendOf(ref: Ymd, direction: 'past' | 'future' | 'this'): string {
  const w = isoWeekday(ref);
  if (direction === 'this' || w >= 6) return `${isoWeek(ref)}-WE`;
  const saturday = direction === 'past' ? addDays(ref, -(w + 1)) : addDays(ref, 6 - w);
  return `${isoWeek(saturday)}-WE`;
}

const SEASON_ORDER: Record<string, number> = { WI: 0, SP: 1, SU: 2, FA: 3 };

function seasonOf(ref: Ymd): number {
  return ref.m <= 2 || ref.m === 12 ? 0 : ref.m <= 5 ? 1 : ref.m <= 8 ? 2 : 3;
}

/**
 * The day of the month a holiday falls on in year `y`: its fixed day, or its `nth` weekday (-1: the
 * last) on or after day `from` (default 1).
 *
 * @example
 * ```ts
 * holidayDay(1999, { m: 11, weekday: 4, nth: 4 }); // 25 (Thanksgiving)
 * ```
 */
export function holidayDay(y: number, h: { m: number; d?: number; weekday?: number; nth?: number; from?: number }): number {
  if (h.d !== undefined) return h.d;
  const weekday = h.weekday ?? 1;
  const nth = h.nth ?? 1;
  const last = new Date(Date.UTC(y, h.m, 0)).getUTCDate();
  if (nth < 0) {
    const w = isoWeekday({ y, m: h.m, d: last });
    return last - ((w - weekday + 7) % 7);
  }
  const from = h.from ?? 1;
  const first = isoWeekday({ y, m: h.m, d: from });
  return from + ((weekday - first + 7) % 7) + 7 * (nth - 1);
}

/** The parsers of vague and follow-on expressions for one language (none when its lexicon lacks the words). */
export function createPeriodRules(set: RuleSet): TimeRule[] {
  const { lex, lookups } = set;
  const re = (source: string): RegExp => new RegExp(source, 'giu');
  const alt = (words: readonly string[]): string => alternation(words, lex);
  const D = `[0-9${lex.digits ?? ''}]`;
  const UNIT = alt(Object.keys(lex.units));
  const REL = alt([...lex.relative.this, ...lex.relative.next, ...lex.relative.last]);
  const rules: TimeRule[] = [];
  const relOf = (w: string | undefined): 'this' | 'next' | 'last' | undefined =>
    w === undefined ? undefined : lookups.relative.get(canonicalWord(w));
  const unitOf = (w: string | undefined): TimeUnit | undefined =>
    w === undefined ? undefined : lookups.units.get(canonicalWord(w));
  const future = (ctx: RuleContext, c: Candidate): boolean => refersToFuture(ctx.text, c.start, c.end, lex);
  /** A lexicon table keyed by canonical word form. */
  const table = <V>(t: Readonly<Record<string, V>> | undefined): Map<string, V> =>
    new Map(Object.entries(t ?? {}).map(([k, v]) => [canonicalWord(k), v]));
  const markers = new Set((lex.discourseMarkers ?? []).map(canonicalWord));
  /** Whether the word at the match opens its sentence and a comma follows it (`Now, he says …`). */
  const discourseMarker = (ctx: RuleContext): boolean => {
    const end = ctx.match.index + ctx.match[0].length;
    return markers.has(canonicalWord(ctx.match[0])) && ctx.text.charAt(end) === ','
      && /(?:^|[.!?:;]["'\u201D]*\s+|\n\s*)["'`\u201C]*$/u.test(ctx.text.slice(Math.max(0, ctx.match.index - 6), ctx.match.index));
  };
  /** A rule that reads any word of a table as the value the table gives it. */
  const wordRule = (name: string, words: Readonly<Record<string, string>> | undefined, kind?: TimexKind): void => {
    if (!words || !Object.keys(words).length) return;
    const values = table(words);
    rules.push({
      name,
      numeric: false,
      pattern: re(`${LEFT}(?<w>${alt(Object.keys(words))})${RIGHT}`),
      extract(ctx) {
        const v = values.get(canonicalWord(ctx.match.groups?.w ?? ''));
        return v && !discourseMarker(ctx) ? base(ctx, name, v, kind) : null;
      },
    });
  };

  wordRule('vague', lex.vague);


  if (lex.vagueCounts?.length) {
    const AGO = alt(lex.ago);
    const pairs = new Set((lex.pairCounts ?? []).map(canonicalWord));
    rules.push({
      name: 'vague-duration',
      numeric: false,
      // Also a plural unit alone after a word like `for` (`for weeks`, `within months`): the word stays outside.
      // And the plural units still to come (`the weeks ahead`), whole.
      pattern: re(`${LEFT}(?:(?<core>(?<count>${alt(lex.vagueCounts)})${SPACE}(?<unit>${UNIT}))${RIGHT}(?<ago>${SPACE}${AGO}${RIGHT})?|(?<=${WORD_BOUNDARY}${alt(lex.bareDurationBefore ?? [])}${SPACE})(?<bare>${alt(lex.bareDurationUnits ?? [])})${RIGHT}|(?<ahead>${alt(lex.durationAhead?.determiners ?? [])}${SPACE}(?<aunit>${alt(lex.bareDurationUnits ?? [])})${SPACE}${alt(lex.durationAhead?.after ?? [])})${RIGHT})`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const unit = unitOf(g.unit ?? g.bare ?? g.aunit);
        if (unit === undefined) return null;
        if (g.bare !== undefined) g.core = g.bare;
        if (g.ahead !== undefined) g.core = g.ahead;
        if (g.ago !== undefined) return base(ctx, 'vague-duration-ago', 'PAST_REF');
        const c = base(ctx, 'vague-duration', '', 'duration');
        // `a couple of years` is two of them, as TimeML counts it.
        const n = g.count !== undefined && pairs.has(canonicalWord(g.count)) ? '2' : 'X';
        const value = unit === 'H' || unit === 'MIN' || unit === 'S'
          ? `PT${n}${unit === 'MIN' ? 'M' : unit}` : unit === 'DE' ? (n === 'X' ? 'PXDE' : 'P20Y') : unit === 'CE' ? (n === 'X' ? 'PXCE' : 'P200Y') : `P${n}${unit}`;
        return { ...c, end: c.start + (g.core ?? '').length, value };
      },
    });
  }

  if (lex.halves && (lex.halves.fractions.length || lex.halves.after.length)) {
    const NUMWORD = alt([...Object.keys(lex.numberWords), ...lex.indefinite]);
    const COUNT = `(?<n>${D}{1,3}|${NUMWORD})`;
    const FRACTION = lex.halves.fractions.length ? alt(lex.halves.fractions) : '(?!)';
    const AFTER = lex.halves.after.length ? alt(lex.halves.after) : '(?!)';
    const indefinite = new Set(lex.indefinite.map(canonicalWord));
    rules.push({
      name: 'half-duration',
      numeric: false,
      // `2 1/2 years`, `two and a half hours`, `a minute and a half`: the count and a half of the unit.
      pattern: re(`${LEFT}${COUNT}(?:(?:${SPACE}|-)(?:${FRACTION}|${AFTER})[\\s-]+(?<u1>${UNIT})|${SPACE}(?<u2>${UNIT})${SPACE}${AFTER})${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const raw = g.n ?? '';
        const n = indefinite.has(canonicalWord(raw)) ? 1 : /\p{N}/u.test(raw) ? toNumber(raw, lex) : wordsToNumber(raw, lookups);
        const unit = unitOf(g.u1 ?? g.u2);
        if (n === null || !Number.isFinite(n) || unit === undefined) return null;
        const value = unit === 'Y' ? `P${n}Y6M` : unit === 'D' ? `P${n}DT12H` : unit === 'H' ? `PT${n}H30M`
          : unit === 'MIN' ? `PT${n}M30S` : null;
        return value ? base(ctx, 'half-duration', value, 'duration') : null;
      },
    });
  }

  if (lex.relativeSpans && Object.keys(lex.relativeSpans).length) {
    const spans = table(lex.relativeSpans);
    rules.push({
      name: 'relative-span',
      numeric: false,
      // `the past decade`, `this century`: the whole unit up to now (or from now), a duration.
      pattern: re(`${LEFT}(?:${REL})${SPACE}(?<unit>${alt(Object.keys(lex.relativeSpans))})${RIGHT}`),
      extract(ctx) {
        const v = spans.get(canonicalWord(ctx.match.groups?.unit ?? ''));
        return v ? base(ctx, 'relative-span', v, 'duration') : null;
      },
    });
  }

  if (lex.seasons && Object.keys(lex.seasons).length) {
    const seasons = table(lex.seasons);
    const bareSeasons = new Set((lex.bareSeasons ?? []).map(canonicalWord));
    const ARTICLE = alt(lex.quarters?.articles ?? []);
    rules.push({
      name: 'season',
      numeric: false,
      pattern: re(`${LEFT}(?:(?<rel>${REL})${SPACE}|(?<art>${ARTICLE})${SPACE})?(?<s>${alt(Object.keys(lex.seasons))})${RIGHT}(?:${SPACE}(?:of${SPACE})?(?<y>${D}{4})${RIGHT})?`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const season = seasons.get(canonicalWord(g.s ?? ''));
        const r = ctx.ref;
        if (!season) return null;
        // `fall` alone is mostly the verb, सर्दी the cold: such words need a determiner or a year.
        if (g.rel === undefined && g.art === undefined && g.y === undefined && !bareSeasons.has(canonicalWord(g.s ?? ''))) return null;
        const c = { ...base(ctx, 'season', ''), season };
        if (g.y !== undefined) return { ...c, value: `${pad(toNumber(g.y, lex), 4)}-${season}`, season: undefined };
        if (!r) return null;
        const rel = relOf(g.rel);
        const now = seasonOf(r);
        const s = SEASON_ORDER[season] ?? 0;
        const later = s > now;
        const dir = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
        let y = r.y;
        if (dir === -1 && !later && s !== now) y = r.y;
        else if (dir === -1) y = r.y - 1;
        else if (dir === 1 && !later) y = r.y + 1;
        else if (dir === 0 && rel === undefined && later && !future(ctx, c)) y = r.y - 1;
        return { ...c, value: `${pad(y, 4)}-${season}` };
      },
    });
  }

  if (lex.weekend?.length) {
    rules.push({
      name: 'weekend',
      numeric: false,
      pattern: re(`${LEFT}(?:(?<rel>${REL})|(?<art>${alt(lex.quarters?.articles ?? [])}))${SPACE}${alt(lex.weekend)}${RIGHT}`),
      extract(ctx) {
        const r = ctx.ref;
        if (!r) return null;
        const c = base(ctx, 'weekend', '');
        const rel = relOf(ctx.match.groups?.rel);
        const dir = rel === 'last' ? 'past' : rel === 'next' ? 'future' : rel === 'this' ? (future(ctx, c) ? 'future' : 'this')
          : future(ctx, c) ? 'future' : 'past';
        return { ...c, value: weekendOf(r, dir) };
      },
    });
  }

  if (lex.decadeWords && Object.keys(lex.decadeWords).length) {
    const decades = table(lex.decadeWords);
    const ARTICLE = alt(lex.quarters?.articles ?? []);
    const MOD = lookups.fragments.modifiers;
    rules.push({
      name: 'decade',
      numeric: false,
      pattern: re(`${LEFT}(?:${ARTICLE}${SPACE})?(?:${MOD})?(?:(?<dy>1[89]${D}0|20${D}0)'?s|'(?<short>${D}0)'?s|(?<w>${alt(Object.keys(lex.decadeWords))}))${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        if (g.w !== undefined) {
          const d = decades.get(canonicalWord(g.w));
          return d === undefined ? null : base(ctx, 'decade', String(d));
        }
        if (g.dy !== undefined) return base(ctx, 'decade', String(toNumber(g.dy, lex)).slice(0, 3));
        const short = toNumber(g.short ?? '', lex);
        return Number.isFinite(short) ? base(ctx, 'decade', `19${String(short).padStart(2, '0').charAt(0)}`) : null;
      },
    });
  }

  const centuryUnits = Object.keys(lex.units).filter((u) => lex.units[u] === 'CE');
  if (centuryUnits.length && lex.ordinalSuffixes.length) {
    const ARTICLE = alt(lex.quarters?.articles ?? []);
    rules.push({
      name: 'century',
      numeric: false,
      pattern: re(`${LEFT}(?:${ARTICLE}${SPACE})?(?<n>${D}{1,2})(?:${alt(lex.ordinalSuffixes)})${SPACE}${alt(centuryUnits)}${RIGHT}`),
      extract(ctx) {
        const n = toNumber(ctx.match.groups?.n ?? '', lex);
        return n >= 1 && n <= 21 ? base(ctx, 'century', pad(n - 1)) : null;
      },
    });
  }

  if (lex.partsOfDay && Object.keys(lex.partsOfDay).length) {
    const parts = table(lex.partsOfDay);
    const deictic = table(lex.partDeictic);
    const nightBefore = new Set((lex.partsBeforeTheDay ?? []).map(canonicalWord));
    const PARTS = alt(Object.keys(lex.partsOfDay));
    rules.push({
      name: 'part-of-day',
      numeric: false,
      // A bare part after a preposition (`by mid afternoon`, `in the morning`) is on the last day the text named.
      pattern: re(`${LEFT}(?:(?<rel>${REL})${SPACE}(?<p>${PARTS})|(?<d>${alt(Object.keys(lex.partDeictic ?? {}))})|(?<=${WORD_BOUNDARY}${alt(lex.bareDayPartBefore ?? [])}${SPACE})(?:${alt(lex.quarters?.articles ?? [])}${SPACE})?(?<bare>${PARTS}))${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const r = ctx.ref;
        if (!r) return null;
        if (g.bare !== undefined) {
          const bare = parts.get(canonicalWord(g.bare));
          const end = ctx.match.index + ctx.match[0].length;
          if (!bare || lex.partNotAfter?.test(ctx.text.slice(end, end + 20))) return null;
          const clock = bare === '24:00' ? '24' : bare;
          // `overnight` is the night before that day.
          const days = nightBefore.has(canonicalWord(g.bare)) ? -1 : 0;
          const day = addDays(r, days);
          const c = { ...base(ctx, 'part-of-day', `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}T${clock}`), kind: 'time' as const };
          return { ...c, followOn: { years: 0, days, unit: 'D', clock } };
        }
        let offset = 0;
        let part: string | undefined;
        if (g.d !== undefined) {
          const hit = deictic.get(canonicalWord(g.d));
          if (!hit) return null;
          offset = hit.offset;
          part = hit.part;
        } else {
          part = parts.get(canonicalWord(g.p ?? ''));
          const rel = relOf(g.rel);
          offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
        }
        if (!part) return null;
        const day = addDays(r, offset);
        return { ...base(ctx, 'part-of-day', `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}T${part}`), kind: 'time' };
      },
    });
  }

  if (lex.setWords?.length) {
    const WEEKDAY = alt(Object.keys(lex.weekdays));
    const MONTH = alt(Object.keys(lex.months));
    const seasonCodes = table(lex.seasons);
    const partCodes = table(lex.partsOfDay);
    const SEASON = alt(Object.keys(lex.seasons ?? {}));
    const PART = alt(Object.keys(lex.partsOfDay ?? {}));
    rules.push({
      name: 'set',
      numeric: false,
      pattern: re(`${LEFT}${alt(lex.setWords)}${SPACE}(?:(?<unit>${UNIT})|(?<wd>${WEEKDAY})|(?<month>${MONTH})|(?<season>${SEASON})|(?<part>${PART}))${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        // `every spring` → XXXX-SP, `every morning` → XXXX-XX-XXTMO.
        if (g.season !== undefined) {
          const season = seasonCodes.get(canonicalWord(g.season));
          return season ? base(ctx, 'set', `XXXX-${season}`, 'set') : null;
        }
        if (g.part !== undefined) {
          const part = partCodes.get(canonicalWord(g.part));
          return part && !/:/.test(part) ? base(ctx, 'set', `XXXX-XX-XXT${part}`, 'set') : null;
        }
        if (g.wd !== undefined) {
          const w = lookups.weekdays.get(canonicalWord(g.wd));
          if (w === undefined || (lex.capitalizedNames && !isCapitalized(g.wd))) return null;
          return base(ctx, 'set', `XXXX-WXX-${w}`, 'set');
        }
        if (g.month !== undefined) {
          const m = lookups.months.get(canonicalWord(g.month));
          if (m === undefined || (lex.capitalizedNames && !isCapitalized(g.month))) return null;
          return base(ctx, 'set', `XXXX-${pad(m)}`, 'set');
        }
        const unit = unitOf(g.unit);
        if (unit === undefined) return null;
        const value = unit === 'H' ? 'PT1H' : unit === 'MIN' ? 'PT1M' : unit === 'S' ? 'PT1S' : unit === 'DE' ? 'P10Y' : unit === 'CE' ? 'P100Y' : `P1${unit}`;
        return base(ctx, 'set', value, 'set');
      },
    });
  }

  wordRule('set-adverb', lex.setAdverbs, 'set');
  wordRule('unit-adjective', lex.unitAdjectives, 'duration');


  if (lex.holidays && Object.keys(lex.holidays).length) {
    const holidays = table(lex.holidays);
    rules.push({
      name: 'holiday',
      numeric: false,
      pattern: re(`${LEFT}(?:(?<rel>${REL})${SPACE})?(?<w>${alt(Object.keys(lex.holidays))})${RIGHT}(?:,?${SPACE}(?<y>${D}{4})${RIGHT})?`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const h = holidays.get(canonicalWord(g.w ?? ''));
        const r = ctx.ref;
        if (!h) return null;
        const c = base(ctx, 'holiday', '');
        const dayIn = (y: number): number => holidayDay(y, h);
        let y: number;
        if (g.y !== undefined) y = toNumber(g.y, lex);
        else if (!r) return null;
        else {
          const rel = relOf(g.rel);
          const probe = dayIn(r.y);
          const passed = h.m < r.m || (h.m === r.m && probe < r.d);
          if (rel === 'last') y = passed ? r.y : r.y - 1;
          else if (rel === 'next') y = passed || (h.m === r.m && probe === r.d) ? r.y + 1 : r.y;
          else y = inferYear(r, h.m, probe, future(ctx, c));
        }
        const d = dayIn(y);
        return { ...c, value: `${pad(y, 4)}-${pad(h.m)}-${pad(d)}`, day: { y, m: h.m, d } };
      },
    });
  }

  if (lex.reportPeriods?.length && lex.reportPeriodDeterminers?.length) {
    const yearEarlier = lex.yearEarlier?.length ? alt(lex.yearEarlier) : '(?!)';
    const ORD = alt(Object.keys(lex.quarters?.ordinals ?? {}));
    const ordinals = table(lex.quarters?.ordinals);
    const QUARTER = alt(lex.quarters?.words ?? []);
    const latestDeterminers = new Set((lex.reportPeriodLatest ?? []).map(canonicalWord));
    const REL_YEAR = `(?<rel>${REL})${SPACE}${alt(Object.keys(lex.periods).filter((p) => lex.periods[p] === 'Y'))}'s`;
    // `the year-earlier quarter`, `the latest period`, `the 1988 third quarter`, `this year's third quarter`.
    rules.push({
      name: 'report-period',
      numeric: false,
      pattern: re(`${LEFT}(?:(?<det>${alt(lex.reportPeriodDeterminers)})${SPACE}|${REL_YEAR}${SPACE})(?:(?<ye>${yearEarlier})[\\s-]+|(?<y>${D}{4})${SPACE})?(?:(?<ord>${ORD})[\\s-]+(?:${alt(['fiscal'])}${SPACE})?${QUARTER}|(?<p>${alt(lex.reportPeriods)}))${RIGHT}(?:${SPACE}of${SPACE}(?<of>${D}{4})${RIGHT})?`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const r = ctx.ref;
        const q = g.ord === undefined ? undefined : ordinals.get(canonicalWord(g.ord));
        const c = base(ctx, 'report-period', '');
        const year = g.of ?? g.y;
        if (year !== undefined) {
          const y = toNumber(year, lex);
          const quarter = q ?? (r ? reportingQuarter(r).q : undefined);
          if (quarter === undefined) return null;
          // `the 1988 period` is that year's part of the quarter the text named before.
          return q === undefined ? { ...c, value: `${pad(y, 4)}-Q${quarter}`, followOn: { years: 0, year: y, quarter: 'same' } } : { ...c, value: `${pad(y, 4)}-Q${quarter}` };
        }
        if (!r) return null;
        const rel = relOf(g.rel);
        if (rel !== undefined) {
          if (q === undefined) return null;
          const y = r.y + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
          return { ...c, value: `${pad(y, 4)}-Q${q}` };
        }
        // A bare period word needs a determiner other than the article (`the period` is too vague).
        const det = canonicalWord(g.det ?? '');
        if (g.p !== undefined && g.ye === undefined && !lookups.periods.has(canonicalWord(g.p)) && !/\s/.test(det)) return null;
        const shift = g.ye !== undefined ? -1 : 0;
        const current = det.endsWith('current');
        // `the latest quarter`, `this quarter`: the quarter just reported, whatever quarter the text named before.
        const latest = latestDeterminers.has(det);
        const rq = current ? { y: r.y, q: Math.ceil(r.m / 3) } : reportingQuarter(r);
        if (q !== undefined) {
          if (g.ye === undefined) return null; // `the third quarter` is the quarter rule's
          const y = inferYear(r, q * 3 - 1, undefined, future(ctx, c)) - 1;
          return { ...c, value: `${pad(y, 4)}-Q${q}`, followOn: { years: -1, quarter: q } };
        }
        const value = `${pad(rq.y + shift, 4)}-Q${rq.q}`;
        return current || (latest && shift === 0) ? { ...c, value } : { ...c, value, followOn: { years: shift, quarter: 'same' } };
      },
    });
    if (lex.yearEarlier?.length) {
      rules.push({
        name: 'year-earlier',
        numeric: false,
        pattern: re(`${LEFT}(?:${alt(lex.reportPeriodDeterminers)}${SPACE})?${yearEarlier}${RIGHT}`),
        extract(ctx) {
          const r = ctx.ref;
          if (!r) return null;
          return { ...base(ctx, 'year-earlier', pad(r.y - 1, 4)), followOn: { years: -1, quarter: 'same' } };
        },
      });
    }
  }

  if (lex.followOnPhrases && Object.keys(lex.followOnPhrases).length) {
    const phrases = table(lex.followOnPhrases);
    rules.push({
      name: 'follow-on',
      numeric: false,
      pattern: re(`${LEFT}(?<w>${alt(Object.keys(lex.followOnPhrases))})${RIGHT}`),
      extract(ctx) {
        const hit = phrases.get(canonicalWord(ctx.match.groups?.w ?? ''));
        const r = ctx.ref;
        if (!hit || !r) return null;
        const c = base(ctx, 'follow-on', '');
        if (hit.unit === 'Y') return { ...c, value: pad(r.y + hit.n, 4), followOn: { years: hit.n, unit: 'Y' } };
        if (hit.unit === 'M') { const m = addMonths(r.y, r.m, hit.n); return { ...c, value: `${pad(m.y, 4)}-${pad(m.m)}`, followOn: { years: 0, months: hit.n, unit: 'M' } }; }
        const day = addDays(r, hit.n);
        return { ...c, value: `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`, followOn: { years: 0, days: hit.n, unit: 'D' } };
      },
    });
  }

  if (lex.theYear) {
    const { determiners, durationBefore, durationAfter } = lex.theYear;
    const YEAR = alt(Object.keys(lex.periods).filter((p) => lex.periods[p] === 'Y'));
    rules.push({
      name: 'the-year',
      numeric: false,
      pattern: re(`${LEFT}${alt(determiners)}${SPACE}${YEAR}${RIGHT}(?!'s|${SPACE}${D}|${SPACE}${alt(Object.keys(lex.numberWords))})`),
      extract(ctx) {
        const r = ctx.ref;
        if (!r) return null;
        const c = base(ctx, 'the-year', pad(r.y, 4));
        const before = ctx.text.slice(Math.max(0, c.start - 20), c.start);
        const after = ctx.text.slice(c.end, c.end + 20);
        if (durationBefore.test(before) || durationAfter.test(after)) return { ...c, value: 'P1Y', kind: 'duration' };
        return { ...c, year: r.y };
      },
    });
  }

  if (lex.theMonth?.words.length && lex.theMonth.after.length) {
    rules.push({
      name: 'the-month',
      numeric: false,
      pattern: re(`(?<=${WORD_BOUNDARY}${alt(lex.theMonth.after)}${SPACE})${alt(lex.theMonth.words)}${RIGHT}`),
      extract(ctx) {
        const r = ctx.ref;
        if (!r) return null;
        return { ...base(ctx, 'the-month', `${pad(r.y, 4)}-${pad(r.m)}`), followOn: { years: 0, months: 0, unit: 'M' } };
      },
    });
  }

  if (lex.indefiniteDurationBefore && lex.indefinite.length) {
    const cue = lex.indefiniteDurationBefore;
    rules.push({
      name: 'indefinite-duration',
      numeric: false,
      // `for an additional year`: the infix stays inside.
      pattern: re(`${LEFT}${alt(lex.indefinite)}${SPACE}(?:${alt(lex.durationInfixes ?? [])}${SPACE})?(?<unit>${UNIT})${RIGHT}`),
      extract(ctx) {
        const unit = unitOf(ctx.match.groups?.unit);
        if (unit === undefined || !cue.test(ctx.text.slice(Math.max(0, ctx.match.index - 20), ctx.match.index))) return null;
        // `more than a quarter of the market` is a fraction.
        const end = ctx.match.index + ctx.match[0].length;
        if (unit === 'Q' && lex.fractionAfter?.test(ctx.text.slice(end, end + 12))) return null;
        const value = unit === 'H' ? 'PT1H' : unit === 'MIN' ? 'PT1M' : unit === 'S' ? 'PT1S' : unit === 'DE' ? 'P10Y' : unit === 'CE' ? 'P100Y' : `P1${unit}`;
        return base(ctx, 'indefinite-duration', value, 'duration');
      },
    });
  }

  if (lex.oClock) {
    const { words, am, pm, night } = lex.oClock;
    const amSet = new Set(am.map(canonicalWord));
    const pmSet = new Set(pm.map(canonicalWord));
    const nightSet = new Set(night.map(canonicalWord));
    rules.push({
      name: 'o-clock',
      numeric: false,
      pattern: re(`${LEFT}(?:(?<part>${alt([...am, ...pm, ...night])})${SPACE})?(?<h>${D}{1,2})(?:[:.](?<m>${D}{2}))?${SPACE}${alt(words)}${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        let h = toNumber(g.h ?? '', lex);
        const min = g.m === undefined ? 0 : toNumber(g.m, lex);
        if (!(h >= 0 && h <= 24 && min >= 0 && min <= 59)) return null;
        const part = g.part === undefined ? '' : canonicalWord(g.part);
        if ((pmSet.has(part) && h < 12) || (nightSet.has(part) && h >= 6 && h < 12)) h += 12;
        if (amSet.has(part) && h === 12) h = 0;
        const clock = `${pad(h % 24)}:${pad(min)}`;
        const c = base(ctx, 'o-clock', '', 'time');
        const r = ctx.ref;
        return r
          ? { ...c, value: `${pad(r.y, 4)}-${pad(r.m)}-${pad(r.d)}T${clock}`, clock, followOn: { years: 0, days: 0, unit: 'D', clock } }
          : { ...c, clock, weak: true };
      },
    });
  }

  if (lex.dayOfMonthWords?.length) {
    rules.push({
      name: 'day-of-month',
      numeric: false,
      pattern: re(`${LEFT}(?<d>${D}{1,2})${SPACE}${alt(lex.dayOfMonthWords)}${RIGHT}`),
      extract(ctx) {
        const d = toNumber(ctx.match.groups?.d ?? '', lex);
        const r = ctx.ref;
        if (!r || d < 1 || d > 31) return null;
        const c = base(ctx, 'day-of-month', '');
        // The day of this month, or of the month before (after, in the future) when it would lie on the wrong side of today.
        const fut = future(ctx, c);
        let { y, m } = r;
        if (!fut && d > r.d) ({ y, m } = addMonths(r.y, r.m, -1));
        if (fut && d < r.d) ({ y, m } = addMonths(r.y, r.m, 1));
        const day = { y, m, d };
        if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
        return { ...c, value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, day };
      },
    });
  }

  if (lex.decadeAfter?.length) {
    rules.push({
      name: 'decade',
      numeric: false,
      pattern: re(`${LEFT}(?<y>${D}{3}[0०])${SPACE}${alt(lex.decadeAfter)}${RIGHT}`),
      extract(ctx) {
        const y = toNumber(ctx.match.groups?.y ?? '', lex);
        return y >= 1000 && y <= 2990 ? base(ctx, 'decade', String(y).slice(0, 3)) : null;
      },
    });
  }

  // Years spelled out: `nineteen ninety-six`, `two thousand`.
  if (lex.spelledYears) {
    const NUMWORD = alt(Object.keys(lex.numberWords));
    const { centuries: centuryWords, thousand, joiners } = lex.spelledYears;
    const centuries = new Map(Object.entries(centuryWords).map(([k, v]) => [canonicalWord(k), v]));
    const YEAR_WORD = new RegExp(`${alt(Object.keys(lex.periods).filter((p) => lex.periods[p] === 'Y'))}\\s+$`, 'iu');
    rules.push({
      name: 'spelled-year',
      numeric: false,
      pattern: re(`${LEFT}(?:(?<c>${alt(Object.keys(centuryWords))})[\\s-]+(?<rest>${NUMWORD}(?:[\\s-]+${NUMWORD})?)|(?<th>${alt(thousand)})(?:[\\s-]+(?:${alt(joiners)}[\\s-]+)?(?<small>${NUMWORD}))?)${RIGHT}`),
      extract(ctx) {
        const g = ctx.match.groups ?? {};
        const r = ctx.ref;
        let y: number | null = null;
        if (g.c !== undefined) {
          const c = centuries.get(canonicalWord(g.c));
          const rest = wordsToNumber(g.rest ?? '', lookups);
          if (c === undefined || rest === null || rest < 10 || rest > 99) return null;
          y = c * 100 + rest;
        } else {
          const small = g.small === undefined ? 0 : wordsToNumber(g.small, lookups);
          if (small === null || small > 30) return null;
          y = 2000 + small;
          // `two thousand` alone is a count unless the text says `the year`.
          const before = ctx.text.slice(Math.max(0, ctx.match.index - 12), ctx.match.index);
          if (!YEAR_WORD.test(before) && g.small === undefined) return null;
        }
        if (r && Math.abs(y - r.y) > 150) return null;
        return { ...base(ctx, 'spelled-year', pad(y, 4)), year: y };
      },
    });
  }

  return rules;
}
