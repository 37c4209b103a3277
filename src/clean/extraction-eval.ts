/**
 * Scores the HTML cleaner on the public evaluation sets in `../shared/eval/`:
 * article extraction (Zyte benchmark: token 4-gram shingles, P and R averaged over pages, F1 from
 * the averages) and publication dates (htmldate's test pages: accuracy of the day).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean } from './clean.js';
import { cleanHtml } from './html.js';
import { seededShuffle } from '../pipeline/random.js';
import { pickSubset, SAMPLE_SEED, type Subset } from '../eval/subset.js';

/** Precision, recall and F1 of article extraction over a number of pages. */
export interface ExtractionScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Accuracy of the publication day over a number of pages, and the misses for inspection. */
export interface PubdateScore {
  pages: number;
  correct: number;
  accuracy: number;
  misses: { file: string; gold: string | null; got: string | null; from: string }[];
  /** Pages and correct days by the kind of evidence that dated them (`none` when nothing did). */
  byEvidence: Record<string, { pages: number; correct: number }>;
  /** Accuracy on the two halves of the pages (a seeded split): rules are fitted on one and checked on the other. */
  halves: { fit: number; check: number };
}

/** Tokens as the benchmark defines them: runs of Unicode word characters. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of token n-grams (a text shorter than n gives one shorter shingle). */
function shingles(text: string, n = 4): Map<string, number> {
  const toks = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const s = toks.slice(i, i + n).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/**
 * Shingle precision and recall of a predicted text against the true one.
 *
 * @example
 * ```ts
 * shingleScore('a b c d e', 'a b c d e'); // { precision: 1, recall: 1 }
 * shingleScore('a b c d e', ''); // { precision: 0, recall: 0 }
 * ```
 */
export function shingleScore(truth: string, predicted: string): { precision: number; recall: number } {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, c] of p) {
    const tc = t.get(s) ?? 0;
    tp += Math.min(c, tc);
    fp += Math.max(0, c - tc);
  }
  for (const [s, c] of t) fn += Math.max(0, c - (p.get(s) ?? 0));
  const precision = tp + fp > 0 ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  return { precision, recall };
}

/**
 * Runs the HTML cleaner on the article-extraction set (`html/<sha>.html.gz` and
 * `ground-truth.json`), pages in sorted order, the subset only when given.
 *
 * @example
 * ```ts
 * const s = await scoreExtraction('../shared/eval/article-extraction-dev', { sample: 15, seed: 1 });
 * s.f1; // e.g. 0.95
 * ```
 */
export async function scoreExtraction(dir: string, subset?: Subset): Promise<ExtractionScore> {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = (await readdir(join(dir, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
  let p = 0;
  let r = 0;
  let pages = 0;
  for (const file of pickSubset(files, subset)) {
    const sha = file.replace(/\.html\.gz$/, '');
    const gold = truth[sha];
    if (!gold) continue;
    const html = gunzipSync(await readFile(join(dir, 'html', file))).toString('utf8');
    const declared = gold.url ? { url: gold.url } : {};
    const cleaned = clean({ source: file, format: 'html', raw: html, declared });
    const s = shingleScore(gold.articleBody ?? '', cleaned.text);
    p += s.precision;
    r += s.recall;
    pages++;
  }
  const precision = pages ? p / pages : 0;
  const recall = pages ? r / pages : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages, precision, recall, f1 };
}

/**
 * Runs the HTML cleaner on the publication-date set (`gold.jsonl` with `{url, file, date}`),
 * in the file's order, the subset only when given; the page URL is passed as declared
 * metadata, as a crawler would know it (unless `useUrl` is false). A page whose gold date is
 * missing (`NaN`) counts as correct when no date is found.
 *
 * @example
 * ```ts
 * const s = await scorePubdate('../shared/eval/pubdate-dev', { sample: 30, seed: 1 });
 * s.accuracy; // e.g. 0.8
 * ```
 */
export async function scorePubdate(dir: string, subset?: Subset, options: { useUrl?: boolean } = {}): Promise<PubdateScore> {
  const lines = (await readFile(join(dir, 'gold.jsonl'), 'utf8')).split('\n').filter((l) => l.trim());
  const useUrl = options.useUrl ?? true;
  let correct = 0;
  let pages = 0;
  const misses: PubdateScore['misses'] = [];
  const byEvidence: PubdateScore['byEvidence'] = {};
  const fitHalf = new Set(seededShuffle(lines.map((_, i) => i), SAMPLE_SEED).slice(0, Math.ceil(lines.length / 2)));
  const half = { fit: [0, 0], check: [0, 0] };
  for (const line of pickSubset(lines, subset)) {
    // Pages without a publication date are written `"date": NaN` (Python's json): expect none.
    const gold = JSON.parse(line.replace(/:\s*NaN\b/g, ': null')) as { url: string; file: string; date: string | null };
    const html = await readFile(join(dir, gold.file), 'utf8');
    const cleaned = cleanHtml({ source: gold.file, format: 'html', raw: html, declared: useUrl ? { url: gold.url } : {} });
    const got = cleaned.published?.slice(0, 10) ?? null;
    const from = cleaned.publishedFrom ?? 'none';
    const ok = got === gold.date;
    pages++;
    const e = (byEvidence[from] ??= { pages: 0, correct: 0 });
    e.pages++;
    const h = fitHalf.has(lines.indexOf(line)) ? half.fit : half.check;
    h[0] = (h[0] as number) + 1;
    if (ok) {
      correct++;
      e.correct++;
      h[1] = (h[1] as number) + 1;
    } else misses.push({ file: gold.file, gold: gold.date, got, from });
  }
  const rate = (h: number[]): number => ((h[0] as number) ? (h[1] as number) / (h[0] as number) : 0);
  return { pages, correct, accuracy: pages ? correct / pages : 0, misses, byEvidence, halves: { fit: rate(half.fit), check: rate(half.check) } };
}
