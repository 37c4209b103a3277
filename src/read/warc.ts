/**
 * WARC and WARC.gz: a streaming record reader (ISO 28500, WARC/1.0 and 1.1).
 *
 * The file is read as a stream (gzip members inflated by Node's zlib as they come), one record at a
 * time: each `response` record whose HTTP status is 200 and whose payload is HTML becomes one
 * document, with the record's `WARC-Target-URI` as its url and `WARC-Date` as the date it was
 * fetched. Other responses are skipped and counted in one summary line per file; a truncated or
 * corrupt record is reported with its byte offset and the reader goes on to the next record
 * where it can.
 */
import { createReadStream } from 'node:fs';
import { brotliDecompressSync, createGunzip, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { Declared } from '../pipeline/types.js';
import { ByteReader } from './bytes.js';
import { decodeBytes } from './charset.js';
import type { ReadResult } from './read.js';

const CRLF2 = Buffer.from('\r\n\r\n');
const LF2 = Buffer.from('\n\n');
const RECORD_START = Buffer.from('WARC/1.');
/** A WARC or HTTP header block longer than this is corrupt. */
const MAX_HEADER_BYTES = 64 * 1024;
/** How far the reader looks for the next record after a corrupt one. */
const MAX_RESYNC_BYTES = 64 * 1024 * 1024;
/** A gzip that inflates beyond this ratio (after the first 64 MiB) is refused as a zip bomb. */
const MAX_GZIP_RATIO = 200;

/** What was not read, by cause, for the summary line. */
interface Skipped {
  notHtml: number;
  status: Map<string, number>;
  tooLarge: number;
}

/**
 * Reads the documents of one WARC file, streaming.
 *
 * @example
 * ```ts
 * for await (const r of readWarc('crawl.warc.gz', 'crawl.warc.gz', true, 10 * 1024 * 1024)) {
 *   if (r.ok) console.log(r.doc.declared.url, r.doc.declared.fetched);
 * }
 * ```
 */
export async function* readWarc(path: string, source: string, gz: boolean, maxBytes: number): AsyncGenerator<ReadResult> {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  let stream: NodeJS.ReadableStream = file;
  const gunzip = gz ? createGunzip() : null;
  if (gunzip) {
    file.on('error', (err) => gunzip.destroy(err));
    stream = file.pipe(gunzip);
  }
  const chunks = limitRatio(stream as AsyncIterable<Buffer>, gunzip, () => file.bytesRead);
  const reader = new ByteReader(chunks[Symbol.asyncIterator]());
  const where = (offset: number): string => (gz ? `decompressed byte ${offset}` : `byte ${offset}`);
  const skipped: Skipped = { notHtml: 0, status: new Map(), tooLarge: 0 };
  let records = 0;
  let failed = false;
  try {
    for (;;) {
      if (!(await reader.skipWhile((b) => b === 0x0d || b === 0x0a))) break;
      const start = reader.offset;
      const head = await reader.readThrough(CRLF2, MAX_HEADER_BYTES);
      if (head === null) {
        failed = true;
        yield { ok: false, source, reason: `${truncation(reader)} in the WARC header of the record at ${where(start)}` };
        break;
      }
      const headers = head === 'too-long' ? null : parseWarcHeaders(head);
      const length = headers ? Number(headers.get('content-length')) : NaN;
      if (!headers || !Number.isSafeInteger(length) || length < 0) {
        yield { ok: false, source, reason: `corrupt WARC record at ${where(start)} (${headers ? 'no valid Content-Length' : 'no WARC header'})` };
        if (head === 'too-long') await reader.skip(1);
        if (!(await reader.seek(RECORD_START, MAX_RESYNC_BYTES))) break;
        continue;
      }
      records++;
      const type = headers.get('warc-type');
      if (type !== 'response' || length > maxBytes + MAX_HEADER_BYTES) {
        if (type === 'response') skipped.tooLarge++;
        const got = await reader.skip(length);
        if (got < length) {
          failed = true;
          yield { ok: false, source, reason: `${truncation(reader)} in the record at ${where(start)} (${got} of ${length} content bytes)` };
          break;
        }
        continue;
      }
      const block = await reader.read(length);
      if (block.length < length) {
        failed = true;
        yield { ok: false, source, reason: `${truncation(reader)} in the record at ${where(start)} (${block.length} of ${length} content bytes)` };
        break;
      }
      const result = responseDoc(block, headers, maxBytes, skipped);
      if (result === null) continue;
      const src = `${source}#${start}`;
      if ('reason' in result) yield { ok: false, source: src, reason: `${result.reason} (record at ${where(start)})` };
      else yield { ok: true, doc: { source: src, format: 'html', raw: result.text, declared: result.declared } };
    }
  } finally {
    file.destroy();
    gunzip?.destroy();
  }
  if (reader.error && !failed) {
    yield { ok: false, source, reason: `${gzipReason(reader.error)} after ${where(reader.offset)}` };
  }
  if (records === 0 && !reader.error) {
    yield { ok: false, source, reason: 'empty file (no WARC records)' };
    return;
  }
  const summary = summarise(skipped, maxBytes);
  if (summary) yield { ok: false, source, reason: summary };
}

function truncation(reader: ByteReader): string {
  return reader.error ? gzipReason(reader.error) : 'truncated file';
}

function gzipReason(err: Error): string {
  if (err.message.startsWith('zip bomb')) return err.message;
  const code = (err as NodeJS.ErrnoException).code;
  if (code && /^E[A-Z]+$/.test(code)) return `cannot read: ${err.message}`;
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(err.message)) return 'truncated gzip (unexpected end of file)';
  return `corrupt gzip (${err.message})`;
}

/**
 * Passes chunks through, failing once the inflated bytes exceed {@link MAX_GZIP_RATIO} times the
 * compressed bytes read (beyond the first 64 MiB): a zip bomb stops early instead of being inflated.
 */
async function* limitRatio(
  stream: AsyncIterable<Buffer>,
  gunzip: unknown,
  compressedRead: () => number,
): AsyncGenerator<Buffer> {
  let out = 0;
  for await (const chunk of stream) {
    out += chunk.length;
    if (gunzip && out > 64 * 1024 * 1024 && out > MAX_GZIP_RATIO * Math.max(1, compressedRead())) {
      throw new Error(`zip bomb: gzip inflates more than ${MAX_GZIP_RATIO}× (${Math.round(out / 1048576)} MB from ${Math.round(compressedRead() / 1048576)} MB)`);
    }
    yield chunk;
  }
}

/**
 * The named fields of a WARC (or HTTP) header block, lower-cased names; null when the block
 * does not start with a `WARC/` version line.
 */
export function parseWarcHeaders(head: Buffer): Map<string, string> | null {
  const text = head.toString('utf8');
  if (!text.startsWith('WARC/')) return null;
  return parseFields(text.split(/\r?\n/).slice(1));
}

function parseFields(lines: string[]): Map<string, string> {
  const fields = new Map<string, string>();
  let last = '';
  for (const line of lines) {
    if (line === '') continue;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}

type ResponseOutcome = { text: string; declared: Declared } | { reason: string } | null;

/** The document in one response record's HTTP block, a reason, or null when it is skipped (counted). */
function responseDoc(block: Buffer, warc: Map<string, string>, maxBytes: number, skipped: Skipped): ResponseOutcome {
  let end = block.indexOf(CRLF2);
  let sep = CRLF2.length;
  const lf = block.indexOf(LF2);
  if (lf >= 0 && (end < 0 || lf < end)) {
    end = lf;
    sep = LF2.length;
  }
  if (end < 0 || !block.subarray(0, 5).equals(Buffer.from('HTTP/'))) {
    skipped.notHtml++;
    return null;
  }
  const lines = block.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\S+\s+(\d{3})/.exec(lines[0] ?? '')?.[1] ?? '?';
  const http = parseFields(lines.slice(1));
  if (status !== '200') {
    skipped.status.set(status, (skipped.status.get(status) ?? 0) + 1);
    return null;
  }
  let body: Buffer = block.subarray(end + sep);
  const contentType = http.get('content-type') ?? null;
  if (!isHtml(contentType, warc.get('warc-identified-payload-type') ?? null, body)) {
    skipped.notHtml++;
    return null;
  }
  if (/chunked/i.test(http.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const encoding = (http.get('content-encoding') ?? '').toLowerCase().trim();
  if (encoding && encoding !== 'identity') {
    const inflated = inflate(body, encoding, maxBytes);
    if ('reason' in inflated) return inflated;
    body = inflated.bytes;
  }
  if (body.length > maxBytes) {
    skipped.tooLarge++;
    return null;
  }
  const decoded = decodeBytes(body, { html: true, contentType });
  if ('reason' in decoded) return decoded;
  if (decoded.text.trim() === '') return { reason: 'empty page' };
  const declared: Declared = {};
  const url = warc.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1');
  const date = warc.get('warc-date');
  if (url) declared.url = url;
  if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) declared.fetched = date;
  return { text: decoded.text, declared };
}

function isHtml(contentType: string | null, identified: string | null, body: Buffer): boolean {
  const mime = (contentType ?? identified ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return true;
  if (mime !== '' && mime !== 'application/octet-stream' && mime !== 'text/plain') return false;
  return /^\s*(<!doctype html|<html)/i.test(body.subarray(0, 512).toString('latin1'));
}

/** Undoes HTTP chunked transfer encoding; null when the body is not chunked after all. */
function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) return null;
    const size = parseInt(body.subarray(at, eol).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
    if (at > body.length + 2) return null;
  }
}

function inflate(body: Buffer, encoding: string, maxBytes: number): { bytes: Buffer } | { reason: string } {
  const opts = { maxOutputLength: maxBytes };
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return { bytes: gunzipSync(body, opts) };
    if (encoding === 'deflate') {
      try {
        return { bytes: inflateSync(body, opts) };
      } catch {
        return { bytes: inflateRawSync(body, opts) };
      }
    }
    if (encoding === 'br') return { bytes: brotliDecompressSync(body, opts) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return { reason: 'page too large after Content-Encoding' };
    return { reason: `corrupt ${encoding} Content-Encoding` };
  }
  return { reason: `unsupported Content-Encoding ${encoding}` };
}

/** One line for the responses that were not read, or null when every response was. */
function summarise(s: Skipped, maxBytes: number): string | null {
  const statuses = [...s.status.values()].reduce((a, b) => a + b, 0);
  const total = s.notHtml + statuses + s.tooLarge;
  if (total === 0) return null;
  const parts: string[] = [];
  if (s.notHtml) parts.push(`${s.notHtml} not HTML`);
  if (statuses) {
    const by = [...s.status.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ×${n}`).join(', ');
    parts.push(`${statuses} with status other than 200 (${by})`);
  }
  if (s.tooLarge) parts.push(`${s.tooLarge} larger than the ${(maxBytes / 1048576).toFixed(1)} MB limit`);
  return `${total} WARC response${total === 1 ? '' : 's'} skipped: ${parts.join(', ')}`;
}
