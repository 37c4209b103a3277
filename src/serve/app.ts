/**
 * The HTTP API: JSON over the store's view, routes and their parameters declared once with zod
 * schemas (validated on every request, and the source of `/openapi.json`). Lists are
 * `{ items, total }` with `limit`/`offset`; errors are `{ error }` with the right status.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { View } from './view.js';
import { docLabel, fts5Engine, searchPage, type TextEngine } from './search.js';
import { coOccurring, datedRoles, evidenceOf, quotesAbout } from './detail.js';
import { CSP, webRoutes } from './web.js';
import type { ExportEvent } from '../store/export.js';

/** One article sent to `POST /api/documents`. */
export interface Submission {
  text?: string | undefined;
  html?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  published?: string | undefined;
  lang?: string | undefined;
}

/** What became of a submitted article. */
export type IngestResult =
  | { ok: true; id: string; stored: boolean; event: string | null; storyline: string | null }
  | { ok: false; status: 400 | 422 | 501 | 502; error: string };

/** Options of {@link createApp}. */
export interface AppOptions {
  /** When set, every request must carry `Authorization: Bearer <token>` (or the cookie the app sets from `?token=`). */
  token?: string;
  /** Full-text search over the store's own engine (PostgreSQL); default an in-memory SQLite FTS5 index per view. */
  engine?: TextEngine;
  /** Analyses and stores one article; without it `POST /api/documents` answers 501. */
  ingest?: (submission: Submission) => Promise<IngestResult>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const COOKIE = 'dossier_token';

const Page = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50).openapi({ description: 'items per page' }),
  offset: z.coerce.number().int().min(0).default(0),
});
const Id = z.object({ id: z.string().min(1).max(200) });
const Error = z.object({ error: z.string() }).openapi('Error');
const Loose = z.record(z.string(), z.unknown());
const List = z.object({ items: z.array(Loose), total: z.number().int() });
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const json = (schema: z.ZodType, description: string) => ({ content: { 'application/json': { schema } }, description });
const notFound = { 404: json(Error, 'not found') };

function page<T>(items: readonly T[], q: { limit: number; offset: number }): { items: T[]; total: number } {
  return { items: items.slice(q.offset, q.offset + q.limit), total: items.length };
}

/** Whether an event's date (any granularity) falls within [from, to] (each optional, any granularity). */
function inRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/**
 * Builds the API over a view. `getView` is called per request, so a server can swap in a fresh view
 * after the store changes.
 *
 * @example
 * ```ts
 * const app = createApp(() => view);
 * const res = await app.request('/api/events?kind=meeting');
 * ```
 */
export function createApp(getView: () => View, options: AppOptions = {}): OpenAPIHono {
  // The in-memory FTS5 index follows the view: built on first search after each reload, the old one closed.
  let indexed: { view: View; engine: TextEngine } | null = null;
  const engineFor = (v: View): TextEngine => {
    if (options.engine) return options.engine;
    if (indexed?.view !== v) {
      void indexed?.engine.close();
      indexed = { view: v, engine: fts5Engine(v) };
    }
    return indexed.engine;
  };
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: `invalid request: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` }, 400);
      return undefined;
    },
  });

  app.use('*', async (c, next) => {
    // Every response, errors included, carries the security headers.
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    const url = new URL(c.req.url);
    if (options.token) {
      const given = url.searchParams.get('token');
      if (given === options.token && c.req.method === 'GET' && !url.pathname.startsWith('/api/')) {
        // A browser cannot send a header on navigation: `/?token=T` once sets a cookie, then the app works.
        setCookie(c, COOKIE, options.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
        url.searchParams.delete('token');
        return c.redirect(`${url.pathname}${url.search}`, 303);
      }
      if (c.req.header('authorization') !== `Bearer ${options.token}` && getCookie(c, COOKIE) !== options.token) {
        return c.json({ error: 'missing or wrong token (send Authorization: Bearer <token>, or open /?token=<token> once in a browser)' }, 401);
      }
    } else if (!LOOPBACK_HOSTS.has(url.hostname)) {
      // Without a token the server is bound to loopback: a page on another name reaching it (DNS rebinding) is refused.
      return c.json({ error: `host ${url.hostname} refused: this server answers only on loopback without a token` }, 403);
    }
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin && origin !== url.origin) {
      return c.json({ error: `cross-origin ${c.req.method} from ${origin} refused` }, 403);
    }
    await next();
    return undefined;
  });

  app.openapi(
    createRoute({ method: 'get', path: '/api/health', responses: { 200: json(z.object({ ok: z.boolean(), documents: z.number(), events: z.number() }), 'the server is up') } }),
    (c) => {
      const v = getView();
      return c.json({ ok: true, documents: v.json.documents.length, events: v.json.events.length }, 200);
    },
  );

  /** An event as the timeline lists it: without its spans, with its languages, storyline and place name. */
  const listed = (v: View, e: ExportEvent): Record<string, unknown> => ({
    id: e.id, kind: e.kind, title: e.title, date: e.date, location: e.location,
    place: e.location ? (v.entity.get(e.location)?.name ?? null) : null,
    participants: e.participants, reports: e.reports, sources: e.sources ?? e.reports.length,
    mentionedIn: new Set(e.mentions.map((m) => m.doc)).size,
    langs: v.langsOf.get(e.id) ?? [], storyline: v.storylineOf.get(e.id) ?? null,
  });

  app.openapi(
    createRoute({
      method: 'get', path: '/api/facets',
      responses: { 200: json(z.object({ langs: z.array(z.string()), kinds: z.array(z.string()), first: z.string().nullable(), last: z.string().nullable() }), 'the values the timeline filters take') },
    }),
    (c) => {
      const v = getView();
      const dates = v.json.events.map((e) => e.date).filter((d): d is string => d !== null).sort();
      return c.json({
        langs: [...new Set(v.json.documents.map((d) => d.lang))].sort(),
        kinds: [...new Set(v.json.events.map((e) => e.kind))].sort(),
        first: dates[0] ?? null, last: dates[dates.length - 1] ?? null,
      }, 200);
    },
  );

  const EventQuery = Page.extend({
    from: z.string().regex(DATE).optional().openapi({ description: 'earliest date, YYYY[-MM[-DD]]' }),
    to: z.string().regex(DATE).optional(),
    kind: z.string().optional(),
    entity: z.string().optional().openapi({ description: 'an entity id taking part' }),
    place: z.string().optional().openapi({ description: 'the place entity id' }),
    lang: z.string().optional().openapi({ description: 'only events reported in this language' }),
  });
  app.openapi(
    createRoute({ method: 'get', path: '/api/events', request: { query: EventQuery }, responses: { 200: json(List, 'events, oldest first') } }),
    (c) => {
      const q = c.req.valid('query');
      const v = getView();
      const items = v.json.events.filter(
        (e) =>
          inRange(e.date, q.from, q.to) && (!q.kind || e.kind === q.kind) && (!q.entity || e.participants.includes(q.entity)) &&
          (!q.place || e.location === q.place) && (!q.lang || e.reports.some((r) => v.document.get(r)?.lang === q.lang)),
      );
      const { items: pageItems, total } = page(items, q);
      return c.json({ items: pageItems.map((e) => listed(v, e)), total }, 200);
    },
  );

  const reportOf = (v: View, id: string): Record<string, unknown> | null => {
    const d = v.document.get(id);
    return d ? { id: d.id, lang: d.lang, title: d.title, publisher: d.publisher, url: d.url, published: d.published, source: d.source } : null;
  };
  const eventDetail = (v: View, e: ExportEvent): Record<string, unknown> => ({
    ...e,
    reports: e.reports.map((r) => reportOf(v, r)).filter((r) => r !== null),
    participants: e.participants.map((p) => ({ id: p, name: v.entity.get(p)?.name ?? p })),
    location: e.location ? { id: e.location, name: v.entity.get(e.location)?.name ?? e.location } : null,
    sources: e.sources ?? e.reports.length,
    storyline: v.storylineOf.get(e.id) ?? null,
    evidence: evidenceOf(v, e),
    quotes: e.reports.flatMap((r) => (v.quotesOf.get(r) ?? []).map((q) => ({ ...q, speakerName: q.speaker ? (v.entity.get(q.speaker)?.name ?? null) : null }))),
  });
  app.openapi(
    createRoute({ method: 'get', path: '/api/events/{id}', request: { params: Id }, responses: { 200: json(Loose, 'one event with its reports'), ...notFound } }),
    (c) => {
      const v = getView();
      const e = v.event.get(c.req.valid('param').id);
      return e ? c.json(eventDetail(v, e), 200) : c.json({ error: 'no such event' }, 404);
    },
  );

  const EntityQuery = Page.extend({ q: z.string().optional().openapi({ description: 'part of a name, in any script' }), type: z.string().optional() });
  app.openapi(
    createRoute({ method: 'get', path: '/api/entities', request: { query: EntityQuery }, responses: { 200: json(List, 'entities, most mentioned first') } }),
    (c) => {
      const q = c.req.valid('query');
      const needle = q.q?.toLowerCase();
      const items = getView()
        .json.entities.filter((e) => (!q.type || e.type === q.type) && (!needle || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle))))
        .map(({ mentions, ...e }) => ({ ...e, mentionCount: mentions.length }))
        .sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1));
      return c.json(page(items, q), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/entities/{id}', request: { params: Id }, responses: { 200: json(Loose, 'one entity: names in every script, roles (and roleDates: each role with the first and last day of the reports that give it), events, quotes'), ...notFound } }),
    (c) => {
      const v = getView();
      const id = c.req.valid('param').id;
      const e = v.entity.get(id);
      if (!e) return c.json({ error: 'no such entity' }, 404);
      return c.json({
        ...e,
        roleDates: datedRoles(v, id),
        events: (v.eventsOf.get(id) ?? []).map((ev) => ({ id: ev.id, title: ev.title, date: ev.date, kind: ev.kind })),
        quotes: v.quotesBy.get(id) ?? [],
        quotesAbout: quotesAbout(v, id).map((q) => ({ ...q, speakerName: q.speaker ? (v.entity.get(q.speaker)?.name ?? null) : null })),
        cooccurring: coOccurring(v, id),
        documents: [...new Set(e.mentions.map((m) => m.doc))].map((id) => {
          const d = v.document.get(id);
          return { id, lang: d?.lang ?? null, title: d?.title ?? null, label: d ? docLabel(d) : id };
        }),
      }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/documents/{id}', request: { params: Id }, responses: { 200: json(Loose, 'one document: cleaned text and annotations with spans'), ...notFound } }),
    (c) => {
      const v = getView();
      const id = c.req.valid('param').id;
      const d = v.document.get(id);
      if (!d) return c.json({ error: 'no such document' }, 404);
      return c.json({ ...d, mentions: v.mentionsIn.get(id) ?? [], quotes: v.quotesOf.get(id) ?? [], timex: v.timexOf.get(id) ?? [], events: v.reportedIn.get(id) ?? [] }, 200);
    },
  );
  const Submit = z
    .object({
      text: z.string().min(1).max(5_000_000).optional().openapi({ description: 'the article as plain text' }),
      html: z.string().min(1).max(10_000_000).optional().openapi({ description: 'the article page as HTML' }),
      url: z.string().url().max(2000).optional().openapi({ description: 'the address of the article: stored with text or HTML, or, given alone, fetched (http(s) only, robots.txt honoured, bounded in time, size and redirects)' }),
      title: z.string().max(1000).optional(),
      published: z.string().regex(/^\d{4}-\d{2}-\d{2}/).max(40).optional().openapi({ description: 'ISO 8601 date or date-time' }),
      lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).optional(),
    })
    .openapi('Submission');
  app.use('/api/documents', async (c, next) => {
    // Only declared JSON: a page elsewhere cannot send that without the browser asking this server first.
    if (c.req.method === 'POST' && !/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      return c.json({ error: 'send the article as application/json: { "text": … } or { "html": …, "url": … }' }, 415);
    }
    await next();
    return undefined;
  });
  app.openapi(
    createRoute({
      method: 'post', path: '/api/documents',
      request: { body: { content: { 'application/json': { schema: Submit } }, required: true } },
      responses: {
        201: json(z.object({ id: z.string(), stored: z.boolean(), event: z.string().nullable(), storyline: z.string().nullable() }), 'analysed and stored (stored: false when the same content was already there)'),
        400: json(Error, 'neither text, HTML nor a URL given'), 415: json(Error, 'the body is not JSON'), 422: json(Error, 'the pipeline refused the article, or the URL is not one article page'), 501: json(Error, 'not supported by this server'),
        502: json(Error, 'the URL could not be fetched (the reason names the failure)'),
      },
    }),
    async (c) => {
      if (!options.ingest) return c.json({ error: 'this server does not store documents (read-only)' }, 501);
      const body = c.req.valid('json');
      if (body.text !== undefined && body.html !== undefined) return c.json({ error: 'give either text or html, not both' }, 400);
      if (body.text === undefined && body.html === undefined && body.url === undefined) {
        return c.json({ error: 'give the article as text or html, or its url to fetch' }, 400);
      }
      const result = await options.ingest(body);
      if (!result.ok) return c.json({ error: result.error }, result.status);
      return c.json({ id: result.id, stored: result.stored, event: result.event, storyline: result.storyline }, 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/storylines', request: { query: Page }, responses: { 200: json(List, 'storylines') } }),
    (c) => c.json(page(getView().json.storylines, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/storylines/{id}', request: { params: Id }, responses: { 200: json(Loose, 'one storyline with its events'), ...notFound } }),
    (c) => {
      const v = getView();
      const s = v.storyline.get(c.req.valid('param').id);
      return s ? c.json({ ...s, events: s.events.map((id) => v.event.get(id)).filter((e) => e !== undefined) }, 200) : c.json({ error: 'no such storyline' }, 404);
    },
  );
  const SearchQuery = Page.extend({ q: z.string().min(2).max(200).openapi({ description: 'words, or a name in any script' }) });
  app.openapi(
    createRoute({ method: 'get', path: '/api/search', request: { query: SearchQuery }, responses: { 200: json(List, 'documents matching (text first, best first; then reports naming a matching entity), each with lang and a snippet with highlighted ranges') } }),
    async (c) => {
      const q = c.req.valid('query');
      const v = getView();
      return c.json(await searchPage(v, engineFor(v), q.q, q), 200);
    },
  );

  webRoutes(app);

  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Dossier API', version: '1' } });
  app.notFound((c: Context) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => c.json({ error: `internal error: ${err.message}` }, 500));
  return app;
}
