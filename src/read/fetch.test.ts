import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Fetcher, robotsAllows, robotsRules } from './fetch.js';
import { readUrls } from './urls.js';

/** Invented article text, long enough for the cleaner to take it as an article. */
const ARTICLE = [
  'The harbour council of Port Elan voted on Monday to widen the northern breakwater before the storm season begins next year.',
  'Engineers told the council that the present wall had been damaged twice in the last decade and could not protect the fishing fleet.',
  'The work will be paid for from the regional budget and is expected to take eighteen months, the council said in a statement.',
].map((p) => `<p>${p}</p>`).join('');
const PAGE = (title: string): string => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${ARTICLE}</article></body></html>`;

let server: Server;
/** 40 MB of zeros gzipped to about 40 KB, made once. */
let bombBytes: Buffer | undefined;
let base = '';
const agents: string[] = [];
const hits = new Map<string, number[]>();
const sockets = new Set<import('node:net').Socket>();

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '/';
  agents.push(String(req.headers['user-agent']));
  hits.set(url, [...(hits.get(url) ?? []), Date.now()]);
  const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  if (url === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n');
  if (url === '/page.html') return send(200, 'text/html; charset=utf-8', PAGE('Council votes to widen breakwater'));
  if (url === '/private/page.html') return send(200, 'text/html', PAGE('Private'));
  if (url === '/error') return send(500, 'text/plain', 'boom');
  if (url === '/hang') return; // never answers
  if (url === '/loop-a') return send(302, 'text/plain', '', { location: '/loop-b' });
  if (url === '/loop-b') return send(302, 'text/plain', '', { location: '/loop-a' });
  if (url.startsWith('/chain/')) return send(302, 'text/plain', '', { location: `/chain/${Number(url.slice(7)) + 1}` });
  if (url === '/ftp') return send(302, 'text/plain', '', { location: 'ftp://127.0.0.1/file' });
  if (url === '/huge') {
    // 30 MB streamed in 64 KiB chunks: the fetcher must stop reading at its cap.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < 30 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    return pump();
  }
  if (url === '/bomb') return send(200, 'text/html', (bombBytes ??= gzipSync(Buffer.alloc(40 * 1024 * 1024, 0))), { 'content-encoding': 'gzip' });
  if (url === '/truncated') {
    const gz = gzipSync(Buffer.from(PAGE('Truncated')));
    return send(200, 'text/html', gz.subarray(0, Math.floor(gz.length / 2)), { 'content-encoding': 'gzip' });
  }
  if (url === '/feed.xml') {
    if (req.headers['if-none-match'] === '"v1"') return send(304, 'application/rss+xml', '');
    const items = ['a', 'b'].map((k) => `<item><title>Story ${k}</title><link>${base}/story-${k}.html</link><pubDate>Tue, 04 Mar 2031 10:00:00 GMT</pubDate><description>Short teaser.</description></item>`).join('');
    return send(200, 'application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>${items}</channel></rss>`, { etag: '"v1"' });
  }
  if (url === '/story-a.html' || url === '/story-b.html') return send(200, 'text/html', PAGE(`Story ${url[7]}`));
  if (url === '/bomb.xml') {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>';
    return send(200, 'application/rss+xml', bomb);
  }
  send(404, 'text/plain', 'not found');
}

before(async () => {
  server = createServer(route);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => server.close(() => r()));
});

const fast = (): Fetcher => new Fetcher({ perHostDelayMs: 0, timeoutMs: 2000, maxBytes: 2 * 1024 * 1024 });

test('a page is fetched with a User-Agent naming Dossier and read with its final URL and fetch time', async () => {
  const results = [];
  for await (const r of readUrls([`${base}/page.html`], { fetcher: fast() })) results.push(r);
  assert.equal(results.length, 1);
  const r = results[0];
  assert.ok(r?.ok);
  if (r?.ok) {
    assert.equal(r.doc.format, 'html');
    assert.equal(r.doc.declared.url, `${base}/page.html`);
    assert.ok(r.doc.declared.fetched && Date.parse(r.doc.declared.fetched) <= Date.now());
  }
  assert.ok(agents.some((a) => /^Dossier\//.test(a)), agents.join(' | '));
});

test('each failure has its own name and one line, and the next URL is still read', async () => {
  const f = new Fetcher({ perHostDelayMs: 0, timeoutMs: 3000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 });
  const cases: [string, string][] = [
    ['/error', 'http-error'],
    ['/hang', 'timeout'],
    ['/loop-a', 'redirect-loop'],
    ['/chain/0', 'too-many-redirects'],
    ['/ftp', 'unsupported-scheme'],
    ['/huge', 'too-large'],
    ['/bomb', 'too-large'],
    ['/private/page.html', 'robots-disallowed'],
  ];
  for (const [path, kind] of cases) {
    const r = await f.get(`${base}${path}`);
    assert.equal(r.ok, false, path);
    if (!r.ok) {
      assert.equal(r.kind, kind, `${path}: ${r.reason}`);
      assert.ok(!r.reason.includes('\n'));
    }
  }
  // A truncated gzip body over HTTP is decoded as far as it goes, as browsers do (undici flushes what
  // it has); a truncated .gz file is refused by name (read.test.ts, bad-input.test.ts).
  const truncated = await f.get(`${base}/truncated`);
  assert.ok(truncated.ok ? truncated.bytes.length < PAGE('Truncated').length : truncated.kind === 'corrupt-body');
  assert.equal((await f.get('file:///etc/passwd')).ok, false);
  const reasons = [];
  for await (const r of readUrls([`${base}/error`, `${base}/bomb.xml`, `${base}/page.html`], { fetcher: f })) reasons.push(r.ok ? 'ok' : r.reason);
  assert.match(reasons[0] as string, /^http-error: HTTP 500/);
  assert.match(reasons[1] as string, /entity/);
  assert.equal(reasons[2], 'ok');
});

test('memory stays bounded while refusing a 30 MB page and a gzip bomb', async () => {
  const f = fast();
  const rss = process.memoryUsage().rss;
  for (let i = 0; i < 3; i++) {
    assert.equal((await f.get(`${base}/huge`)).ok, false);
    assert.equal((await f.get(`${base}/bomb`)).ok, false);
  }
  assert.ok(process.memoryUsage().rss - rss < 150 * 1024 * 1024, `grew ${(process.memoryUsage().rss - rss) / 1e6} MB`);
});

test('a feed\'s link-only items have their pages fetched; a second poll with the ETag is not modified', async () => {
  const f = fast();
  const docs = [];
  for await (const r of readUrls([`${base}/feed.xml`], { fetcher: f })) docs.push(r);
  assert.deepEqual(docs.map((d) => (d.ok ? d.doc.declared.url : d.reason)), [`${base}/story-a.html`, `${base}/story-b.html`]);
  const first = docs[0];
  assert.ok(first?.ok && first.doc.declared.title === 'Story a' && first.doc.declared.published?.startsWith('2031-03-04'), JSON.stringify(first));
  const again = await f.get(`${base}/feed.xml`, { etag: '"v1"' });
  assert.ok(again.ok && again.notModified);
});

test('requests to one host are spaced by the per-host delay', async () => {
  const f = new Fetcher({ perHostDelayMs: 300, timeoutMs: 2000 });
  hits.delete('/page.html');
  await f.get(`${base}/page.html`);
  await f.get(`${base}/page.html`);
  const times = hits.get('/page.html') ?? [];
  assert.equal(times.length, 2);
  assert.ok((times[1] as number) - (times[0] as number) >= 280, `gap ${(times[1] as number) - (times[0] as number)} ms`);
});

test('robots.txt: the group for Dossier or *, longest rule wins', () => {
  const rules = robotsRules('User-agent: *\nDisallow: /news/\nAllow: /news/public/\n\nUser-agent: Dossier\nDisallow: /x/', 'dossier');
  assert.deepEqual(rules, { allow: [], disallow: ['/x/'] });
  const star = robotsRules('User-agent: *\nDisallow: /news/\nAllow: /news/public/', 'dossier');
  assert.equal(robotsAllows(star, '/news/public/a.html'), true);
  assert.equal(robotsAllows(star, '/news/a.html'), false);
  assert.equal(robotsAllows(star, '/about'), true);
  assert.equal(robotsAllows({ allow: [], disallow: ['/*.pdf$'] }, '/a.pdf'), false);
  assert.equal(robotsAllows({ allow: [], disallow: ['/*.pdf$'] }, '/a.pdf.html'), true);
});
