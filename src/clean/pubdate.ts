/**
 * The publication date of an HTML page, from every kind of evidence a page gives, each named so its
 * accuracy can be measured apart: what the input declares, `<meta>` tags (OpenGraph
 * `article:published_time`, Dublin Core, ...), JSON-LD `datePublished` (nested `@graph` included),
 * microdata, `<time>` elements, the byline around the headline (any language: `27 juin 2019`,
 * `Donnerstag, 15.2.2018`, `تم نشره الجمعة 24 نيسان / أبريل 2020`), a date in the URL's path, elements
 * whose class names a date, the first paragraph's dateline, labelled lines anywhere in the page, and
 * last of all the modification date. Modification, copyright and "last updated" dates are kept apart
 * from publication dates and only used when nothing else dates the page; no date later than the
 * fetch or crawl time is taken.
 */
import type { RawDoc } from '../pipeline/types.js';
import type { MetaMatchers } from './metadata.js';
import { asciiDigits, findDate, normaliseDeclaredDate, parseMetaLine, toIso } from './metadata.js';

/** Where a publication date came from, best evidence first. */
export type DateEvidence =
  | 'declared'
  | 'meta'
  | 'json-ld'
  | 'microdata'
  | 'time'
  | 'byline'
  | 'url'
  | 'page-class'
  | 'readability'
  | 'body-label'
  | 'dateline'
  | 'page-label'
  | 'modified';

/** The part of the DOM this module reads (linkedom's nodes satisfy it). */
export interface DNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DNode>;
  textContent: string | null;
}
export interface DElement extends DNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector?(selector: string): DElement | null;
  closest?(selector: string): DElement | null;
}
export interface DDocument {
  title: string;
  documentElement: DElement | null;
  querySelector(selector: string): DElement | null;
  querySelectorAll(selector: string): ArrayLike<DElement>;
}

/** Meta tags that carry the publication date, best first (`property`, `name` or `itemprop`). */
const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time',
  'published_time', 'datepublished', 'publishdate', 'publish-date', 'publish_date', 'published-date',
  'pubdate', 'pub_date', 'date_published', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued',
  'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'dc:date', 'date',
  'datecreated', 'originalpublicationdate', 'article.published', 'cxenseparse:recs:publishtime',
  'article:post_date', 'citation_publication_date', 'citation_date', 'displaydate', 'release_date',
];
/** Meta tags with the last modification: only a fallback. */
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'HEAD']);

/** Class or id words that say an element holds a date or a byline (several languages). */
const DATE_CLASS = /date|time|publish|posted|byline|dateline|meta|datum|fecha|data|fech|zeit|tarih|czas/;
/** Class or id words of elements whose dates are not the page's publication date. */
const NOT_DATE_CLASS = /updat|modif|comment|related|footer|copyright|recommend|sidebar|widget|teaser|aktualisiert|birth|event|calendar|kalender/;

/** Blocks of the byline zone read after the headline, and the characters of text they may hold. */
const BYLINE_AFTER_BLOCKS = 12;
const BYLINE_AFTER_CHARS = 500;
/** Blocks of the byline zone read before the headline (section labels, kickers, dates above it). */
const BYLINE_BEFORE_BLOCKS = 4;
const BYLINE_BEFORE_CHARS = 200;

/** What the head of a page declares, read before Readability rewrites the document. */
export interface DateFacts {
  published: string | null;
  evidence: DateEvidence | null;
  modified: string | null;
  /** A labelled publication line anywhere in the page (`Posted on ...` in a footer): after the body's own evidence. */
  pageLabel: string | null;
  /** A labelled "last updated" date in the visible text: the last resort. */
  updatedLabel: string | null;
  /** The page's local UTC offset when its own date-times show one (`-04:00`), else null. */
  pageOffset: string | null;
}

/** One run of visible text between block boundaries, with the `<time datetime>` values inside it. */
interface Block {
  text: string;
  times: { value: string; cls: string }[];
  heading: boolean;
  /** Class and id words of the block's nearest ancestors, lower case. */
  cls: string;
  /** Class and id words of inline elements inside the block (`<span class="date">`). */
  inline: string;
}

function attr(el: DElement | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

function clip(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/**
 * Whether a date is not later than a fetch time: instants are compared when the date has a time
 * and a zone, else days, with one day of slack for a local date ahead of the UTC fetch day.
 *
 * @example
 * ```ts
 * notAfter('2031-04-02', '2031-04-01T20:00:00Z'); // true (may be local time east of UTC)
 * notAfter('2031-04-05', '2031-04-01T20:00:00Z'); // false
 * ```
 */
export function notAfter(date: string, fetched: string): boolean {
  if (/T\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/.test(date)) {
    const a = Date.parse(date);
    const b = Date.parse(fetched);
    if (Number.isFinite(a) && Number.isFinite(b)) return a <= b + 60_000;
  }
  const day = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  const fetchDay = Date.parse(`${fetched.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(day) || !Number.isFinite(fetchDay)) return true;
  return day <= fetchDay + 86_400_000;
}

/**
 * `.../2031/03/04/...`, `.../2031-03-04-...` or `...20310304...` in a URL's path.
 *
 * @example
 * ```ts
 * dateInUrl('https://example.org/2031/03/04/council-meets/'); // '2031-03-04'
 * dateInUrl('https://example.org/news/council-meets'); // null
 * ```
 */
export function dateInUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: search the string as it is
  }
  const m =
    /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path) ?? /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A day-month-year date with a two-digit year (`31.10.23`, `26.10.13`), read only where a byline
 * is expected; the century is the one that puts the year not after `now`.
 */
function shortYearDate(text: string, nowYear: number): string | null {
  const m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]\d|\d)/.exec(asciiDigits(text));
  if (!m) return null;
  const yy = Number(m[3]);
  const y = 2000 + yy <= nowYear + 1 ? 2000 + yy : 1900 + yy;
  const [d, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The visible text of the page as blocks, in document order. */
function pageBlocks(document: DDocument): Block[] {
  const out: Block[] = [];
  let buf = '';
  let times: Block['times'] = [];
  let heading = false;
  const clsStack: string[] = [];
  let inlineCls = '';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t || times.length) out.push({ text: t, times, heading, cls: clsStack.slice(-3).join(' '), inline: inlineCls });
    buf = '';
    times = [];
    heading = false;
    inlineCls = '';
  };
  let visited = 0;
  const walk = (node: DNode, depth: number): void => {
    if (++visited > 200_000 || depth > 400) return;
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const el = node as DElement;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const cls = node.nodeType === 1 ? `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.trim().toLowerCase() : '';
    if (tag === 'TIME') {
      const value = attr(el, 'datetime') ?? clip(el.textContent);
      if (value) times.push({ value, cls: `${cls} ${attr(el, 'itemprop') ?? ''}`.toLowerCase() });
    }
    if (tag === 'H1') heading = true;
    if (!block && cls && inlineCls.length < 200) inlineCls += ` ${cls}`;
    clsStack.push(cls);
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DNode, depth + 1);
    clsStack.pop();
    if (tag === 'H1') {
      heading = true;
      flush();
    } else if (block) flush();
  };
  if (document.documentElement) walk(document.documentElement, 0);
  flush();
  return out;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Index of the block that holds the headline: an `<h1>` matching the title, else a block equal to it, else the first `<h1>`. */
function headlineIndex(blocks: Block[], titles: readonly string[]): number {
  const wanted = titles.map(norm).filter((t) => t.length >= 6);
  const matches = (text: string): boolean => {
    const t = norm(text);
    return t.length >= 6 && wanted.some((w) => w === t || (t.length >= 12 && w.includes(t)) || (w.length >= 12 && t.includes(w)));
  };
  let firstH1 = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (!b.heading || !b.text) continue;
    if (firstH1 < 0) firstH1 = i;
    if (matches(b.text)) return i;
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.text.length <= 300 && matches(b.text)) return i;
  }
  return firstH1;
}

/**
 * The date of a block in the byline zone: a `<time datetime>` in it, a labelled or bare date line,
 * or a date inside a short block (`Von: Björn Jahner | 31.10.23`). Update lines are not publication dates.
 */
function blockDate(b: Block, m: MetaMatchers, date: (v: string | null) => string | null, nowYear: number): string | null {
  if (NOT_DATE_CLASS.test(b.cls)) return null;
  for (const t of b.times) {
    if (/modif|updat/.test(t.cls)) continue;
    const d = date(t.value);
    if (d) return d;
  }
  if (!b.text || b.text.length > 160) return null;
  const line = parseMetaLine(b.text, undefined, m);
  if (line) return line.kind === 'updated' ? null : date(toIso(line.parts, null));
  if (m.labels.some((l) => l.kind === 'updated' && l.pattern.test(b.text))) return null;
  if (/©|\(c\)|copyright/i.test(b.text)) return null;
  const found = findDate(b.text, m);
  if (found) return date(toIso(found, null));
  return date(shortYearDate(b.text, nowYear));
}

/**
 * The page's local UTC offset when its own machine-readable date-times agree on one that is not
 * UTC (at least two of them): a UTC publication time is then read as that local day.
 */
function pageOffset(html: string): string | null {
  const counts = new Map<string, number>();
  const re = /\d{4}-?\d{2}-?\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s?([+-]\d{2}):?(\d{2})\b|\d{1,2}:\d{2}:\d{2} ([+-]\d{2})(\d{2})\b/g;
  let n = 0;
  for (const x of html.matchAll(re)) {
    if (++n > 2000) break;
    const off = `${x[1] ?? x[3]}:${x[2] ?? x[4]}`;
    if (off === '+00:00' || off === '-00:00') continue;
    counts.set(off, (counts.get(off) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 1;
  for (const [off, c] of counts) if (c > bestN) [best, bestN] = [off, c];
  return best;
}

/**
 * A UTC date-time shown at a local offset (`2031-05-02T02:54:29+00:00` at `-04:00` is
 * `2031-05-01T22:54:29-04:00`); anything else unchanged.
 *
 * @example
 * ```ts
 * atOffset('2031-05-02T02:54:29+00:00', '-04:00'); // '2031-05-01T22:54:29-04:00'
 * atOffset('2031-05-02', '-04:00'); // '2031-05-02'
 * ```
 */
export function atOffset(iso: string, offset: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:Z|[+-]00:?00)$/.exec(iso);
  const o = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m || !o) return iso;
  const shift = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) * 60_000;
  const t = Date.parse(`${m[1]}Z`) + shift;
  if (!Number.isFinite(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 19)}${offset}`;
}

interface LdInfo {
  published: string[];
  modified: string[];
  publisher: string | null;
  headline: string | null;
  authors: string[];
}

/** The dates, publisher, headline and authors in the page's JSON-LD blocks (articles first, nested `@graph` included). */
export function jsonLd(document: DDocument): LdInfo {
  const info: LdInfo = { published: [], modified: [], publisher: null, headline: null, authors: [] };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const articles: Record<string, unknown>[] = [];
  const others: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const type = JSON.stringify(o['@type'] ?? '');
    if ('datePublished' in o || 'headline' in o) (/Article|Posting|Report|Blog/i.test(type) ? articles : others).push(o);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) visit(o[key], depth + 1);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse((scripts[i] as DElement).textContent ?? ''), 0);
    } catch {
      // broken JSON-LD is common on news sites: ignore it
    }
  }
  for (const o of [...articles, ...others]) {
    if (typeof o.datePublished === 'string') info.published.push(o.datePublished);
    else if (typeof o.dateCreated === 'string') info.published.push(o.dateCreated);
    if (typeof o.dateModified === 'string') info.modified.push(o.dateModified);
    const pub = o.publisher as { name?: unknown } | undefined;
    if (!info.publisher && pub && typeof pub.name === 'string') info.publisher = clip(pub.name);
    if (!info.headline && typeof o.headline === 'string') info.headline = clip(o.headline);
  }
  const first = articles[0] ?? others[0];
  if (first) info.authors = ldNames(first.author);
  return info;
}

/** Person names of a JSON-LD `author` value (a string, an object with `name`, or a list of them). */
function ldNames(v: unknown): string[] {
  const out: string[] = [];
  const add = (x: unknown): void => {
    if (typeof x === 'string') {
      const t = clip(x);
      if (t) out.push(t);
    } else if (x && typeof x === 'object' && !Array.isArray(x)) {
      const o = x as Record<string, unknown>;
      if (/Organization|Corporation|NewsMediaOrganization/i.test(JSON.stringify(o['@type'] ?? ''))) return;
      if (typeof o.name === 'string') add(o.name);
    }
  };
  if (Array.isArray(v)) v.slice(0, 10).forEach(add);
  else add(v);
  return out;
}

/**
 * Reads every kind of date evidence a page holds, best first, and returns the first that is a
 * date not later than the fetch time, with its kind. `titles` are the headline candidates (`og:title`,
 * `<title>`) used to find the byline zone; `metas` the page's meta tags by lower-cased key.
 */
export function readPageDate(
  document: DDocument,
  raw: RawDoc,
  m: MetaMatchers,
  metas: ReadonlyMap<string, string>,
  ld: LdInfo,
  titles: readonly string[],
  url: string | null,
): DateFacts {
  const fetched = raw.declared.fetched ?? null;
  // A date after the page was fetched (a countdown, a script's date, an event announced) is no publication date.
  const capped = (d: string | null): string | null => (d && fetched && !notAfter(d, fetched) ? null : d);
  const date = (v: string | null | undefined): string | null => capped(v ? normaliseDeclaredDate(v, m) : null);
  const nowYear = Number((fetched ?? new Date().toISOString()).slice(0, 4));
  const blocks = pageBlocks(document);
  const offset = pageOffset(raw.raw);
  const localise = (d: string): string => (offset ? atOffset(d, offset) : d);

  const structured = (): [DateEvidence, () => string | null][] => {
    const found: [DateEvidence, string][] = [];
    for (const key of DATE_META_KEYS) {
      const d = date(metas.get(key));
      if (d) found.push(['meta', d]);
    }
    const l = ld.published.map(date).find((d) => d !== null);
    if (l) found.push(['json-ld', l]);
    let best: [DateEvidence, string] | undefined;
    for (const f of found) if (!best || f[1].slice(0, 10) < best[1].slice(0, 10)) best = f;
    return best ? [[best[0], () => best[1]]] : [];
  };
  const sources: [DateEvidence, () => string | null][] = [
    ['declared', () => (raw.declared.published ? date(raw.declared.published) : null)],
    // The page's own structured declarations: the earliest day of the meta tags and the article's
    // JSON-LD wins (a republished or re-dated copy declares the later one), the meta tags on a tie.
    ...structured(),
    [
      'microdata',
      () => {
        const items = document.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"]');
        for (let i = 0; i < items.length; i++) {
          const el = items[i] as DElement;
          const d = date(attr(el, 'content') ?? attr(el, 'datetime') ?? clip(el.textContent));
          if (d) return d;
        }
        return null;
      },
    ],
    [
      'time',
      () => {
        for (const b of blocks) {
          for (const t of b.times) {
            const d = /publish|posted|created|pubdate/.test(t.cls) ? date(t.value) : null;
            if (d) return d;
          }
        }
        const marked = document.querySelectorAll('time[pubdate]');
        for (let i = 0; i < marked.length; i++) {
          const el = marked[i] as DElement;
          const d = date(attr(el, 'datetime') ?? clip(el.textContent));
          if (d) return d;
        }
        return null;
      },
    ],
    [
      'byline',
      () => {
        const h = headlineIndex(blocks, titles);
        if (h < 0) return null;
        let chars = 0;
        for (let i = h + 1; i < blocks.length && i <= h + BYLINE_AFTER_BLOCKS && chars <= BYLINE_AFTER_CHARS; i++) {
          const b = blocks[i] as Block;
          const d = blockDate(b, m, date, nowYear);
          if (d) return d;
          chars += b.text.length;
        }
        chars = 0;
        for (let i = h - 1; i >= 0 && i >= h - BYLINE_BEFORE_BLOCKS && chars <= BYLINE_BEFORE_CHARS; i--) {
          const b = blocks[i] as Block;
          const d = blockDate(b, m, date, nowYear);
          if (d) return d;
          chars += b.text.length;
        }
        return null;
      },
    ],
    [
      'time',
      () => {
        for (const b of blocks) {
          if (NOT_DATE_CLASS.test(b.cls)) continue;
          for (const t of b.times) {
            if (/modif|updat/.test(t.cls)) continue;
            const d = date(t.value);
            if (d) return d;
          }
        }
        return null;
      },
    ],
    ['url', () => (url ? capped(dateInUrl(url)) : null)],
    [
      'page-class',
      () => {
        for (const b of blocks) {
          if (!b.text || b.text.length > 200 || !DATE_CLASS.test(`${b.cls} ${b.inline}`) || NOT_DATE_CLASS.test(b.cls)) continue;
          if (m.labels.some((l) => l.kind === 'updated' && l.pattern.test(b.text))) continue;
          const found = findDate(b.text, m);
          if (found) {
            const d = date(toIso(found, null));
            if (d) return d;
          }
        }
        return null;
      },
    ],
  ];
  for (const [evidence, read] of sources) {
    const d = read();
    if (d) return { published: localise(d), evidence, modified: null, pageLabel: null, updatedLabel: null, pageOffset: offset };
  }
  const modified = ld.modified.map(date).find((d) => d !== null) ?? MODIFIED_META_KEYS.map((k) => date(metas.get(k))).find((d) => d !== null) ?? null;
  const { pageLabel, updatedLabel } = labelled(blocks, m, date);
  return { published: null, evidence: null, modified: modified ? localise(modified) : null, pageLabel, updatedLabel, pageOffset: offset };
}

/** Labelled date lines anywhere in the page: a publication line (`Posted on ...`), else the last update line. */
function labelled(blocks: Block[], m: MetaMatchers, date: (v: string | null) => string | null): { pageLabel: string | null; updatedLabel: string | null } {
  let updated: string | null = null;
  for (const b of blocks) {
    if (!b.text || b.text.length > 200) continue;
    const line = parseMetaLine(b.text, undefined, m);
    if (!line) continue;
    const d = date(toIso(line.parts, null));
    if (!d) continue;
    if (line.kind === 'published') return { pageLabel: d, updatedLabel: updated };
    if (line.kind === 'updated' && !updated) updated = d;
  }
  return { pageLabel: null, updatedLabel: updated };
}

/**
 * A dateline date at the start of the first paragraph (`Karlsruhe, (12.11.2021). The council ...`,
 * `NEW DELHI, March 4, 2031:`): a date within the first words, after at most a place name.
 */
export function datelineDate(paragraph: string, m: MetaMatchers): string | null {
  const head = paragraph.slice(0, 120);
  const found = findDate(head, m);
  if (!found || found.start > 50) return null;
  const before = head.slice(0, found.start);
  // Nothing before the date, or a place name closed by a comma or an opening bracket.
  if (before.trim() !== '' && !/^[\p{Lu}][\p{L}\p{M}.' -]{0,40}(?:,\s*\(?|\s*\()\s*$/u.test(before)) return null;
  return toIso(found, null);
}
