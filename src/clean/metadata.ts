/**
 * What a page says about itself, read from single lines of text: publication dates and times
 * (`Posted On: 02 SEP 2019 7:22PM by PIB Delhi`, `Thursday, Sep 08, 2022`), publishers (from a
 * `by ...` credit or a news domain) and datelines (`TOKYO (Reuters) -`). Language-independent:
 * the words come from the cleaning lexicons of every language.
 */
import type { CleanLexicon, DateLabel, DateWords } from './lexicon.js';
import { CLEAN_LEXICONS, DATE_WORDS } from './lexicon.js';
import { NEWS_DOMAINS, TLD_OFFSETS } from './publishers.js';
import type { NewsSite } from './publishers.js';

/** A date (and maybe a time and zone) found in a string, with its position there. */
export interface DateParts {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM:SS`, only when the text gives a time. */
  time?: string;
  /** `+05:30`, only when the text gives a zone or offset. */
  zone?: string;
  start: number;
  end: number;
}

/** A line that is publication metadata rather than article text. */
export interface MetaLine {
  kind: DateLabel['kind'] | 'date';
  parts: DateParts;
  /** The `by ...` credit after the date (`PIB Delhi`), if any. */
  by?: string;
  /** True when the label stood alone and the date was read from the next line. */
  usedNextLine: boolean;
}

/** Regular expressions compiled from a set of lexicons. Immutable; build once with {@link compileMeta}. */
export interface MetaMatchers {
  lexicons: readonly CleanLexicon[];
  /** Labels of publication and update lines in every language, cleaning lexicons first. */
  labels: readonly DateLabel[];
  months: ReadonlyMap<string, number>;
  meridiem: ReadonlyMap<string, 'am' | 'pm'>;
  zones: ReadonlyMap<string, string>;
  dmy: RegExp;
  mdy: RegExp;
  /** `2012年6月4日`, `2020년 4월 24일`. */
  cjk: RegExp;
  iso: RegExp;
  numeric: RegExp;
  ymdSlash: RegExp;
  time: RegExp;
  weekdayPrefix: RegExp;
  dateline: RegExp;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe);
  return list.length ? `(?:${list.join('|')})` : '(?!)';
}

/**
 * Compiles the date, time and dateline patterns of the given lexicons (all languages by default).
 *
 * @example
 * ```ts
 * const m = compileMeta();
 * findDate('Updated: 4 Mar 2031', m)?.date; // '2031-03-04'
 * ```
 */
export function compileMeta(
  lexicons: readonly CleanLexicon[] = CLEAN_LEXICONS,
  dateWords: readonly DateWords[] = DATE_WORDS,
): MetaMatchers {
  const months = new Map<string, number>();
  const labels: DateLabel[] = lexicons.flatMap((l) => l.dateLabels);
  const meridiem = new Map<string, 'am' | 'pm'>();
  const zones = new Map<string, string>();
  const weekdays: string[] = [];
  const joiners: string[] = [];
  const agencies: string[] = [];
  for (const lex of lexicons) {
    for (const [k, v] of Object.entries(lex.months)) months.set(k.toLowerCase(), v);
    for (const [k, v] of Object.entries(lex.meridiem)) meridiem.set(k.toLowerCase(), v);
    for (const [k, v] of Object.entries(lex.zones)) zones.set(k.toLowerCase(), v);
    weekdays.push(...lex.weekdays);
    joiners.push(...lex.dateTimeJoiners);
    agencies.push(...lex.agencies);
  }
  for (const words of dateWords) {
    for (const [k, v] of Object.entries(words.months)) months.set(k.toLowerCase(), v);
    for (const [k, v] of Object.entries(words.meridiem)) meridiem.set(k.toLowerCase(), v);
    weekdays.push(...words.weekdays);
    joiners.push(...words.dateTimeJoiners);
    labels.push(...words.labels);
  }
  const mon = `(${alternation(months.keys())})\\.?${NOT_LETTER_AFTER}`;
  // A second name of the same month (`نيسان / أبريل`, Levantine and Egyptian Arabic).
  const monAlso = `(?:\\s*/\\s*${alternation(months.keys())}${NOT_LETTER_AFTER})?`;
  const day = '(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?';
  const year = '(\\d{4})(?!\\d)';
  const mer = alternation(meridiem.keys());
  const zoneWords = alternation([...zones.keys()].filter((z) => z.length > 1));
  const zone = `(?:\\(?(${zoneWords})\\)?${NOT_LETTER_AFTER}|(?:GMT|UTC)?\\s?([+-]\\d{2}:?\\d{2})(?!\\d))`;
  const join = alternation(joiners);
  const wd = alternation(weekdays);
  return {
    lexicons,
    labels,
    months,
    meridiem,
    zones,
    dmy: new RegExp(`${NOT_LETTER_BEFORE}${day}[\\s-]*(?:de\\s+)?${mon}${monAlso}[\\s,.-]*(?:de\\s+|del\\s+)?${year}`, 'iu'),
    mdy: new RegExp(`${NOT_LETTER_BEFORE}${mon}\\s*${day},?\\s+${year}`, 'iu'),
    cjk: /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})(?!\d)\s*[日일]?/u,
    iso: new RegExp(
      '(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s?(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)',
      'u',
    ),
    numeric: /(?<![\d.\-/])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?![\d.\-/]\d)/u,
    ymdSlash: /(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)/u,
    time: new RegExp(
      `^[\\s,]*(?:${join}${NOT_LETTER_AFTER})?[\\s,]*(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(${mer}(?![\\p{L}]))?\\s*(?:${zone})?`,
      'iu',
    ),
    weekdayPrefix: new RegExp(`^${wd}\\.?${NOT_LETTER_AFTER}\\s*[,،]?\\s*`, 'iu'),
    dateline: new RegExp(
      '^(?<place>[\\p{L}\\p{M}][\\p{L}\\p{M}.\'’-]*(?:[ \\t]+[\\p{L}\\p{M}][\\p{L}\\p{M}.\'’-]*){0,3})' +
        '(?<country>[ \\t]*\\[[^\\]\\n]{1,40}\\])?' +
        `(?<agency1>[ \\t]*\\((?:${alternation(agencies)})\\))?` +
        `(?<date>[ \\t]*,[ \\t]*(?:${mon}[ \\t]*\\d{1,2}|\\d{1,2}[ \\t]*${mon})(?:,?[ \\t]*\\d{4})?)?` +
        `(?<agency2>[ \\t]*\\((?:${alternation(agencies)})\\))?` +
        '[ \\t]*(?<sep>[:：]|[-–—]{1,2}(?=\\s))',
      'iu',
    ),
  };
}

/** A decimal digit of any script (what {@link asciiDigits} turns into `0-9`). */
const HAS_DIGIT = /\p{Nd}/u;

/**
 * Replaces every decimal digit of any script with its ASCII digit (lengths unchanged for BMP
 * digits, so offsets still line up).
 *
 * @example
 * ```ts
 * asciiDigits('०५ मई २०२५'); // '05 मई 2025'
 * ```
 */
export function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    if (d >= '0' && d <= '9') return d;
    let cp = d.codePointAt(0) as number;
    let value = 0;
    while (value < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      cp--;
      value++;
    }
    return String(value);
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function normZone(z: string): string {
  if (z.toUpperCase() === 'Z') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3]}` : z;
}

/**
 * The first date in `text` (day-month-year, month-day-year, ISO, `DD-MM-YYYY` read day first,
 * `YYYY/MM/DD`), with the time and zone written right after it, if any.
 *
 * @example
 * ```ts
 * findDate('Posted On: 02 SEP 2031 7:22PM by Press Desk', compileMeta());
 * // { date: '2031-09-02', time: '19:22:00', start: 11, end: 29 }
 * findDate('08-09-2031 at 11:21:17 am', compileMeta());
 * // { date: '2031-09-08', time: '11:21:17', start: 0, end: 25 }
 * ```
 */
export function findDate(text: string, m: MetaMatchers): DateParts | null {
  // Every date pattern below needs a digit (most lines have none).
  if (!HAS_DIGIT.test(text)) return null;
  const s = asciiDigits(text);
  type Cand = { start: number; end: number; date: string; time?: string; zone?: string };
  const cands: Cand[] = [];
  const monthOf = (w: string | undefined): number => m.months.get((w ?? '').toLowerCase().replace(/\.$/, '')) ?? 0;
  let r = m.dmy.exec(s);
  if (r) {
    const date = validDate(Number(r[3]), monthOf(r[2]), Number(r[1]));
    if (date) cands.push({ start: r.index, end: r.index + r[0].length, date });
  }
  r = m.mdy.exec(s);
  if (r) {
    const date = validDate(Number(r[3]), monthOf(r[1]), Number(r[2]));
    if (date) cands.push({ start: r.index, end: r.index + r[0].length, date });
  }
  r = m.iso.exec(s);
  if (r) {
    const date = validDate(Number(r[1]), Number(r[2]), Number(r[3]));
    if (date) {
      const c: Cand = { start: r.index, end: r.index + r[0].length, date };
      if (r[4] !== undefined && r[5] !== undefined) c.time = `${r[4]}:${r[5]}:${r[6] ?? '00'}`;
      if (r[7] !== undefined && c.time) c.zone = normZone(r[7]);
      cands.push(c);
    }
  }
  r = m.numeric.exec(s);
  if (r) {
    const a = Number(r[1]);
    const b = Number(r[3]);
    // Day first (most of the world, and Indian sites); month first only when day-first is impossible.
    const date = validDate(Number(r[4]), b, a) ?? validDate(Number(r[4]), a, b);
    if (date) cands.push({ start: r.index, end: r.index + r[0].length, date });
  }
  r = m.ymdSlash.exec(s);
  if (r) {
    const date = validDate(Number(r[1]), Number(r[3]), Number(r[4]));
    if (date) cands.push({ start: r.index, end: r.index + r[0].length, date });
  }
  r = m.cjk.exec(s);
  if (r) {
    const date = validDate(Number(r[1]), Number(r[2]), Number(r[3]));
    if (date) cands.push({ start: r.index, end: r.index + r[0].length, date });
  }
  if (!cands.length) return null;
  cands.sort((x, y) => x.start - y.start || y.end - x.end);
  const best = cands[0] as Cand;
  if (best.time === undefined) {
    const t = m.time.exec(s.slice(best.end));
    if (t) {
      let h = Number(t[1]);
      const min = Number(t[2]);
      const sec = t[3] === undefined ? 0 : Number(t[3]);
      const mer = t[4] === undefined ? undefined : m.meridiem.get(t[4].toLowerCase());
      if (mer === 'pm' && h < 12) h += 12;
      if (mer === 'am' && h === 12) h = 0;
      if (h <= 23 && min <= 59 && sec <= 59) {
        best.time = `${pad(h)}:${pad(min)}:${pad(sec)}`;
        const zone = t[5] !== undefined ? m.zones.get(t[5].toLowerCase()) : t[6] !== undefined ? normZone(t[6]) : undefined;
        if (zone) best.zone = zone;
        best.end += t[0].replace(/\s+$/, '').length;
      }
    }
  }
  const out: DateParts = { date: best.date, start: best.start, end: best.end };
  if (best.time !== undefined) out.time = best.time;
  if (best.zone !== undefined) out.zone = best.zone;
  return out;
}

/** Words in a string, any script. */
function wordCount(s: string): number {
  return s.match(/[\p{L}\p{M}\p{Nd}]+/gu)?.length ?? 0;
}

/**
 * Reads a line that is publication metadata: a labelled date (`Posted On: ...`, `First published
 * on: ...`, `Updated: ...`, possibly one `|`-separated segment of a byline), or a line that is
 * nothing but a date. A label alone on its line takes its date from `next`.
 *
 * @example
 * ```ts
 * parseMetaLine('Posted On: 02 SEP 2031 7:22PM by Press Desk', undefined, compileMeta());
 * // { kind: 'published', parts: { date: '2031-09-02', time: '19:22:00', start: 11, end: 29 },
 * //   by: 'Press Desk', usedNextLine: false }
 * parseMetaLine('The vote was held on 2 March 2031.', undefined, compileMeta()); // null
 * ```
 */
export function parseMetaLine(line: string, next: string | undefined, m: MetaMatchers): MetaLine | null {
  const text = line.trim();
  if (text.length > 200) return null;
  // Whatever the label, the date is read by findDate, from this line or the next: no digit, no date.
  if (!HAS_DIGIT.test(text) && (next === undefined || !HAS_DIGIT.test(next))) return null;
  let found: MetaLine | null = null;
  let otherWords = 0;
  let segments = 0;
  for (const segMatch of text.matchAll(/[^|]+/g)) {
    segments++;
    const seg = segMatch[0];
    const segStart = segMatch.index;
    let meta: MetaLine | null = null;
    for (const label of m.labels) {
      const l = label.pattern.exec(seg.trimStart());
      if (!l) continue;
      const restStart = seg.length - seg.trimStart().length + l[0].length;
      const rest = seg.slice(restStart);
      if (rest.trim() === '' && next !== undefined && !text.includes('|')) {
        const parts = dateAtStart(next, m);
        if (parts) meta = { kind: label.kind, parts, usedNextLine: true, ...byOf(next.slice(parts.end)) };
      } else {
        const parts = dateAtStart(rest, m);
        const after = rest.slice(parts?.end ?? 0);
        if (parts && (byOf(after).by !== undefined || wordCount(after) <= 6)) {
          const shift = segStart + restStart;
          meta = {
            kind: label.kind,
            parts: { ...parts, start: parts.start + shift, end: parts.end + shift },
            usedNextLine: false,
            ...byOf(after),
          };
        }
      }
      if (meta) break;
    }
    if (!meta) {
      const parts = dateAtStart(seg, m);
      if (parts && /^[\s,.;:)\]]*$/.test(seg.slice(parts.end))) {
        meta = { kind: 'date', parts: { ...parts, start: parts.start + segStart, end: parts.end + segStart }, usedNextLine: false };
      }
    }
    if (meta && (!found || rank(meta.kind) < rank(found.kind))) found = meta;
    else if (!meta) otherWords += wordCount(seg);
  }
  if (!found) return null;
  // A byline with a date in one segment is metadata; a sentence that contains a date is not.
  if (segments > 1 && otherWords > 12) return null;
  return found;
}

function rank(kind: MetaLine['kind']): number {
  return kind === 'published' ? 0 : kind === 'date' ? 1 : 2;
}

/**
 * A date at the start of `s`, after spaces, separators and an optional weekday; positions are
 * relative to `s` (the start is where the weekday or date begins).
 */
function dateAtStart(s: string, m: MetaMatchers): DateParts | null {
  const lead = /^[\s:\-–—,]*/.exec(s)?.[0].length ?? 0;
  const t = s.slice(lead);
  const skip = m.weekdayPrefix.exec(t)?.[0].length ?? 0;
  const parts = findDate(t.slice(skip), m);
  if (!parts || parts.start !== 0) return null;
  return { ...parts, start: lead, end: lead + skip + parts.end };
}

function byOf(rest: string): { by?: string } {
  const b = /^[\s,|]*(?:by|द्वारा)\s+([^|]{2,60}?)\s*$/iu.exec(rest);
  return b?.[1] ? { by: b[1] } : {};
}

/**
 * The publication time as ISO 8601: date and time with the offset when both are known (from the
 * text's zone, else `localOffset`), the date alone otherwise. A time is never invented.
 *
 * @example
 * ```ts
 * toIso({ date: '2031-09-02', time: '19:22:00', start: 0, end: 0 }, '+05:30'); // '2031-09-02T19:22:00+05:30'
 * toIso({ date: '2031-09-02', time: '19:22:00', start: 0, end: 0 }, null); // '2031-09-02'
 * ```
 */
export function toIso(parts: Pick<DateParts, 'date' | 'time' | 'zone'>, localOffset: string | null): string {
  const zone = parts.zone ?? localOffset;
  return parts.time !== undefined && zone ? `${parts.date}T${parts.time}${zone}` : parts.date;
}

/**
 * Normalises a declared or machine-readable date (`2031-03-04`, `2031-03-04T10:00:00Z`,
 * `2031-03-04T10:00:00.000+0530`, `Tue, 04 Mar 2031 10:00:00 GMT`) to the ISO form used in
 * documents; null when it is not a date.
 *
 * @example
 * ```ts
 * normaliseDeclaredDate('2031-03-04T10:00:00.000+0530', compileMeta()); // '2031-03-04T10:00:00+05:30'
 * normaliseDeclaredDate('soon', compileMeta()); // null
 * ```
 */
export function normaliseDeclaredDate(value: string, m: MetaMatchers): string | null {
  const v = value.trim();
  const iso = m.iso.exec(v);
  if (iso && iso.index === 0) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date) return null;
    if (iso[4] !== undefined && iso[5] !== undefined && iso[7] !== undefined) {
      return `${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${normZone(iso[7])}`;
    }
    return date;
  }
  const wd = m.weekdayPrefix.exec(v);
  const parts = findDate(wd ? v.slice(wd[0].length) : v, m);
  if (!parts || parts.start > 2) return null;
  return toIso(parts, null);
}

/**
 * The news site a host name belongs to, trying the full host and then each parent domain.
 *
 * @example
 * ```ts
 * siteOfHost('www.indianexpress.com')?.name; // 'The Indian Express'
 * siteOfHost('example.org'); // null
 * ```
 */
export function siteOfHost(host: string): NewsSite | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const site = NEWS_DOMAINS[labels.slice(i).join('.')];
    if (site) return site;
  }
  return null;
}

/**
 * Host names (`indianexpress.com`, `www.bbc.co.uk`) mentioned in a line of text or URL.
 *
 * @example
 * ```ts
 * hostsIn('comments are not cleared by example.com or https://www.bbc.co.uk/news');
 * // ['example.com', 'www.bbc.co.uk']
 * ```
 */
export function hostsIn(text: string): string[] {
  return [...text.matchAll(/(?<![\w.@-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?![\w-])/giu)]
    .map((x) => (x[1] as string).toLowerCase())
    .filter((h) => !/\.(?:jpg|png|gif|html?|php|js|css)$/.test(h));
}

/**
 * UTC offset of a source's local time, from a place or publisher name in the lexicons
 * (`PIB Delhi`, `New Delhi`), a known news site, or a country-code domain; null when unknown.
 *
 * @example
 * ```ts
 * localOffsetOf(['PIB Delhi'], compileMeta()); // '+05:30'
 * localOffsetOf(['www.example.in'], compileMeta()); // '+05:30'
 * localOffsetOf(['Example Gazette'], compileMeta()); // null
 * ```
 */
export function localOffsetOf(hints: readonly string[], m: MetaMatchers): string | null {
  for (const hint of hints) {
    const lower = hint.toLowerCase().trim();
    if (!lower) continue;
    for (const lex of m.lexicons) {
      for (const [name, offset] of Object.entries(lex.localOffsets)) {
        const re = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRe(name)}(?![\\p{L}\\p{M}])`, 'iu');
        if (re.test(lower)) return offset;
      }
    }
    for (const host of hostsIn(lower)) {
      const site = siteOfHost(host);
      if (site?.utcOffset) return site.utcOffset;
      const tld = host.split('.').pop() ?? '';
      const off = TLD_OFFSETS[tld];
      if (off) return off;
    }
    for (const site of Object.values(NEWS_DOMAINS)) {
      if (site.utcOffset && site.name.toLowerCase() === lower) return site.utcOffset;
    }
  }
  return null;
}

/**
 * The place of a dateline at the start of a first paragraph: `New Delhi [India], May 5 :`,
 * `TOKYO (Reuters) -`, `NEW DELHI:`. A title-case word followed by a colon alone is not
 * enough (it may be a label); capitals, a country in brackets, a date or an agency are.
 *
 * @example
 * ```ts
 * findDateline('PORT ELAN (Reuters) - The council met.', compileMeta());
 * // { place: 'Port Elan', end: 21 }
 * findDateline('Update: the council met.', compileMeta()); // null
 * ```
 */
export function findDateline(paragraph: string, m: MetaMatchers): { place: string; end: number } | null {
  const d = m.dateline.exec(paragraph);
  if (!d?.groups) return null;
  const place = d.groups.place as string;
  const latin = /\p{Script=Latin}/u.test(place);
  const allCaps = latin && place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  const signal = Boolean(d.groups.country || d.groups.agency1 || d.groups.agency2 || d.groups.date);
  if (!allCaps && !signal) return null;
  if (latin && !place.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return null;
  if (d.groups.sep === '-' && !signal && !allCaps) return null;
  const name = allCaps
    ? place
        .toLowerCase()
        .split(/(\s+|-)/)
        .map((w) => (w.length > 0 ? (w[0] as string).toUpperCase() + w.slice(1) : w))
        .join('')
    : place;
  return { place: name, end: d[0].length };
}
