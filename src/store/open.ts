import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** Where the store lives when no `--store` is given. */
export const DEFAULT_STORE_PATH = './dossier.db';

/**
 * Opens the store named by `path`. Today every path is an embedded SQLite file; a
 * `postgres://` URL will select the PostgreSQL backend behind the same interface.
 *
 * @example
 * ```ts
 * const store = await openStore({ path: '/tmp/seeds.db' });
 * ```
 */
export async function openStore(options: { path?: string; readonly?: boolean } = {}): Promise<Store> {
  const path = options.path ?? DEFAULT_STORE_PATH;
  return openSqliteStore(path, { readonly: options.readonly ?? false });
}
