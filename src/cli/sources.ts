/**
 * What `dossier analyze` reads: files and folders, URLs given on the command line, and the URLs
 * listed in a `--urls FILE` (one a line; blank lines and `#` comments skipped), in that order.
 */
import { readFile } from 'node:fs/promises';
import { readInputs, type ReadResult } from '../read/read.js';
import { Fetcher } from '../read/fetch.js';
import { isUrl, readUrls } from '../read/urls.js';

export interface SourceOptions {
  maxBytes?: number;
  /** A file listing URLs to fetch, one a line. */
  urlsFile?: string;
  fetcher?: Fetcher;
}

/**
 * The URLs a `--urls` file lists.
 *
 * @example
 * ```ts
 * urlLines('https://a.example/1\n# a comment\n\nhttps://a.example/2\n'); // ['https://a.example/1', 'https://a.example/2']
 * ```
 */
export function urlLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Every input of a run, read in order; one bad input is one failed result and the walk goes on.
 *
 * @example
 * ```ts
 * for await (const r of readSources(['examples/', 'https://example.org/a.html'])) console.log(r.ok);
 * ```
 */
export async function* readSources(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes;
  let fetcher = options.fetcher;
  const web = (): Fetcher => (fetcher ??= new Fetcher(maxBytes ? { maxBytes } : {}));
  for (const p of paths) {
    if (isUrl(p)) yield* readUrls([p], { fetcher: web() });
    else yield* readInputs([p], maxBytes ? { maxBytes } : {});
  }
  if (options.urlsFile !== undefined) {
    let text: string;
    try {
      text = await readFile(options.urlsFile, 'utf8');
    } catch (err) {
      yield { ok: false, source: options.urlsFile, reason: `cannot read the URL list: ${(err as Error).message}` };
      return;
    }
    yield* readUrls(urlLines(text), { fetcher: web() });
  }
}
