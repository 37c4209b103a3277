/**
 * Feed files: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed.
 *
 * Each item that carries its full text (`content:encoded`, Atom `content`, JSON Feed `content_html`
 * or `content_text`, or a description long enough to be the article) becomes one document, with the
 * item's title, link, publication date, author and language declared. Items with only a summary
 * and a link are counted in one line per feed file; a feed read from its URL has their pages
 * fetched (`urls.ts`). XML with
 * entity declarations is refused before parsing (no entity-expansion bombs), and nesting depth is
 * capped by the parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Declared, RawDoc } from '../pipeline/types.js';
import type { ReadResult } from './read.js';

/** A description or summary with at least this many words is taken as the item's full text. */
const FULL_TEXT_WORDS = 150;
/** Deepest element nesting accepted in a feed. */
const MAX_DEPTH = 200;

type Obj = Record<string, unknown>;

interface Item {
  title?: string;
  link?: string;
  published?: string;
  author?: string;
  lang?: string;
  /** Full text, HTML or plain. */
  content?: { text: string; html: boolean };
  summary?: string;
}

/**
 * The `encoding` an XML declaration names, for the charset decoder, or null.
 *
 * @example
 * ```ts
 * xmlEncoding(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss/>')); // 'windows-1251'
 * ```
 */
export function xmlEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * The documents of one feed file (already decoded), then one line for what could not be read.
 *
 * @example
 * ```ts
 * for (const r of feedDocs(rssText, 'news.rss', 'xml')) if (r.ok) console.log(r.doc.declared.url);
 * ```
 */
export function* feedDocs(
  text: string,
  source: string,
  kind: 'xml' | 'json',
  options: { linkOnly?: { url: string; declared: Declared }[] } = {},
): Generator<ReadResult> {
  const parsed = kind === 'json' ? jsonFeedItems(text) : xmlFeedItems(text);
  if ('reason' in parsed) {
    yield { ok: false, source, reason: parsed.reason };
    return;
  }
  if (parsed.items.length === 0) {
    yield { ok: false, source, reason: `empty feed (no items)` };
    return;
  }
  const summaryOnly: string[] = [];
  let n = 0;
  for (const item of parsed.items) {
    n++;
    const body = fullText(item);
    const declared: Declared = {};
    if (item.title) declared.title = item.title;
    if (item.link) declared.url = item.link;
    const published = item.published ? feedDate(item.published) : null;
    if (published) declared.published = published;
    if (item.author) declared.author = item.author;
    const lang = item.lang ?? parsed.lang;
    if (lang) declared.lang = lang;
    if (!body) {
      // The caller fetches linked pages when it can (a feed read from the web); else they are counted.
      if (options.linkOnly && item.link) options.linkOnly.push({ url: item.link, declared });
      else summaryOnly.push(item.link ?? `item ${n}`);
      continue;
    }
    // The item's HTML is the article itself: wrapped as one, so the cleaner does not hunt for it among furniture.
    const raw = body.html ? `<html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${body.text}</article></body></html>` : body.text;
    const doc: RawDoc = { source: `${source}#${n}`, format: body.html ? 'html' : 'text', raw, declared };
    yield { ok: true, doc };
  }
  if (summaryOnly.length > 0) {
    const k = summaryOnly.length;
    yield {
      ok: false,
      source,
      reason: `${k} feed item${k === 1 ? ' has' : 's have'} only a summary and a link (give the feed URL to have their pages fetched): ${summaryOnly.slice(0, 3).join(' ')}${k > 3 ? ' …' : ''}`,
    };
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fullText(item: Item): { text: string; html: boolean } | null {
  if (item.content && item.content.text.trim() !== '') return item.content;
  if (item.summary && wordCount(item.summary) >= FULL_TEXT_WORDS) return { text: item.summary, html: /<[a-z][^>]*>/i.test(item.summary) };
  return null;
}

function wordCount(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter((w) => w !== '').length;
}

type Parsed = { items: Item[]; lang?: string } | { reason: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  trimValues: true,
  maxNestedTags: MAX_DEPTH,
  // Atom content may be escaped HTML, CDATA or inline XHTML: kept raw and unescaped here.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator'].includes(name),
});

function xmlFeedItems(text: string): Parsed {
  if (/<!ENTITY/i.test(text)) return { reason: 'XML entity declarations are refused (a possible entity-expansion bomb)' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { reason: `invalid XML (line ${valid.err.line}: ${valid.err.msg})` };
  let root: Obj;
  try {
    root = parser.parse(text) as Obj;
  } catch (err) {
    const message = (err as Error).message;
    if (/nested/i.test(message)) return { reason: `feed markup nested deeper than ${MAX_DEPTH} elements` };
    return { reason: `invalid XML (${message.split('\n')[0]})` };
  }
  const rss = obj(root.rss);
  if (rss) {
    const channel = obj(rss.channel) ?? {};
    return { items: list(channel.item).map(rssItem), ...langOf(str(channel.language) ?? str(channel['dc:language'])) };
  }
  const rdf = obj(root['rdf:RDF']);
  if (rdf) {
    const channel = obj(rdf.channel) ?? {};
    return { items: list(rdf.item).map(rssItem), ...langOf(str(channel['dc:language'])) };
  }
  const feed = obj(root.feed);
  if (feed) return { items: list(feed.entry).map((e) => atomEntry(e, str(feed['@_xml:lang']))), ...langOf(str(feed['@_xml:lang'])) };
  return { reason: 'not a feed (no RSS, RDF or Atom root element)' };
}

function langOf(lang: string | undefined): { lang?: string } {
  return lang ? { lang } : {};
}

function rssItem(raw: unknown): Item {
  const item = obj(raw) ?? {};
  const out: Item = {};
  set(out, 'title', text(item.title));
  set(out, 'link', text(list(item.link)[0]) ?? permalink(item.guid));
  set(out, 'published', text(item.pubDate) ?? text(item['dc:date']));
  set(out, 'author', text(list(item['dc:creator'])[0]) ?? text(list(item.author)[0]));
  set(out, 'lang', text(item['dc:language']));
  const encoded = text(item['content:encoded']);
  if (encoded) out.content = { text: encoded, html: true };
  set(out, 'summary', text(item.description));
  return out;
}

function permalink(guid: unknown): string | undefined {
  const g = obj(guid);
  const value = g ? str(g['#text']) : str(guid);
  if (!value || !/^https?:\/\//.test(value)) return undefined;
  return g && str(g['@_isPermaLink']) === 'false' ? undefined : value;
}

function atomEntry(raw: unknown, feedLang: string | undefined): Item {
  const entry = obj(raw) ?? {};
  const out: Item = {};
  set(out, 'title', text(entry.title));
  const links = list(entry.link).map(obj).filter((l): l is Obj => l !== null);
  const alternate = links.find((l) => (str(l['@_rel']) ?? 'alternate') === 'alternate') ?? links[0];
  set(out, 'link', alternate ? str(alternate['@_href']) : undefined);
  set(out, 'published', text(entry.published) ?? text(entry.updated));
  set(out, 'author', text(obj(list(entry.author)[0])?.name));
  set(out, 'lang', str(entry['@_xml:lang']) ?? feedLang);
  const content = atomText(entry.content);
  if (content) out.content = content;
  set(out, 'summary', atomText(entry.summary)?.text);
  return out;
}

/** An Atom text construct kept raw by the parser: inline XHTML as is, escaped HTML or text unescaped. */
function atomText(value: unknown): { text: string; html: boolean } | null {
  const o = obj(value);
  const raw = o ? str(o['#text']) : str(value);
  if (!raw) return null;
  const type = (o ? str(o['@_type']) : undefined) ?? 'text';
  if (type === 'xhtml') return { text: raw, html: true };
  const unescaped = unescapeXml(raw);
  return { text: unescaped, html: type === 'html' || type === 'text/html' };
}

/**
 * Text with CDATA sections opened and the five XML entities and character references decoded.
 *
 * @example
 * ```ts
 * unescapeXml('&lt;p&gt;A &amp;amp; B<![CDATA[ <i>c</i>]]>'); // '<p>A &amp; B <i>c</i>'
 * ```
 */
export function unescapeXml(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
            const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
            if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
            const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
          }),
    )
    .join('');
}

function jsonFeedItems(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'invalid JSON' };
  }
  const feed = obj(value);
  if (!feed || !Array.isArray(feed.items) || !(str(feed.version) ?? '').startsWith('https://jsonfeed.org/version/')) {
    return { reason: 'not a JSON Feed (no "version": "https://jsonfeed.org/version/…" and "items")' };
  }
  const feedAuthor = authorName(feed);
  const items = feed.items.map((raw): Item => {
    const item = obj(raw) ?? {};
    const out: Item = {};
    set(out, 'title', str(item.title));
    set(out, 'link', str(item.url) ?? str(item.external_url));
    set(out, 'published', str(item.date_published) ?? str(item.date_modified));
    set(out, 'author', authorName(item) ?? feedAuthor);
    set(out, 'lang', str(item.language));
    const html = str(item.content_html);
    const plain = str(item.content_text);
    if (html) out.content = { text: html, html: true };
    else if (plain) out.content = { text: plain, html: false };
    set(out, 'summary', str(item.summary));
    return out;
  });
  return { items, ...langOf(str(feed.language)) };
}

function authorName(o: Obj): string | undefined {
  const authors = Array.isArray(o.authors) ? o.authors : o.author ? [o.author] : [];
  return str(obj(authors[0])?.name);
}

/**
 * A feed date as ISO 8601, keeping the zone it gives: RFC 822 (`Tue, 01 Apr 2031 10:00:00 +0200`)
 * as RSS uses, or ISO 8601 / RFC 3339 as Atom and JSON Feed use. Null when it is neither.
 *
 * @example
 * ```ts
 * feedDate('Tue, 1 Apr 2031 10:00:00 EST'); // '2031-04-01T10:00:00-05:00'
 * feedDate('2031-04-01T10:00:00Z'); // '2031-04-01T10:00:00Z'
 * ```
 */
export function feedDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v;
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?)?/.exec(v);
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] as string).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const date = `${year}-${pad(month)}-${pad(Number(m[1]))}`;
  if (m[4] === undefined) return date;
  const time = `${date}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}`;
  const zone = m[7];
  if (!zone) return time;
  if (/^[+-]\d{4}$/.test(zone)) return `${time}${zone.slice(0, 3)}:${zone.slice(3)}`;
  const offset = ZONES[zone.toUpperCase()];
  return offset === undefined ? time : `${time}${offset}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The zone names RFC 822 defines. */
const ZONES: Record<string, string> = {
  GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function obj(v: unknown): Obj | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** The text of an element that may carry attributes (`{ '#text': …, '@_type': … }`). */
function text(v: unknown): string | undefined {
  const o = obj(v);
  return o ? str(o['#text']) : str(v);
}

function set<K extends keyof Item>(item: Item, key: K, value: Item[K] | undefined): void {
  if (value !== undefined) item[key] = value;
}
