/**
 * WARC.gz reading at size, for `npm run bench`: writes a crawl-like WARC.gz of the requested size
 * (one gzip member per record, as CC-NEWS ships them: HTML responses built from generated articles,
 * with a share of non-HTML and non-200 responses) and reads it back through the same reader as
 * `dossier analyze`, sampling memory as it goes, so a flat peak RSS shows that the file is streamed.
 */
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { readInputs } from '../read/read.js';
import { mulberry32 } from '../pipeline/random.js';
import type { GeneratedFile } from './generate.js';

/** What reading the WARC.gz measured. */
export interface WarcFigures {
  file_mb: number;
  records: number;
  documents: number;
  refused: number;
  seconds: number;
  mb_per_s: number;
  /** Peak RSS over the whole read, and at each quarter of the file (flat memory: these stay close). */
  peak_rss_mb: number;
  rss_by_quarter_mb: number[];
}

function record(type: string, uri: string, date: string, payload: Buffer): Buffer {
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: ${date}\r\n` +
    `WARC-Record-ID: <urn:uuid:${randomBytes(16).toString('hex')}>\r\nContent-Type: application/http; msgtype=response\r\n` +
    `Content-Length: ${payload.length}\r\n\r\n`;
  return gzipSync(Buffer.concat([Buffer.from(head), payload, Buffer.from('\r\n\r\n')]), { level: 1 });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An HTML page around one generated article, with page furniture and an inline data blob. */
function page(file: GeneratedFile, blob: string): string {
  const text = file.content.replace(/^\uFEFF?\s*date\s+\S+\s*\n/, '');
  const [title = '', ...paras] = text.split(/\n\s*\n/);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>` +
    `<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>` +
    `<article><h1>${escapeHtml(title)}</h1>${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>` +
    `<script type="application/json">"${blob}"</script><footer>© Example News</footer></body></html>`;
}

/**
 * Writes a WARC.gz of at least `megabytes` MB at `path` from `files`, cycling through them with
 * new URLs. About one record in ten is a non-HTML or 404 response the reader must skip.
 */
export async function writeWarc(path: string, files: readonly GeneratedFile[], megabytes: number): Promise<{ records: number; html: number }> {
  const out = createWriteStream(path);
  const random = mulberry32(7);
  let bytes = 0;
  let records = 0;
  let html = 0;
  const http = (status: string, type: string, body: Buffer): Buffer =>
    Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  while (bytes < megabytes * 1e6) {
    const file = files[records % files.length] as GeneratedFile;
    const uri = `https://news.example.org/${records}/${file.name.replace(/\.\w+$/, '')}`;
    const date = new Date(Date.UTC(2025, 0, 1) + records * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const roll = random();
    const payload =
      roll < 0.05 ? http('404 Not Found', 'text/html', Buffer.from('<html><body>Not found</body></html>'))
      : roll < 0.1 ? http('200 OK', 'image/jpeg', randomBytes(4096))
      : http('200 OK', 'text/html; charset=utf-8', Buffer.from(page(file, randomBytes(6144).toString('base64'))));
    if (roll >= 0.1) html++;
    const chunk = record('response', uri, date, payload);
    bytes += chunk.length;
    records++;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { records, html };
}

/**
 * Reads the WARC.gz at `path` as `analyze` does (documents are read, not analysed), sampling RSS;
 * `written` is what {@link writeWarc} wrote, for the quarters.
 */
export async function readWarcFigures(path: string, written: { records: number; html: number }): Promise<WarcFigures> {
  const size = statSync(path).size;
  global.gc?.();
  const quarters: number[] = [0, 0, 0, 0];
  let peak = process.memoryUsage().rss;
  let documents = 0;
  const sample = (): void => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    const q = Math.min(3, Math.floor((4 * documents) / Math.max(1, written.html)));
    quarters[q] = Math.max(quarters[q] ?? 0, rss);
  };
  const sampler = setInterval(sample, 50);
  const started = process.hrtime.bigint();
  let refused = 0;
  for await (const r of readInputs([path])) {
    if (r.ok) {
      documents++;
    } else {
      refused++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  sample();
  const mb = (b: number): number => Math.round(b / 1048576);
  return {
    file_mb: size / 1e6, records: written.records, documents, refused, seconds, mb_per_s: size / 1e6 / seconds,
    peak_rss_mb: mb(peak), rss_by_quarter_mb: quarters.map(mb),
  };
}
