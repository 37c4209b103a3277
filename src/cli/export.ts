import { existsSync } from 'node:fs';
import { openStore } from '../store/open.js';
import { isPostgresUrl } from '../store/postgres.js';
import { buildExport } from '../store/export.js';
import { CliError, type Io } from './io.js';

export const EXPORT_FORMATS = ['json'] as const;

/**
 * `dossier export --store FILE --format json`: prints the export contract as one JSON object.
 *
 * @example
 * ```ts
 * await runExport({ store: 'dossier.db', format: 'json' }, processIo());
 * ```
 */
export async function runExport(options: { store: string; format: string; pretty?: boolean }, io: Io): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new CliError(`unknown format '${options.format}' (choose one of: ${EXPORT_FORMATS.join(', ')})`, 2);
  }
  const store = await openExistingStore(options.store);
  try {
    const json = await buildExport(store);
    io.out(`${JSON.stringify(json, null, options.pretty ? 2 : undefined)}\n`);
  } finally {
    await store.close();
  }
  return 0;
}

/**
 * Opens a store that must already exist, with a hint when it does not.
 *
 * @example
 * ```ts
 * const store = await openExistingStore('dossier.db');
 * ```
 */
export async function openExistingStore(path: string): ReturnType<typeof openStore> {
  if (!isPostgresUrl(path) && !existsSync(path)) {
    throw new CliError(`no store at ${path} (run 'dossier analyze PATH --store ${path}' first)`, 2);
  }
  return openStore({ path, readonly: true });
}
