/**
 * The HTTP API in-process (hono's `app.request()`) over a store analysed through the CLI: the seeds
 * when `../shared` is there (else the examples), plus the server started on a real port.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../cli/main.js';
import { startServer } from '../cli/serve.js';
import { openStore } from '../store/open.js';
import { createApp } from './app.js';
import { loadView, fold, type View } from './view.js';
import { fts5Engine, searchPage, type SearchHit } from './search.js';
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
  for (const path of ['/api/events', '/api/events/{id}', '/api/entities', '/api/search', '/api/documents/{id}', '/api/storylines']) {
    assert.ok((spec.body.paths as Record<string, unknown>)[path], path);
  }
});

test('a token, when set, is required on every request', async () => {
  const app = createApp(() => view, { token: 's3cret' });
  assert.equal((await app.request('/api/health')).status, 401);
  assert.equal((await app.request('/api/health', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
  assert.equal((await app.request('/api/health', { headers: { Authorization: 'Bearer s3cret' } })).status, 200);
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
