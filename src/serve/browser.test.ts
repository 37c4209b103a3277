/**
 * The web app in a real browser: Debian's Chromium driven by playwright-core over a store analysed
 * from examples/ (and the seeds when ../shared is there). Each page is opened and clicked through,
 * checked with axe-core (no serious or critical violations) and saved as a screenshot under
 * test-artifacts/; an XSS corpus renders inert. Where Chromium is missing it is installed when
 * this runs as root with apt-get, else the tests skip with a visible message.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { main } from '../cli/main.js';
import { startServer } from '../cli/serve.js';
import type { Io } from '../cli/io.js';

// The functions handed to page.evaluate run in the page, where these are the DOM's globals.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, window: any;

const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
const SEEDS = resolve(process.cwd(), '../shared/seeds');
const ARTIFACTS = resolve(process.cwd(), 'test-artifacts');
const quiet: Io = { out: () => undefined, err: () => undefined, isTTY: false };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Null when Chromium is there (installing it when root with apt-get), else why the browser tests skip. */
function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt) {
    process.stderr.write(`# ${CHROMIUM} missing: installing Debian's chromium with apt-get (once)\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env, timeout: 300_000 });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env, timeout: 600_000 });
    if (existsSync(CHROMIUM)) return null;
  }
  return `no Chromium at ${CHROMIUM} and it cannot be installed here (${root ? 'apt-get failed' : 'not root'}): browser tests skipped`;
}

const missing = chromiumMissing();
if (missing) {
  // CI sets DOSSIER_REQUIRE_BROWSER: there the browser tests must run, so a missing Chromium fails.
  if (process.env.DOSSIER_REQUIRE_BROWSER) test('Chromium is there for the browser tests', () => assert.fail(missing));
  process.stderr.write(`# SKIP ${missing}\n`);
}

let dir = '';
let context: BrowserContext | null = null;
let app: { url: string; close: () => Promise<void> } | null = null;
let xss: { url: string; close: () => Promise<void> } | null = null;

/** Articles whose title, body and link carry markup and script: all must show as text. */
const XSS_CORPUS = [
  { title: '<img src=x onerror="window.__xss=1">Fire at <b>Port Elan</b> harbour', published: '2026-04-01', lang: 'en', url: 'javascript:window.__xss=2',
    text: 'PORT ELAN, April 1 : A fire broke out at the harbour on Wednesday, officials said. <script>window.__xss=3</script> Twelve workers were injured, the police said. <a href="javascript:window.__xss=4">click</a> <svg onload="window.__xss=5"><circle r=9 /></svg> "We are investigating," said Mayor Anna Keller.' },
  { title: '"><svg/onload=window.__xss=6> Port Elan harbour fire injures twelve', published: '2026-04-01', lang: 'en', url: 'https://example.org/a?<script>',
    text: 'PORT ELAN, April 1 : Twelve workers were injured when a fire broke out at the Port Elan harbour on Wednesday. <iframe src="javascript:window.__xss=7"></iframe> <style>body{display:none}</style> Mayor Anna Keller said the fire was under control. {{constructor.constructor("window.__xss=8")()}}' },
];

before(async () => {
  if (missing) return;
  dir = mkdtempSync(join(tmpdir(), 'dossier-browser-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const store = join(dir, 'app.db');
  const inputs = existsSync(SEEDS) ? ['examples', SEEDS] : ['examples'];
  assert.equal(await main(['analyze', ...inputs, '--store', store, '--no-timeline', '--no-progress'], quiet), 0);
  const xssStore = join(dir, 'xss.db');
  writeFileSync(join(dir, 'xss.jsonl'), XSS_CORPUS.map((a) => JSON.stringify(a)).join('\n'));
  assert.equal(await main(['analyze', join(dir, 'xss.jsonl'), '--store', xssStore, '--no-timeline', '--no-progress'], quiet), 0);
  app = await startServer({ store, port: 0, host: '127.0.0.1', readOnly: true }, quiet);
  xss = await startServer({ store: xssStore, port: 0, host: '127.0.0.1', readOnly: true }, quiet);
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
});

after(async () => {
  await context?.close();
  await app?.close();
  await xss?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page and waits until the app rendered it (a heading, no busy flag). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await settle(page);
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main h1') !== null && !document.querySelector('main')?.hasAttribute('aria-busy'));
}

/** axe-core's serious and critical violations on the page, as readable lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // evaluated through the debugger, so the page's CSP stays in force
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
}

async function check(page: Page, name: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `${name}: axe finds no serious violations`);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

test('timeline: filters and zoom live in the URL, a reload shows the same view, stories show sources and languages', { skip: missing ?? false }, async () => {
  const page = await (context as BrowserContext).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await open(page, `${app?.url}/`);
  assert.equal(await page.locator('main h1').textContent(), 'Timeline');
  const stories = page.locator('ol.events li');
  assert.ok((await stories.count()) > 3, 'the timeline lists stories');
  assert.ok((await page.locator('.lane').count()) >= 1, 'storyline lanes are drawn');
  assert.match((await page.locator('ol.events').textContent()) ?? '', /\d+ sources?, \d+ reports?/);
  await check(page, 'timeline');

  // Filter by language through the form: the URL carries it, a reload keeps it.
  await page.selectOption('#f-lang', 'hi');
  await page.click('.filters button[type=submit]');
  await page.waitForURL(/lang=hi/);
  await settle(page);
  const hindi = await page.locator('ol.events li').count();
  assert.ok(hindi > 0);
  for (const text of await page.locator('ol.events li').allTextContents()) assert.match(text, /Hindi \(hi\)/);
  await page.reload();
  await settle(page);
  assert.equal(await page.locator('#f-lang').inputValue(), 'hi');
  assert.equal(await page.locator('ol.events li').count(), hindi);

  // Zoom in: a date range enters the URL; back returns to the previous view.
  await page.click('text=Zoom in');
  await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&?.*to=|to=.*from=/);
  await settle(page);
  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has('from'));
  await settle(page);
  assert.equal(await page.locator('#f-lang').inputValue(), 'hi');

  // Keyboard: on a freshly opened page the skip link is the first stop.
  await open(page, page.url());
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  assert.deepEqual(errors, []);
  await page.close();
});

test('story page: reports side by side with language tags, fact sentences highlighted, quotes with speakers; entity, storyline, document pages', { skip: missing ?? false }, async () => {
  const page = await (context as BrowserContext).newPage();
  const events = (await (await fetch(`${app?.url}/api/events?limit=1000`)).json()) as { items: { id: string; reports: string[]; langs: string[]; storyline: string | null }[] };
  const multi = events.items.filter((e) => e.langs.length > 1).sort((a, b) => b.reports.length - a.reports.length)[0];
  const detailsWithFacts: string[] = [];
  for (const e of events.items) {
    const d = (await (await fetch(`${app?.url}/api/events/${e.id}`)).json()) as { facts: Record<string, number>; evidence: { of: string }[] };
    if (d.evidence.some((x) => x.of !== 'event')) detailsWithFacts.push(e.id);
  }
  assert.ok(multi, 'some story has reports in two languages');
  // Click through from the timeline to the story.
  await open(page, `${app?.url}/`);
  await page.click(`ol.events a[href="/story/${multi.id}"]`);
  await page.waitForURL(new RegExp(`/story/${multi.id}$`));
  await settle(page);
  assert.equal(await page.locator('.report').count(), multi.reports.length);
  for (const lang of multi.langs) assert.ok((await page.locator(`.report .body[lang="${lang}"]`).count()) > 0, `a ${lang} report body carries lang=${lang}`);
  const badges = (await page.locator('.report .lang').allTextContents()).join(' ');
  assert.match(badges, /Hindi \(hi\)/);
  assert.match(badges, /English \(en\)/);
  assert.ok((await page.locator('.report mark').count()) > 0, 'the sentences behind the event are highlighted');
  // Every highlighted sentence is text of its report.
  const detail = (await (await fetch(`${app?.url}/api/events/${multi.id}`)).json()) as { evidence: { doc: string; start: number; end: number }[] };
  assert.ok(detail.evidence.length > 0);
  const reportBoxes = page.locator('.report[id] .body');
  assert.equal(await reportBoxes.count(), multi.reports.length);
  // Devanagari renders with the shipped font.
  await page.evaluate(() => document.fonts.ready);
  assert.ok(await page.evaluate(() => [...document.fonts].some((f: { family: string; status: string }) => f.family.replace(/"/g, '') === 'Noto Sans Devanagari' && f.status === 'loaded')), 'the Devanagari font loaded');
  await check(page, 'story');

  // A participant's entity page: names in every script.
  const who = page.locator('.facts dd a[href^="/entity/"]').first();
  if ((await who.count()) > 0) {
    await who.click();
    await page.waitForURL(/\/entity\//);
    await settle(page);
    assert.ok((await page.locator('.names li').count()) >= 1);
    await check(page, 'entity');
    await page.goBack();
    await settle(page);
  }
  // The storyline page, then a document page.
  const withLine = events.items.find((e) => e.storyline);
  if (withLine) {
    await open(page, `${app?.url}/storyline/${withLine.storyline}`);
    assert.ok((await page.locator('ol.events li').count()) >= 1);
    await check(page, 'storyline');
  }
  await open(page, `${app?.url}/document/${multi.reports[0]}`);
  assert.ok((await page.locator('.body a.mention').count()) > 0, 'entity names link to their pages');
  await check(page, 'document');
  // Facts: each links to the sentence that states it, marked in its document.
  const withFacts = events.items.find((e) => e.id === (detailsWithFacts[0] ?? ''));
  if (withFacts) {
    await open(page, `${app?.url}/story/${withFacts.id}`);
    const link = page.locator('.facts dd.fact-value a').first();
    assert.ok((await link.count()) > 0, 'a fact links to its sentence');
    const target = ((await link.getAttribute('href')) ?? '').slice(1);
    await link.click();
    await page.waitForURL(new RegExp(`#${target}$`));
    // Focus moves in the app's hash handler, after the URL changes: wait for it (bounded) rather than race it.
    await page.waitForFunction((id) => document.activeElement?.id === id, target, { timeout: 5000 }).catch(() => undefined);
    assert.equal(await page.evaluate(() => document.activeElement?.id), target, 'the fact sentence takes focus');
    assert.equal(await page.locator(`mark.fact#${target}`).count(), 1);
    assert.match((await page.locator(`mark.fact#${target}`).textContent()) ?? '', /\d/);
    await check(page, 'story-facts');
  }
  await page.close();
});

test('search: words and names in any script, each hit with its language and a highlighted snippet; the query is in the URL', { skip: missing ?? false }, async () => {
  const page = await (context as BrowserContext).newPage();
  await open(page, `${app?.url}/`);
  const q = existsSync(SEEDS) ? 'Nakatani' : 'Solbakken';
  await page.fill('#quick-q', q);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/search\\?q=${q}`));
  await settle(page);
  const hits = page.locator('ol.hits > li');
  assert.ok((await hits.count()) > 0);
  assert.ok((await page.locator('ol.hits mark').count()) > 0, 'snippets highlight the match');
  if (q === 'Nakatani') {
    assert.ok((await page.locator('ol.hits .lang', { hasText: 'Hindi (hi)' }).count()) > 0, 'Nakatani finds the Hindi report');
    assert.ok((await page.locator('ol.hits mark', { hasText: 'नकातानी' }).count()) > 0);
  }
  await check(page, 'search');
  await page.reload();
  await settle(page);
  assert.equal(await page.locator('#quick-q').inputValue(), q);
  await page.close();
});

test('XSS corpus: markup, javascript: links and SVG handlers in titles, bodies and URLs render as inert text', { skip: missing ?? false }, async () => {
  const page = await (context as BrowserContext).newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const res = await fetch(`${xss?.url}/`);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  const events = (await (await fetch(`${xss?.url}/api/events?limit=100`)).json()) as { items: { id: string; reports: string[] }[] };
  const docs = events.items.flatMap((e) => e.reports);
  assert.ok(docs.length >= 2, 'both hostile articles were stored');
  const pages = [`${xss?.url}/`, ...events.items.map((e) => `${xss?.url}/story/${e.id}`), ...docs.map((d) => `${xss?.url}/document/${d}`), `${xss?.url}/search?q=harbour`];
  for (const url of pages) {
    await open(page, url);
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      injected: document.querySelectorAll('main script, main img, main svg, main iframe, main style, main b').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a: { getAttribute(n: string): string | null }) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      handlers: [...document.querySelectorAll('main *')].filter((el: { attributes: Iterable<{ name: string }> }) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      text: document.querySelector('main')?.textContent ?? '',
    }));
    assert.equal(state.xss, null, `${url}: no injected script ran`);
    assert.equal(state.injected, 0, `${url}: no element came from the data`);
    assert.equal(state.jsLinks, 0, `${url}: no javascript: link`);
    assert.equal(state.handlers, 0, `${url}: no event handler attribute`);
    if (url.includes('/story/')) assert.match(state.text, /<(img|svg)/, `${url}: the markup shows as text`);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'xss.png'), fullPage: true });
  assert.deepEqual(dialogs, []);
  await page.close();
});
