/**
 * Readers: files and folders in, {@link RawDoc}s out.
 *
 * One entry point, {@link readInputs}, walks the paths it is given and yields one result per
 * document: `.txt` and `.html`/`.htm` files (optionally gzipped) are one document each, a `.jsonl`
 * file is one document per non-blank line, a feed (`.rss`, `.atom`, `.xml`, JSON Feed `.json`;
 * `feed.ts`) one per item with its full text, a `.warc`/`.warc.gz` crawl (`warc.ts`, streamed) one
 * per HTML response. Bytes are decoded in the charset they declare or are detected in (`charset.ts`).
 * A bad input never throws out of the generator: it
 * becomes `{ ok: false, source, reason }` and the walk goes on, so one broken file does not stop a run.
 */
import { closeSync, fstatSync, openSync, readFileSync, type Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Declared, RawDoc } from '../pipeline/types.js';
import { decodeBytes } from './charset.js';
import { feedDocs, xmlEncoding } from './feed.js';
import { readWarc } from './warc.js';

export { decodeBytes, firstInvalidUtf8 } from './charset.js';

const gunzipAsync = promisify(gunzip);

/** One document read, or the reason an input could not be read. */
export type ReadResult = { ok: true; doc: RawDoc } | { ok: false; source: string; reason: string };

export interface ReadOptions {
  /** Largest file (and largest decompressed gzip content) accepted, in bytes. Default 10 MiB. */
  maxBytes?: number;
}

/** 10 MiB: far above any news article, low enough that a stray dump is refused, not loaded. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

type Kind = 'text' | 'html' | 'jsonl' | 'warc' | 'feed' | 'jsonfeed';

/** File name endings the readers understand, longest first so `.jsonl.gz` wins over `.gz`. */
const EXTENSIONS: readonly (readonly [string, Kind, boolean])[] = [
  ['.warc.gz', 'warc', true],
  ['.warc', 'warc', false],
  ['.jsonl.gz', 'jsonl', true],
  ['.rss.gz', 'feed', true],
  ['.atom.gz', 'feed', true],
  ['.xml.gz', 'feed', true],
  ['.json.gz', 'jsonfeed', true],
  ['.html.gz', 'html', true],
  ['.htm.gz', 'html', true],
  ['.txt.gz', 'text', true],
  ['.jsonl', 'jsonl', false],
  ['.rss', 'feed', false],
  ['.atom', 'feed', false],
  ['.xml', 'feed', false],
  ['.json', 'jsonfeed', false],
  ['.html', 'html', false],
  ['.htm', 'html', false],
  ['.txt', 'text', false],
];

/** The formats named in the reason for an unsupported file. */
const SUPPORTED = '.txt, .html, .htm, .jsonl, .warc, .rss, .atom, .xml or .json feeds, optionally .gz';

/**
 * Reads every document under the given paths, in order: files as given, folders walked
 * recursively in sorted order (hidden files and folders skipped).
 *
 * @example
 * ```ts
 * for await (const r of readInputs(['examples/', 'feed.jsonl'])) {
 *   if (r.ok) console.log(r.doc.source, r.doc.raw.length);
 *   else console.error(`${r.source}: ${r.reason}`);
 * }
 * ```
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (err) {
      yield { ok: false, source: given, reason: fsReason(err) };
      continue;
    }
    if (info.isDirectory()) {
      for await (const entry of walk(given, given, new Set())) {
        if ('reason' in entry) yield { ok: false, source: entry.source, reason: entry.reason };
        else yield* readFile(entry.path, entry.source, maxBytes);
      }
    } else {
      yield* readFile(given, given, maxBytes);
    }
  }
}

type WalkEntry = { path: string; source: string } | { source: string; reason: string };

/** Files under `dir` in sorted order, skipping hidden entries and symlink loops. */
async function* walk(dir: string, source: string, seen: Set<string>): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  } catch (err) {
    yield { source, reason: fsReason(err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = joinPath(dir, entry.name);
    const src = joinPath(source, entry.name);
    // The entry's own type says what a file or folder is; a link (or an unknown type) is followed with stat.
    let info: { isDirectory(): boolean; isFile(): boolean } = entry;
    if (!entry.isFile() && !entry.isDirectory()) {
      try {
        info = await stat(path);
      } catch (err) {
        yield { source: src, reason: fsReason(err) };
        continue;
      }
    }
    if (info.isDirectory()) yield* walk(path, src, seen);
    else if (info.isFile()) yield { path, source: src };
  }
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Reads one file (already known to exist) and yields its document(s) or the reason it failed. */
async function* readFile(path: string, source: string, maxBytes: number): AsyncGenerator<ReadResult> {
  const kind = kindOf(path);
  if (!kind) {
    const ext = /(\.[^./\\]+)$/.exec(path)?.[1] ?? '(no extension)';
    yield {
      ok: false,
      source,
      reason: `unsupported format ${ext} (expected ${SUPPORTED})`,
    };
    return;
  }
  if (kind.kind === 'warc') {
    yield* readWarc(path, source, kind.gz, maxBytes);
    return;
  }
  const loaded = await loadBytes(path, kind.gz, maxBytes);
  if ('reason' in loaded) {
    yield { ok: false, source, reason: loaded.reason };
    return;
  }
  const xmlCharset = kind.kind === 'feed' ? xmlEncoding(loaded.bytes) : null;
  const decoded = decodeBytes(loaded.bytes, { html: kind.kind === 'html', contentType: xmlCharset ? `;charset=${xmlCharset}` : null });
  if ('reason' in decoded) {
    yield { ok: false, source, reason: decoded.reason };
    return;
  }
  const text = decoded.text;
  if (text.trim() === '') {
    yield { ok: false, source, reason: text === '' ? 'empty file' : 'empty file (whitespace only)' };
    return;
  }
  if (kind.kind === 'jsonl') {
    yield* jsonlDocs(text, source);
    return;
  }
  if (kind.kind === 'feed' || kind.kind === 'jsonfeed') {
    yield* feedDocs(text, source, kind.kind === 'feed' ? 'xml' : 'json');
    return;
  }
  const declared: Declared = {};
  if (kind.kind === 'text') {
    const header = parseDateHeader(text);
    if (header) declared.published = header.date;
  }
  yield { ok: true, doc: { source, format: kind.kind, raw: text, declared } };
}

function kindOf(path: string): { kind: Kind; gz: boolean } | null {
  const lower = path.toLowerCase();
  for (const [ext, kind, gz] of EXTENSIONS) if (lower.endsWith(ext)) return { kind, gz };
  return null;
}

/**
 * Reads at most `maxBytes` (checked with fstat first) and gunzips with the same bound. The file is
 * read synchronously: for files of news size that is far cheaper than four thread-pool round trips.
 */
async function loadBytes(
  path: string,
  gz: boolean,
  maxBytes: number,
): Promise<{ bytes: Uint8Array } | { reason: string }> {
  let fd: number | undefined;
  let bytes: Uint8Array;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.size > maxBytes) {
      return { reason: `file too large (${mb(info.size)} > ${mb(maxBytes)} limit; use --max-bytes)` };
    }
    bytes = readFileSync(fd);
  } catch (err) {
    return { reason: fsReason(err) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // closing a file only read cannot lose anything
      }
    }
  }
  if (!gz) return { bytes };
  if (bytes.length === 0) return { reason: 'empty file' };
  try {
    return { bytes: await gunzipAsync(bytes, { maxOutputLength: maxBytes }) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      return { reason: `decompressed content too large (> ${mb(maxBytes)} limit; use --max-bytes)` };
    }
    return { reason: `corrupt gzip: ${(err as Error).message}` };
  }
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    case 'EISDIR':
      return 'cannot read: is a directory';
    case 'ENOTDIR':
      return 'no such file or directory (a parent is not a directory)';
    case 'ELOOP':
      return 'cannot read: too many symbolic links';
    default:
      return `cannot read: ${(err as Error | undefined)?.message ?? String(err)}`;
  }
}

/**
 * The optional `date YYYY-MM-DD` header at the very start of a `.txt` file (leading whitespace
 * allowed). The text may continue on the same line right after the date.
 *
 * @example
 * ```ts
 * parseDateHeader(' date 2031-03-04 Port Elan, March 4 : ...');
 * // { date: '2031-03-04', start: 1, end: 16 }
 * parseDateHeader('Updated date 2031-03-04'); // null
 * ```
 */
export function parseDateHeader(text: string): { date: string; start: number; end: number } | null {
  const m = /^(\s*)date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)/.exec(text);
  if (!m) return null;
  const [, lead = '', y = '', mo = '', d = ''] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { date: `${y}-${mo}-${d}`, start: lead.length, end: m[0].length };
}

/** One document per non-blank JSONL line; a bad line is reported and the rest go on. */
function* jsonlDocs(text: string, source: string): Generator<ReadResult> {
  const lines = text.split(/\r?\n/);
  let records = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    records++;
    const n = i + 1;
    const src = `${source}#${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { ok: false, source: src, reason: `invalid JSON on line ${n}` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { ok: false, source: src, reason: `line ${n} is not a JSON object` };
      continue;
    }
    const obj = value as Record<string, unknown>;
    const str = (k: string): string | undefined => {
      const v = obj[k];
      return typeof v === 'string' && v.trim() !== '' ? v : undefined;
    };
    const body = str('text');
    const html = str('html');
    if (body === undefined && html === undefined) {
      yield { ok: false, source: src, reason: `line ${n} has neither "text" nor "html" (a non-empty string is needed)` };
      continue;
    }
    const declared: Declared = {};
    const title = str('title');
    const url = str('url');
    const published = str('published') ?? str('date');
    const lang = str('lang');
    if (title !== undefined) declared.title = title;
    if (url !== undefined) declared.url = url;
    if (published !== undefined) declared.published = published;
    if (lang !== undefined) declared.lang = lang;
    const doc: RawDoc =
      body !== undefined
        ? { source: src, format: 'text', raw: body, declared }
        : { source: src, format: 'html', raw: html as string, declared };
    yield { ok: true, doc };
  }
  if (records === 0) yield { ok: false, source, reason: 'empty file (no JSON lines)' };
}
