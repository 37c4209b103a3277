/**
 * The HTTP API in-process (hono's `app.request()`) over a store analysed through the CLI: the seeds
 * when `../shared` is there (else the examples), plus the server started on a real port.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { main } from '../cli/main.js';
import { startServer } from '../cli/serve.js';
import { openStore } from '../store/open.js';
import { createApp } from './app.js';
import { loadView, fold, type View } from './view.js';
import { fts5Engine, searchPage, type SearchHit } from './search.js';
import { evidenceOf, numberAt, sentenceAt } from './detail.js';
import { freshDatabase, pgUnavailable } from '../store/pg.fixture.js';
import type { Io } from '../cli/io.js';

const SEEDS = resolve(process.cwd(), '../shared/seeds');
const quiet: Io = { out: () => undefined, err: () => undefined, isTTY: false };
let dir = '';
let storePath = '';
let view: View;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
  storePath = join(dir, 's.db');
  const inputs = existsSync(SEEDS) ? ['examples', SEEDS] : ['examples'];
  assert.equal(await main(['analyze', ...inputs, '--store', storePath, '--no-timeline', '--no-progress'], quiet), 0);
  const store = await openStore({ path: storePath });
  view = await loadView(store);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function get(path: string, app = createApp(() => view)): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test('an entity\'s roles carry the days of the reports that give them', async () => {
  const withRoles = view.json.entities.filter((e) => e.roles.length > 0);
  assert.ok(withRoles.length > 0, 'the store has entities with roles');
  let dated = 0;
  for (const e of withRoles) {
    const body = (await get(`/api/entities/${e.id}`)).body as { roleDates: { role: string; from: string | null; to: string | null; documents: string[] }[] };
    assert.deepEqual(body.roleDates.map((r) => r.role), e.roles);
    for (const r of body.roleDates) {
      const mentioned = new Set(e.mentions.map((m) => m.doc));
      // Every role came from some report, normalised roles (`Defence Minister of India`) too.
      assert.ok(r.documents.length > 0, `${e.name}: ${r.role} has the reports that give it`);
      for (const doc of r.documents) assert.ok(mentioned.has(doc), `${r.role}: a report naming ${e.name}`);
      const days = r.documents.map((d) => view.document.get(d)?.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
      assert.deepEqual([r.from, r.to], [days[0] ?? null, days[days.length - 1] ?? null]);
      if (r.from) dated++;
    }
  }
  assert.ok(dated > 0, 'some role is dated');
  // A role no report writes as such (the entity stage normalised it) is dated all the same; the seeds
  // have such roles (`Raksha Mantri` read as Defence Minister of India).
  const normalised = withRoles.flatMap((e) => e.roles.filter((r) => !e.mentions.some((m) => fold(view.document.get(m.doc)?.body ?? '').includes(fold(r)))));
  if (existsSync(SEEDS)) assert.ok(normalised.length > 0, 'the seeds store has normalised roles');
  for (const e of withRoles) {
    const body = (await get(`/api/entities/${e.id}`)).body as { roleDates: { role: string; from: string | null }[] };
    for (const r of body.roleDates) if (normalised.includes(r.role)) assert.ok(r.from, `${e.name}: normalised role ${r.role} dated`);
  }
});

test('health, lists with totals and paging, filters by kind, language and date', async () => {
  const health = await get('/api/health');
  assert.equal(health.status, 200);
  assert.equal(health.body.documents, view.json.documents.length);
  const all = await get('/api/events?limit=1000');
  assert.equal(all.body.total, view.json.events.length);
  const pageTwo = await get('/api/events?limit=2&offset=2');
  assert.deepEqual((pageTwo.body.items as { id: string }[]).map((e) => e.id), view.json.events.slice(2, 4).map((e) => e.id));
  const hindi = (await get('/api/events?lang=hi&limit=1000')).body.items as { reports: string[] }[];
  assert.ok(hindi.length > 0);
  for (const e of hindi) assert.ok(e.reports.some((r) => view.document.get(r)?.lang === 'hi'));
  const dated = (await get('/api/events?from=2026-03&to=2026-03&limit=1000')).body.items as { date: string | null }[];
  assert.ok(dated.length > 0);
  for (const e of dated) assert.ok(e.date?.startsWith('2026-03'));
  const kind = view.json.events[0]?.kind as string;
  for (const e of (await get(`/api/events?kind=${kind}&limit=1000`)).body.items as { kind: string }[]) assert.equal(e.kind, kind);
});

test('an event lists its reports with language and title; entity, document and storyline pages resolve', async () => {
  const story = view.json.events.find((e) => e.reports.length > 1);
  assert.ok(story, 'some story has several reports');
  const ev = await get(`/api/events/${story.id}`);
  assert.equal(ev.status, 200);
  const reports = ev.body.reports as { id: string; lang: string }[];
  assert.deepEqual(reports.map((r) => r.id), story.reports);
  assert.ok(reports.every((r) => typeof r.lang === 'string'));
  const person = view.json.entities.find((e) => e.type === 'person' && e.mentions.length > 1);
  assert.ok(person);
  const ent = await get(`/api/entities/${person.id}`);
  assert.equal(ent.status, 200);
  assert.deepEqual(ent.body.aliases, person.aliases);
  const found = (await get(`/api/entities?q=${encodeURIComponent(person.name.split(' ').pop() as string)}`)).body.items as { id: string }[];
  assert.ok(found.some((e) => e.id === person.id));
  const doc = await get(`/api/documents/${story.reports[0]}`);
  assert.equal(doc.status, 200);
  const body = doc.body.body as string;
  for (const m of doc.body.mentions as { start: number; end: number; text: string }[]) assert.equal(body.slice(m.start, m.end), m.text);
  const lines = await get('/api/storylines');
  assert.equal(lines.body.total, view.json.storylines.length);
});

test('search finds reports in every script by an entity name, and words in text with a snippet', async (t) => {
  const crossScript = view.json.entities.find((e) => e.aliases.some((a) => /[\u0900-\u097F]/.test(a)) && e.aliases.some((a) => /^[A-Za-z]/.test(a)) && e.mentions.length > 1);
  if (!crossScript) return t.skip('no entity named in both scripts in this corpus');
  const latin = crossScript.aliases.find((a) => /^[A-Za-z]/.test(a)) as string;
  const engine = fts5Engine(view);
  const { items: hits } = await searchPage(view, engine, latin, { limit: 1000, offset: 0 });
  await engine.close();
  const hiDocs = new Set(crossScript.mentions.map((m) => m.doc).filter((d) => view.document.get(d)?.lang === 'hi'));
  assert.ok(hiDocs.size > 0);
  for (const d of hiDocs) assert.ok(hits.some((h) => h.doc === d && h.lang === 'hi'), `the Hindi report ${d} is found by '${latin}'`);
  for (const h of hits as SearchHit[]) {
    assert.ok(h.highlights.length > 0, `hit ${h.doc} has a highlight`);
    for (const [s, e] of h.highlights) assert.ok(s >= 0 && e <= h.snippet.length && s < e);
  }
  const res = await get(`/api/search?q=${encodeURIComponent(latin)}`);
  assert.equal(res.body.total, hits.length);
  assert.equal(fold('Präsident'), 'prasident');
});

test('bad requests and unknown ids get JSON errors with the right status; /openapi.json lists the routes', async () => {
  assert.equal((await get('/api/events?limit=0')).status, 400);
  assert.equal((await get('/api/events?from=yesterday')).status, 400);
  assert.equal((await get('/api/search?q=a')).status, 400);
  const missing = await get('/api/events/v-nope');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error as string, /no such event/);
  assert.equal((await get('/api/nothing')).status, 404);
  const spec = await get('/openapi.json');
  assert.equal(spec.body.openapi, '3.1.0');
  for (const path of ['/api/events', '/api/events/{id}', '/api/entities', '/api/search', '/api/documents/{id}', '/api/storylines', '/api/facets']) {
    assert.ok((spec.body.paths as Record<string, unknown>)[path], path);
  }
  assert.ok(((spec.body.paths as Record<string, Record<string, unknown>>)['/api/documents'] ?? {}).post, 'POST /api/documents is described');
});

test('a token, when set, is required on every request', async () => {
  const app = createApp(() => view, { token: 's3cret' });
  assert.equal((await app.request('/api/health')).status, 401);
  assert.equal((await app.request('/api/health', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
  assert.equal((await app.request('/api/health', { headers: { Authorization: 'Bearer s3cret' } })).status, 200);
  // A browser opens /?token=… once: the answer sets a cookie and drops the token from the address.
  const first = await app.request('/story/v-1?token=s3cret&x=1');
  assert.equal(first.status, 303);
  assert.equal(first.headers.get('location'), '/story/v-1?x=1');
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] as string;
  assert.match(first.headers.get('set-cookie') ?? '', /HttpOnly/i);
  assert.equal((await app.request('/api/health', { headers: { Cookie: cookie } })).status, 200);
  assert.equal((await app.request('/api/health?token=s3cret')).status, 401, 'the API takes no token in its URL');
  assert.equal((await app.request('/?token=wrong')).status, 401);
});

test('the server listens on loopback, answers, and refuses a public address without a token', async () => {
  const server = await startServer({ store: storePath, port: 0, host: '127.0.0.1' }, quiet);
  try {
    const res = await fetch(`${server.url}/api/health`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  } finally {
    await server.close();
  }
  await assert.rejects(() => startServer({ store: storePath, port: 0, host: '0.0.0.0' }, quiet), /--token/);
});

test('every response carries a Content-Security-Policy; a foreign Host without a token is refused', async () => {
  const app = createApp(() => view);
  for (const path of ['/', '/api/health', '/api/nothing']) {
    const res = await app.request(path);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'.*script-src 'self'/, path);
  }
  const page = await app.request('/story/v-x');
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<script type="module" src="\/assets\/app.js">/);
  assert.equal((await app.request('http://attacker.example/api/health')).status, 403);
});

test('the sentence behind each event mention and fact is the sentence of its report that states it', () => {
  assert.deepEqual(sentenceAt('One. Two three. Four', 6, 9), [5, 15]);
  assert.deepEqual(sentenceAt('पहला वाक्य। दूसरा वाक्य है। तीसरा', 13, 17), [12, 27]);
  assert.deepEqual(sentenceAt('It rose 1.5 per cent. Then fell.', 8, 11), [0, 21]);
  let checked = 0;
  for (const e of view.json.events) {
    for (const ev of evidenceOf(view, e)) {
      const body = view.document.get(ev.doc)?.body ?? '';
      const sentence = body.slice(ev.start, ev.end);
      assert.ok(sentence.length > 0 && sentence.trim() === sentence);
      if (ev.of === 'event') assert.ok(e.mentions.some((m) => m.doc === ev.doc && m.start >= ev.start && m.end <= ev.end), 'a mention sentence holds its mention');
      else assert.ok(numberAt(sentence, ev.value as number).length > 0, `the ${ev.of} sentence states ${ev.value}`);
      checked++;
    }
  }
  assert.ok(checked > 0);
});

test('POST /api/documents analyses and stores an article, answers its id and story, and search finds it', async () => {
  const copy = join(dir, 'post.db');
  copyFileSync(storePath, copy);
  const server = await startServer({ store: copy, port: 0, host: '127.0.0.1' }, quiet);
  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  try {
    const text = 'PORT ELAN, April 2 : The harbour authority of Port Elan opened a new quarantine berth on Thursday, its chairman Tobias Wendland said.';
    const res = await post({ text, title: 'Port Elan opens quarantine berth', published: '2026-04-02', lang: 'en' });
    assert.equal(res.status, 201);
    const body = (await res.json()) as { id: string; stored: boolean; event: string | null };
    assert.equal(body.stored, true);
    assert.match(body.id, /^[0-9a-f]{64}$/);
    assert.ok(body.event, 'the article joined a story');
    const ev = (await (await fetch(`${server.url}/api/events/${body.event}`)).json()) as { reports: { id: string }[] };
    assert.ok(ev.reports.some((r) => r.id === body.id));
    const hits = (await (await fetch(`${server.url}/api/search?q=Wendland`)).json()) as { items: { doc: string }[] };
    assert.ok(hits.items.some((h) => h.doc === body.id), 'search finds the new article');
    const again = (await (await post({ text, title: 'Port Elan opens quarantine berth', published: '2026-04-02', lang: 'en' })).json()) as { id: string; stored: boolean };
    assert.deepEqual([again.id, again.stored], [body.id, false]);
    const html = await post({ html: '<html><head><title>Wendland resigns</title></head><body><article><h1>Wendland resigns</h1><p>PORT ELAN, April 9 : Tobias Wendland resigned as chairman of the Port Elan harbour authority on Thursday, the authority said in a statement.</p><p>Wendland had led the authority for six years and oversaw the opening of the quarantine berth last week. His deputy, Mara Osei, will lead the authority until the city council names a successor.</p><p>The council is expected to meet on Monday to discuss the appointment, a spokesperson said.</p></article></body></html>', url: 'https://example.org/wendland' });
    assert.equal(html.status, 201, await html.clone().text());
    assert.equal((await post({ title: 'nothing' })).status, 400);
    assert.equal((await post({ text: 'x', html: '<p>x</p>' })).status, 400);
    assert.equal((await post({ text }, { Origin: 'http://evil.example' })).status, 403);
    const form = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ text }) });
    assert.equal(form.status, 415, 'a body that is not declared JSON is refused');
  } finally {
    await server.close();
  }
  const readOnly = await startServer({ store: copy, port: 0, host: '127.0.0.1', readOnly: true }, quiet);
  try {
    const res = await fetch(`${readOnly.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Some text here.' }) });
    assert.equal(res.status, 501);
  } finally {
    await readOnly.close();
  }
});

test('POST /api/documents with only a URL fetches the page (bounded, polite) and stores it with its address; failures are named', async () => {
  const page = '<html><head><title>Osei takes over</title></head><body><article><h1>Osei takes over</h1><p>PORT ELAN, April 11 : Mara Osei took over as acting chairwoman of the Port Elan harbour authority on Saturday, the authority said.</p><p>Osei has worked at the authority for nine years and led the building of its quarantine berth.</p></article></body></html>';
  const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Port news</title><item><title>One</title><link>http://x.invalid/1</link><description>First item of the feed, a long enough text to be an article body for the reader here.</description></item><item><title>Two</title><link>http://x.invalid/2</link><description>Second item of the feed, a long enough text to be an article body for the reader here.</description></item></channel></rss>';
  const origin = createServer((req, res) => {
    const send = (status: number, type: string, body: string): void => void res.writeHead(status, { 'Content-Type': type }).end(body);
    if (req.url === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
    if (req.url === '/osei.html') return send(200, 'text/html; charset=utf-8', page);
    if (req.url === '/old/osei') return void res.writeHead(301, { Location: '/osei-moved.html' }).end();
    if (req.url === '/osei-moved.html') return send(200, 'text/html; charset=utf-8', page.replace('nine years', 'ten years'));
    if (req.url === '/feed.xml') return send(200, 'application/rss+xml', feed);
    if (req.url === '/private/a.html') return send(200, 'text/html', page);
    return send(404, 'text/plain', 'not here');
  });
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
  const copy = join(dir, 'post-url.db');
  copyFileSync(storePath, copy);
  const server = await startServer({ store: copy, port: 0, host: '127.0.0.1', fetch: { perHostDelayMs: 0, timeoutMs: 3000 } }, quiet);
  const post = (body: unknown): Promise<Response> =>
    fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  try {
    const res = await post({ url: `${base}/osei.html` });
    assert.equal(res.status, 201, await res.clone().text());
    const { id } = (await res.json()) as { id: string };
    const doc = (await (await fetch(`${server.url}/api/documents/${id}`)).json()) as { url: string | null; title: string | null; text?: string; body?: string };
    assert.equal(doc.url, `${base}/osei.html`);
    assert.equal(doc.title, 'Osei takes over');
    // After a redirect, the page's own address is stored.
    const moved = await post({ url: `${base}/old/osei` });
    assert.equal(moved.status, 201, await moved.clone().text());
    const movedDoc = (await (await fetch(`${server.url}/api/documents/${((await moved.json()) as { id: string }).id}`)).json()) as { url: string | null };
    assert.equal(movedDoc.url, `${base}/osei-moved.html`);
    const failures: [string, number, RegExp][] = [
      [`${base}/missing.html`, 502, /http-error: HTTP 404/],
      [`${base}/private/a.html`, 502, /robots-disallowed/],
      [`${base}/feed.xml`, 422, /is a feed/],
      ['ftp://127.0.0.1/a.html', 400, /unsupported-scheme/],
    ];
    for (const [url, status, reason] of failures) {
      const r = await post({ url });
      assert.equal(r.status, status, url);
      assert.match(((await r.json()) as { error: string }).error, reason);
    }
  } finally {
    await server.close();
    await new Promise<void>((r) => origin.close(() => r()));
  }
});

test('seeds: the gold\'s events and no more, the 2025-05-05 story lists its English and Hindi reports, and Nakatani finds the Hindi report', async (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent: seeds check skipped');
  const seedsStore = join(dir, 'seeds.db');
  assert.equal(await main(['analyze', SEEDS, '--store', seedsStore, '--no-timeline', '--no-progress'], quiet), 0);
  const server = await startServer({ store: seedsStore, port: 0, host: '127.0.0.1', readOnly: true }, quiet);
  try {
    // Reported and mentioned past events of the answer key; a meeting only planned in one report is none.
    const gold = JSON.parse(await readFile(join(SEEDS, '..', 'gold', 'seeds.gold.json'), 'utf8')) as { events: { date: string }[]; mentioned_events: { date: string }[] };
    const all = (await (await fetch(`${server.url}/api/events?limit=100`)).json()) as { total: number; items: { date: string | null }[] };
    const dates = (list: { date: string | null }[]): string[] => list.map((e) => e.date ?? '').sort();
    assert.deepEqual(dates(all.items), dates([...gold.events, ...gold.mentioned_events]));
    const events = (await (await fetch(`${server.url}/api/events?from=2025-05-05&to=2025-05-05`)).json()) as { items: { id: string; langs: string[] }[] };
    const story = events.items.find((e) => e.langs.length > 0);
    assert.ok(story, 'a 2025-05-05 story');
    const detail = (await (await fetch(`${server.url}/api/events/${story.id}`)).json()) as { reports: { lang: string }[] };
    assert.deepEqual([...new Set(detail.reports.map((r) => r.lang))].sort(), ['en', 'hi']);
    const hits = (await (await fetch(`${server.url}/api/search?q=Nakatani`)).json()) as { items: { lang: string; snippet: string; highlights: [number, number][] }[] };
    const hindi = hits.items.find((h) => h.lang === 'hi');
    assert.ok(hindi, 'Nakatani finds the Hindi report');
    const [s, e] = hindi.highlights[0] as [number, number];
    assert.match(hindi.snippet.slice(s, e), /[\u0900-\u097F]/, 'its snippet highlights the Devanagari name');
  } finally {
    await server.close();
  }
});

test('PostgreSQL store: search runs on its own text search, with languages and highlighted snippets', async (t) => {
  const why = await pgUnavailable();
  if (why) return t.skip(why);
  const db = await freshDatabase('dossier_serve');
  try {
    assert.equal(await main(['analyze', 'examples', '--store', db.url, '--no-timeline', '--no-progress'], quiet), 0);
    const server = await startServer({ store: db.url, port: 0, host: '127.0.0.1', readOnly: true }, quiet);
    try {
      const res = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent('green shipping')}`)).json()) as { items: { lang: string; via: string; snippet: string; highlights: [number, number][] }[]; total: number };
      assert.ok(res.total > 0);
      for (const h of res.items.filter((x) => x.via === 'text')) {
        assert.ok(h.highlights.length > 0);
        for (const [s, e] of h.highlights) assert.match(h.snippet.slice(s, e).toLowerCase(), /green|shipping/);
      }
      const hindi = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent('सोलबक्कन')}`)).json()) as { items: { lang: string }[] };
      assert.ok(hindi.items.some((h) => h.lang === 'hi'), 'a Devanagari query finds Hindi text');
    } finally {
      await server.close();
    }
  } finally {
    await db.drop();
  }
});
