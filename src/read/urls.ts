/**
 * Web inputs: URLs of pages and feeds, fetched with a {@link Fetcher} and read like files. A page is
 * one document with its final URL and fetch time declared; a feed gives its items with full text,
 * and the pages of items that only link are fetched and read in turn. Every failure is one
 * `{ ok: false, source, reason }` naming what went wrong, and the run goes on.
 */
import type { Declared, RawDoc } from '../pipeline/types.js';
import { decodeBytes } from './charset.js';
import { feedDocs, xmlEncoding } from './feed.js';
import type { FetchResult } from './fetch.js';
import { Fetcher } from './fetch.js';
import type { ReadResult } from './read.js';

/**
 * True for what `analyze` reads as a URL rather than a path.
 *
 * @example
 * ```ts
 * isUrl('https://example.org/a'); // true
 * isUrl('examples/'); // false
 * ```
 */
export function isUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

type Kind = 'html' | 'feed' | 'jsonfeed' | 'text' | null;

/** What a response is, from its Content-Type, else from its first bytes. */
function kindOf(contentType: string | null, bytes: Uint8Array, url: string): Kind {
  const ct = (contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  if (/^(?:text\/html|application\/xhtml\+xml)$/.test(ct)) return 'html';
  if (/^application\/(?:rss|atom|rdf)\+xml$/.test(ct)) return 'feed';
  if (/^application\/(?:feed\+json|json)$/.test(ct)) return 'jsonfeed';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (/^(?:text|application)\/xml$/.test(ct) || ct === '') {
    if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
    if (/^(?:<!doctype html|<html)/i.test(head)) return 'html';
  }
  if (ct === 'text/plain') return 'text';
  if (ct === '' && /\.(?:txt)$/i.test(new URL(url).pathname)) return 'text';
  if (ct === '' && /^</.test(head)) return 'html';
  return null;
}

/** The documents one fetched response holds (the linked pages of a feed are returned for fetching). */
function responseDocs(
  r: Extract<FetchResult, { ok: true }>,
  source: string,
  declared: Declared,
  linkOnly: { url: string; declared: Declared }[] | null,
): ReadResult[] {
  const kind = kindOf(r.contentType, r.bytes, r.url);
  if (!kind) return [{ ok: false, source, reason: `unsupported content type ${r.contentType ?? '(none)'}` }];
  if (r.bytes.length === 0) return [{ ok: false, source, reason: 'empty response' }];
  const xml = kind === 'feed' ? xmlEncoding(r.bytes) : null;
  const decoded = decodeBytes(r.bytes, { html: kind === 'html', contentType: r.contentType ?? (xml ? `;charset=${xml}` : null) });
  if ('reason' in decoded) return [{ ok: false, source, reason: decoded.reason }];
  const meta: Declared = { ...declared, url: r.url, fetched: r.fetched };
  if (kind === 'feed' || kind === 'jsonfeed') {
    if (!linkOnly) return [{ ok: false, source, reason: 'a feed where a page was expected' }];
    return [...feedDocs(decoded.text, source, kind === 'feed' ? 'xml' : 'json', { linkOnly })].map((x) =>
      x.ok ? { ok: true, doc: { ...x.doc, declared: { ...x.doc.declared, fetched: r.fetched } } } : x,
    );
  }
  const doc: RawDoc = { source, format: kind === 'html' ? 'html' : 'text', raw: decoded.text, declared: meta };
  return [{ ok: true, doc }];
}

export interface UrlReadOptions {
  fetcher?: Fetcher;
  /** Items of feeds already seen (by link), skipped without fetching; new ones are added. */
  seen?: Set<string>;
}

/**
 * Fetches and reads each URL in order: pages, and feeds with the pages their link-only items point to.
 *
 * @example
 * ```ts
 * for await (const r of readUrls(['https://example.org/news/a.html'])) if (!r.ok) console.error(r.reason);
 * ```
 */
export async function* readUrls(urls: readonly string[], options: UrlReadOptions = {}): AsyncGenerator<ReadResult> {
  const fetcher = options.fetcher ?? new Fetcher();
  for (const url of urls) yield* readUrl(url, fetcher, {}, options.seen ?? null);
}

/** One URL: its documents, or its failure; a feed's linked pages follow its own items. */
export async function* readUrl(
  url: string,
  fetcher: Fetcher,
  conditional: { etag?: string | null; lastModified?: string | null },
  seen: Set<string> | null,
  onResponse?: (r: Extract<FetchResult, { ok: true }>) => void,
): AsyncGenerator<ReadResult> {
  const r = await fetcher.get(url, conditional);
  if (!r.ok) {
    yield { ok: false, source: url, reason: `${r.kind}: ${r.reason}` };
    return;
  }
  onResponse?.(r);
  if (r.notModified) return;
  const linkOnly: { url: string; declared: Declared }[] = [];
  for (const x of responseDocs(r, url, {}, linkOnly)) {
    if (x.ok && seen) {
      const key = x.doc.declared.url ?? x.doc.source;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    yield x;
  }
  for (const item of linkOnly) {
    if (seen?.has(item.url)) continue;
    const page = await fetcher.get(item.url);
    if (!page.ok) {
      yield { ok: false, source: item.url, reason: `${page.kind}: ${page.reason}` };
      continue;
    }
    seen?.add(item.url);
    yield* responseDocs(page, item.url, item.declared, null);
  }
}
