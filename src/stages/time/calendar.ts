/**
 * Calendar arithmetic on plain year/month/day triples, in UTC only: the machine's time zone
 * never enters a value.
 *
 * @example
 * ```ts
 * formatDay(addDays({ y: 2025, m: 5, d: 5 }, -1)); // '2025-05-04'
 * ```
 */

/** A calendar day. Months are 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/**
 * Two-digit zero padding (four for years).
 *
 * @example
 * ```ts
 * pad(5); // '05'
 * pad(33, 4); // '0033'
 * ```
 */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The calendar date at the start of an ISO date or date-time, or null when there is none.
 *
 * @example
 * ```ts
 * parseIsoDay('2025-05-05T17:47:00+05:30'); // { y: 2025, m: 5, d: 5 }
 * parseIsoDay('May 5'); // null
 * ```
 */
export function parseIsoDay(iso: string): Ymd | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}

/**
 * Whether `y-m-d` names a real day (leap years included).
 *
 * @example
 * ```ts
 * isValidDay(2024, 2, 29); // true
 * isValidDay(2025, 2, 29); // false
 * ```
 */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/**
 * Number of days in a month.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc(day: Ymd): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * The day `n` days after (negative: before) `day`.
 *
 * @example
 * ```ts
 * addDays({ y: 2024, m: 12, d: 31 }, 1); // { y: 2025, m: 1, d: 1 }
 * ```
 */
export function addDays(day: Ymd, n: number): Ymd {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

/**
 * The month `n` months after (negative: before) year `y`, month `m`.
 *
 * @example
 * ```ts
 * addMonths(2025, 1, -2); // { y: 2024, m: 11 }
 * ```
 */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/**
 * Days from `a` to `b` (positive when `b` is later).
 *
 * @example
 * ```ts
 * dayDiff({ y: 2025, m: 5, d: 5 }, { y: 2025, m: 4, d: 22 }); // -13
 * ```
 */
export function dayDiff(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/**
 * ISO weekday: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * isoWeekday({ y: 2025, m: 5, d: 5 }); // 1
 * ```
 */
export function isoWeekday(day: Ymd): number {
  const w = new Date(toUtc(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/**
 * The ISO 8601 week a day falls in, as `YYYY-Www`.
 *
 * @example
 * ```ts
 * isoWeek({ y: 2025, m: 4, d: 28 }); // '2025-W18'
 * isoWeek({ y: 2021, m: 1, d: 1 }); // '2020-W53'
 * ```
 */
export function isoWeek(day: Ymd): string {
  // The Thursday of the same week decides the ISO year.
  const thursday = addDays(day, 4 - isoWeekday(day));
  const week = Math.floor(dayDiff({ y: thursday.y, m: 1, d: 1 }, thursday) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/**
 * A day as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatDay({ y: 2025, m: 4, d: 22 }); // '2025-04-22'
 * ```
 */
export function formatDay(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/**
 * A month as `YYYY-MM`.
 *
 * @example
 * ```ts
 * formatMonth(2024, 11); // '2024-11'
 * ```
 */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
