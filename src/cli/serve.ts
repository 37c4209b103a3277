import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type IngestResult, type Submission } from '../serve/app.js';
import { postgresEngine } from '../serve/search.js';
import { loadView, type View } from '../serve/view.js';
import { contentId } from '../pipeline/doc.js';
import { analyzeRaw } from '../pipeline/run.js';
import { createStages } from '../pipeline/stages.js';
import type { RawDoc, Stage } from '../pipeline/types.js';
import { Fetcher, type FetchOptions } from '../read/fetch.js';
import { readUrl } from '../read/urls.js';
import { refreshCorpus } from '../corpus/run.js';
import { openStore } from '../store/open.js';
import { isPostgresUrl } from '../store/postgres.js';
import type { Store } from '../store/store.js';
import { openExistingStore } from './export.js';
import { CliError, type Io } from './io.js';

/** Options of {@link startServer}. */
export interface ServeOptions {
  store: string;
  port: number;
  host: string;
  /** Required when binding anything but loopback; checked on every request when set. */
  token?: string;
  /** Seconds between checks for new documents in the store (default 10). */
  refreshSeconds?: number;
  /** Refuse `POST /api/documents` (default: accepted, stored into the same store). */
  readOnly?: boolean;
  /** How `POST /api/documents` with only a `url` fetches it (default: Dossier's bounded, polite fetcher). */
  fetch?: FetchOptions;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The named fetch failures (`FetchErrorKind`) that mean the page could not be had: a 502. */
const FETCH_FAILURE = /^(?:robots-disallowed|timeout|too-large|too-many-redirects|redirect-loop|http-error|corrupt-body|network-error):/;

/**
 * Fetches the one article page a `POST /api/documents` names by URL: a fetch failure is a 502 with
 * its named reason, a feed or a page that reads as nothing is a 422.
 */
async function fetchOne(url: string, fetcher: Fetcher): Promise<{ ok: true; doc: RawDoc } | Extract<IngestResult, { ok: false }>> {
  const docs: RawDoc[] = [];
  const feed = { ok: false as const, status: 422 as const, error: `${url} is a feed: post one article at a time, or follow the feed with dossier watch` };
  for await (const r of readUrl(url, fetcher, {}, null)) {
    // A feed's items (and the pages they link to) carry their own sources.
    if ((r.ok ? r.doc.source : r.source) !== url) return feed;
    if (!r.ok) {
      const status = /^(?:bad-url|unsupported-scheme):/.test(r.reason) ? 400 : FETCH_FAILURE.test(r.reason) ? 502 : 422;
      return { ok: false, status, error: `${url}: ${r.reason}` };
    }
    docs.push(r.doc);
    if (docs.length > 1) break;
  }
  const [doc] = docs;
  if (!doc) return { ok: false, status: 422, error: `${url}: no article read from it` };
  if (docs.length > 1) return feed;
  return { ok: true, doc };
}

/**
 * Starts the API on the store: loads the store's view, serves it, and reloads it when the store
 * gains documents or a corpus update. Resolves once listening, with the address and a `close`.
 *
 * @example
 * ```ts
 * const server = await startServer({ store: 'dossier.db', port: 8080, host: '127.0.0.1' }, io);
 * await server.close();
 * ```
 */
export async function startServer(options: ServeOptions, io: Io): Promise<{ url: string; close: () => Promise<void> }> {
  if (!LOOPBACK.has(options.host) && !options.token) {
    throw new CliError(`binding ${options.host} exposes the store beyond this machine: give --token (or set DOSSIER_TOKEN)`, 2);
  }
  const store = await openExistingStore(options.store);
  let view: View = await loadView(store);
  // A cheap fingerprint of the store: documents added or a corpus update since the last look.
  const fingerprint = async (): Promise<string> => `${await store.countDocuments()}|${await store.corpusStale()}`;
  let seen = await fingerprint();
  let reloading = false;
  const timer = setInterval(() => {
    if (reloading) return;
    reloading = true;
    void (async () => {
      const state = await fingerprint();
      if (state !== seen) {
        view = await loadView(store);
        seen = state;
        io.err(`serve: reloaded the store (${view.json.documents.length} documents, ${view.json.events.length} events)\n`);
      }
    })()
      .catch((err: unknown) => io.err(`serve: cannot reload the store: ${err instanceof Error ? err.message : String(err)}\n`))
      .finally(() => {
        reloading = false;
      });
  }, (options.refreshSeconds ?? 10) * 1000);
  timer.unref();
  // POST /api/documents: analysed on this thread, stored through a second, writable connection,
  // one at a time (each refreshes the corpus, then the view, so the answer names the story).
  let writer: Store | null = null;
  let stages: Stage[] | null = null;
  let ingesting: Promise<unknown> = Promise.resolve();
  let fetcher: Fetcher | null = null;
  const ingestOne = async (sub: Submission): Promise<IngestResult> => {
    const declared: RawDoc['declared'] = {};
    if (sub.title) declared.title = sub.title;
    if (sub.url) declared.url = sub.url;
    if (sub.published) declared.published = sub.published;
    if (sub.lang) declared.lang = sub.lang;
    let raw: RawDoc = { source: sub.url ?? 'POST /api/documents', format: sub.html !== undefined ? 'html' : 'text', raw: sub.html ?? sub.text ?? '', declared };
    if (sub.text === undefined && sub.html === undefined && sub.url !== undefined) {
      const fetched = await fetchOne(sub.url, (fetcher ??= new Fetcher(options.fetch)));
      if (!fetched.ok) return fetched;
      // The address after redirects is the page's; what else the poster declared goes with it.
      const { url: _asked, ...given } = declared;
      raw = { ...fetched.doc, declared: { ...fetched.doc.declared, ...given } };
    }
    const id = contentId(raw.raw);
    writer ??= await openStore({ path: options.store });
    let stored = false;
    if (!(await writer.hasDocument(id))) {
      const result = analyzeRaw(raw, (stages ??= createStages()), { id });
      if (!result.ok) return { ok: false, status: 422, error: `not stored: ${result.reason}` };
      await writer.putDocument(result.doc);
      stored = true;
    }
    if (await refreshCorpus(writer)) {
      view = await loadView(store);
      seen = await fingerprint();
    }
    const event = view.reportedIn.get(id)?.[0] ?? null;
    return { ok: true, id, stored, event, storyline: event ? (view.storylineOf.get(event) ?? null) : null };
  };
  const ingest = (sub: Submission): Promise<IngestResult> => {
    const next = ingesting.then(() => ingestOne(sub));
    ingesting = next.catch(() => undefined);
    return next;
  };
  const engine = isPostgresUrl(options.store) ? postgresEngine(options.store) : undefined;
  const app = createApp(() => view, {
    ...(options.token ? { token: options.token } : {}),
    ...(engine ? { engine } : {}),
    ...(options.readOnly ? {} : { ingest }),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (err: unknown) => {
    clearInterval(timer);
    await engine?.close();
    await store.close();
    throw new CliError(`cannot listen on ${options.host}:${options.port}: ${err instanceof Error ? err.message : String(err)}`, 1);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: async () => {
      clearInterval(timer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await ingesting;
      await writer?.close();
      await engine?.close();
      await store.close();
    },
  };
}

/**
 * `dossier serve`: runs the API until interrupted (Ctrl-C), then closes the store.
 */
export async function runServe(options: ServeOptions, io: Io): Promise<number> {
  const server = await startServer(options, io);
  io.out(`Dossier on ${server.url}: open it in a browser for the timeline; the JSON API is under /api (described at /openapi.json). Ctrl-C stops it\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
