/**
 * Scores the English name extractor (the learned tagger with the rules, as `dossier analyze` runs it) and the entity stage's refiners on CoNLL-2003 (`token<TAB>tag`,
 * BIO tags PER/ORG/LOC/MISC, sentences separated by blank lines). Entity-level exact match:
 * a system name counts when its span covers exactly the tokens of a gold name of the same type.
 *
 * Sentences of one article (from `<file stem>.sent2doc.tsv` beside the file, when present) are
 * analysed together, one sentence per line, so document context (a word also seen in lower case,
 * a name seen again in mid-sentence) works as it does on real articles. Tokens are joined by
 * single spaces. Types: person → PER, organization → ORG, place → LOC; `other`, `event` and
 * nominal role mentions are not names here. MISC gold names are left out, and a system name whose
 * span is exactly a MISC name is neither right nor wrong (CoNLL's MISC covers demonyms and
 * events, which Dossier does not type).
 *
 * @example
 * ```ts
 * const s = scoreConll('../shared/eval/english-ner-train/dev.conll', { sample: 50, seed: 1 });
 * s.micro.f1; // e.g. 0.6
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { createEnglishTaggedExtractor } from '../lang/en/ner.js';
import { NOMINAL_RULE, refineCandidates } from '../stages/entities/entities.js';
import type { EntityType } from '../pipeline/types.js';
import { pickSubset, type Subset } from './subset.js';

/** The CoNLL types Dossier's names map to. */
export type ConllType = 'PER' | 'ORG' | 'LOC';

/** Precision, recall and F1 of one type (or of all, micro-averaged). */
export interface ConllPrf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** The result of {@link scoreConll}. */
export interface ConllScore {
  /** Articles (documents) scored; a subset picks whole articles. */
  articles: number;
  sentences: number;
  perType: Record<ConllType, ConllPrf>;
  micro: ConllPrf;
}

/** One sentence: its tokens and BIO tags. */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** A typed name over tokens [start, end) of a sentence. */
export interface ConllSpan {
  start: number;
  end: number;
  type: string;
}

const TYPE_MAP: Readonly<Partial<Record<EntityType, ConllType>>> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const TYPES: readonly ConllType[] = ['PER', 'ORG', 'LOC'];
const EXTRACTOR = createEnglishTaggedExtractor();

/**
 * Reads a CoNLL file into sentences (`-DOCSTART-` lines dropped).
 *
 * @example
 * ```ts
 * parseConll('Kenji\tB-PER\nArata\tI-PER\n\n'); // [{ tokens: ['Kenji', 'Arata'], tags: ['B-PER', 'I-PER'] }]
 * ```
 */
export function parseConll(content: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (cur.tokens.length > 0) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.split(/\t| /);
    const tok = cols[0] ?? '';
    if (tok === '-DOCSTART-') continue;
    cur.tokens.push(tok);
    cur.tags.push(cols[cols.length - 1] ?? 'O');
  }
  if (cur.tokens.length > 0) out.push(cur);
  return out;
}

/**
 * The names of a BIO-tagged sentence (an `I-` after `O` or after another type opens a name).
 *
 * @example
 * ```ts
 * bioSpans(['B-PER', 'I-PER', 'O', 'B-LOC']); // [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]
 * ```
 */
export function bioSpans(tags: readonly string[]): ConllSpan[] {
  const out: ConllSpan[] = [];
  let open: ConllSpan | null = null;
  tags.forEach((tag, i) => {
    const [bio, type] = tag.split('-') as [string, string | undefined];
    if (bio === 'I' && open && open.type === type) {
      open.end = i + 1;
      return;
    }
    if (open) out.push(open);
    open = bio === 'B' || bio === 'I' ? { start: i, end: i + 1, type: type ?? '' } : null;
  });
  if (open) out.push(open);
  return out;
}

function readSent2Doc(conllFile: string): number[] | null {
  const f = conllFile.replace(/\.conll$/, '.sent2doc.tsv');
  if (f === conllFile || !existsSync(f)) return null;
  const out: number[] = [];
  for (const line of readFileSync(f, 'utf8').split(/\r?\n/).slice(1)) {
    const [s, d] = line.split('\t');
    if (s === undefined || d === undefined || s === '') continue;
    out[Number(s)] = Number(d);
  }
  return out;
}

function prf(tp: number, fp: number, fn: number): ConllPrf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/**
 * System names of a group of sentences analysed as one text (one sentence per line), as token spans
 * per sentence. Names that do not start and end on token boundaries get `start: -1` (never a match).
 *
 * @example
 * ```ts
 * systemSpans([{ tokens: ['Mr', 'Kenji', 'Arata', 'spoke', '.'], tags: [] }]);
 * // [[{ start: 1, end: 3, type: 'PER' }]]
 * ```
 */
export function systemSpans(sentences: readonly ConllSentence[]): ConllSpan[][] {
  const starts = new Map<number, [number, number]>();
  const ends = new Map<number, [number, number]>();
  const lineOf: Array<[number, number]> = [];
  let text = '';
  sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    lineOf.push([text.length, text.length]);
    s.tokens.forEach((tok, ti) => {
      if (ti > 0) text += ' ';
      starts.set(text.length, [si, ti]);
      text += tok;
      ends.set(text.length, [si, ti + 1]);
    });
    const range = lineOf[si];
    if (range) range[1] = text.length;
  });
  const { mentions } = refineCandidates(text, EXTRACTOR.extract(text));
  const out: ConllSpan[][] = sentences.map(() => []);
  for (const m of mentions) {
    if (m.rule === NOMINAL_RULE) continue;
    const type = TYPE_MAP[m.type];
    if (!type) continue;
    const s = starts.get(m.start);
    const e = ends.get(m.end);
    if (s && e && s[0] === e[0]) out[s[0]]?.push({ start: s[1], end: e[1], type });
    else {
      const si = lineOf.findIndex(([a, b]) => m.start >= a && m.start <= b);
      if (si >= 0) out[si]?.push({ start: -1, end: -1, type });
    }
  }
  return out;
}

/**
 * Scores the English names on a CoNLL-2003 file: per type (PER, ORG, LOC) and micro-averaged
 * precision, recall and F1, entity-level exact match, over the subset of articles (all when
 * absent).
 *
 * @example
 * ```ts
 * const s = scoreConll('../shared/eval/english-ner-train/dev.conll', 500);
 * s.perType.PER.f1; // e.g. 0.7
 * ```
 */
export function scoreConll(file: string, subset?: Subset): ConllScore {
  const sentences = parseConll(readFileSync(file, 'utf8'));
  const docOf = readSent2Doc(file);
  // Consecutive sentences of one article are analysed together; a subset picks whole articles.
  const allGroups: number[][] = [];
  sentences.forEach((_, i) => {
    const d = docOf?.[i] ?? i;
    const last = allGroups[allGroups.length - 1];
    const prevDoc = i > 0 ? (docOf?.[i - 1] ?? i - 1) : null;
    if (last && prevDoc === d) last.push(i);
    else allGroups.push([i]);
  });
  const groups = pickSubset(allGroups, subset);
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ConllType, { tp: number; fp: number; fn: number }>;
  for (const g of groups) {
    const sents = g.map((i) => sentences[i] as ConllSentence);
    const sys = systemSpans(sents);
    sents.forEach((s, k) => {
      const gold = bioSpans(s.tags);
      const misc = new Set(gold.filter((x) => x.type === 'MISC').map((x) => `${x.start}:${x.end}`));
      const goldKeys = new Set(gold.filter((x) => x.type !== 'MISC').map((x) => `${x.start}:${x.end}:${x.type}`));
      const sysKeys = new Set((sys[k] ?? []).filter((x) => !misc.has(`${x.start}:${x.end}`)).map((x) => `${x.start}:${x.end}:${x.type}`));
      for (const key of sysKeys) {
        const t = key.split(':')[2] as ConllType;
        if (goldKeys.has(key)) counts[t].tp++;
        else counts[t].fp++;
      }
      for (const key of goldKeys) {
        const t = key.split(':')[2] as ConllType;
        if (!sysKeys.has(key)) counts[t].fn++;
      }
    });
  }
  const perType = Object.fromEntries(TYPES.map((t) => [t, prf(counts[t].tp, counts[t].fp, counts[t].fn)])) as Record<ConllType, ConllPrf>;
  const sum = TYPES.reduce((acc, t) => ({ tp: acc.tp + counts[t].tp, fp: acc.fp + counts[t].fp, fn: acc.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
  return { articles: groups.length, sentences: groups.reduce((n, g) => n + g.length, 0), perType, micro: prf(sum.tp, sum.fp, sum.fn) };
}
