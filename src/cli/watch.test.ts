import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { main } from './main.js';
import { parseEvery, runWatch } from './watch.js';
import { urlLines } from './sources.js';
import type { Io } from './io.js';
import { Fetcher } from '../read/fetch.js';
import { openStore } from '../store/open.js';

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false, stdout: () => out, stderr: () => err };
}

/** Invented reports, each long enough to be an article. */
function article(place: string, who: string): string {
  return [
    `The council of ${place} voted on Monday to build a new bridge over the river, ${who} told reporters after the meeting.`,
    `Engineers said the old bridge in ${place} had been closed twice this year because of cracks found in its main supports.`,
    `The new bridge will be paid for from the regional budget and should open in two years, ${who} said in a statement.`,
  ].map((p) => `<p>${p}</p>`).join('');
}
const page = (title: string, body: string): string => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;

let server: Server;
let base = '';
let feedVersion = 1;

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/robots.txt') return void res.writeHead(404).end();
    if (url === '/a.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Bridge vote in Port Elan', article('Port Elan', 'Mayor Ines Varga')));
    if (url === '/b.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Bridge vote in Lake Orin', article('Lake Orin', 'Mayor Tomas Brandt')));
    if (url === '/c.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Bridge vote in Vell', article('Vell', 'Mayor Ada Rusk')));
    if (url === '/feed.xml') {
      const etag = `"v${feedVersion}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      const links = feedVersion === 1 ? ['a', 'b'] : ['a', 'b', 'c'];
      const items = links.map((k) => `<item><title>Bridge ${k}</title><link>${base}/${k}.html</link><description>Teaser.</description></item>`).join('');
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>${items}</channel></rss>`);
    }
    if (url === '/down.xml') return void res.writeHead(500).end('down');
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

test('analyze fetches URLs given as arguments and in --urls FILE, and exports their url', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-urls-'));
  const list = join(dir, 'urls.txt');
  writeFileSync(list, `# two pages\n${base}/b.html\n\n${base}/missing.html\n`);
  const store = join(dir, 's.db');
  const io = capture();
  assert.equal(await main(['analyze', `${base}/a.html`, '--urls', list, '--store', store, '--no-timeline', '--no-progress', '-j', '1'], io), 0);
  assert.match(io.stdout(), /3 documents read \(2 new/);
  assert.match(io.stderr(), /missing\.html: http-error: HTTP 404/);
  const ex = capture();
  await main(['export', '--store', store, '--format', 'json'], ex);
  const urls = (JSON.parse(ex.stdout()) as { documents: { url: string | null; fetched: string | null }[] }).documents.map((d) => d.url).sort();
  assert.deepEqual(urls, [`${base}/a.html`, `${base}/b.html`]);
  assert.deepEqual(urlLines('a\n # c\n# d\n\nb'), ['a', 'b']);
});

test('watch a feed: the first round reads every linked page, the next only new items, none when not modified', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
  const store = join(dir, 's.db');
  const fetcher = new Fetcher({ perHostDelayMs: 0, timeoutMs: 3000 });
  const opts = { store, every: 1, once: true, jobs: 1, fetcher };
  feedVersion = 1;
  const r1 = capture();
  assert.equal(await runWatch(`${base}/feed.xml`, opts, r1), 0);
  assert.match(r1.stdout(), /2 documents read \(2 new/);
  const r2 = capture();
  await runWatch(`${base}/feed.xml`, opts, r2);
  assert.match(r2.stdout(), /not modified/);
  feedVersion = 2;
  const r3 = capture();
  await runWatch(`${base}/feed.xml`, opts, r3);
  assert.match(r3.stdout(), /1 document read \(1 new/);
  const s = await openStore({ path: store });
  try {
    assert.equal(await s.countDocuments(), 3);
    assert.match((await s.getSetting(`watch:${base}/feed.xml`)) ?? "", /v2/);
  } finally {
    await s.close();
  }
  const down = capture();
  assert.equal(await runWatch(`${base}/down.xml`, opts, down), 1);
  assert.match(down.stderr(), /http-error: HTTP 500/);
});

test('watch a folder: only files added or changed since the last round are read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-watchdir-'));
  const inbox = join(dir, 'inbox');
  const store = join(dir, 's.db');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'a.html'), page('Bridge vote in Port Elan', article('Port Elan', 'Mayor Ines Varga')));
  const opts = { store, every: 1, once: true, jobs: 1 };
  const r1 = capture();
  await runWatch(inbox, opts, r1);
  assert.match(r1.stdout(), /1 document read \(1 new/);
  const r2 = capture();
  await runWatch(inbox, opts, r2);
  assert.match(r2.stdout(), /no new files/);
  writeFileSync(join(inbox, 'b.html'), page('Bridge vote in Lake Orin', article('Lake Orin', 'Mayor Tomas Brandt')));
  const r3 = capture();
  await runWatch(inbox, opts, r3);
  assert.match(r3.stdout(), /1 document read \(1 new/);
  assert.equal(parseEvery('10m'), 600);
  assert.equal(parseEvery('90'), 90);
  assert.equal(parseEvery('soon'), null);
  const bad = capture();
  assert.equal(await main(['watch', inbox, '--every', 'soon', '--once', '--store', store], bad), 2);
});

test('bad inputs each get a named one-line reason and the run goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bad-'));
  const inputs = join(dir, 'in');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(inputs);
  const files: Record<string, string | Buffer> = {
    'a-no-article.html': '<html><head><title>Home</title></head><body><ul><li><a href="/a">World</a></li></ul></body></html>',
    'b-frameset.html': '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
    'c-script-only.html': '<html><body><script>document.write("<p>" + "x".repeat(5000) + "</p>")</script></body></html>',
    'd-huge.html': Buffer.alloc(30 * 1024 * 1024, 0x61),
    'e-deep.html': `<html><body>${'<div>'.repeat(100_000)}<p>deep</p>${'</div>'.repeat(100_000)}</body></html>`,
    'f-bomb.rss': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>',
    'g-truncated.html.gz': gzipSync(Buffer.from(page('Cut', article('Vell', 'Mayor Ada Rusk')))).subarray(0, 60),
    'h-zipbomb.html.gz': gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20)),
    'i-good.html': page('Bridge vote in Port Elan', article('Port Elan', 'Mayor Ines Varga')),
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(inputs, name), body);
  const io = capture();
  const rss = process.memoryUsage().rss;
  assert.equal(await main(['analyze', inputs, '--store', join(dir, 's.db'), '--no-timeline', '--no-progress', '-j', '1'], io), 0);
  assert.ok(process.memoryUsage().rss - rss < 400 * 1024 * 1024);
  const lines = io.stderr().trim().split('\n');
  const reasonOf = (name: string): string => lines.find((l) => l.includes(name)) ?? `(no line for ${name})`;
  assert.match(reasonOf('a-no-article'), /no article found/);
  assert.match(reasonOf('b-frameset'), /no article found/);
  assert.match(reasonOf('c-script-only'), /no article found/);
  assert.match(reasonOf('d-huge'), /file too large/);
  assert.match(reasonOf('e-deep'), /nested deeper than/);
  assert.match(reasonOf('f-bomb'), /entity/);
  assert.match(reasonOf('g-truncated'), /corrupt gzip/);
  assert.match(reasonOf('h-zipbomb'), /decompressed content too large/);
  assert.match(io.stdout(), /9 documents read \(1 new/);
});
