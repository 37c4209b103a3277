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
import { formatDay, formatMonth, isValidDay } from './calendar.js';
import type { Candidate, Lookups } from './parsers.js';

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
 * ```
 */
export const includeModifiers: Refiner = (ctx, candidates) => {
  const modifier = new RegExp(`(?:^|[^\\p{L}\\p{M}])(${ctx.lookups.fragments.modifiers})$`, 'iu');
  return candidates.map((c) => {
    if (c.kind !== 'date' || c.weak) return c;
    const m = modifier.exec(ctx.text.slice(Math.max(0, c.start - 30), c.start));
    const mod = m?.[1];
    return mod ? { ...c, start: c.start - mod.length } : c;
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

/** The refiners in the order they run: overlaps first so merges see whole expressions. */
export const REFINERS: readonly Refiner[] = [
  removeOverlaps,
  mergeWeekdayDate,
  mergeYearlessWithYear,
  mergeDateTime,
  includeModifiers,
  dropWeak,
  removeOverlaps,
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
