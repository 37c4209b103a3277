/**
 * Direct quotations: which quote candidates are speech, and who said them. A candidate is kept
 * when an attribution governs it (a reporting verb with its subject right after the closing mark,
 * or before the opening mark and ending in `,`, `:`, `that`, or the verb itself), or when it is a
 * sentence of its own of at least `minWords` words. Short quoted phrases inside a sentence are
 * scare quotes and are dropped.
 *
 * An interrupted quotation (`"Part one," he said, "part two."`) gives two quotes with the same
 * speaker; a quotation spread over several paragraphs gives one quote per paragraph, all with the
 * speaker found for any of them.
 */
import type { Quote } from '../../pipeline/types.js';
import type { QuoteContext } from './context.js';
import type { QuoteCandidate } from './marks.js';
import { leftSubject, phraseSubject, resolveSpeaker, rightSubject, type PriorQuote, type Speaker, type SubjectHit } from './speaker.js';
import { isTitle, matchesIn, trimRange, wordsIn, type Range } from './text.js';
import { isSentenceEnd } from '../../pipeline/sentences.js';

/** Options of the direct-quote rules. */
export interface DirectOptions {
  /** Unattributed quotes shorter than this many words are scare quotes. */
  minWords: number;
  /** Most words allowed between a closing mark and the reporting verb after it. */
  maxPostWords: number;
  /** Most words allowed between a reporting verb and the opening mark after it. */
  maxPreWords: number;
}

interface Attribution {
  hit: SubjectHit;
  rule: string;
}

function lineStart(text: string, i: number): number {
  const n = text.lastIndexOf('\n', i - 1);
  return n < 0 ? 0 : n + 1;
}

function lineEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

/** The stretch of the sentence before the opening mark, not reaching back past another quote. */
function preRange(ctx: QuoteContext, cands: readonly QuoteCandidate[], k: number): Range {
  const cand = cands[k];
  if (cand === undefined) return { start: 0, end: 0 };
  const { text, c } = ctx;
  let start = lineStart(text, cand.open);
  const prev = cands[k - 1];
  if (prev !== undefined && prev.close + 1 > start && prev.close < cand.open) start = prev.close + 1;
  for (let i = cand.open - 1; i >= start; i--) {
    if (isSentenceEnd(text, i, c.lex.sentenceEnders, c.lex.abbreviations)) {
      start = i + 1;
      break;
    }
  }
  return { start, end: cand.open };
}

/**
 * For a quotation opening a paragraph, a previous paragraph ending in a colon (`Lal continued:`)
 * introduces it: the last sentence of that paragraph, else an empty range.
 */
function introRange(ctx: QuoteContext, cand: QuoteCandidate, pre: Range): Range {
  const { text, c } = ctx;
  const none = { start: 0, end: 0 };
  if (text.slice(pre.start, pre.end).trim() !== '' || lineStart(text, cand.open) !== pre.start) return none;
  let end = pre.start - 1;
  while (end > 0 && /\s/u.test(text[end - 1] ?? '')) end--;
  if (text[end - 1] !== ':' || ctx.quoted.some((q) => q.start < end && end <= q.end + 1)) return none;
  let start = lineStart(text, end);
  for (let i = end - 2; i >= start; i--) {
    if (isSentenceEnd(text, i, c.lex.sentenceEnders, c.lex.abbreviations)) {
      start = i + 1;
      break;
    }
  }
  return { start, end };
}

/** The stretch of the sentence after the closing mark, up to the next quote or sentence end. */
function postRange(ctx: QuoteContext, cands: readonly QuoteCandidate[], k: number): Range {
  const cand = cands[k];
  if (cand === undefined || !cand.closed || ctx.text[cand.close] === '\n') return { start: 0, end: 0 };
  const { text, c } = ctx;
  let end = lineEnd(text, cand.close);
  const next = cands[k + 1];
  if (next !== undefined && next.open < end) end = next.open;
  for (let i = cand.close + 1; i < end; i++) {
    if (isSentenceEnd(text, i, c.lex.sentenceEnders, c.lex.abbreviations)) {
      end = i;
      break;
    }
  }
  return { start: cand.close + 1, end };
}

function countWords(ctx: QuoteContext, a: number, b: number): number {
  return wordsIn(ctx.text, a, b).length;
}

function firstMatch(ctx: QuoteContext, res: Array<RegExp | null>, a: number, b: number): Range | null {
  let best: Range | null = null;
  for (const re of res) {
    for (const m of matchesIn(ctx.text, re, a, b)) if (best === null || m.start < best.start) best = m;
  }
  return best;
}

function lastMatch(ctx: QuoteContext, res: Array<RegExp | null>, a: number, b: number): Range | null {
  let best: Range | null = null;
  for (const re of res) {
    for (const m of matchesIn(ctx.text, re, a, b)) if (best === null || m.start > best.start) best = m;
  }
  return best;
}

function isIn(ctx: QuoteContext, re: RegExp | null, r: Range): boolean {
  return matchesIn(ctx.text, re, r.start, r.end).some((m) => m.start === r.start && m.end === r.end);
}

/** `"…," he said` / `"…," said Singh` / `"…" the post read` / `"…," according to X`. */
function postAttribution(ctx: QuoteContext, r: Range): Attribution | null {
  const { text, c } = ctx;
  let p = r.start;
  while (p < r.end && /[\s,;—–-]/u.test(text[p] ?? '')) p++;
  if (p >= r.end) return null;
  const v = firstMatch(ctx, [c.verbs, c.sourceOnly, c.according], p, r.end);
  if (v === null || countWords(ctx, p, v.start) > 7) return null;
  if (/[:;(]/u.test(text.slice(p, v.start))) return null;
  if (isIn(ctx, c.according, v)) {
    if (c.lex.accordingToPosition !== 'before' || v.start !== p) return null;
    const hit = phraseSubject(ctx, v.end, r.end);
    return hit === null ? null : { hit, rule: 'direct:post-according' };
  }
  const sourceOnly = !isIn(ctx, c.verbs, v);
  let hit: SubjectHit | null;
  if (text.slice(p, v.start).trim() === '') {
    if (!c.lex.inversion || sourceOnly) return null;
    hit = rightSubject(ctx, v.end, r.end);
  } else {
    hit = leftSubject(ctx, p, v.start);
    // Only the subject (and title words) may stand between the closing mark and the verb.
    if (hit !== null) {
      const before = wordsIn(text, p, hit.span.start);
      if (before.length > 4 || before.some((w) => w.text[0] === w.text[0]?.toLowerCase() && /\p{Ll}/u.test(w.text[0] ?? '')
        && !c.determiners.has(w.text.toLowerCase()))) hit = null;
    }
  }
  if (hit === null) return null;
  if (sourceOnly && matchesIn(text, c.sourceNouns, p, v.start).length === 0) return null;
  return { hit, rule: 'direct:post' };
}

/** `X said, "…"` / `X said: "…"` / `X posted on X, stating, "…"` / `according to X, "…"`. */
function preAttribution(ctx: QuoteContext, r: Range, maxWords: number): Attribution | null {
  const { text, c } = ctx;
  const tail = text.slice(r.start, r.end).trimEnd();
  if (tail === '') return null;
  const endsWell = /[,:]$/u.test(tail)
    || matchesIn(text, c.complementizers, r.start, r.end).some((m) => text.slice(m.end, r.end).trim() === '')
    || [c.verbs, c.participles].some((re) => matchesIn(text, re, r.start, r.end).some((m) => text.slice(m.end, r.end).trim() === ''));
  if (!endsWell) return null;
  const v = lastMatch(ctx, [c.verbs, c.participles, c.sourceOnly, c.according], r.start, r.end);
  if (v === null || countWords(ctx, v.end, r.end) > maxWords) return null;
  if (isIn(ctx, c.according, v)) {
    if (c.lex.accordingToPosition !== 'before') return null;
    const hit = phraseSubject(ctx, v.end, r.end);
    return hit === null ? null : { hit, rule: 'direct:pre-according' };
  }
  const isVerb = isIn(ctx, c.verbs, v);
  const isParticiple = isIn(ctx, c.participles, v);
  if (!isVerb && !isParticiple && matchesIn(text, c.sourceNouns, r.start, v.start).length === 0) return null;
  let hit = isParticiple && !isVerb ? null : leftSubject(ctx, r.start, v.start);
  if (hit === null) hit = clauseSubject(ctx, r.start, v.start);
  return hit === null ? null : { hit, rule: 'direct:pre' };
}

/**
 * Whether a quote after a reporting verb is only part of the reported clause: more than three words
 * (besides `that`) between the verb and the opening mark, or more than two words after the closing
 * mark in the same sentence.
 */
function partOfClause(ctx: QuoteContext, cand: QuoteCandidate, pre: Range, post: Range): boolean {
  const { c, text } = ctx;
  const v = lastMatch(ctx, [c.verbs, c.participles, c.sourceOnly, c.according], pre.start, pre.end);
  if (v === null) return false;
  // `“…,” Tester said, referring to the excuse, “…”`: an aside set off by commas after the verb is not a clause.
  if (/^,/u.test(text.slice(v.end, cand.open)) && /,\s*$/u.test(text.slice(v.end, cand.open))
    && !/[.;:]/u.test(text.slice(v.end, cand.open)) && countWords(ctx, post.start, post.end) <= 2) return false;
  const lead = wordsIn(text, v.end, cand.open).filter((w) => matchesIn(text, c.complementizers, w.start, w.end).length === 0);
  return lead.length > 3 || countWords(ctx, post.start, post.end) > 2;
}

/**
 * The subject of the clause a participle (`stating`, `adding`) hangs from: the subject of the
 * reporting verb before it, else the first name in the sentence that is not an object.
 *
 * @example
 * ```ts
 * // 'Lal Verma posted on X, stating, “…”'
 * clauseSubject(ctx, 0, 23); // { kind: 'mention', span: { start: 0, end: 9 }, … }
 * ```
 */
export function clauseSubject(ctx: QuoteContext, a: number, b: number): SubjectHit | null {
  const { c } = ctx;
  const v = lastMatch(ctx, [c.verbs], a, b);
  if (v !== null) {
    const hit = leftSubject(ctx, a, v.start);
    if (hit !== null) return hit;
  }
  const words = wordsIn(ctx.text, a, b);
  const first = words[0];
  if (first !== undefined && c.pronouns.has(first.text.toLowerCase().replace(/['’](?:s|re|ll|d|ve)$/u, ''))) return { kind: 'pronoun', span: { start: first.start, end: first.end } };
  for (const m of ctx.mentions) {
    if (m.start < a || m.end > b) continue;
    const t = ctx.entities[m.entity]?.type ?? m.type;
    if (t !== 'person' && t !== 'organization') continue;
    const before = wordsIn(ctx.text, a, m.start);
    const prev = before[before.length - 1];
    if (prev !== undefined && c.prepositions.has(prev.text.toLowerCase())) continue;
    return { kind: 'mention', span: { start: m.start, end: m.end }, mention: m };
  }
  return null;
}

/**
 * Whether a quoted phrase is the name of something rather than speech: a title-like phrase (capitalised words and
 * small words only) that either runs on into its sentence with no punctuation at its closing mark (`Trump ‘The
 * Dealmaker’ Could …`) or follows a noun for a named work (`in his book, “Make Your Kid a Millionaire,” he …`).
 *
 * @example
 * ```ts
 * // 'In her memoir, “Hard Choices,” Clinton wrote that …'
 * isWorkName(ctx, cand); // true
 * ```
 */
export function isWorkName(ctx: QuoteContext, cand: QuoteCandidate): boolean {
  const { text, c } = ctx;
  if (!isTitle(text.slice(cand.start, cand.end))) return false;
  const around = text.slice(Math.max(cand.start, cand.end - 1), cand.close + 3);
  if (!/[,.!?;:]/u.test(around)) return true;
  const before = wordsIn(text, Math.max(0, cand.open - 40), cand.open).slice(-3);
  return before.some((w) => c.workNouns.has(w.text.toLowerCase())) && /^[\s,:]*$/u.test(text.slice(before[before.length - 1]?.end ?? cand.open, cand.open));
}

/**
 * Direct quotes of a document from its quote candidates, in text order.
 *
 * @example
 * ```ts
 * directQuotes(ctx, findQuoteCandidates(ctx.text), { minWords: 4, maxPostWords: 7, maxPreWords: 12 });
 * ```
 */
export function directQuotes(ctx: QuoteContext, cands: readonly QuoteCandidate[], opts: DirectOptions): Quote[] {
  const { text } = ctx;
  const source = `quotes/${ctx.c.lex.lang}`;
  const found: Array<Attribution | null> = [];
  const standalone: boolean[] = [];
  cands.forEach((cand, k) => {
    const pre = preRange(ctx, cands, k);
    const post = postRange(ctx, cands, k);
    // `“…change.” She adds, “…”`: a new sentence ending in a comma before the next quote introduces that quote.
    const next = cands[k + 1];
    const introducesNext = next !== undefined && next.open >= post.end && /[.!?]$/u.test(text.slice(cand.start, cand.end))
      && /^\s*\p{Lu}/u.test(text.slice(post.start, post.end)) && /[,:]\s*$/u.test(text.slice(post.start, next.open));
    const postHit = introducesNext ? null : postAttribution(ctx, post);
    let preHit = postHit === null ? preAttribution(ctx, pre, opts.maxPreWords) : null;
    // `said Friday that if she wins, “she would sign it”` / `said that “race still matters” in America`:
    // the quoted words are part of a reported clause, which the embedded rules take whole.
    const before = trimRange(text, pre.start, pre.end);
    const beforeText = text.slice(before.start, before.end);
    const introduced = /[:—–-]$/u.test(beforeText);
    const clausal = (preHit !== null || introduced) && partOfClause(ctx, cand, pre, post);
    if (clausal) preHit = null;
    let hit = postHit ?? preHit ?? preAttribution(ctx, introRange(ctx, cand, pre), opts.maxPreWords);
    // `“A,” he said, but “B.”`: quoted words right after the attribution of the quotation before it and a
    // coordinator continue that quotation.
    const prevHit = found[k - 1];
    const prevCand = cands[k - 1];
    if (hit === null && prevHit != null && prevHit.rule === 'direct:post' && prevCand !== undefined && pre.start === prevCand.close + 1) {
      const lead = wordsIn(text, pre.start, pre.end);
      const last = lead[lead.length - 1];
      if (last !== undefined && ctx.c.coordinators.has(last.text.toLowerCase()) && /,\s*$/u.test(text.slice(pre.start, last.start))
        && /^\s*$/u.test(text.slice(last.end, pre.end)) && prevHit.hit.span.start > prevCand.close && prevHit.hit.span.end <= last.start) hit = prevHit;
    }
    found.push(hit);
    // `said she has the quality a president needs: “Steadiness …”`: after a colon too, the clause takes the quotation.
    standalone.push(beforeText === '' || (introduced && !clausal));
  });
  // One attribution per chain of paragraphs.
  const chainHit = new Map<number, Attribution>();
  cands.forEach((cand, k) => {
    const f = found[k];
    if (f != null && !chainHit.has(cand.chain)) chainHit.set(cand.chain, f);
  });
  const chainKept = new Set<number>();
  cands.forEach((cand, k) => {
    const words = countWords(ctx, cand.start, cand.end);
    if (cands.filter((x) => x.chain === cand.chain).length === 1 && isWorkName(ctx, cand)) return;
    if (chainHit.has(cand.chain) || (words >= opts.minWords && standalone[k] === true && !isTitle(text.slice(cand.start, cand.end)))) chainKept.add(cand.chain);
  });

  const quotes: Quote[] = [];
  const prior: PriorQuote[] = [];
  const resolved = new Map<number, { sp: Speaker; rule: string }>();
  cands.forEach((cand) => {
    if (!chainKept.has(cand.chain)) return;
    const att = chainHit.get(cand.chain);
    let speakerSpan = null;
    let speaker: number | null = null;
    let rule = 'direct:unattributed';
    if (att !== undefined) {
      let r = resolved.get(cand.chain);
      if (r === undefined) {
        const first = cands.find((x) => x.chain === cand.chain) ?? cand;
        r = { sp: resolveSpeaker(ctx, att.hit, first.open, prior), rule: att.rule };
        resolved.set(cand.chain, r);
      }
      speakerSpan = r.sp.speakerSpan;
      speaker = r.sp.speaker;
      rule = `${r.rule}:${r.sp.how}`;
    } else {
      // A quote opening a sentence right after an attributed quote in the same paragraph continues it.
      const last = quotes[quotes.length - 1];
      if (last !== undefined && last.speaker !== null && !text.slice(last.end, cand.open).includes('\n')
        && last.speakerSpan !== null && last.speakerSpan.start > last.end && last.speakerSpan.end < cand.open) {
        speakerSpan = last.speakerSpan;
        speaker = last.speaker;
        rule = 'direct:continuation';
      }
    }
    const q: Quote = { start: cand.start, end: cand.end, text: text.slice(cand.start, cand.end), source, rule,
      kind: 'direct', speakerSpan, speaker };
    quotes.push(q);
    prior.push({ start: cand.open, end: cand.close, speaker });
  });
  return quotes;
}
