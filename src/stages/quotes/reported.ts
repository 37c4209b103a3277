/**
 * Reported speech, sentence by sentence, outside direct quotations:
 * - `X said that …` / `X told reporters that …` / `उन्होंने कहा कि … ।`: the clause after the
 *   complementizer to the sentence end;
 * - `According to X, …` / `…, according to X.` / `X के अनुसार, …`: the rest of the sentence;
 * - `…, the ministry said.`: the clause before the final comma.
 */
import type { Quote } from '../../pipeline/types.js';
import type { QuoteContext } from './context.js';
import { clauseSubject } from './direct.js';
import { leftSubject, phraseSubject, postposedSubject, resolveSpeaker, type PriorQuote, type SubjectHit } from './speaker.js';
import { matchesIn, trimRange, wordsIn, type Range } from './text.js';

/** Options of the reported-speech rules. */
export interface ReportedOptions {
  /** Clauses shorter than this many words are not reported speech. */
  minWords: number;
}

interface Proposal {
  content: Range;
  hit: SubjectHit;
  rule: string;
  at: number;
}

/** The clause `[a, b)` without surrounding space and final punctuation. */
function clause(ctx: QuoteContext, a: number, b: number): Range {
  let { start, end } = trimRange(ctx.text, a, b);
  while (end > start && /[\s.!?।॥,;:]/u.test(ctx.text[end - 1] ?? '')) end--;
  while (start < end && /[\s,;:]/u.test(ctx.text[start] ?? '')) start++;
  return { start, end };
}

function overlapsQuote(ctx: QuoteContext, r: Range): boolean {
  return ctx.quoted.some((q) => r.start <= q.end && q.start < r.end);
}

function thatClauses(ctx: QuoteContext, s: Range): Proposal[] {
  const { text, c } = ctx;
  const out: Proposal[] = [];
  for (const comp of matchesIn(text, c.complementizers, s.start, s.end)) {
    // The reporting verb right before the complementizer, or before a short object (`told reporters`).
    const before = wordsIn(text, Math.max(s.start, comp.start - 60), comp.start);
    let verb: Range | null = null;
    for (let n = 0; n <= 3 && n < before.length; n++) {
      const w = before[before.length - 1 - n];
      if (w === undefined) break;
      const vs = [...matchesIn(text, c.verbs, s.start, w.end), ...matchesIn(text, c.participles, s.start, w.end)]
        .filter((m) => m.end === w.end);
      const v = vs[0];
      if (v !== undefined) {
        const lw = text.slice(v.start, v.end).toLowerCase();
        if (n === 0 || c.objectVerbs.has(lw)) verb = v;
        break;
      }
      if (/[,;:]/u.test(text.slice(w.end, comp.start))) break;
    }
    if (verb === null) continue;
    const content = clause(ctx, comp.end, s.end);
    const isParticiple = matchesIn(text, c.participles, verb.start, verb.end).length > 0
      && matchesIn(text, c.verbs, verb.start, verb.end).length === 0;
    const from = Math.max(s.start, ...ctx.quoted.filter((q) => q.end < verb.start).map((q) => q.end + 1));
    const hit = (isParticiple ? null : leftSubject(ctx, from, verb.start)) ?? clauseSubject(ctx, from, verb.start);
    if (hit !== null) out.push({ content, hit, rule: 'reported:that', at: verb.start });
  }
  return out;
}

function accordingTo(ctx: QuoteContext, s: Range): Proposal[] {
  const { text, c } = ctx;
  const out: Proposal[] = [];
  for (const m of matchesIn(text, c.according, s.start, s.end)) {
    let hit: SubjectHit | null;
    let content: Range;
    if (c.lex.accordingToPosition === 'before') {
      hit = phraseSubject(ctx, m.end, s.end);
      if (hit === null) continue;
      const comma = text.indexOf(',', hit.span.end);
      const atStart = text.slice(s.start, m.start).trim() === '';
      if (atStart && comma >= 0 && comma < s.end) content = clause(ctx, comma + 1, s.end);
      else if (/,\s*$/u.test(text.slice(s.start, m.start))) content = clause(ctx, s.start, m.start);
      else continue;
    } else {
      const lead = text.slice(s.start, m.start);
      const lastComma = lead.lastIndexOf(',');
      hit = postposedSubject(ctx, lastComma >= 0 ? s.start + lastComma + 1 : s.start, m.start);
      if (hit === null) continue;
      content = clause(ctx, m.end, s.end);
      if (lastComma >= 0 && wordsIn(text, content.start, content.end).length < 3) content = clause(ctx, s.start, s.start + lastComma);
    }
    out.push({ content, hit, rule: 'reported:according-to', at: m.start });
  }
  return out;
}

/** `…, the ministry said.`: a subject and reporting verb after the last comma end the sentence. */
function clauseSaid(ctx: QuoteContext, s: Range): Proposal[] {
  const { text, c } = ctx;
  const comma = text.lastIndexOf(',', s.end);
  if (comma < s.start) return [];
  const v = matchesIn(text, c.verbs, comma + 1, s.end)[0];
  if (v === undefined) return [];
  if (wordsIn(text, v.end, s.end).length > 4 || wordsIn(text, comma + 1, v.start).length > 6) return [];
  const hit = leftSubject(ctx, comma + 1, v.start);
  if (hit === null) return [];
  // `But when Congress cut funding, Mexico said enough.`: a subordinate clause is not what was said.
  const opening = wordsIn(text, s.start, comma).slice(0, 2).map((w) => w.text.toLowerCase());
  if (opening.some((w, i) => c.subordinators.has(w) && (i === 0 || c.breakers.has(opening[0] ?? '')))) return [];
  // Only determiners and title words may precede the name (`the Defence Ministry`, `Minister Lal`).
  const lead = wordsIn(text, comma + 1, hit.span.start);
  if (lead.some((w) => !c.determiners.has(w.text.toLowerCase()) && !/^\p{Lu}/u.test(w.text))) return [];
  return [{ content: clause(ctx, s.start, comma), hit, rule: 'reported:clause-said', at: v.start }];
}

/**
 * Reported speech in the document, given the direct quotes already found (their speakers serve as
 * antecedents; clauses overlapping them are skipped).
 *
 * @example
 * ```ts
 * reportedQuotes(ctx, [], { minWords: 3 });
 * ```
 */
export function reportedQuotes(ctx: QuoteContext, direct: readonly Quote[], opts: ReportedOptions): Quote[] {
  const { text } = ctx;
  const source = `quotes/${ctx.c.lex.lang}`;
  const prior: PriorQuote[] = direct.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }));
  const out: Quote[] = [];
  for (const s of ctx.sentences) {
    const props = [...thatClauses(ctx, s), ...accordingTo(ctx, s), ...clauseSaid(ctx, s)];
    for (const p of props) {
      if (wordsIn(text, p.content.start, p.content.end).length < opts.minWords) continue;
      if (overlapsQuote(ctx, p.content)) continue;
      if (out.some((q) => q.start < p.content.end && p.content.start < q.end)) continue;
      const known = prior.filter((q) => q.start < p.at);
      const sp = resolveSpeaker(ctx, p.hit, p.at, known);
      const q: Quote = { start: p.content.start, end: p.content.end, text: text.slice(p.content.start, p.content.end),
        source, rule: `${p.rule}:${sp.how}`, kind: 'reported', speakerSpan: sp.speakerSpan, speaker: sp.speaker };
      out.push(q);
      prior.push({ start: q.start, end: q.end, speaker: q.speaker });
      prior.sort((x, y) => x.start - y.start);
    }
  }
  return out;
}
