import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../serve/app.js';
import { loadView, type View } from '../serve/view.js';
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
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

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
  const app = createApp(() => view, options.token ? { token: options.token } : {});
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (err: unknown) => {
    clearInterval(timer);
    await store.close();
    throw new CliError(`cannot listen on ${options.host}:${options.port}: ${err instanceof Error ? err.message : String(err)}`, 1);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: async () => {
      clearInterval(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/**
 * `dossier serve`: runs the API until interrupted (Ctrl-C), then closes the store.
 */
export async function runServe(options: ServeOptions, io: Io): Promise<number> {
  const server = await startServer(options, io);
  io.out(`Dossier API on ${server.url} (GET /api/health, /api/events, /api/entities, /api/search?q=…, /openapi.json); Ctrl-C stops it\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
