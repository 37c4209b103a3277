/**
 * The web app's side of the server: one HTML shell for every page path (the app reads its state
 * from the URL), the compiled app modules and stylesheet from `dist/web/` (built by `npm run build`
 * from `web/`), and the Devanagari-covering font shipped by `@fontsource/noto-sans-devanagari`.
 * Nothing is fetched from the network; the Content-Security-Policy allows only this origin's files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';

/** Scripts, styles, fonts and data from this origin only; no inline code, no frames, no plugins. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');
const FONT_DIR = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-devanagari/package.json'));

/** Page paths the app renders (each reads the rest of its state from the query string). */
const PAGES = ['/', '/search', '/story/:id', '/entity/:id', '/storyline/:id', '/document/:id'];

const SHELL = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/fonts/400.css">
<link rel="stylesheet" href="/assets/fonts/700.css">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="bar">
<nav aria-label="Main"><a class="brand" href="/">Dossier</a> <a href="/">Timeline</a></nav>
<form class="quick" role="search" action="/search" method="get"><label for="quick-q">Search</label> <input id="quick-q" name="q" type="search" minlength="2" required> <button type="submit">Search</button></form>
</header>
<main id="main" tabindex="-1"><p>Loading…</p></main>
<div id="status" class="sr-only" role="status" aria-live="polite"></div>
<noscript><p>The Dossier app needs JavaScript; the data is also served as JSON under <a href="/openapi.json">/api</a>.</p></noscript>
</body>
</html>
`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const cache = new Map<string, Buffer | null>();
function load(path: string): Buffer | null {
  if (!cache.has(path)) {
    try {
      cache.set(path, readFileSync(path));
    } catch {
      cache.set(path, null);
    }
  }
  return cache.get(path) ?? null;
}

/**
 * Adds the shell and the static assets to the app. Asset names are matched against fixed patterns
 * (no `..`, no slashes beyond the font folder), so nothing outside the two folders can be read.
 *
 * @example
 * ```ts
 * webRoutes(app); // GET / → the app; GET /assets/app.js → the compiled module
 * ```
 */
export function webRoutes(app: OpenAPIHono): void {
  for (const path of PAGES) {
    app.get(path, (c) => c.html(SHELL));
  }
  app.get('/assets/:name{[a-z][a-z0-9-]*\\.(js|css)}', (c) => {
    const name = c.req.param('name');
    const body = load(join(WEB_DIR, name));
    if (!body) return c.json({ error: `no asset ${name} (run npm run build)` }, 404);
    return c.body(new Uint8Array(body), 200, { 'Content-Type': TYPES[name.slice(name.lastIndexOf('.'))] as string, 'Cache-Control': 'no-cache' });
  });
  app.get('/assets/fonts/:name{(400|700)\\.css}', (c) => {
    const body = load(join(FONT_DIR, c.req.param('name')));
    if (!body) return c.json({ error: 'no font stylesheet' }, 404);
    return c.body(new Uint8Array(body), 200, { 'Content-Type': TYPES['.css'] as string, 'Cache-Control': 'max-age=86400' });
  });
  app.get('/assets/fonts/files/:name{noto-sans-devanagari-[a-z-]+-(400|700)-normal\\.woff2?}', (c) => {
    const name = c.req.param('name');
    const body = load(join(FONT_DIR, 'files', name));
    if (!body) return c.json({ error: `no font ${name}` }, 404);
    return c.body(new Uint8Array(body), 200, { 'Content-Type': TYPES[name.endsWith('2') ? '.woff2' : '.woff'] as string, 'Cache-Control': 'max-age=604800' });
  });
}
