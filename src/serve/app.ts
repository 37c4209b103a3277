/**
 * The HTTP API: JSON over the store's view, routes and their parameters declared once with zod
 * schemas (validated on every request, and the source of `/openapi.json`). Lists are
 * `{ items, total }` with `limit`/`offset`; errors are `{ error }` with the right status.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { search, type View } from './view.js';
import type { ExportEvent } from '../store/export.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** When set, every request must carry `Authorization: Bearer <token>`. */
  token?: string;
}

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
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: `invalid request: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` }, 400);
      return undefined;
    },
  });

  app.use('*', async (c, next) => {
    if (options.token && c.req.header('authorization') !== `Bearer ${options.token}`) {
      return c.json({ error: 'missing or wrong token (send Authorization: Bearer <token>)' }, 401);
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    return undefined;
  });

  app.openapi(
    createRoute({ method: 'get', path: '/api/health', responses: { 200: json(z.object({ ok: z.boolean(), documents: z.number(), events: z.number() }), 'the server is up') } }),
    (c) => {
      const v = getView();
      return c.json({ ok: true, documents: v.json.documents.length, events: v.json.events.length }, 200);
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
      return c.json(page(items, q), 200);
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
    createRoute({ method: 'get', path: '/api/entities/{id}', request: { params: Id }, responses: { 200: json(Loose, 'one entity: names in every script, roles, events, quotes'), ...notFound } }),
    (c) => {
      const v = getView();
      const id = c.req.valid('param').id;
      const e = v.entity.get(id);
      if (!e) return c.json({ error: 'no such entity' }, 404);
      return c.json({ ...e, events: (v.eventsOf.get(id) ?? []).map((ev) => ({ id: ev.id, title: ev.title, date: ev.date, kind: ev.kind })), quotes: v.quotesBy.get(id) ?? [] }, 200);
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
    createRoute({ method: 'get', path: '/api/search', request: { query: SearchQuery }, responses: { 200: json(List, 'documents matching, each with lang and a snippet') } }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(page(search(getView(), q.q), q), 200);
    },
  );

  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Dossier API', version: '1' } });
  app.notFound((c: Context) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => c.json({ error: `internal error: ${err.message}` }, 500));
  return app;
}
