/**
 * Files shipped beside a module (tagger weights, word clusters, gazetteers), each read and parsed once
 * per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A loader that parses the file at a URL on first use and answers the same value after; `absent()`
 * stands in for a file that is not there.
 *
 * @example
 * ```ts
 * const loadWords = shippedLoader((text) => text.split('\n'), () => []);
 * loadWords(new URL('./words.txt', import.meta.url)).length;
 * ```
 */
export function shippedLoader<T>(parse: (text: string) => T, absent: () => T): (url: URL) => T {
  const loaded = new Map<string, T>();
  return (url) => {
    if (loaded.has(url.href)) return loaded.get(url.href) as T;
    const file = fileURLToPath(url);
    const value = existsSync(file) ? parse(readFileSync(file, 'utf8')) : absent();
    loaded.set(url.href, value);
    return value;
  };
}
