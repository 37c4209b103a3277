/**
 * Scores the quote stage on PolNeAR (brat standoff: `attributions/*.ann` beside `text/*.txt`).
 * Gold direct quotes are the Content spans that contain a quotation mark; a predicted direct
 * quote matches one when their spans overlap. Attribution is right when the quote is found and the
 * predicted speaker span overlaps the gold Source span. Speakers come from a naive capitalised-name
 * mention finder, since the real entity stage is not part of this measure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testDoc } from '../pipeline/doc.js';
import type { EntityMention, LocalEntity } from '../pipeline/types.js';
import { extractQuotes } from '../stages/quotes/quotes.js';
import { pickSubset, type Subset } from './subset.js';

/** Direct-quote scores over a set of articles. */
export interface QuoteScores {
  articles: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of gold direct quotes found with a speaker span overlapping the gold Source. */
  attribution: number;
}

interface Range {
  start: number;
  end: number;
}

const COMMON = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'This',
  'That', 'These', 'Those', 'His', 'Her', 'Their', 'Our', 'My', 'If', 'When', 'While', 'As', 'After', 'Before', 'For',
  'So', 'Yet', 'Or', 'Mr', 'Mrs', 'Ms', 'Dr', 'There', 'What', 'Who', 'Why', 'How', 'Some', 'Many', 'More', 'Most']);

/**
 * Naive mentions: runs of capitalised words (minus sentence-initial function words), one entity per
 * surname, typed person. Good enough to score attribution spans; not an entity recogniser.
 *
 * @example
 * ```ts
 * naiveNameMentions('Ann Lee spoke. Lee left.').mentions.map((m) => m.text); // ['Ann Lee', 'Lee']
 * ```
 */
export function naiveNameMentions(text: string): { mentions: EntityMention[]; entities: LocalEntity[] } {
  const mentions: EntityMention[] = [];
  const entities: LocalEntity[] = [];
  const bySurname = new Map<string, number>();
  const re = /\b\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]*)*/gu;
  for (const m of text.matchAll(re)) {
    const words = [...m[0].matchAll(/\S+/gu)];
    let k = 0;
    while (k < words.length && COMMON.has(words[k]?.[0].replace(/[.]$/u, '') ?? '')) k++;
    const first = words[k];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) continue;
    const startAt = m.index + first.index;
    const name = text.slice(startAt, m.index + last.index + last[0].length);
    const surname = last[0];
    let entity = bySurname.get(surname);
    if (entity === undefined) {
      entity = entities.length;
      bySurname.set(surname, entity);
      entities.push({ name, type: 'person', aliases: [name], roles: [] });
    }
    mentions.push({ start: startAt, end: startAt + name.length, text: name, type: 'person', entity, source: 'eval', rule: 'capitalised' });
  }
  return { mentions, entities };
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Gold direct quotes of one `.ann` file with their Source spans. */
function goldQuotes(ann: string, text: string): Array<{ content: Range; source: Range | null }> {
  const spans = new Map<string, { type: string; range: Range }>();
  const out: Array<{ content: Range; source: Range | null }> = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (id === undefined || body === undefined || !id.startsWith('T')) continue;
    const [type, ...rest] = body.split(' ');
    const segs = rest.join(' ').split(';').map((s) => s.trim().split(/\s+/u).map(Number));
    const start = segs[0]?.[0];
    const end = segs[segs.length - 1]?.[1];
    if (type !== undefined && start !== undefined && end !== undefined) spans.set(id, { type, range: { start, end } });
  }
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (id === undefined || body === undefined || !id.startsWith('E')) continue;
    const args = new Map(body.split(' ').map((a) => a.split(':') as [string, string]));
    const content = spans.get(args.get('Content') ?? '');
    if (content === undefined) continue;
    if (!/["“”]/u.test(text.slice(content.range.start, content.range.end))) continue;
    out.push({ content: content.range, source: spans.get(args.get('Source') ?? '')?.range ?? null });
  }
  return out;
}

/**
 * Direct-quote P/R/F1 and attribution accuracy on the articles of a PolNeAR split (a subset when given)
 * (one annotator's file per article).
 *
 * @example
 * ```ts
 * const s = scoreQuotes('../shared/eval/attribution-dev/dev', { sample: 10, seed: 1 });
 * s.f1; // e.g. 0.8
 * ```
 */
export function scoreQuotes(dir: string, subset?: Subset): QuoteScores {
  const annDir = path.join(dir, 'attributions');
  const seen = new Set<string>();
  // One annotator's file per article (the first in name order), then the subset of those articles.
  const perArticle = new Map<string, string>();
  for (const file of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const base = file.replace(/_[0-9a-f]{4}\.ann$/u, '');
    if (!perArticle.has(base) && existsSync(path.join(dir, 'text', `${base}.txt`))) perArticle.set(base, file);
  }
  let gold = 0;
  let predicted = 0;
  let tpPred = 0;
  let tpGold = 0;
  let attributed = 0;
  for (const [base, file] of pickSubset([...perArticle], subset)) {
    const textPath = path.join(dir, 'text', `${base}.txt`);
    seen.add(base);
    const text = readFileSync(textPath, 'utf8');
    const g = goldQuotes(readFileSync(path.join(annDir, file), 'utf8'), text);
    const { mentions, entities } = naiveNameMentions(text);
    const pred = extractQuotes(testDoc(text, { lang: 'en', mentions, entities })).filter((q) => q.kind === 'direct');
    gold += g.length;
    predicted += pred.length;
    tpPred += pred.filter((p) => g.some((x) => overlaps(p, x.content))).length;
    for (const x of g) {
      const hits = pred.filter((p) => overlaps(p, x.content));
      if (hits.length > 0) tpGold++;
      if (x.source !== null && hits.some((p) => p.speakerSpan !== null && overlaps(p.speakerSpan, x.source as Range))) attributed++;
    }
  }
  const precision = predicted === 0 ? 0 : tpPred / predicted;
  const recall = gold === 0 ? 0 : tpGold / gold;
  return { articles: seen.size, gold, predicted, precision, recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    attribution: gold === 0 ? 0 : attributed / gold };
}
