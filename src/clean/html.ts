/**
 * The HTML cleaner: Readability (on linkedom's DOM) finds the article; this module turns its
 * content into paragraphs, reads the page's metadata (title, publication date, publisher) before
 * Readability rewrites the document, and maps paragraphs back into the raw HTML where it can.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Cleaned, Message, OffsetSegment, RawDoc } from '../pipeline/types.js';
import type { MetaMatchers } from './metadata.js';
import { compileMeta, findDate, findDateline, normaliseDeclaredDate, parseMetaLine, siteOfHost, toIso } from './metadata.js';

/** Below this many characters of text, Readability's pick is not an article. */
const MIN_ARTICLE_CHARS = 200;

/** The part of the DOM this module touches (linkedom's nodes satisfy it). */
interface HNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<HNode>;
  textContent: string | null;
}
interface HElement extends HNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<HElement>;
}
interface HDocument {
  title: string;
  documentElement: HElement | null;
  querySelector(selector: string): HElement | null;
  querySelectorAll(selector: string): ArrayLike<HElement>;
}

/** Elements whose start and end break the text into paragraphs. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME']);

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

/**
 * Cleans an HTML page: the article's text as paragraphs, and the title, publication date,
 * publisher and dateline the page declares.
 *
 * @example
 * ```ts
 * const c = cleanHtml({ source: 'a.html', format: 'html', declared: {}, raw: '<html>...</html>' });
 * c.text.split('\n\n').length; // number of paragraphs of the article
 * ```
 */
export function cleanHtml(raw: RawDoc, matchers: MetaMatchers = compileMeta()): Cleaned {
  const messages: Message[] = [];
  const { document } = parseHTML(raw.raw) as unknown as { document: HDocument };
  // Read the metadata first: Readability removes and rewrites parts of the document.
  const meta = readHtmlMeta(document, raw, matchers);
  let parsed: { title?: string | null; content?: unknown; siteName?: string | null; publishedTime?: string | null } | null = null;
  try {
    parsed = new Readability(document as never, { serializer: (n: unknown) => n }).parse();
  } catch (err) {
    messages.push({ level: 'error', reason: `readability failed: ${(err as Error).message}`, source: 'clean/html' });
  }
  const title = clip(parsed?.title) ?? meta.title;
  const publisher = meta.publisher ?? clip(parsed?.siteName);
  let published = meta.published;
  if (!published && parsed?.publishedTime) published = normaliseDeclaredDate(parsed.publishedTime, matchers);
  const paragraphs = parsed?.content ? blockTexts(parsed.content as HNode) : [];
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    messages.push({ level: 'error', reason: 'no article found in the page', source: 'clean/html' });
    return { text: '', offsets: [], title, publisher, published, dateline: null, messages };
  }
  // The visible text can still date the page (`Updated: Sep 8, 2031 11:21 IST` above the body).
  if (!published) {
    for (const p of paragraphs.slice(0, 6)) {
      const m = parseMetaLine(p, undefined, matchers);
      if (m && m.kind !== 'updated') {
        published = toIso(m.parts, null);
        break;
      }
    }
  }
  if (!published && meta.modified) published = meta.modified;
  const dateline = paragraphs[0] !== undefined ? (findDateline(paragraphs[0], matchers)?.place ?? null) : null;
  return { text, offsets: mapParagraphs(raw.raw, paragraphs), title, publisher, published, dateline, messages };
}

function clip(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/**
 * The text of a DOM subtree as paragraphs: block elements break, inline runs are joined with
 * their whitespace collapsed.
 */
function blockTexts(root: HNode): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: HNode): void => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as HNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/**
 * Where each paragraph sits in the raw HTML: exact when it appears verbatim after the previous
 * one; otherwise an inexact segment from its first words to its last words, found with tags,
 * entities and whitespace allowed between the words, when both are found.
 */
function mapParagraphs(raw: string, paragraphs: string[]): OffsetSegment[] {
  const out: OffsetSegment[] = [];
  let cursor = 0;
  let cleanStart = 0;
  for (const p of paragraphs) {
    const at = raw.indexOf(p, cursor);
    if (at >= 0) {
      out.push({ cleanStart, rawStart: at, length: p.length, rawLength: p.length, exact: true });
      cursor = at + p.length;
    } else {
      const words = p.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
      const head = words.length ? findWords(raw, words.slice(0, 4), cursor) : null;
      if (head) {
        const tail = words.length > 4 ? findWords(raw, words.slice(-4), head.end) : null;
        const end = tail && tail.start - head.start < p.length * 4 + 2000 ? tail.end : head.end;
        out.push({ cleanStart, rawStart: head.start, length: p.length, rawLength: end - head.start, exact: false });
        cursor = end;
      }
    }
    cleanStart += p.length + 2;
  }
  return out;
}

/** The first place after `from` where the words occur in order, separated by anything but words. */
function findWords(raw: string, words: string[], from: number): { start: number; end: number } | null {
  const gap = '(?:[^\\p{L}\\p{M}\\p{N}<&]|<[^>]*>|&#?[a-z0-9]+;)+';
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(gap), 'gu');
  re.lastIndex = from;
  const m = re.exec(raw);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

interface HtmlMeta {
  title: string | null;
  publisher: string | null;
  published: string | null;
  modified: string | null;
}

function attr(el: HElement | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

/** Title, publisher and dates the page declares in its head, JSON-LD, microdata and URL. */
function readHtmlMeta(document: HDocument, raw: RawDoc, m: MetaMatchers): HtmlMeta {
  const metas = new Map<string, string>();
  const metaEls = document.querySelectorAll('meta');
  for (let i = 0; i < metaEls.length; i++) {
    const el = metaEls[i] as HElement;
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv'))?.toLowerCase();
    const content = attr(el, 'content');
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const ld = jsonLd(document);
  const fetched = raw.declared.fetched ?? null;
  // A date after the page was fetched (a countdown, a script's date, an event announced) is no publication date.
  const capped = (d: string | null): string | null => (d && fetched && !notAfter(d, fetched) ? null : d);
  const date = (v: string | null | undefined): string | null => capped(v ? normaliseDeclaredDate(v, m) : null);

  let published: string | null = raw.declared.published ? date(raw.declared.published) : null;
  if (!published) {
    for (const key of DATE_META_KEYS) {
      published = date(metas.get(key));
      if (published) break;
    }
  }
  if (!published) published = ld.published.map(date).find((d) => d !== null) ?? null;
  if (!published) {
    const items = document.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"]');
    for (let i = 0; i < items.length && !published; i++) {
      const el = items[i] as HElement;
      published = date(attr(el, 'content') ?? attr(el, 'datetime') ?? clip(el.textContent));
    }
  }
  if (!published) {
    const times = document.querySelectorAll('time');
    let firstTime: string | null = null;
    for (let i = 0; i < times.length && !published; i++) {
      const el = times[i] as HElement;
      const v = date(attr(el, 'datetime') ?? clip(el.textContent));
      const cls = `${attr(el, 'class') ?? ''} ${attr(el, 'itemprop') ?? ''}`.toLowerCase();
      if (v && (el.hasAttribute('pubdate') || /publish|posted|created/.test(cls))) published = v;
      else if (v && !firstTime && !/modif|updat/.test(cls)) firstTime = v;
    }
    published ??= firstTime;
  }
  const url = raw.declared.url ?? attr(document.querySelector('link[rel="canonical"]'), 'href') ?? metas.get('og:url') ?? null;
  if (!published && url) published = capped(dateInUrl(url));
  if (!published) published = capped(dateInPageText(document, m));

  const modified = ld.modified.map(date).find((d) => d !== null) ?? MODIFIED_META_KEYS.map((k) => date(metas.get(k))).find((d) => d !== null) ?? null;
  const host = url ? hostOf(url) : null;
  const publisher =
    clip(metas.get('og:site_name')) ?? ld.publisher ?? (host ? (siteOfHost(host)?.name ?? null) : null) ?? clip(metas.get('application-name'));
  const title =
    clip(raw.declared.title) ?? clip(metas.get('og:title')) ?? clip(metas.get('twitter:title')) ?? ld.headline ?? clip(document.title);
  return { title, publisher, published, modified };
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

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** `.../2031/03/04/...`, `.../2031-03-04-...` or `...20310304...` in a URL's path. */
function dateInUrl(url: string): string | null {
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

/** A date in an element whose class or id says it holds the date (`post-date`, `byline`...). */
function dateInPageText(document: HDocument, m: MetaMatchers): string | null {
  const els = document.querySelectorAll('[class], [id]');
  for (let i = 0; i < els.length; i++) {
    const el = els[i] as HElement;
    const name = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.toLowerCase();
    if (!/date|time|publish|posted|byline|dateline|meta/.test(name) || /updat|modif|comment|related|footer|copyright/.test(name)) continue;
    const text = clip(el.textContent);
    if (!text || text.length > 200) continue;
    const found = findDate(text, m);
    if (found) return toIso(found, null);
  }
  return null;
}

interface LdInfo {
  published: string[];
  modified: string[];
  publisher: string | null;
  headline: string | null;
}

/** The dates, publisher and headline in the page's JSON-LD blocks (articles first). */
function jsonLd(document: HDocument): LdInfo {
  const info: LdInfo = { published: [], modified: [], publisher: null, headline: null };
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
      visit(JSON.parse((scripts[i] as HElement).textContent ?? ''), 0);
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
  return info;
}
