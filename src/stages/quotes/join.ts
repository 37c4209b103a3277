/**
 * One quotation, one quote: the pieces of a quotation that runs over several paragraphs (opening
 * mark on each, closing only at the end) and of a quotation interrupted by its attribution
 * (`“I recall…,” he said, “and…”`) become a single quote whose `parts` are the quoted pieces.
 * A paragraph opening with a transcript label (`“PENCE: Well, …`) starts a new quotation by the
 * labelled speaker.
 */
import type { Quote, Span } from '../../pipeline/types.js';
import type { QuoteContext } from './context.js';
import { turnLabel } from './embedded.js';
import type { QuoteCandidate } from './marks.js';
import { resolveLabel } from './speaker.js';
import { matchesIn, wordsIn } from './text.js';

/** Options of {@link joinQuotations}. */
export interface JoinOptions {
  /**
   * Most words between the pieces of an interrupted quotation (the attribution and what it adds); never
   * more than the pieces' own words, so a long aside between two quotations leaves two quotes.
   */
  maxGapWords: number;
}

function partsOf(q: Quote): Span[] {
  return q.parts ?? [{ start: q.start, end: q.end, text: q.text }];
}

const distinct = (text: string, a: number, b: number): Set<string> => new Set(wordsIn(text, a, b).map((w) => w.text.toLowerCase()));

/** Whether the aside between two pieces has fewer distinct words of its own than the pieces have. */
function asideShorter(text: string, a: Quote, b: Quote): boolean {
  const quoted = new Set([...partsOf(a), ...partsOf(b)].flatMap((p) => [...distinct(text, p.start, p.end)]));
  const aside = [...distinct(text, a.end, b.start)].filter((w) => !quoted.has(w));
  return aside.length < quoted.size;
}

function merge(text: string, a: Quote, b: Quote): Quote {
  return { ...a, end: b.end, text: text.slice(a.start, b.end), parts: [...partsOf(a), ...partsOf(b)] };
}

/** A quote whose paragraph opens with a transcript label: the label becomes its speaker. */
function labelled(ctx: QuoteContext, q: Quote): Quote | null {
  const { text } = ctx;
  const line = text.lastIndexOf('\n', q.start - 1) + 1;
  if (q.start - line > 2) return null;
  const label = turnLabel(text, line);
  if (label === null || label.start < line) return null;
  let start = label.end + 1;
  while (start < q.end && /\s/u.test(text[start] ?? '')) start++;
  if (start >= q.end) return null;
  const speakerSpan = { start: label.start, end: label.end, text: text.slice(label.start, label.end) };
  return { ...q, start, text: text.slice(start, q.end), rule: 'direct:turn', speakerSpan, speaker: resolveLabel(ctx, speakerSpan.text) };
}

/** Reporting verbs, participles and cue words in `[a, b)`: one attribution has one. */
function cueCount(ctx: QuoteContext, a: number, b: number): number {
  const { c, text } = ctx;
  const seen: Array<{ start: number; end: number }> = [];
  for (const re of [c.verbs, c.participles, c.cues, c.according]) {
    for (const m of matchesIn(text, re, a, b)) if (!seen.some((x) => x.start < m.end && m.start < x.end)) seen.push(m);
  }
  // `DuVernay said, emphasizing why … . “…”`: a participle right after the verb and its comma, with its own words
  // to the sentence end, continues that attribution (`said, adding, “…”` introduces the next quotation instead).
  const participles = matchesIn(text, c.participles, a, b);
  return seen.filter((m) => !participles.some((p) => p.start === m.start)
    || !seen.some((x) => x.end <= m.start && /^\s*,\s*$/u.test(text.slice(x.end, m.start)))
    || !/[.!?]\s/u.test(text.slice(m.end, b))).length;
}

/**
 * Whether a quote's first piece is already introduced by a cue earlier in its sentence (`X scolded him: “A,” she
 * said. “B.”`): then the attribution after it closes that quotation and the next one is a quotation of its own.
 */
function introduced(ctx: QuoteContext, q: Quote): boolean {
  const { text } = ctx;
  const first = partsOf(q)[0] ?? q;
  let a = text.lastIndexOf('\n', first.start) + 1;
  for (let i = first.start - 2; i >= a; i--) {
    if (/[.!?]/u.test(text[i] ?? '') && /\s/u.test(text[i + 1] ?? '') && !ctx.quoted.some((r) => r.start < i && i < r.end)) {
      a = i + 1;
      break;
    }
  }
  return cueCount(ctx, a, first.start) > 0;
}

/** Whether nothing but punctuation follows the quote's closing mark in its sentence. */
function endsSentence(ctx: QuoteContext, q: Quote): boolean {
  const { text } = ctx;
  let i = q.end;
  while (i < text.length && /[\p{P}\s]/u.test(text[i] ?? '') && text[i] !== '\n') {
    if (/[.!?]/u.test(text[i] ?? '')) return true;
    i++;
  }
  return i >= text.length || text[i] === '\n' || (q.speakerSpan !== null && q.speakerSpan.start >= i);
}

/**
 * Joins the direct quotes of one document (one per kept candidate, in text order) into quotations.
 *
 * @example
 * ```ts
 * // '“The port will open,” Pillai said, “and the ships will come back.”'
 * joinQuotations(ctx, cands, quotes, { maxGapWords: 12 });
 * // [{ start: 1, end: 65, parts: [{ text: 'The port will open' }, { text: 'and the ships will come back.' }], … }]
 * ```
 */
export function joinQuotations(ctx: QuoteContext, cands: readonly QuoteCandidate[], quotes: readonly Quote[],
  opts: JoinOptions): Quote[] {
  const { text } = ctx;
  const chainOf = new Map(cands.map((c) => [c.start, c.chain]));
  // 1. Paragraph pieces of one chain, split at transcript labels.
  const chained: Quote[] = [];
  let lastChain = -1;
  for (const q0 of quotes) {
    const turn = labelled(ctx, q0);
    const q = turn ?? q0;
    const chain = chainOf.get(q0.start) ?? -1;
    const prev = chained[chained.length - 1];
    if (prev !== undefined && chain === lastChain && turn === null) chained[chained.length - 1] = merge(text, prev, q);
    else chained.push(q);
    lastChain = chain;
  }
  // 2. Pieces of one paragraph around one attribution.
  const out: Quote[] = [];
  for (const q of chained) {
    const prev = out[out.length - 1];
    const sp = prev?.speakerSpan ?? null;
    if (prev !== undefined && sp !== null && !text.slice(prev.end, q.start).includes('\n')
      && sp.start > prev.end && sp.end < q.start && prev.rule !== 'direct:turn'
      && (q.speakerSpan === null || q.speakerSpan.start === sp.start || q.rule === 'direct:continuation')
      && wordsIn(text, prev.end, q.start).length <= opts.maxGapWords && asideShorter(text, prev, q)
      && cueCount(ctx, prev.end, q.start) === 1
      && endsSentence(ctx, q) && !introduced(ctx, prev)) {
      out[out.length - 1] = merge(text, prev, q);
      continue;
    }
    out.push(q);
  }
  return followOns(ctx, out);
}

/**
 * `“A,” X said. “B.”`: a quotation with no attribution of its own, opening the sentence right after
 * the attribution that closes the quotation before it (in the same paragraph or at the start of the
 * next), continues that quotation. Joined into one quote with both pieces in `parts`.
 */
function followOns(ctx: QuoteContext, quotes: readonly Quote[]): Quote[] {
  const { text } = ctx;
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const sp = prev?.speakerSpan ?? null;
    if (prev !== undefined && sp !== null && prev.rule !== 'direct:turn' && q.rule !== 'direct:turn'
      && sp.start > prev.end && sp.end < q.start && (q.speakerSpan === null || q.rule === 'direct:continuation')
      && attributionOnly(ctx, prev.end, sp.end, q.start) && endsSentence(ctx, q) && asideShorter(text, prev, q)
      && !introduced(ctx, prev)) {
      out[out.length - 1] = { ...merge(text, prev, q), speakerSpan: prev.speakerSpan, speaker: prev.speaker };
      continue;
    }
    out.push(q);
  }
  return out;
}

/**
 * Whether `[a, b)` — from a closing mark past the attribution ending at `sp` to the next opening
 * mark — holds only that attribution: one sentence, one cue, no paragraph break before its end and
 * at most one after it.
 */
function attributionOnly(ctx: QuoteContext, a: number, sp: number, b: number): boolean {
  const { text } = ctx;
  if (text.slice(a, sp).includes('\n') || cueCount(ctx, a, b) !== 1) return false;
  // The attribution's sentence ends at the first sentence mark after it; only space may follow.
  const rest = text.slice(sp, b - 1);
  const end = /[.!?]["”’')\]]?/u.exec(rest);
  if (end === null || rest.slice(end.index + end[0].length).trim() !== '') return false;
  if ((rest.match(/\n\s*/gu) ?? []).length > 1) return false;
  return wordsIn(text, a, b).length <= 40;
}
