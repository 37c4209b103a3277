/**
 * Scores the quote stage on PolNeAR (brat standoff: `attributions/*.ann` beside `text/*.txt`) the way
 * `../shared/tools/score-quotes.mjs` scores an export: articles are analysed by the real stages
 * (cleaning, language, entities, quotes); a gold direct quotation (a Content span holding `"`, `“` or
 * `”`, one annotator's file per article, as `../shared/tools/dev-sets.py` builds the dev set) is
 * found when a predicted quote of its article shares at least half of its words and at least half of
 * the prediction's words are in it; it is attributed when, in addition, the predicted speaker (the
 * entity's names or the speaker's words) shares a word of three letters or more with a gold Source
 * that names someone. Reported speech is scored the same way against the Content spans without
 * quotation marks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readInputs } from '../read/read.js';
import { analyzeRaw } from '../pipeline/run.js';
import { createStages } from '../pipeline/stages.js';
import type { Doc, Quote } from '../pipeline/types.js';
import { pickSubset, type Subset } from './subset.js';

/** One gold attribution: the Content and Source texts. */
export interface GoldQuote {
  content: string;
  source: string;
}

/** Quote scores over a set of articles. */
export interface QuoteScores {
  articles: number;
  /** Gold direct quotations. */
  gold: number;
  /** Predicted quotations of every kind (what the shared scorer counts). */
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of gold direct quotations with a naming Source that are found with a matching speaker. */
  attribution: number;
  /** Precision over the predicted direct quotations only. */
  directPrecision: number;
  /** Reported speech against the gold Contents without quotation marks. */
  indirect: { gold: number; predicted: number; recall: number; precision: number; attribution: number };
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'his', 'her', 'their', 'our', 'the', 'this', 'that']);

/**
 * Whether a Source names someone (the shared scorer's rule): a capitalised word of three letters or
 * more that is not a pronoun.
 *
 * @example
 * ```ts
 * namesSomeone('Senator Warren'); // true
 * namesSomeone('he'); // false
 * ```
 */
export function namesSomeone(src: string): boolean {
  return (src.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => /^\p{Lu}/u.test(w) && w.length > 2 && !PRONOUNS.has(w.toLowerCase()));
}

/**
 * Whether a prediction matches a gold text: each holds at least half of the other's words.
 *
 * @example
 * ```ts
 * sameWords('We will win', '“We will win,”'); // true
 * ```
 */
export function sameWords(pred: string, gold: string): boolean {
  const gw = words(gold);
  const pw = words(pred);
  let c = 0;
  for (const w of gw) if (pw.has(w)) c++;
  return gw.size > 0 && c / gw.size >= 0.5 && c / Math.max(1, pw.size) >= 0.5;
}

/**
 * Every attribution of the articles of a PolNeAR split folder, one annotator's file per article (the
 * first in name order), by article name.
 *
 * @example
 * ```ts
 * polnearAttributions('../shared/eval/attribution-dev/dev').size; // 84
 * ```
 */
export function polnearAttributions(dir: string): Map<string, GoldQuote[]> {
  const out = new Map<string, GoldQuote[]>();
  for (const f of readdirSync(path.join(dir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const art = f.replace(/_[0-9a-f]{4}\.ann$/u, '');
    if (out.has(art) || !existsSync(path.join(dir, 'text', `${art}.txt`))) continue;
    const spans = new Map<string, string>();
    const rels: Array<Map<string, string>> = [];
    for (const line of readFileSync(path.join(dir, 'attributions', f), 'utf8').split('\n')) {
      const p = line.split('\t');
      if (p[0]?.startsWith('T')) spans.set(p[0], p[2] ?? '');
      else if (p[0]?.startsWith('E')) rels.push(new Map((p[1] ?? '').split(' ').slice(1).map((x) => x.split(':', 2) as [string, string])));
    }
    out.set(art, rels.map((r) => ({ content: spans.get(r.get('Content') ?? '') ?? '', source: spans.get(r.get('Source') ?? '') ?? '' })));
  }
  return out;
}

/**
 * Whether a gold Content is a direct quotation as the dev set counts it (a `"`, `“` or `”` in it).
 *
 * @example
 * ```ts
 * isDirectContent('he called it “a con”'); // true
 * ```
 */
export function isDirectContent(content: string): boolean {
  return /["“”]/u.test(content);
}

/**
 * The analysed documents of some PolNeAR articles, by article name (every stage but events).
 *
 * @example
 * ```ts
 * const docs = await analysePolnear(dir, ['breitbart_2016-09-12_…']);
 * ```
 */
export async function analysePolnear(dir: string, articles: readonly string[]): Promise<Map<string, Doc>> {
  const stages = createStages().filter((s) => s.id !== 'events');
  const out = new Map<string, Doc>();
  for await (const r of readInputs(articles.map((a) => path.join(dir, 'text', `${a}.txt`)))) {
    if (!r.ok) continue;
    const a = analyzeRaw(r.doc, stages, { today: '2016-11-08' });
    if (a.ok) out.set(path.basename(r.doc.source).replace(/\.txt$/u, ''), a.doc);
  }
  return out;
}

interface Tally {
  gold: number;
  found: number;
  named: number;
  attributed: number;
  predicted: number;
  hit: number;
}

function tally(doc: Doc, gold: readonly GoldQuote[], preds: readonly Quote[], t: Tally): void {
  const used = new Set<Quote>();
  const speakerWords = (q: Quote): Set<string> => {
    const e = q.speaker === null ? undefined : doc.entities[q.speaker];
    return words(`${e?.name ?? ''} ${(e?.aliases ?? []).join(' ')} ${q.speakerSpan?.text ?? ''}`);
  };
  for (const g of gold) {
    t.gold++;
    const named = namesSomeone(g.source);
    if (named) t.named++;
    const hit = preds.find((p) => sameWords(p.text, g.content));
    if (hit === undefined) continue;
    t.found++;
    used.add(hit);
    if (named) {
      const pw = speakerWords(hit);
      if ([...words(g.source)].some((w) => w.length > 2 && pw.has(w))) t.attributed++;
    }
  }
  t.predicted += preds.length;
  t.hit += used.size;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/**
 * Direct-quote recall, precision and attribution on the articles of a PolNeAR split (a subset when
 * given, or the named `articles`), plus reported speech against the indirect relations. `analysed`
 * reuses documents {@link analysePolnear} already made.
 *
 * @example
 * ```ts
 * const s = await scoreQuotes('../shared/eval/attribution-dev/dev', { sample: 10, seed: 1 });
 * s.recall; // e.g. 0.9
 * ```
 */
export async function scoreQuotes(dir: string, subset?: Subset, articles?: ReadonlySet<string>,
  analysed?: ReadonlyMap<string, Doc>): Promise<QuoteScores> {
  const all = polnearAttributions(dir);
  const chosen = pickSubset([...all.keys()], subset).filter((a) => articles === undefined || articles.has(a));
  const docs = analysed ?? await analysePolnear(dir, chosen);
  const direct: Tally = { gold: 0, found: 0, named: 0, attributed: 0, predicted: 0, hit: 0 };
  const onlyDirect: Tally = { ...direct };
  const indirect: Tally = { ...direct };
  let scored = 0;
  for (const art of chosen) {
    const doc = docs.get(art);
    if (doc === undefined) continue;
    scored++;
    const gold = all.get(art) ?? [];
    tally(doc, gold.filter((g) => isDirectContent(g.content)), doc.quotes, direct);
    tally(doc, gold.filter((g) => isDirectContent(g.content)), doc.quotes.filter((q) => q.kind === 'direct'), onlyDirect);
    tally(doc, gold.filter((g) => !isDirectContent(g.content) && g.content.trim() !== ''), doc.quotes.filter((q) => q.kind === 'reported'), indirect);
  }
  const precision = ratio(direct.hit, direct.predicted);
  const recall = ratio(direct.found, direct.gold);
  return {
    articles: scored, gold: direct.gold, predicted: direct.predicted, precision, recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    attribution: ratio(direct.attributed, direct.named),
    directPrecision: ratio(onlyDirect.hit, onlyDirect.predicted),
    indirect: { gold: indirect.gold, predicted: indirect.predicted, recall: ratio(indirect.found, indirect.gold),
      precision: ratio(indirect.hit, indirect.predicted), attribution: ratio(indirect.attributed, indirect.named) },
  };
}
