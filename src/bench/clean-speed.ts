/**
 * How many HTML pages per second Dossier's cleaner reads and cleans (article text, title, dates,
 * publisher, authors, offsets), next to plain Mozilla Readability on linkedom (parse and pick the
 * article, nothing else) on the same pages in the same process: the article-extraction development
 * pages (`html/*.html.gz`), held in memory so reading files is not timed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { clean } from '../clean/clean.js';

/** Pages per second of each method over the same pages. */
export interface CleanSpeed {
  pages: number;
  /** Megabytes of HTML (UTF-8) cleaned per round. */
  mb: number;
  rounds: number;
  dossier: { seconds: number; pagesPerS: number };
  readability: { seconds: number; pagesPerS: number };
}

function plainReadability(html: string): void {
  const { document } = parseHTML(html);
  try {
    new Readability(document as never).parse();
  } catch {
    // A page Readability cannot parse still counts: Dossier's cleaner handles the same failure.
  }
}

function timeRounds(pages: readonly string[], rounds: number, run: (html: string) => void): { seconds: number; pagesPerS: number } {
  for (const html of pages.slice(0, 3)) run(html); // warm-up: the first calls compile the code
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const html of pages) run(html);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, pagesPerS: seconds > 0 ? (pages.length * rounds) / seconds : 0 };
}

/**
 * Times Dossier's cleaner and plain Readability on the pages of an article-extraction set, or
 * returns null when the set is absent. `limit` takes the first pages only (in sorted order).
 *
 * @example
 * ```ts
 * const s = cleanSpeed('../shared/eval/article-extraction-dev', { limit: 5 });
 * s?.dossier.pagesPerS; // e.g. 9.1
 * s?.readability.pagesPerS; // e.g. 21.4
 * ```
 */
export function cleanSpeed(dir: string, options: { limit?: number; rounds?: number } = {}): CleanSpeed | null {
  const htmlDir = join(dir, 'html');
  if (!existsSync(htmlDir)) return null;
  const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, options.limit);
  if (!files.length) return null;
  const pages = files.map((f) => gunzipSync(readFileSync(join(htmlDir, f))).toString('utf8'));
  const rounds = Math.max(1, options.rounds ?? 1);
  const dossier = timeRounds(pages, rounds, (raw) => void clean({ source: 'page.html', format: 'html', raw, declared: {} }));
  const readability = timeRounds(pages, rounds, plainReadability);
  return { pages: pages.length, mb: pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6, rounds, dossier, readability };
}

/**
 * The bench's lines for {@link cleanSpeed} (`key<TAB>value`), or a line saying why it was skipped.
 *
 * @example
 * ```ts
 * process.stdout.write(cleanSpeedLines('../shared/eval/article-extraction-dev'));
 * // html_pages_per_s.dossier  9.10 ... html_pages_per_s.readability  21.40 ...
 * ```
 */
export function cleanSpeedLines(dir: string, options: { limit?: number; rounds?: number } = {}): string {
  const s = cleanSpeed(dir, options);
  if (!s) return `html_pages_per_s\tskipped: no article-extraction pages in ${dir}\n`;
  const about = `(${s.pages} development pages, ${s.mb.toFixed(1)} MB, ${s.rounds} round${s.rounds === 1 ? '' : 's'})`;
  return (
    `html_pages_per_s.dossier\t${s.dossier.pagesPerS.toFixed(2)}\t${about}\n` +
    `html_pages_per_s.readability\t${s.readability.pagesPerS.toFixed(2)}\t(plain Readability on linkedom, same pages)\n`
  );
}
