import { openSqliteStore } from './sqlite.js';
import { isPostgresUrl, openPostgresStore } from './postgres.js';
import type { Store } from './store.js';

/** Where the store lives when no `--store` is given. */
export const DEFAULT_STORE_PATH = './dossier.db';

/** The store location when none is given: `DOSSIER_DATABASE_URL` if set, else the embedded file. */
export function defaultStoreLocation(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOSSIER_DATABASE_URL?.trim() || DEFAULT_STORE_PATH;
}

/**
 * Opens the store named by `path`: a `postgres://` or `postgresql://` URL selects the PostgreSQL
 * backend, anything else is an embedded SQLite file. Both implement the same interface.
 *
 * @example
 * ```ts
 * const store = await openStore({ path: '/tmp/seeds.db' });
 * ```
 */
export async function openStore(options: { path?: string; readonly?: boolean } = {}): Promise<Store> {
  const path = options.path ?? defaultStoreLocation();
  const readonly = options.readonly ?? false;
  return isPostgresUrl(path) ? openPostgresStore(path, { readonly }) : openSqliteStore(path, { readonly });
}
