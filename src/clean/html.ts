/**
 * The HTML cleaner: Readability (on linkedom's DOM) finds the article; this module turns its
 * content into paragraphs, reads the page's metadata (title, publication date, publisher) before
 * Readability rewrites the document, and maps paragraphs back into the raw HTML where it can.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Cleaned, Message, OffsetSegment, RawDoc } from '../pipeline/types.js';
import type { MetaMatchers } from './metadata.js';
import { compileMeta, findDateline, normaliseDeclaredDate, parseMetaLine, siteOfHost, toIso } from './metadata.js';
import type { DateEvidence } from './pubdate.js';
import type { DateFacts, DDocument } from './pubdate.js';
import { datelineDate, jsonLd, notAfter, readPageDate } from './pubdate.js';
import { readAuthors } from './authors.js';
import { articleBlocks, type Block } from './blocks.js';

export { notAfter };

/** What {@link cleanHtml} returns: the cleaned page and which evidence dated it. */
export interface HtmlCleaned extends Cleaned {
  publishedFrom: DateEvidence | 'updated' | null;
}

/** Deepest element nesting read; real pages stay far below (a few dozen levels). */
const MAX_NESTING = 2000;
/** Elements that never nest or that the parser closes by itself when a sibling opens. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'colgroup', 'tbody', 'thead', 'tfoot',
]);

/**
 * How deep the page's elements nest, counted from its tags without building a tree; stops counting
 * once past `limit`.
 *
 * @example
 * ```ts
 * nestingDepth('<div><div><p>a</p></div></div>', 100); // 2
 * ```
 */
export function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let max = 0;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\4\s*>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || m[3] === '/' || NOT_NESTING.has(name)) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) return max;
  }
  return max;
}

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
/**
 * A block whose parent holds an image or a video and at most this many words in all is the media's
 * caption or credit (or a slideshow's labels), even without `<figure>` markup.
 */
const MEDIA_BOX_WORDS = 50;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME']);

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
export function cleanHtml(raw: RawDoc, matchers: MetaMatchers = compileMeta()): HtmlCleaned {
  const messages: Message[] = [];
  if (nestingDepth(raw.raw, MAX_NESTING) > MAX_NESTING) {
    // The DOM and Readability recurse over the tree: such a page would take minutes or overflow the stack.
    messages.push({ level: 'error', reason: `markup nested deeper than ${MAX_NESTING} elements`, source: 'clean/html' });
    return { text: '', offsets: [], title: null, publisher: null, published: null, dateline: null, messages, publishedFrom: null };
  }
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
  const dates = meta.dates;
  let published = dates.published;
  let publishedFrom: HtmlCleaned['publishedFrom'] = dates.evidence;
  const fetched = raw.declared.fetched;
  const take = (d: string | null, from: HtmlCleaned['publishedFrom']): void => {
    if (published || !d || (fetched && !notAfter(d, fetched))) return;
    published = d;
    publishedFrom = from;
  };
  if (parsed?.publishedTime) take(normaliseDeclaredDate(parsed.publishedTime, matchers), 'readability');
  // Dates are read from every block of the pick (a date line above the body is furniture but dates
  // the page); the text keeps the blocks that are not furniture, unless too little would be left for
  // an article: then Readability's pick is the page's text as it stands.
  const blocks = parsed?.content ? blockTexts(parsed.content as HNode) : [];
  const all = blocks.map((b) => b.text);
  const article = articleBlocks(blocks).map((b) => b.text);
  const paragraphs = article.join('\n\n').length >= MIN_ARTICLE_CHARS ? article : all;
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    messages.push({ level: 'error', reason: 'no article found in the page', source: 'clean/html' });
    return { text: '', offsets: [], title, publisher, published, dateline: null, messages, publishedFrom, ...authorsOf(meta.authors) };
  }
  // The visible text can still date the page (`Updated: Sep 8, 2031 11:21 IST` above the body).
  for (const p of all.slice(0, 6)) {
    if (published) break;
    const m = parseMetaLine(p, undefined, matchers);
    if (m && m.kind !== 'updated') take(toIso(m.parts, null), 'body-label');
  }
  if (all[0] !== undefined) take(datelineDate(all[0], matchers), 'dateline');
  take(dates.pageLabel, 'page-label');
  take(dates.modified, 'modified');
  take(dates.updatedLabel, 'updated');
  const dateline = paragraphs[0] !== undefined ? (findDateline(paragraphs[0], matchers)?.place ?? null) : null;
  return { text, offsets: mapParagraphs(raw.raw, paragraphs), title, publisher, published, dateline, messages, publishedFrom, ...authorsOf(meta.authors) };
}

/** `authors` only when some were found, so documents without a byline keep their old shape. */
function authorsOf(authors: string[]): { authors?: string[] } {
  return authors.length ? { authors } : {};
}

function clip(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/**
 * The text of a DOM subtree as blocks: block elements break, inline runs are joined with their
 * whitespace collapsed; each block says how much of it is link text, which block element holds it
 * and whether it sits in a figure (a `<figure>`, or a small box around an image: {@link MEDIA_BOX_WORDS}).
 */
function blockTexts(root: HNode): Block[] {
  const out: Block[] = [];
  let buf = '';
  let linkChars = 0;
  let tag = '';
  let figure = 0;
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t, linkShare: Math.min(1, linkChars / Math.max(1, t.replace(/\s+/g, '').length)), tag, inFigure: figure > 0 || media });
    buf = '';
    linkChars = 0;
  };
  const boxes = new Map<HNode, boolean>();
  let media = false;
  const mediaBox = (box: HNode | null): boolean => {
    if (!box || box.nodeType !== 1) return false;
    let v = boxes.get(box);
    if (v === undefined) {
      const text = (box.textContent ?? '').trim();
      v = (text.match(/[\p{L}\p{Nd}]+/gu)?.length ?? 0) <= MEDIA_BOX_WORDS && (box as HElement).querySelectorAll('img, picture, video').length > 0;
      boxes.set(box, v);
    }
    return v;
  };
  const walk = (node: HNode, inLink: boolean, parent: HNode | null = null): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      if (inLink) linkChars += t.replace(/\s+/g, '').length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(name)) return;
    const block = BLOCK_TAGS.has(name);
    const fig = name === 'FIGURE' || name === 'FIGCAPTION';
    const outer = tag;
    const outerMedia = media;
    if (block) {
      flush();
      tag = name;
      media = media || mediaBox(parent);
    }
    if (fig) figure++;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as HNode, inLink || name === 'A', node);
    if (block) {
      flush();
      tag = outer;
      media = outerMedia;
    }
    if (fig) figure--;
  };
  walk(root, false);
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
  dates: DateFacts;
  authors: string[];
}

function attr(el: HElement | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

/** Title, publisher and dates the page declares in its head, JSON-LD, microdata, URL and byline. */
function readHtmlMeta(document: HDocument, raw: RawDoc, m: MetaMatchers): HtmlMeta {
  const metas = new Map<string, string>();
  const metaEls = document.querySelectorAll('meta');
  for (let i = 0; i < metaEls.length; i++) {
    const el = metaEls[i] as HElement;
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv'))?.toLowerCase();
    const content = attr(el, 'content');
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const ld = jsonLd(document as unknown as DDocument);
  const url = raw.declared.url ?? attr(document.querySelector('link[rel="canonical"]'), 'href') ?? metas.get('og:url') ?? null;
  const host = url ? hostOf(url) : null;
  const publisher =
    clip(metas.get('og:site_name')) ?? ld.publisher ?? (host ? (siteOfHost(host)?.name ?? null) : null) ?? clip(metas.get('application-name'));
  const title =
    clip(raw.declared.title) ?? clip(metas.get('og:title')) ?? clip(metas.get('twitter:title')) ?? ld.headline ?? clip(document.title);
  const titles = [title, clip(document.title), ld.headline].filter((t): t is string => t !== null);
  const dates = readPageDate(document as unknown as DDocument, raw, m, metas, ld, titles, url);
  const siteName = host ? (siteOfHost(host)?.name ?? null) : null;
  const authors = readAuthors(document as unknown as DDocument, raw.declared.author, ld.authors, metas, [publisher, siteName, ld.publisher, clip(metas.get('og:site_name'))], host);
  return { title, publisher, dates, authors };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
