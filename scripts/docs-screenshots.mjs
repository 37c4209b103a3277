/* global document, fetch */
// Regenerates docs/screenshots/{timeline,story}.png: the web app over a store of examples/ only
// (never the seeds or eval articles), in Debian's Chromium. Run after `npm run build`:
//   node scripts/docs-screenshots.mjs
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { main } from '../dist/cli/main.js';
import { startServer } from '../dist/cli/serve.js';

const quiet = { out: () => undefined, err: () => undefined, isTTY: false };
const dir = mkdtempSync(join(tmpdir(), 'dossier-shots-'));
const store = join(dir, 'examples.db');
mkdirSync('docs/screenshots', { recursive: true });
try {
  if ((await main(['analyze', 'examples', '--store', store, '--no-timeline', '--no-progress'], quiet)) !== 0) throw new Error('analyze failed');
  const server = await startServer({ store, port: 0, host: '127.0.0.1', readOnly: true }, quiet);
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 860 },
  });
  try {
    const page = await context.newPage();
    const ready = () => page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main').hasAttribute('aria-busy'));
    await page.goto(`${server.url}/`);
    await ready();
    await page.screenshot({ path: 'docs/screenshots/timeline.png', fullPage: true });
    const events = await (await fetch(`${server.url}/api/events?limit=1000`)).json();
    const story = events.items.filter((e) => e.langs.length > 1).sort((a, b) => b.reports.length - a.reports.length)[0];
    await page.goto(`${server.url}/story/${story.id}`);
    await ready();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: 'docs/screenshots/story.png' });
    process.stdout.write(`docs/screenshots/timeline.png, docs/screenshots/story.png (story ${story.id})\n`);
  } finally {
    await context.close();
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
