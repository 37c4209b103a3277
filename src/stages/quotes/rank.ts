/**
 * Speakers as a ranked choice. The rules in this folder propose quotations and a speaker for each
 * (or none); this refiner gathers the speaker candidates around each quotation — names of people
 * and organisations, pronouns next to a cue, the rules' own choice (a role noun such as `the
 * minister`, `according to` phrases), the previous quotation's speaker — describes each by a few
 * features (distance, side of the quote, whether a cue verb follows or precedes it, sentence and
 * paragraph bounds, entity type, the previous speaker when the quote has no cue) and keeps the one
 * a linear model scores highest. The weights are learned from PolNeAR's development relations by
 * `npm run train:quotes` (`train.ts`) and shipped in `model.ts`.
 */
import type { Quote, Span } from '../../pipeline/types.js';
import { entityTypeOf, isQuoted, type QuoteContext } from './context.js';
import { resolveSpeaker } from './speaker.js';
import { wordsIn, wordStarts, type Range } from './text.js';

/** Names of the features, in the order of the weight vector. */
export const RANK_FEATURES = [
  'rule', 'ruleEntity', 'subjectOfCue', 'afterCue', 'distance', 'after', 'sameSentence', 'sameParagraph',
  'previousParagraph', 'person', 'organization', 'otherType', 'pronoun', 'nominal', 'previousSpeaker',
  'noCueXpreviousSpeaker', 'noCueXsameParagraph', 'objectLike', 'salience', 'interrupting', 'noCueXdistance',
  'possessive', 'firstInSentence', 'place',
] as const;

/** A speaker candidate of one quotation, with its features. */
export interface SpeakerCandidate {
  span: Range;
  entity: number | null;
  kind: 'mention' | 'pronoun' | 'nominal';
  x: number[];
}

/** A linear scorer over {@link RANK_FEATURES}. */
export interface RankModel {
  weights: readonly number[];
  /**
   * A quotation the rules found no speaker for gets the best candidate only when it scores at least
   * this much (default 2): names far away or of the wrong kind do not become guessed speakers.
   */
  minScoreWithoutCue?: number;
}

/** How far around a quotation (UTF-16 units) names are candidates. */
const BEFORE = 600;
const AFTER = 250;

interface DocCues {
  cues: Range[];
  paragraphs: number[];
  /** Word-start prefix counts ({@link wordStarts}). */
  wc: Int32Array;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function paragraphOf(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  // Blank lines between paragraphs count once: a paragraph index per non-empty line would need the text.
  return lo;
}

/**
 * Every cue (reporting verb, cue word, participle, `according to`) of the text outside quotations,
 * and the paragraph starts. Computed once per document.
 *
 * @example
 * ```ts
 * docCues(ctx).cues.length; // number of cue words outside quotes
 * ```
 */
export function docCues(ctx: QuoteContext): DocCues {
  const cues = ctx.cues.filter((m) => !isQuoted(ctx, m.start, m.end));
  return { cues, paragraphs: lineStarts(ctx.text), wc: wordStarts(ctx.text) };
}

function sentenceIndex(ctx: QuoteContext, pos: number): number {
  const s = ctx.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function between(dc: DocCues, a: number, b: number): number {
  return b <= a ? 0 : (dc.wc[b] ?? 0) - (dc.wc[a] ?? 0);
}

/** Whether a cue follows `end` within four words with no sentence end or quotation mark between. */
function cueAfter(ctx: QuoteContext, dc: DocCues, end: number): boolean {
  const c = dc.cues[firstIndexAtOrAfter(dc.cues, end)];
  if (c === undefined || between(dc, end, c.start) > 4) return false;
  return !/[.;!?"“”\n]/u.test(ctx.text.slice(end, c.start));
}

/** Whether a cue ends right before `start` (two words at most between). */
function cueBefore(ctx: QuoteContext, dc: DocCues, start: number): boolean {
  let i = firstIndexAtOrAfter(dc.cues, start) - 1;
  while (i >= 0 && (dc.cues[i]?.end ?? 0) > start) i--;
  const c = dc.cues[i];
  if (c === undefined || between(dc, c.end, start) > 2) return false;
  return !/[.;!?"“”\n,]/u.test(ctx.text.slice(c.end, start));
}

function objectLike(ctx: QuoteContext, r: Range): boolean {
  const prev = wordsIn(ctx.text, Math.max(0, r.start - 30), r.start).pop();
  return prev !== undefined && !/[,.;:]/u.test(ctx.text.slice(prev.end, r.start)) && ctx.c.prepositions.has(prev.text.toLowerCase());
}

function firstIndexAtOrAfter<T extends Range>(xs: readonly T[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The speaker candidates of quote `q` (the `k`-th of `quotes`), with features. `prevSpeaker` is
 * the speaker of the quotation before it, if any, and `mentionCount` counts each entity's mentions.
 *
 * @example
 * ```ts
 * const cands = speakerCandidates(ctx, docCues(ctx), q, null, counts);
 * ```
 */
export function speakerCandidates(ctx: QuoteContext, dc: DocCues, q: Quote, prevSpeaker: number | null,
  mentionCount: ReadonlyMap<number, number>): SpeakerCandidate[] {
  const { text } = ctx;
  const out: SpeakerCandidate[] = [];
  const qs = sentenceIndex(ctx, q.start);
  const qe = sentenceIndex(ctx, Math.max(q.start, q.end - 1));
  const qp = paragraphOf(dc.paragraphs, q.start);
  const qpe = paragraphOf(dc.paragraphs, Math.max(q.start, q.end - 1));
  const noCue = q.speakerSpan === null ? 1 : 0;
  const parts = q.parts ?? [{ start: q.start, end: q.end }];
  const inPart = (r: Range): boolean => parts.some((p) => p.start - 1 <= r.start && r.end <= p.end + 1);
  const features = (span: Range, entity: number | null, kind: SpeakerCandidate['kind']): number[] => {
    const after = span.start >= q.end ? 1 : 0;
    const gap = after ? between(dc, q.end, span.start) : span.end <= q.start ? between(dc, span.end, q.start) : 0;
    const dist = Math.log1p(gap) / 3;
    const si = sentenceIndex(ctx, span.start);
    const p = paragraphOf(dc.paragraphs, span.start);
    const type = entity === null ? 'other' : (ctx.entities[entity]?.type ?? 'other');
    const rule = q.speakerSpan !== null && q.speakerSpan.start === span.start && q.speakerSpan.end === span.end ? 1 : 0;
    const prev = entity !== null && entity === prevSpeaker ? 1 : 0;
    const samePara = p >= qp && p <= qpe ? 1 : 0;
    const sentStart = ctx.sentences[si]?.start ?? 0;
    return [
      rule,
      entity !== null && entity === q.speaker ? 1 : 0,
      cueAfter(ctx, dc, span.end) ? 1 : 0,
      cueBefore(ctx, dc, span.start) ? 1 : 0,
      dist,
      after,
      si >= qs && si <= qe ? 1 : 0,
      samePara,
      p === qp - 1 || p === qp - 2 ? 1 : 0,
      type === 'person' ? 1 : 0,
      type === 'organization' ? 1 : 0,
      type !== 'person' && type !== 'organization' ? 1 : 0,
      kind === 'pronoun' ? 1 : 0,
      kind === 'nominal' ? 1 : 0,
      prev,
      noCue * prev,
      noCue * samePara,
      objectLike(ctx, span) ? 1 : 0,
      Math.log1p(entity === null ? 0 : (mentionCount.get(entity) ?? 0)) / 3,
      span.start > q.start && span.end < q.end && !inPart(span) ? 1 : 0,
      noCue * dist,
      /^['’]s?(?![\p{L}\p{M}])/u.test(text.slice(span.end, span.end + 2)) ? 1 : 0,
      between(dc, sentStart, span.start) <= 1 ? 1 : 0,
      type === 'place' ? 1 : 0,
    ];
  };
  const from = Math.max(0, q.start - BEFORE);
  const to = Math.min(text.length, q.end + AFTER);
  for (let i = firstIndexAtOrAfter(ctx.mentions, from); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m === undefined || m.start >= to) break;
    if (isQuoted(ctx, m.start, m.end) || inPart(m)) continue;
    const t = entityTypeOf(ctx, m);
    if (t === 'event') continue;
    out.push({ span: { start: m.start, end: m.end }, entity: m.entity, kind: 'mention', x: features(m, m.entity, 'mention') });
  }
  // Pronouns right before or after a cue near the quotation.
  const near: Range[] = [{ start: Math.max(0, q.start - 200), end: q.start }, { start: q.end, end: Math.min(text.length, q.end + 120) }];
  for (let i = 1; i < parts.length; i++) near.push({ start: parts[i - 1]?.end ?? q.start, end: parts[i]?.start ?? q.end });
  for (const w of near.flatMap((r) => wordsIn(text, r.start, r.end))) {
    const lw = w.text.toLowerCase().replace(/['’](?:s|re|ll|d|ve)$/u, '');
    if (!ctx.c.pronouns.has(lw) || isQuoted(ctx, w.start, w.end) || inPart(w)) continue;
    if (!cueAfter(ctx, dc, w.end) && !cueBefore(ctx, dc, w.start)) continue;
    const sp = resolveSpeaker(ctx, { kind: 'pronoun', span: { start: w.start, end: w.end } }, Math.min(q.start, w.start), []);
    out.push({ span: { start: w.start, end: w.end }, entity: sp.speaker, kind: 'pronoun', x: features(w, sp.speaker, 'pronoun') });
  }
  // The rules' own choice when it is not already a candidate (a role noun, a document, a resolved pronoun).
  const rs = q.speakerSpan;
  if (rs !== null) {
    const same = out.find((c) => c.span.start === rs.start && c.span.end === rs.end);
    if (same !== undefined) same.entity = q.speaker ?? same.entity;
    else {
      const kind = ctx.mentions.some((m) => m.start === rs.start && m.end === rs.end) ? 'mention' : 'nominal';
      out.push({ span: { start: rs.start, end: rs.end }, entity: q.speaker, kind, x: features(rs, q.speaker, kind) });
    }
  }
  return out;
}

/**
 * A candidate's score under a model.
 *
 * @example
 * ```ts
 * score(MODEL, cand.x); // higher is likelier
 * ```
 */
export function score(model: RankModel, x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (model.weights[i] ?? 0) * (x[i] ?? 0);
  return s;
}

/**
 * Re-chooses the speaker of every direct quotation by the model, in text order (so each quote
 * sees the speaker chosen for the one before it). A quotation without candidates keeps its rule
 * speaker; transcript turns keep their label.
 *
 * @example
 * ```ts
 * rankSpeakers(ctx, quotes, MODEL);
 * ```
 */
export function rankSpeakers(ctx: QuoteContext, quotes: readonly Quote[], model: RankModel): Quote[] {
  const dc = docCues(ctx);
  const counts = new Map<number, number>();
  for (const m of ctx.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const out: Quote[] = [];
  let prev: number | null = null;
  for (const q of quotes) {
    if (q.kind !== 'direct' || q.rule === 'direct:turn') {
      out.push(q);
      if (q.kind === 'direct') prev = q.speaker;
      continue;
    }
    const cands = speakerCandidates(ctx, dc, q, prev, counts);
    let best: SpeakerCandidate | null = null;
    let bestScore = -Infinity;
    for (const c of cands) {
      const s = score(model, c.x);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (best === null || (q.speakerSpan === null && bestScore < (model.minScoreWithoutCue ?? 2))) {
      out.push(q);
      prev = q.speaker ?? prev;
      continue;
    }
    const speakerSpan: Span = { start: best.span.start, end: best.span.end, text: ctx.text.slice(best.span.start, best.span.end) };
    const ruled = q.speakerSpan !== null && q.speakerSpan.start === best.span.start && q.speakerSpan.end === best.span.end;
    out.push({ ...q, speakerSpan, speaker: best.entity, rule: ruled ? q.rule : `${q.rule.split(':').slice(0, 2).join(':')}:ranked` });
    prev = best.entity ?? prev;
  }
  return out;
}
