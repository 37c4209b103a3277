/**
 * Quoted words inside a sentence of reported speech: `Trump urged supporters to make sure it is
 * “on the up and up.”`, `she called the ad “a disgrace”, the campaign said`. The quotation is the
 * clause the cue governs (from the cue to the sentence end, or from the sentence start to a final
 * `, X said`), with the quoted pieces kept as `parts`; a quoted phrase with no cue in its sentence
 * is a scare quote or a title and is left out. Transcript turns (`PENCE: Well, …`) are quotations
 * of the labelled speaker.
 */
import type { Quote, Span } from '../../pipeline/types.js';
import type { QuoteContext } from './context.js';
import { clauseSubject } from './direct.js';
import type { QuoteCandidate } from './marks.js';
import { leftSubject, phraseSubject, resolveLabel, resolveSpeaker, rightSubject, type PriorQuote, type SubjectHit } from './speaker.js';
import { isTitle, matchesIn, trimRange, wordsIn, type Range } from './text.js';

interface Cue extends Range {
  according: boolean;
  participle: boolean;
  /** A reporting verb (`said`), not a looser cue word (`called`) or a participle. */
  verb: boolean;
}

/** `[a, b)` without surrounding space, a leading `that`/`,`/`:` and a trailing `,`/`;`. */
function clause(ctx: QuoteContext, a: number, b: number): Range {
  let { start, end } = trimRange(ctx.text, a, b);
  for (;;) {
    while (start < end && /[\s,;:—–]/u.test(ctx.text[start] ?? '')) start++;
    const comp = matchesIn(ctx.text, ctx.c.complementizers, start, end)[0];
    if (comp === undefined || comp.start !== start) break;
    start = comp.end;
  }
  while (end > start && /[\s,;:—–.!?।]/u.test(ctx.text[end - 1] ?? '')) end--;
  return { start, end };
}

function sentenceAt(ctx: QuoteContext, pos: number): Range | null {
  for (const s of ctx.sentences) if (s.start <= pos && pos < s.end) return s;
  return null;
}

function lineBounds(text: string, pos: number): Range {
  const a = text.lastIndexOf('\n', pos - 1);
  const b = text.indexOf('\n', pos);
  return { start: a < 0 ? 0 : a + 1, end: b < 0 ? text.length : b };
}

/** Cue words in `[a, b)` outside every quotation (document-only verbs such as `read` left out). */
function cuesIn(ctx: QuoteContext, cands: readonly QuoteCandidate[], a: number, b: number): Cue[] {
  const out: Cue[] = [];
  const inQuote = (r: Range): boolean => cands.some((q) => q.open < r.start && r.end <= q.close);
  let lo = 0;
  let hi = ctx.cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.cues[mid]?.start ?? 0) < a) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ctx.cues.length; i++) {
    const m = ctx.cues[i];
    if (m === undefined || m.end > b) break;
    if (m.kind === 'sourceOnly' || inQuote(m)) continue;
    out.push({ start: m.start, end: m.end, according: m.kind === 'according', participle: m.kind === 'participle', verb: m.kind === 'verb' });
  }
  return out;
}

/** Most words before a sentence's own reporting verb (`Senate Majority Leader Mitch McConnell said`) for it to govern a quoted phrase. */
const OUTER_VERB_WORDS = 6;

const LABEL = /^["“]?(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):\s/u;

/**
 * A transcript turn label at the start of a paragraph (`PENCE: `, `"WALLACE: `): its span, else null.
 *
 * @example
 * ```ts
 * turnLabel('PENCE: Well, look.', 0); // { start: 0, end: 5 }
 * ```
 */
export function turnLabel(text: string, lineStart: number): Range | null {
  const m = LABEL.exec(text.slice(lineStart, lineStart + 40));
  const name = m?.[1];
  if (m === null || name === undefined) return null;
  const at = lineStart + m[0].indexOf(name);
  return { start: at, end: at + name.length };
}

/** Where a clause ends before a later cue at `cue`: before a joining `and`/`but`, else -1 (it does not). */
function clauseEndBefore(ctx: QuoteContext, from: number, cue: number): number {
  const ws = wordsIn(ctx.text, from, cue);
  for (let i = ws.length - 1; i >= 0 && i >= ws.length - 4; i--) {
    const w = ws[i];
    if (w !== undefined && ctx.c.breakers.has(w.text.toLowerCase())) return w.start;
  }
  // `“a con” and encourage Americans to check out what he called …`: a coordinator right after the quoted words.
  const joint = ws.find((w) => ctx.c.coordinators.has(w.text.toLowerCase()) && /[”"’'][\s,]*$/u.test(ctx.text.slice(from - 1, w.start)));
  if (joint !== undefined) return joint.start;
  // No joining word: the later cue is the content's own verb (`the ad “wrongly” suggests that …`).
  return -1;
}

interface Proposal {
  content: Range;
  hit: SubjectHit | null;
  label: Range | null;
  at: number;
}

function propose(ctx: QuoteContext, cands: readonly QuoteCandidate[], cand: QuoteCandidate, minWords: number): Proposal | null {
  const { text, c } = ctx;
  const line = lineBounds(text, cand.open);
  const label = turnLabel(text, line.start);
  if (label !== null) {
    const content = clause(ctx, label.end + 1, line.end);
    return { content, hit: null, label, at: label.start };
  }
  const s = sentenceAt(ctx, cand.open);
  if (s === null) return null;
  // The sentence runs at least to the end of the quotation (a full stop inside it does not end it).
  let end = s.end;
  if (cand.close >= end) end = Math.min(line.end, sentenceAt(ctx, cand.close)?.end ?? cand.close + 1);
  end = Math.max(end, Math.min(line.end, cand.close + 1));
  const cues = cuesIn(ctx, cands, s.start, end);
  let before = [...cues].reverse().find((x) => x.end <= cand.open);
  // `Clinton says she appreciated … what she calls a “war of words”`: the sentence's own reporting
  // verb near its start governs the whole clause, not a later cue word inside it.
  if (before !== undefined && !before.according && !/[,:]\s*$/u.test(text.slice(before.end, cand.open))) {
    const b0 = before;
    const outer = cues.find((x) => x.verb && x.end <= b0.start && wordsIn(text, s.start, x.start).length <= OUTER_VERB_WORDS
      && !cands.some((q) => q !== cand && q.open >= x.end && q.open < cand.open));
    const first = wordsIn(text, s.start, s.end)[0];
    if (outer !== undefined && !(first !== undefined && c.subordinators.has(first.text.toLowerCase()))) before = outer;
  }
  const after = cues.find((x) => x.start >= cand.close);
  if (before !== undefined) {
    let stop = end;
    // A closing `, X said.` after the quotation belongs to the attribution, not the content.
    if (after !== undefined && !after.according) {
      const comma = text.lastIndexOf(',', after.start);
      if (comma > cand.close && wordsIn(text, comma, after.start).length <= 5) stop = comma;
      // `… “a con” and encouraged Americans to …`: the next cue opens a clause of its own.
      else if (after.start > cand.close) {
        const cut = clauseEndBefore(ctx, cand.close + 1, after.start);
        if (cut >= 0) stop = cut;
      }
    }
    const from = Math.max(s.start, ...cands.filter((q) => q.close < before.start && q.close >= s.start).map((q) => q.close + 1));
    if (before.according) {
      const hit = phraseSubject(ctx, before.end, end);
      const comma = hit === null ? -1 : text.indexOf(',', hit.span.end);
      const lead = text.slice(s.start, before.start).trim();
      let content: Range;
      if (lead === '' && comma >= 0 && comma < cand.open) content = clause(ctx, comma + 1, stop);
      else if (lead !== '') content = clause(ctx, s.start, before.start);
      else return null;
      return { content, hit, label: null, at: before.start };
    }
    const left = leftSubject(ctx, from, before.start);
    const hit = (before.participle && left?.kind === 'nominal' ? null : left) ?? clauseSubject(ctx, from, before.start);
    // `saying last week, “…”`: the quotation itself, introduced by a comma after a few words, or by a colon after at
    // most three (more words before a colon are a reported clause the quotation ends, as in the direct rules).
    const lead = text.slice(before.end, cand.open);
    if (/[,:]\s*$/u.test(lead) && wordsIn(text, before.end, cand.open).length <= (/:\s*$/u.test(lead) ? 3 : 8)) {
      // … unless the sentence goes on after it (`said that, “Of course …” against what …`): then the clause from the mark.
      if (wordsIn(text, cand.close + 1, stop).length <= 4) return { content: { start: cand.start, end: cand.end }, hit, label: null, at: before.start };
      return { content: clause(ctx, cand.open, stop), hit, label: null, at: before.start };
    }
    // `Though she called for X to be “clawed back”, Clinton …`: a clause opened by a subordinator ends at its comma.
    const first = wordsIn(text, s.start, before.start)[0];
    if (first !== undefined && c.subordinators.has(first.text.toLowerCase())) {
      const comma = text.indexOf(',', cand.close);
      if (comma >= 0 && comma < stop) stop = comma;
    }
    // `told his protégés on a regular basis that “…”`: after a verb taking an object the clause starts after its
    // `that`; after another verb (`said the protests demand that “…”`) the whole clause is what was said.
    let from2 = before.end;
    const comps = matchesIn(text, c.complementizers, before.end, cand.open);
    const lastComp = comps[comps.length - 1];
    if (lastComp !== undefined && wordsIn(text, before.end, lastComp.start).length >= 2
      && c.objectVerbs.has(text.slice(before.start, before.end).toLowerCase())) from2 = lastComp.end;
    // `… is “true,” but in the course of …`: a comma and a contrasting word after the quoted words end the clause.
    const contrast = /,[”"’']?\s+(\p{L}+)/gu;
    contrast.lastIndex = cand.close - 1;
    for (let m = contrast.exec(text); m !== null && m.index < stop; m = contrast.exec(text)) {
      if (c.contrasts.has((m[1] ?? '').toLowerCase())) {
        stop = m.index + m[0].search(/\s/u);
        break;
      }
    }
    return { content: clause(ctx, from2, stop), hit, label: null, at: before.start };
  }
  if (after !== undefined) {
    const comma = text.lastIndexOf(',', after.start);
    // `Clinton “is the only candidate …,” a retired general said`: the comma inside the marks ends the clause.
    const inner = text[cand.close - 1] === ',' && wordsIn(text, cand.close + 1, after.start).length > 0;
    // Without a comma between them the later cue opens a clause of its own (`… “a con” and urged Americans to check
    // out what he called …`): it does not attribute this quotation.
    if (comma <= cand.close && text[cand.close - 1] !== ',' && !after.according) return null;
    const cut = comma > cand.close ? comma : inner ? cand.close + 1 : after.start;
    let hit: SubjectHit | null;
    if (after.according) hit = phraseSubject(ctx, after.end, end);
    else {
      hit = leftSubject(ctx, cut + 1, after.start);
      // `… known as the “X rule” after Buffett, the investor, complained that …`: a cue followed by its complementizer
      // has its subject before it, not after.
      const comp = matchesIn(text, c.complementizers, after.end, end)[0];
      const takesClause = comp !== undefined && text.slice(after.end, comp.start).trim() === '';
      if (hit === null && c.lex.inversion && !takesClause && text.slice(cut + 1, after.start).trim() === '') hit = rightSubject(ctx, after.end, end);
    }
    if (hit === null) return null;
    return { content: clause(ctx, s.start, cut), hit, label: null, at: after.start };
  }
  // No cue in the sentence: a quotation long enough not to be a scare quote stands on its own.
  if (wordsIn(text, cand.start, cand.end).length >= minWords) return { content: { start: cand.start, end: cand.end }, hit: null, label: null, at: cand.open };
  return null;
}

/**
 * Quotations built around the double-quoted candidates that are not quotations of their own
 * (`free`), in text order. `taken` are the spans of the direct quotations already found (from
 * opening to closing mark): a clause overlapping one is not proposed again. A quoted phrase with
 * no cue in its sentence is a quotation of its own when it has at least `minWords` words.
 *
 * @example
 * ```ts
 * // 'Ravi Das said that the offer was a “fair deal” for workers.'
 * embeddedQuotes(ctx, cands, cands, [], [], 4);
 * // [{ text: 'the offer was a “fair deal” for workers', kind: 'direct', parts: [{ text: 'fair deal', … }], … }]
 * ```
 */
export function embeddedQuotes(ctx: QuoteContext, cands: readonly QuoteCandidate[], free: readonly QuoteCandidate[],
  taken: readonly Range[], prior: readonly PriorQuote[], minWords: number): Quote[] {
  const { text } = ctx;
  const source = `quotes/${ctx.c.lex.lang}`;
  const out: Quote[] = [];
  const known = [...prior];
  for (const cand of free) {
    if (cand.single || isTitle(text.slice(cand.start, cand.end))) continue;
    const host = out.find((q) => q.start <= cand.start && cand.end <= q.end);
    if (host !== undefined) continue;
    const p = propose(ctx, cands, cand, minWords);
    if (p === null || p.content.end <= p.content.start) continue;
    if (p.content.start > cand.start || p.content.end < cand.end) continue;
    if (taken.some((r) => r.start < p.content.end && p.content.start < r.end)) continue;
    if (out.some((q) => q.start < p.content.end && p.content.start < q.end)) continue;
    let speakerSpan: Span | null = null;
    let speaker: number | null = null;
    let how = 'unresolved';
    if (p.label !== null) {
      speakerSpan = { start: p.label.start, end: p.label.end, text: text.slice(p.label.start, p.label.end) };
      speaker = resolveLabel(ctx, speakerSpan.text);
      how = 'turn';
    } else if (p.hit !== null) {
      const sp = resolveSpeaker(ctx, p.hit, Math.min(p.at, p.content.start), known.filter((q) => q.start < p.at));
      speakerSpan = sp.speakerSpan;
      speaker = sp.speaker;
      how = sp.how;
    }
    const parts = free.filter((q) => !q.single && p.content.start <= q.start && q.end <= p.content.end)
      .map((q) => ({ start: q.start, end: q.end, text: text.slice(q.start, q.end) }));
    out.push({ start: p.content.start, end: p.content.end, text: text.slice(p.content.start, p.content.end), source,
      rule: `direct:embedded:${how}`, kind: 'direct', speakerSpan, speaker, parts });
    known.push({ start: p.content.start, end: p.content.end, speaker });
    known.sort((x, y) => x.start - y.start);
  }
  return out;
}
