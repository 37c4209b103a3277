/**
 * Scores the author reader on pages annotated by hand (`test/authors.annotated.json`): each set of the
 * annotation file names pages of `../shared` by file stem and the people each credits. Dossier reads a
 * page as `dossier analyze` does (the file reader, then the cleaner), with the page's URL where its set
 * gives one, and a predicted name counts when it equals an annotated one (case, spacing and Unicode form
 * aside). Precision comes first: the issue asks for no "Hours Ago", no publisher, no photo credit.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../read/read.js';
import { clean } from './clean.js';
import { readPubdateGold } from './extraction-eval.js';
import { pickSubset, type Subset } from '../eval/subset.js';

/** The annotation file: sets (named as below) of file stem → the people the page credits. */
export type AuthorAnnotations = Record<string, Record<string, string[]> | string>;

/** Where each annotated set's pages live under `../shared`, and where their URLs are written. */
const SETS: Readonly<Record<string, { file: (stem: string) => string; urls?: (shared: string) => Promise<Map<string, string>> }>> = {
  'article-extraction-dev': {
    file: (stem) => `eval/article-extraction-dev/html/${stem}.html.gz`,
    urls: async (shared) => {
      const truth = JSON.parse(await readFile(join(shared, 'eval/article-extraction-dev/ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
      return new Map(Object.entries(truth).flatMap(([k, v]) => (v.url ? [[k, v.url] as [string, string]] : [])));
    },
  },
  'pubdate-dev': {
    file: (stem) => `eval/pubdate-dev/html/${stem}.html`,
    urls: async (shared) =>
      new Map((await readPubdateGold(join(shared, 'eval/pubdate-dev'))).map((g) => [g.file.replace(/^html\//, '').replace(/\.html$/, ''), g.url])),
  },
  seeds: { file: (stem) => `seeds/${stem}.txt` },
};

/** Precision, recall and F1 of authors over a set of annotated pages, with the pages that went wrong. */
export interface AuthorScore {
  pages: number;
  predicted: number;
  annotated: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  misses: { page: string; annotated: string[]; got: string[] }[];
}

/** A name as compared: Unicode NFC, one space between words, lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Precision, recall and F1 of predicted against annotated names, page by page.
 *
 * @example
 * ```ts
 * scorePages([{ page: 'a', annotated: ['Jane Roe'], got: ['JANE ROE', 'CNN Business'] }]).precision; // 0.5
 * ```
 */
export function scorePages(pages: readonly { page: string; annotated: string[]; got: string[] }[]): AuthorScore {
  let predicted = 0;
  let annotated = 0;
  let correct = 0;
  const misses: AuthorScore['misses'] = [];
  for (const p of pages) {
    const gold = new Set(p.annotated.map(nameKey));
    const got = new Set(p.got.map(nameKey));
    const hit = [...got].filter((g) => gold.has(g)).length;
    predicted += got.size;
    annotated += gold.size;
    correct += hit;
    if (hit !== got.size || hit !== gold.size) misses.push(p);
  }
  const precision = predicted ? correct / predicted : 1;
  const recall = annotated ? correct / annotated : 1;
  return { pages: pages.length, predicted, annotated, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, misses };
}

/** The authors Dossier reads from one file, as `dossier analyze` reads it (with the URL when known). */
async function authorsOf(path: string, url: string | undefined): Promise<string[]> {
  for await (const r of readInputs([path])) {
    if (!r.ok) throw new Error(`${path}: ${r.reason}`);
    const declared = url ? { ...r.doc.declared, url } : r.doc.declared;
    return clean({ ...r.doc, declared }).authors ?? [];
  }
  return [];
}

/**
 * Scores every annotated set whose pages are present under `shared` (absent sets are left out), on
 * all its pages or on a subset of them.
 *
 * @example
 * ```ts
 * const s = await scoreAuthors('../shared', JSON.parse(readFileSync('test/authors.annotated.json', 'utf8')));
 * s['pubdate-dev']?.precision; // the held-back pages
 * ```
 */
export async function scoreAuthors(shared: string, annotations: AuthorAnnotations, subset?: Subset): Promise<Record<string, AuthorScore>> {
  const out: Record<string, AuthorScore> = {};
  for (const [name, pages] of Object.entries(annotations)) {
    const set = SETS[name];
    if (typeof pages === 'string') continue;
    if (!set) throw new Error(`authors: unknown annotated set '${name}' (known: ${Object.keys(SETS).join(', ')})`);
    const stems = Object.keys(pages).sort();
    if (!stems.length || !existsSync(join(shared, set.file(stems[0] as string)))) continue;
    const urls = set.urls ? await set.urls(shared) : new Map<string, string>();
    const scored = [];
    for (const stem of pickSubset(stems, subset)) {
      scored.push({ page: stem, annotated: pages[stem] ?? [], got: await authorsOf(join(shared, set.file(stem)), urls.get(stem)) });
    }
    out[name] = scorePages(scored);
  }
  return out;
}
