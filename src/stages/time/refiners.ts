/**
 * Language-independent refiners: `(ctx, candidates) => candidates` steps run in a declared
 * order after the parsers. They merge neighbouring pieces (`November` + `last year`,
 * `Thursday,` + `Sep 08, 2022`, a date + `7:22PM`), pull modifiers into a span
 * (`later this month`), drop fragments nobody merged, and keep the longest of overlapping spans.
 *
 * @example
 * ```ts
 * const refined = refineCandidates({ text, lookups }, candidates);
 * ```
 */
import { addDays, addMonths, formatDay, formatMonth, isoWeek, isValidDay, pad } from './calendar.js';
import { canonicalWord } from './lexicon.js';
import { resolveWeekday, type Candidate, type Lookups } from './parsers.js';

/** What refiners read besides the candidates. */
export interface RefinerContext {
  text: string;
  lookups: Lookups;
}

/** One refining step. */
export type Refiner = (ctx: RefinerContext, candidates: Candidate[]) => Candidate[];

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - b.start - (a.end - a.start);
}

/**
 * Keeps the longest of overlapping candidates (the earlier one on a tie), sorted by position.
 *
 * @example
 * ```ts
 * removeOverlaps(ctx, [november, november2024]); // [november2024]
 * ```
 */
export const removeOverlaps: Refiner = (_ctx, candidates) => {
  const sorted = [...candidates].sort(byPosition);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
};

/** Merges each pair of neighbours for which `merge` returns a candidate, left to right. */
function mergePairs(
  ctx: RefinerContext,
  candidates: Candidate[],
  merge: (a: Candidate, b: Candidate, gap: string) => Candidate | null,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of [...candidates].sort(byPosition)) {
    const prev = out[out.length - 1];
    const merged = prev && prev.end <= c.start ? merge(prev, c, ctx.text.slice(prev.end, c.start)) : null;
    if (merged) out[out.length - 1] = merged;
    else out.push(c);
  }
  return out;
}

/**
 * A weekday name right before a date joins it: `Thursday, Sep 08, 2022` is one span.
 *
 * @example
 * ```ts
 * mergeWeekdayDate(ctx, [thursday, sep08]); // [{ text: 'Thursday, Sep 08, 2022', value: '2022-09-08' }]
 * ```
 */
export const mergeWeekdayDate: Refiner = (ctx, candidates) =>
  mergePairs(ctx, candidates, (a, b, gap) => {
    if (a.weekday === undefined || !b.day || b.kind !== 'date' || b.weekday !== undefined) return null;
    if (!/^\s*,?\s*$/.test(gap) || gap.length > 3) return null;
    const { weak: _weak, weekday: _weekday, ...rest } = b;
    return { ...rest, start: a.start, rule: `weekday+${b.rule}` };
  });

/**
 * A month (and day) without a year takes the year of a neighbour: `November last year` → 2024-11.
 *
 * @example
 * ```ts
 * mergeYearlessWithYear(ctx, [november, lastYear]); // [{ value: '2024-11', rule: 'month+relative-year' }]
 * ```
 */
export const mergeYearlessWithYear: Refiner = (ctx, candidates) => {
  const joiner = new RegExp(`^\\s*,?\\s*(?:${ctx.lookups.fragments.dayMonthJoiners}\\s+)?$`, 'iu');
  return mergePairs(ctx, candidates, (a, b, gap) => {
    // `the winter of nineteen ninety-four`: a season named without a year takes the year after it.
    if (a.season !== undefined && b.year !== undefined && joiner.test(gap)) {
      return { start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`, kind: 'date', value: `${pad(b.year, 4)}-${a.season}` };
    }
    const forward = a.yearless && b.year !== undefined && joiner.test(gap);
    const backward = b.yearless && a.year !== undefined && /^\s+$/.test(gap);
    const parts = forward ? { md: a.yearless, y: b.year } : backward ? { md: b.yearless, y: a.year } : null;
    if (!parts || !parts.md || parts.y === undefined) return null;
    const { month, day } = parts.md;
    const start = a.start;
    const end = b.end;
    const rule = `${a.rule}+${b.rule}`;
    if (day === undefined) return { start, end, rule, kind: 'date', value: formatMonth(parts.y, month) };
    if (!isValidDay(parts.y, month, day)) return null;
    const d = { y: parts.y, m: month, d: day };
    return { start, end, rule, kind: 'date', value: formatDay(d), day: d };
  });
};

/**
 * A time of day right after (or before) a day joins it: `02 SEP 2019 7:22PM` → `2019-09-02T19:22`.
 *
 * @example
 * ```ts
 * mergeDateTime(ctx, [sep02, t1922]); // [{ value: '2019-09-02T19:22', kind: 'time' }]
 * ```
 */
export const mergeDateTime: Refiner = (ctx, candidates) => {
  const joiner = new RegExp(`^[^\\S\\n]*(?:${ctx.lookups.fragments.timeJoiners}[^\\S\\n]*)?$`, 'iu');
  return mergePairs(ctx, candidates, (a, b, gap) => {
    if (!joiner.test(gap)) return null;
    // Day then time (`02 SEP 2019 7:22PM`) or time then day (`9 a.m. Tuesday`).
    const [day, clock] = a.day && b.clock !== undefined ? [a, b] : b.day && a.clock !== undefined ? [b, a] : [null, null];
    if (!day?.day || day.weak || clock?.clock === undefined) return null;
    return { start: a.start, end: b.end, rule: `${day.rule}+time`, kind: 'time', value: `${formatDay(day.day)}T${clock.clock}` };
  });
};

/**
 * Pulls a modifier before a date into its span (`later this month`, `early 2024`, `mid-2014`);
 * the value keeps the granularity of the date.
 *
 * @example
 * ```ts
 * includeModifiers(ctx, [thisMonth]); // [{ text: 'later this month', value: '2019-09' }]
 * includeModifiers(ctx, [y1989]); // after `the second half of`: [{ text: 'the second half of 1989', value: '1989-H2' }]
 * ```
 */
export const includeModifiers: Refiner = (ctx, candidates) => {
  const modifier = new RegExp(`(?:^|[^\\p{L}\\p{M}])(${ctx.lookups.fragments.modifiers})$`, 'iu');
  return candidates.map((c) => {
    if (c.kind !== 'date' || c.weak) return c;
    const m = modifier.exec(ctx.text.slice(Math.max(0, c.start - 30), c.start));
    const mod = m?.[1];
    if (!mod) return c;
    // `the second half of 1989` is a half of the year (`1989-H2`); other modifiers keep the date's granularity.
    const half = ctx.lookups.yearHalves.get(canonicalWord(mod));
    if (half && /^\d{4}$/.test(c.value)) {
      const { year: _year, ...rest } = c;
      return { ...rest, start: c.start - mod.length, value: `${c.value}-${half}` };
    }
    return { ...c, start: c.start - mod.length };
  });
};

/**
 * Drops fragments that no refiner merged (`Tue` alone, `May` with no day or year).
 *
 * @example
 * ```ts
 * dropWeak(ctx, [mayModal]); // []
 * ```
 */
export const dropWeak: Refiner = (_ctx, candidates) => candidates.filter((c) => !c.weak && c.value !== '');

/**
 * Pulls the words TimeML keeps inside a duration into its span: `the past two weeks`, `nearly
 * three years`, `more than four hours` (up to two of them).
 *
 * @example
 * ```ts
 * includeDurationPrefixes(ctx, [twoWeeks]); // [{ text: 'the past two weeks', value: 'P2W' }]
 * ```
 */
export const includeDurationPrefixes: Refiner = prefixRefiner((ctx) => ctx.lookups.fragments.durationPrefixes, {
  // An adjective (`the hour-long talk`) leaves the article to its noun.
  repeat: true, reach: 40, applies: (c) => (c.kind === 'duration' && c.rule !== 'unit-adjective') || c.rule === 'duration-shift',
});

/**
 * Pulls a word TimeML keeps before a year into its span: `fiscal 1989`.
 *
 * @example
 * ```ts
 * includeYearPrefixes(ctx, [y1989]); // [{ text: 'fiscal 1989', value: '1989' }]
 * ```
 */
export const includeYearPrefixes: Refiner = prefixRefiner((ctx) => ctx.lookups.fragments.yearPrefixes, {
  repeat: false, reach: 20, applies: (c) => c.rule === 'year' || c.rule === 'spelled-year',
});

/**
 * A refiner that pulls the prefix words right before a candidate into its span (one word, or up to
 * two with `repeat`), looking back at most `reach` characters, for the candidates it `applies` to.
 */
function prefixRefiner(
  fragment: (ctx: Parameters<Refiner>[0]) => string,
  options: { repeat: boolean; reach: number; applies: (c: Parameters<Refiner>[1][number]) => boolean },
): Refiner {
  return (ctx, candidates) => {
    const prefixes = fragment(ctx);
    if (prefixes === '(?!)') return candidates;
    const words = options.repeat ? `(?:${prefixes}[^\\S\\n]+){1,2}` : `${prefixes}[^\\S\\n]+`;
    const prefix = new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}-])(${words})$`, 'iu');
    return candidates.map((c) => {
      if (!options.applies(c)) return c;
      const found = prefix.exec(ctx.text.slice(Math.max(0, c.start - options.reach), c.start))?.[1];
      return found ? { ...c, start: c.start - found.length } : c;
    });
  };
}

/**
 * A part of the day next to a day joins its span: `yesterday morning` → `…TMO`, `noon Sunday` →
 * `…T12:00`, `Friday evening` → `…TEV`; `Saturday night` keeps the day's value.
 *
 * @example
 * ```ts
 * mergeDayPart(ctx, [saturday]); // [{ text: 'Saturday night', value: '1991-02-23' }]
 * ```
 */
export const mergeDayPart: Refiner = (ctx, candidates) => {
  const parts = ctx.lookups.fragments.partsOfDay;
  if (parts === '(?!)') return candidates;
  const after = new RegExp(`^[^\\S\\n]+(${parts})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
  const before = new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}-])(${parts})(?:[^\\S\\n]+(?:on[^\\S\\n]+)?)$`, 'iu');
  const partOf = (word: string | undefined): string | undefined =>
    word === undefined ? undefined : ctx.lookups.partsOfDay.get(word.toLowerCase().replace(/\s+/g, ' '));
  return candidates.map((c) => {
    if (!c.day || c.kind !== 'date' || c.weak) return c;
    const next = after.exec(ctx.text.slice(c.end, c.end + 20));
    const from = Math.max(0, c.start - 24);
    const prev = next ? null : before.exec(ctx.text.slice(from, c.start));
    const part = partOf(next?.[1] ?? prev?.[1]);
    if (!part) return c;
    const span = next ? { end: c.end + next[0].length }
      : { start: from + (prev?.index ?? 0) + (prev?.[0].indexOf(prev[1] ?? '') ?? 0) };
    // A weekday with its night (`Friday night`) keeps the day's value, as most newswire TimeML
    // annotates it (the night runs into the next day); `Friday morning`, `Friday evening`, clock words
    // (`noon Sunday`) and deictic days (`yesterday morning`) take the part.
    if (c.weekday !== undefined && part === 'NI') return { ...c, ...span, rule: `${c.rule}+part` };
    // TimeML writes midnight at the end of a day as hour 24.
    const value = `${formatDay(c.day)}T${part === '24:00' ? '24' : part}`;
    return { ...c, ...span, kind: 'time', value, rule: `${c.rule}+part`, day: undefined };
  });
};

const ANCHOR = /^(\d{4})(?:-(Q[1-4]|\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

/**
 * The value of a follow-on expression from the anchor it follows (the last date the text set
 * before it), or null when the anchor cannot give one at the asked granularity.
 *
 * @example
 * ```ts
 * followOnValue('1989-Q3', { years: -1 }); // '1988-Q3'
 * followOnValue('1998-02-13', { years: 0, days: 1, unit: 'D' }); // '1998-02-14'
 * followOnValue('1989-10-27', { years: 0, days: -1, unit: 'D', weekday: 5 }); // '1989-10-20'
 * ```
 */
export function followOnValue(anchor: string, f: NonNullable<Candidate['followOn']>): string | null {
  const m = ANCHOR.exec(anchor);
  if (!m) return null;
  const y = Number(m[1]);
  const mid = m[2];
  const month = mid && !mid.startsWith('Q') ? Number(mid) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (f.quarter === 'only' && !mid?.startsWith('Q')) return null;
  if (typeof f.quarter === 'number') return `${pad(y + f.years, 4)}-Q${f.quarter}`;
  // The reporting period follows a quarter the text named, not a day or a month.
  if (f.quarter === 'same') return mid?.startsWith('Q') ? `${pad(f.year ?? y + f.years, 4)}-${mid}` : null;
  if (f.unit === 'Y') return pad(y + f.years, 4);
  if (f.unit === 'M') {
    if (month === undefined) return null;
    const next = addMonths(y, month, f.months ?? 0);
    return formatMonth(next.y, next.m);
  }
  if (f.unit === 'W') {
    if (month === undefined || day === undefined) return null;
    return isoWeek(addDays({ y, m: month, d: day }, f.days ?? 0));
  }
  if (f.unit === 'D') {
    if (month === undefined || day === undefined) return null;
    if (f.weekday !== undefined) return formatDay(resolveWeekday({ y, m: month, d: day }, f.weekday, (f.days ?? 0) < 0 ? 'before' : 'after'));
    const shifted = formatDay(addDays({ y, m: month, d: day }, f.days ?? 0));
    return f.clock === undefined ? shifted : `${shifted}T${f.clock}`;
  }
  const shifted = y + f.years;
  if (mid === undefined) return pad(shifted, 4);
  if (mid.startsWith('Q')) return `${pad(shifted, 4)}-${mid}`;
  if (day === undefined) return formatMonth(shifted, month ?? 1);
  const d = isValidDay(shifted, month ?? 1, day) ? day : day - 1;
  return formatDay({ y: shifted, m: month ?? 1, d });
}

/**
 * Gives each follow-on expression (`a year earlier`, `the same day`, `the year-ago quarter`) its
 * value from the last date the text set before it; without one it keeps the value counted from
 * the reference date.
 *
 * @example
 * ```ts
 * resolveFollowOns(ctx, [q3, aYearEarlier]); // a year earlier → '1988-Q3'
 * ```
 */
export const resolveFollowOns: Refiner = (_ctx, candidates) => {
  let anchor: string | null = null;
  // The last quarter the text named: `a year earlier` in a report on a quarter compares the quarter
  // (`the quarter ended Sept. 30 … a year earlier` → the year-ago quarter), not the closing day.
  let quarter: string | null = null;
  return [...candidates].sort(byPosition).map((c) => {
    if (c.followOn) {
      const f = c.followOn;
      const from = f.unit === undefined && quarter !== null ? quarter : anchor;
      const value = from === null ? null : followOnValue(from, f);
      const { followOn: _f, ...rest } = c;
      return value === null ? rest : { ...rest, value };
    }
    if ((c.kind === 'date' || c.kind === 'time') && !c.weak && ANCHOR.test(c.value)) {
      anchor = c.value;
      if (/^\d{4}-Q[1-4]$/.test(c.value)) quarter = c.value;
    }
    return c;
  });
};

/** The refiners in the order they run: overlaps first so merges see whole expressions. */
export const REFINERS: readonly Refiner[] = [
  removeOverlaps,
  mergeWeekdayDate,
  mergeYearlessWithYear,
  mergeDateTime,
  mergeDayPart,
  includeModifiers,
  includeDurationPrefixes,
  includeYearPrefixes,
  dropWeak,
  removeOverlaps,
  resolveFollowOns,
];

/**
 * Runs the refiners in their declared order.
 *
 * @example
 * ```ts
 * refineCandidates({ text, lookups }, proposeCandidates(text, set, ref));
 * ```
 */
export function refineCandidates(ctx: RefinerContext, candidates: Candidate[], refiners: readonly Refiner[] = REFINERS): Candidate[] {
  return refiners.reduce((acc, refine) => refine(ctx, acc), candidates);
}
