import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readInputs } from './read.js';
import type { ReadResult } from './read.js';

// Pages and sites made up for these tests.
function record(type: string, uri: string, date: string, block: Buffer | string, contentType = 'application/http; msgtype=response'): Buffer {
  const body = Buffer.isBuffer(block) ? block : Buffer.from(block);
  const head =
    `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: ${date}\r\n` +
    `WARC-Record-ID: <urn:uuid:${uri.length}-${date}>\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')]);
}

function http(status: string, headers: string[], body: Buffer | string): Buffer {
  const head = `HTTP/1.1 ${status}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`;
  return Buffer.concat([Buffer.from(head), Buffer.isBuffer(body) ? body : Buffer.from(body)]);
}

const article = (title: string, text: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;

const RU = 'Городской совет Заречья утвердил план ремонта моста. Работы начнутся весной, сообщила комиссия.';

function crawl(): Buffer[] {
  const chunked = (s: string): Buffer => {
    const gz = gzipSync(Buffer.from(s));
    return Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
  };
  return [
    record('warcinfo', '', '2031-04-01T00:00:00Z', 'software: test\r\n', 'application/warc-fields'),
    record('request', 'https://news.example/a', '2031-04-01T10:00:00Z', 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n', 'application/http; msgtype=request'),
    record('response', 'https://news.example/a', '2031-04-01T10:00:01Z',
      http('200 OK', ['Content-Type: text/html; charset=utf-8'], article('Bridge plan approved', 'The council of Port Elan approved the bridge plan.'))),
    record('response', 'https://novosti.example/b', '2031-04-01T10:00:02Z',
      http('200 OK', ['Content-Type: text/html; charset=windows-1251'], iconv.encode(article('Мост', RU), 'windows-1251'))),
    record('response', 'https://news.example/missing', '2031-04-01T10:00:03Z', http('404 Not Found', ['Content-Type: text/html'], '<p>no</p>')),
    record('response', 'https://news.example/logo.png', '2031-04-01T10:00:04Z', http('200 OK', ['Content-Type: image/png'], Buffer.from([0x89, 0x50, 0x4e, 0x47]))),
    record('response', 'https://news.example/old', '2031-04-01T10:00:05Z', http('301 Moved Permanently', ['Location: /a'], '')),
    record('response', 'https://news.example/c', '2031-04-01T10:00:06Z',
      http('200 OK', ['Content-Type: text/html', 'Transfer-Encoding: chunked', 'Content-Encoding: gzip'], chunked(article('Ferry resumes', 'The ferry to Isle Varn resumed service.')))),
  ];
}

async function collect(path: string, maxBytes?: number): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs([path], maxBytes === undefined ? {} : { maxBytes })) out.push(r);
  return out;
}

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-warc-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const brief = (r: ReadResult): unknown =>
  r.ok ? [r.doc.source.replace(/^.*\//, ''), r.doc.declared, r.doc.raw.match(/<h1>([^<]*)<\/h1>/)?.[1]] : [r.source.replace(/^.*\//, ''), r.reason];

test('WARC.gz: HTML 200 responses become documents with url and crawl date; the rest is one summary line', async () => {
  await withDir(async (dir) => {
    const records = crawl();
    const file = join(dir, 'crawl.warc.gz');
    await writeFile(file, Buffer.concat(records.map((r) => gzipSync(r))));
    const offsets: number[] = [];
    let at = 0;
    for (const r of records) {
      offsets.push(at);
      at += r.length;
    }
    assert.deepEqual((await collect(file)).map(brief), [
      [`crawl.warc.gz#${offsets[2]}`, { url: 'https://news.example/a', fetched: '2031-04-01T10:00:01Z' }, 'Bridge plan approved'],
      [`crawl.warc.gz#${offsets[3]}`, { url: 'https://novosti.example/b', fetched: '2031-04-01T10:00:02Z' }, 'Мост'],
      [`crawl.warc.gz#${offsets[7]}`, { url: 'https://news.example/c', fetched: '2031-04-01T10:00:06Z' }, 'Ferry resumes'],
      ['crawl.warc.gz', '3 WARC responses skipped: 1 not HTML, 2 with status other than 200 (404 ×1, 301 ×1)'],
    ]);
    const ru = (await collect(file))[1] as ReadResult;
    assert.ok(ru.ok && ru.doc.raw.includes(RU));
  });
});

test('plain WARC with one gzip member for the whole file reads the same documents', async () => {
  await withDir(async (dir) => {
    const all = Buffer.concat(crawl());
    await writeFile(join(dir, 'crawl.warc'), all);
    await writeFile(join(dir, 'whole.warc.gz'), gzipSync(all));
    const plain = (await collect(join(dir, 'crawl.warc'))).filter((r) => r.ok).length;
    const whole = (await collect(join(dir, 'whole.warc.gz'))).filter((r) => r.ok).length;
    assert.deepEqual([plain, whole], [3, 3]);
  });
});

test('a truncated WARC.gz keeps the records before the cut and names the offset of the broken one', async () => {
  await withDir(async (dir) => {
    const records = crawl().slice(2, 4);
    const members = records.map((r) => gzipSync(r));
    const file = join(dir, 'cut.warc.gz');
    await writeFile(file, Buffer.concat([members[0] as Buffer, (members[1] as Buffer).subarray(0, 40)]));
    assert.deepEqual((await collect(file)).map(brief), [
      ['cut.warc.gz#0', { url: 'https://news.example/a', fetched: '2031-04-01T10:00:01Z' }, 'Bridge plan approved'],
      ['cut.warc.gz', `truncated gzip (unexpected end of file) after decompressed byte ${(records[0] as Buffer).length}`],
    ]);
  });
});

test('a truncated plain WARC and a corrupt record in the middle: reported by offset, the run goes on', async () => {
  await withDir(async (dir) => {
    const [a, b] = crawl().slice(2, 4) as [Buffer, Buffer];
    const cut = join(dir, 'cut.warc');
    await writeFile(cut, Buffer.concat([a, b.subarray(0, b.length - 60)]));
    assert.deepEqual((await collect(cut)).map((r) => (r.ok ? r.doc.declared.url : r.reason)), [
      'https://news.example/a',
      `truncated file in the record at byte ${a.length} (${b.length - 60 - b.indexOf('\r\n\r\n') - 4} of ${b.length - b.indexOf('\r\n\r\n') - 8} content bytes)`,
    ]);
    const garbled = join(dir, 'garbled.warc');
    await writeFile(garbled, Buffer.concat([a, Buffer.from('this is not a record\r\n\r\nnor this\r\n'), b]));
    assert.deepEqual((await collect(garbled)).map((r) => (r.ok ? r.doc.declared.url : r.reason)), [
      'https://news.example/a',
      `corrupt WARC record at byte ${a.length} (no WARC header)`,
      'https://novosti.example/b',
    ]);
  });
});

test('a WARC.gz zip bomb is stopped with a reason, and an empty WARC says so', async () => {
  await withDir(async (dir) => {
    const bomb = join(dir, 'bomb.warc.gz');
    const head = Buffer.from('WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 100000000\r\n\r\n');
    await writeFile(bomb, gzipSync(Buffer.concat([head, Buffer.alloc(100_000_000)]), { level: 9 }));
    const results = await collect(bomb);
    assert.equal(results.length, 1);
    assert.match((results[0] as { reason: string }).reason, /^zip bomb: gzip inflates more than 200×/);
    const empty = join(dir, 'empty.warc');
    await writeFile(empty, '\r\n');
    assert.deepEqual((await collect(empty)).map(brief), [['empty.warc', 'empty file (no WARC records)']]);
  });
});

test('a response larger than --max-bytes is counted, not read, and the next record is', async () => {
  await withDir(async (dir) => {
    const big = record('response', 'https://news.example/big', '2031-04-01T10:00:07Z',
      http('200 OK', ['Content-Type: text/html'], article('Big', 'x '.repeat(40_000))));
    const huge = record('response', 'https://news.example/huge', '2031-04-01T10:00:08Z',
      http('200 OK', ['Content-Type: text/html'], article('Huge', 'y '.repeat(200_000))));
    const small = record('response', 'https://news.example/small', '2031-04-01T10:00:09Z',
      http('200 OK', ['Content-Type: text/html'], article('Small', 'A short page.')));
    const file = join(dir, 'big.warc.gz');
    await writeFile(file, Buffer.concat([big, huge, small].map((r) => gzipSync(r))));
    assert.deepEqual((await collect(file, 1024)).map((r) => (r.ok ? r.doc.declared.url : r.reason)), [
      'https://news.example/small',
      '2 WARC responses skipped: 2 larger than the 0.0 MB limit',
    ]);
  });
});
