/**
 * Scores the HTML cleaner on the public evaluation sets in `../shared/eval/`:
 * article extraction (Zyte benchmark: token 4-gram shingles, P and R averaged over pages, F1 from
 * the averages) and publication dates (htmldate's test pages: accuracy of the day).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { clean } from './clean.js';
import { cleanHtml } from './html.js';
import { seededShuffle } from '../pipeline/random.js';
import { pickSubset, SAMPLE_SEED, type Subset } from '../eval/subset.js';

/** Precision, recall and F1 of article extraction over a number of pages. */
export interface PRF {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One page of the extraction set, scored for Dossier and for plain Readability. */
export interface ExtractionPage {
  file: string;
  /** Which seeded half the page falls in: rules are fitted on `fit` and checked on `check`. */
  half: 'fit' | 'check';
  ours: { precision: number; recall: number };
  readability: { precision: number; recall: number };
  /** The page's kind on each axis of {@link ExtractionScore.byKind} (`length`, `script`, `kept`, `post`). */
  kinds: Record<string, string>;
}

/**
 * Article extraction scored for Dossier's cleaner and, on the same pages in the same run, for plain
 * Mozilla Readability (the `textContent` of its parse on linkedom's DOM), overall, on the two seeded
 * halves and by page kind, with the milliseconds each takes per page.
 */
export interface ExtractionScore extends PRF {
  readability: PRF;
  halves: { fit: { ours: PRF; readability: PRF }; check: { ours: PRF; readability: PRF } };
  /** `axis:kind` (e.g. `script:cyrillic`) to both methods' scores on the pages of that kind. */
  byKind: Record<string, { ours: PRF; readability: PRF }>;
  msPerPage: { ours: number; readability: number };
  detail: ExtractionPage[];
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

/** Averages per-page precision and recall; F1 from the averages, as the benchmark defines it. */
function prf(scores: readonly { precision: number; recall: number }[]): PRF {
  const pages = scores.length;
  const precision = pages ? scores.reduce((a, s) => a + s.precision, 0) / pages : 0;
  const recall = pages ? scores.reduce((a, s) => a + s.recall, 0) / pages : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages, precision, recall, f1 };
}

/** The script most of a text's letters are in: latin, cyrillic, cjk (Han, kana, Hangul) or other. */
export function dominantScript(text: string): string {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const counts: [string, number][] = [
    ['latin', count(/\p{Script=Latin}/gu)],
    ['cyrillic', count(/\p{Script=Cyrillic}/gu)],
    ['cjk', count(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)],
  ];
  const letters = count(/\p{L}/gu);
  const [name, n] = counts.sort((a, b) => b[1] - a[1])[0] as [string, number];
  return letters && n * 2 >= letters ? name : 'other';
}

/** Plain Mozilla Readability on linkedom: the `textContent` of its parse ('' when it finds nothing). */
function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as never).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/** Tokens of the page's visible text (scripts and styles left out). */
function pageTokens(html: string): number {
  const { document } = parseHTML(html) as unknown as { document: { body?: { textContent: string | null } | null; querySelectorAll(s: string): ArrayLike<{ remove(): void }> } };
  const hidden = document.querySelectorAll('script, style, noscript, template');
  for (let i = 0; i < hidden.length; i++) hidden[i]?.remove();
  return tokens(document.body?.textContent ?? '').length;
}

/** A share as a coarse bucket for the per-kind table. */
function bucket(x: number, edges: readonly [number, string][], last: string): string {
  for (const [edge, name] of edges) if (x < edge) return name;
  return last;
}

/**
 * Runs the HTML cleaner and plain Readability on the article-extraction set (`html/<sha>.html.gz`
 * and `ground-truth.json`), pages in sorted order, the subset only when given. Each page is also
 * put in a seeded half (the same split with or without a subset) and given its kinds: `length`
 * (gold body tokens), `script` (of the gold body), `kept` (share of the page's tokens Readability
 * keeps) and `post` (whether Dossier's paragraphs hold fewer, the same or more tokens than
 * Readability's text).
 *
 * @example
 * ```ts
 * const s = await scoreExtraction('../shared/eval/article-extraction-dev', { sample: 15, seed: 1 });
 * s.f1; // e.g. 0.95
 * s.readability.f1; // plain Readability on the same pages
 * ```
 */
export async function scoreExtraction(dir: string, subset?: Subset): Promise<ExtractionScore> {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = (await readdir(join(dir, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
  const fitHalf = new Set(seededShuffle(files, SAMPLE_SEED).slice(0, Math.ceil(files.length / 2)));
  const detail: ExtractionPage[] = [];
  let msOurs = 0;
  let msReadability = 0;
  for (const file of pickSubset(files, subset)) {
    const sha = file.replace(/\.html\.gz$/, '');
    const gold = truth[sha];
    if (!gold) continue;
    const html = gunzipSync(await readFile(join(dir, 'html', file))).toString('utf8');
    const declared = gold.url ? { url: gold.url } : {};
    let t0 = performance.now();
    const cleaned = clean({ source: file, format: 'html', raw: html, declared });
    msOurs += performance.now() - t0;
    t0 = performance.now();
    const plain = plainReadability(html);
    msReadability += performance.now() - t0;
    const goldText = gold.articleBody ?? '';
    const nGold = tokens(goldText).length;
    const nOurs = tokens(cleaned.text).length;
    const nPlain = tokens(plain).length;
    const nPage = pageTokens(html);
    const diff = nPlain ? (nOurs - nPlain) / nPlain : nOurs ? 1 : 0;
    detail.push({
      file,
      half: fitHalf.has(file) ? 'fit' : 'check',
      ours: shingleScore(goldText, cleaned.text),
      readability: shingleScore(goldText, plain),
      kinds: {
        length: bucket(nGold, [[300, 'short (<300 tokens)'], [800, 'medium (300-800)']], 'long (>=800)'),
        script: dominantScript(goldText),
        kept: bucket(nPage ? nPlain / nPage : 0, [[0.25, 'under 25% of page'], [0.5, '25-50% of page']], 'over 50% of page'),
        post: diff < -0.02 ? 'ours fewer tokens' : diff > 0.02 ? 'ours more tokens' : 'same tokens',
      },
    });
  }
  const both = (pages: ExtractionPage[]): { ours: PRF; readability: PRF } => ({
    ours: prf(pages.map((p) => p.ours)),
    readability: prf(pages.map((p) => p.readability)),
  });
  const byKind: ExtractionScore['byKind'] = {};
  const axes = [...new Set(detail.flatMap((p) => Object.keys(p.kinds)))];
  for (const axis of axes) {
    for (const kind of [...new Set(detail.map((p) => p.kinds[axis] as string))].sort()) {
      byKind[`${axis}:${kind}`] = both(detail.filter((p) => p.kinds[axis] === kind));
    }
  }
  const all = both(detail);
  return {
    ...all.ours,
    readability: all.readability,
    halves: { fit: both(detail.filter((p) => p.half === 'fit')), check: both(detail.filter((p) => p.half === 'check')) },
    byKind,
    msPerPage: { ours: detail.length ? msOurs / detail.length : 0, readability: detail.length ? msReadability / detail.length : 0 },
    detail,
  };
}

/**
 * The extraction scores as a table, Dossier and plain Readability side by side: every page, the
 * two seeded halves, then each page kind; P, R and F1 for both, and ms per page on the first line.
 *
 * @example
 * ```ts
 * process.stdout.write(extractionTable(await scoreExtraction('../shared/eval/article-extraction-dev')));
 * // pages  dossier P  R  F1 | readability P  R  F1   (then one line per half and per kind)
 * ```
 */
export function extractionTable(s: ExtractionScore): string {
  const rows: [string, { ours: PRF; readability: PRF }][] = [
    ['all pages', { ours: s, readability: s.readability }],
    ['fit half', s.halves.fit],
    ['check half', s.halves.check],
    ...Object.entries(s.byKind),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const f = (x: number): string => x.toFixed(4);
  const head = `${''.padEnd(width)}  pages   dossier P      R     F1   readability P      R     F1\n`;
  const lines = rows.map(([name, r]) =>
    `${name.padEnd(width)}  ${String(r.ours.pages).padStart(5)}   ${f(r.ours.precision).padStart(9)} ${f(r.ours.recall)} ${f(r.ours.f1)}   ${f(r.readability.precision).padStart(13)} ${f(r.readability.recall)} ${f(r.readability.f1)}${r.ours.f1 < r.readability.f1 ? '  <' : ''}\n`);
  const ms = `ms per page: dossier ${s.msPerPage.ours.toFixed(1)}, readability ${s.msPerPage.readability.toFixed(1)} (\`<\`: Dossier below Readability)\n`;
  return head + lines.join('') + ms;
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
/** One page of the publication-date set: its URL, its file (relative to the set) and the gold day. */
export interface PubdateGold {
  url: string;
  file: string;
  date: string | null;
}

/**
 * The publication-date set's `gold.jsonl`, a page a line. Pages without a publication date are
 * written `"date": NaN` (Python's json): read as null.
 */
export async function readPubdateGold(dir: string): Promise<PubdateGold[]> {
  return (await readFile(join(dir, 'gold.jsonl'), 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l.replace(/:\s*NaN\b/g, ': null')) as PubdateGold);
}

export async function scorePubdate(dir: string, subset?: Subset, options: { useUrl?: boolean } = {}): Promise<PubdateScore> {
  const pagesGold = await readPubdateGold(dir);
  const useUrl = options.useUrl ?? true;
  let correct = 0;
  let pages = 0;
  const misses: PubdateScore['misses'] = [];
  const byEvidence: PubdateScore['byEvidence'] = {};
  const fitHalf = new Set(seededShuffle(pagesGold.map((_, i) => i), SAMPLE_SEED).slice(0, Math.ceil(pagesGold.length / 2)));
  const half = { fit: [0, 0], check: [0, 0] };
  for (const gold of pickSubset(pagesGold, subset)) {
    const html = await readFile(join(dir, gold.file), 'utf8');
    const cleaned = cleanHtml({ source: gold.file, format: 'html', raw: html, declared: useUrl ? { url: gold.url } : {} });
    const got = cleaned.published?.slice(0, 10) ?? null;
    const from = cleaned.publishedFrom ?? 'none';
    const ok = got === gold.date;
    pages++;
    const e = (byEvidence[from] ??= { pages: 0, correct: 0 });
    e.pages++;
    const h = fitHalf.has(pagesGold.indexOf(gold)) ? half.fit : half.check;
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
