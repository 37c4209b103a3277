/**
 * Finding the words that name a speaker next to a reporting verb, and resolving them to an entity:
 * a name (the mention there), a pronoun (the last plausible subject or the previous quote's
 * speaker), a document (`the post`: its author) or a title (`the Defence Minister`: the entity
 * that carries that title or role).
 */
import type { EntityMention, Span } from '../../pipeline/types.js';
import { entityTypeOf, isQuoted, type QuoteContext } from './context.js';
import { isWordChar, matchesIn, wordsIn, type Range } from './text.js';

/** Words naming a speaker, before resolution. */
export interface SubjectHit {
  kind: 'mention' | 'pronoun' | 'nominal';
  span: Range;
  mention?: EntityMention;
}

/** A quote already attributed, as seen by later pronoun and document resolution. */
export interface PriorQuote {
  start: number;
  end: number;
  speaker: number | null;
}

/** A resolved speaker. */
export interface Speaker {
  speakerSpan: Span;
  speaker: number | null;
  how: 'name' | 'pronoun' | 'document' | 'title' | 'unresolved';
}

const TYPE_RANK: Readonly<Record<string, number>> = { person: 0, organization: 0, other: 1, event: 2, place: 3 };
/** How far back (UTF-16 units) pronouns and documents look for their antecedent. */
const LOOKBACK = 2500;

function isCased(word: string): boolean {
  return word.toLowerCase() !== word.toUpperCase();
}

function capitalised(word: string): boolean {
  const first = word[0] ?? '';
  return !isCased(first) || first !== first.toLowerCase();
}

/** End of the region once trailing whitespace, commas, fillers and subject markers are removed. */
function stripTail(ctx: QuoteContext, a: number, b: number): number {
  let e = b;
  for (;;) {
    while (e > a && /[\s,]/u.test(ctx.text[e - 1] ?? '')) e--;
    const words = wordsIn(ctx.text, a, e);
    let cut = -1;
    for (let n = 1; n <= 3 && n <= words.length; n++) {
      const first = words[words.length - n];
      const last = words[words.length - 1];
      if (first === undefined || last === undefined || last.end !== e) break;
      const phrase = ctx.text.slice(first.start, e).toLowerCase().replace(/\s+/gu, ' ');
      if (ctx.c.fillers.has(phrase) || ctx.c.markers.has(phrase)) cut = first.start;
    }
    if (cut < 0) return e;
    e = cut;
  }
}

function pronounAt(ctx: QuoteContext, w: { text: string } | undefined): boolean {
  return w !== undefined && ctx.c.pronouns.has(w.text.toLowerCase().replace(/['’](?:s|re|ll|d|ve)$/u, ''));
}

/**
 * The subject written just before a verb at `b`, looking no further left than `a`: a pronoun, the
 * best name close to the verb (people and organisations before places), or a short noun phrase.
 *
 * @example
 * ```ts
 * // text: 'In a tweet Lal Verma said, …'
 * leftSubject(ctx, 0, 22); // { kind: 'mention', span: { start: 11, end: 20 }, mention: … }
 * ```
 */
export function leftSubject(ctx: QuoteContext, a: number, b: number): SubjectHit | null {
  const { text, c } = ctx;
  const e = stripTail(ctx, a, b);
  if (e <= a) return null;
  const words = wordsIn(text, a, e);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  if (last.end === e && pronounAt(ctx, last)) return { kind: 'pronoun', span: { start: last.start, end: last.end } };

  const ok: EntityMention[] = [];
  for (const m of ctx.mentions) {
    if (m.start < a || m.end > e || isQuoted(ctx, m.start, m.end)) continue;
    const gap = text.slice(m.end, e);
    const gapWords = wordsIn(text, m.end, e).map((w) => w.text.toLowerCase());
    if (/[.!?।;:"“”]/u.test(gap)) continue;
    // `Lal’s aide said`: the speaker is the aide, not Lal.
    if (/^['’]s?(?![\p{L}\p{M}])/u.test(gap) && entityTypeOf(ctx, m) === 'person') continue;
    const appositive = /^\s*,\s*[^,]{1,100}$/u.test(gap) && gapWords.length <= 12;
    if (!appositive && (gap.includes(',') || gapWords.length > 4)) continue;
    if (gapWords.some((w) => c.breakers.has(w) || c.pronouns.has(w))) continue;
    if (matchesIn(text, c.verbs, m.end, e).length > 0) continue;
    if (entityTypeOf(ctx, m) === 'place' && gapWords.length > 0) continue;
    ok.push(m);
  }
  ok.sort((x, y) => (TYPE_RANK[entityTypeOf(ctx, x)] ?? 9) - (TYPE_RANK[entityTypeOf(ctx, y)] ?? 9) || y.end - x.end);
  const best = ok[0];
  if (best !== undefined) return { kind: 'mention', span: { start: best.start, end: best.end }, mention: best };

  // A short noun phrase: from the last comma, breaker or start, at most six words.
  let seg = words.filter((w) => w.end <= e);
  for (let i = seg.length - 1; i >= 0; i--) {
    const w = seg[i];
    if (w === undefined) continue;
    const between = text.slice(w.end, i + 1 < seg.length ? (seg[i + 1]?.start ?? e) : e);
    if (/[,;:()]/u.test(between) || c.breakers.has(w.text.toLowerCase()) || c.prepositions.has(w.text.toLowerCase())) {
      seg = seg.slice(i + 1);
      break;
    }
  }
  if (seg.length === 0 || seg.length > 6) return null;
  const first = seg[0];
  if (first === undefined) return null;
  if (!c.determiners.has(first.text.toLowerCase()) && !capitalised(first.text)) return null;
  return { kind: 'nominal', span: { start: first.start, end: e } };
}

/**
 * The subject written just after a verb at `a` (`"…," said Singh`), up to `b`.
 *
 * @example
 * ```ts
 * // text: '“Go,” said Lal Verma.'
 * rightSubject(ctx, 10, 21); // { kind: 'mention', span: { start: 11, end: 20 }, mention: … }
 * ```
 */
export function rightSubject(ctx: QuoteContext, a: number, b: number): SubjectHit | null {
  const { text, c } = ctx;
  const words = wordsIn(text, a, b);
  const first = words[0];
  if (first === undefined || /[,.;:!?।]/u.test(text.slice(a, first.start))) return null;
  if (pronounAt(ctx, first)) return { kind: 'pronoun', span: { start: first.start, end: first.end } };
  // A name, possibly after a few capitalised title words.
  for (const m of ctx.mentions) {
    if (m.start < first.start || m.end > b) continue;
    const before = wordsIn(text, first.start, m.start);
    if (before.length > 4 || /[,.;:!?।]/u.test(text.slice(first.start, m.start))) break;
    if (before.every((w) => capitalised(w.text) || c.determiners.has(w.text.toLowerCase()))) {
      return { kind: 'mention', span: { start: m.start, end: m.end }, mention: m };
    }
    break;
  }
  if (!c.determiners.has(first.text.toLowerCase()) && !capitalised(first.text)) return null;
  let end = first.end;
  for (const w of words.slice(1, 6)) {
    const lw = w.text.toLowerCase();
    if (/[,.;:!?।]/u.test(text.slice(end, w.start)) || c.prepositions.has(lw) || c.breakers.has(lw)) break;
    end = w.end;
  }
  return { kind: 'nominal', span: { start: first.start, end } };
}

/** Whether a mention reads as the object of a preposition or postposition rather than a subject. */
function objectLike(ctx: QuoteContext, m: EntityMention): boolean {
  const { text, c } = ctx;
  const before = wordsIn(text, Math.max(0, m.start - 80), m.start);
  // Skip capitalised title words in front of the name (`Defence Minister`, `Shri`).
  let i = before.length - 1;
  while (i >= 0 && capitalised(before[i]?.text ?? '') && isCased(before[i]?.text ?? '') && !/[,.;:]/u.test(text.slice(before[i]?.end ?? 0, m.start))) i--;
  const prev = before[i];
  if (prev !== undefined && !/[,.;:!?।]/u.test(text.slice(prev.end, m.start)) && c.prepositions.has(prev.text.toLowerCase())) return true;
  const next = wordsIn(text, m.end, Math.min(text.length, m.end + 30))[0];
  if (next !== undefined && !/[,.;:!?।]/u.test(text.slice(m.end, next.start)) && c.postpositions.has(next.text.toLowerCase())) return true;
  return false;
}

function compatible(ctx: QuoteContext, m: EntityMention, want: 'person' | 'organization' | 'any'): boolean {
  const t = entityTypeOf(ctx, m);
  if (want === 'any') return t === 'person' || t === 'organization';
  if (want === 'organization') return t === 'organization' || t === 'place';
  return t === want;
}

/**
 * The most recent mention of the wanted type that is a plausible sentence subject before `pos`:
 * sentence by sentence backwards, the first such name in the sentence (a name followed by a
 * subject marker such as `ने` wins), skipping names inside quotations and objects of prepositions.
 *
 * @example
 * ```ts
 * // 'Lal Verma met Rao. He left.'
 * lastSubject(ctx, 'person', 19); // the mention of Lal Verma
 * ```
 */
export function lastSubject(ctx: QuoteContext, want: 'person' | 'organization' | 'any', pos: number): EntityMention | null {
  const floor = pos - LOOKBACK;
  for (let i = ctx.sentences.length - 1; i >= 0; i--) {
    const s = ctx.sentences[i];
    if (s === undefined || s.start >= pos) continue;
    if (s.end < floor) break;
    const end = Math.min(s.end, pos);
    const ms = ctx.mentions.filter((m) => m.start >= s.start && m.end <= end && !isQuoted(ctx, m.start, m.end)
      && compatible(ctx, m, want) && !objectLike(ctx, m));
    if (ms.length === 0) continue;
    const marked = ms.find((m) => {
      const next = wordsIn(ctx.text, m.end, Math.min(ctx.text.length, m.end + 10))[0];
      return next !== undefined && ctx.c.markers.has(next.text.toLowerCase());
    });
    return marked ?? ms[0] ?? null;
  }
  return null;
}

function priorWithSpeaker(ctx: QuoteContext, prior: readonly PriorQuote[], pos: number,
  want: 'person' | 'organization' | 'any'): PriorQuote | null {
  for (let i = prior.length - 1; i >= 0; i--) {
    const q = prior[i];
    if (q === undefined || q.start >= pos) continue;
    if (q.end < pos - LOOKBACK) return null;
    if (q.speaker === null) continue;
    const t = ctx.entities[q.speaker]?.type;
    if (want === 'any' ? t === 'person' || t === 'organization' : want === 'organization' ? t !== 'person' : t === want) return q;
  }
  return null;
}

function resolvePronoun(ctx: QuoteContext, want: 'person' | 'organization' | 'any', pos: number,
  prior: readonly PriorQuote[]): number | null {
  const q = priorWithSpeaker(ctx, prior, pos, want);
  const m = lastSubject(ctx, want, pos);
  if (q !== null && (m === null || q.end >= m.start)) return q.speaker;
  return m?.entity ?? null;
}

function resolveDocument(ctx: QuoteContext, pos: number, prior: readonly PriorQuote[]): number | null {
  const q = priorWithSpeaker(ctx, prior, pos, 'any');
  if (q !== null) return q.speaker;
  return (lastSubject(ctx, 'organization', pos) ?? lastSubject(ctx, 'person', pos))?.entity ?? null;
}

/** An entity whose name, alias, title or role contains all the content words of a noun phrase. */
function resolveTitle(ctx: QuoteContext, phrase: string, pos: number): number | null {
  const { c } = ctx;
  const key = wordsIn(phrase, 0, phrase.length).map((w) => w.text.toLowerCase().replace(/['’]s$/u, ''))
    .filter((w) => !c.determiners.has(w));
  if (key.length === 0) return null;
  const keyText = key.join(' ');
  const fits = (label: string): boolean => {
    const words = new Set(wordsIn(label, 0, label.length).map((w) => w.text.toLowerCase()));
    return key.every((k) => words.has(k));
  };
  const matches = new Set<number>();
  ctx.entities.forEach((e, i) => {
    if (e.type !== 'person' && e.type !== 'organization') return;
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    if (names.includes(keyText) || e.roles.some(fits)) matches.add(i);
  });
  for (const m of ctx.mentions) if (m.title !== undefined && fits(m.title) && compatible(ctx, m, 'any')) matches.add(m.entity);
  if (matches.size === 0) return null;
  // The most recently mentioned of the matching entities, else the first one named.
  let best: EntityMention | null = null;
  for (const m of ctx.mentions) if (matches.has(m.entity) && m.start < pos && !isQuoted(ctx, m.start, m.end)) best = m;
  return best?.entity ?? [...matches][0] ?? null;
}

/**
 * Turns the words naming a speaker into a speaker: the mention's entity, a pronoun's antecedent
 * (the previous quote's speaker or the last plausible subject, whichever is later), a document's
 * author (`the post`, `the statement`), or the entity a title belongs to. `pos` is where the
 * quotation starts; `prior` the quotes attributed so far, in order.
 *
 * @example
 * ```ts
 * resolveSpeaker(ctx, { kind: 'pronoun', span: { start: 30, end: 32 } }, 0, []);
 * // { speakerSpan: { start: 30, end: 32, text: 'he' }, speaker: 0, how: 'pronoun' }
 * ```
 */
export function resolveSpeaker(ctx: QuoteContext, hit: SubjectHit, pos: number, prior: readonly PriorQuote[]): Speaker {
  const { text, c } = ctx;
  const speakerSpan: Span = { start: hit.span.start, end: hit.span.end, text: text.slice(hit.span.start, hit.span.end) };
  if (hit.mention !== undefined) return { speakerSpan, speaker: hit.mention.entity, how: 'name' };
  const at = Math.min(pos, hit.span.start);
  if (hit.kind === 'pronoun') {
    const want = c.pronouns.get(speakerSpan.text.toLowerCase().replace(/['’](?:s|re|ll|d|ve)$/u, '')) ?? 'any';
    const speaker = resolvePronoun(ctx, want, at, prior);
    return { speakerSpan, speaker, how: speaker === null ? 'unresolved' : 'pronoun' };
  }
  if (matchesIn(text, c.sourceNouns, hit.span.start, hit.span.end).length > 0) {
    const speaker = resolveDocument(ctx, at, prior);
    return { speakerSpan, speaker, how: speaker === null ? 'unresolved' : 'document' };
  }
  const speaker = resolveTitle(ctx, speakerSpan.text, at);
  return { speakerSpan, speaker, how: speaker === null ? 'unresolved' : 'title' };
}

/**
 * The words right after an `according to` phrase up to the next comma or `b`, as a subject: the
 * best name inside, else the phrase itself.
 *
 * @example
 * ```ts
 * // '… according to the Lal Verma office.'
 * phraseSubject(ctx, 16, 37); // { kind: 'mention', … }
 * ```
 */
export function phraseSubject(ctx: QuoteContext, a: number, b: number): SubjectHit | null {
  const { text } = ctx;
  let end = a;
  while (end < b && !/[,;:.!?।\n]/u.test(text[end] ?? '')) end++;
  // A full stop inside an abbreviation or initial does not end the phrase.
  while (end < b && text[end] === '.' && isWordChar(text[end + 1])) {
    end++;
    while (end < b && !/[,;:.!?।\n]/u.test(text[end] ?? '')) end++;
  }
  const words = wordsIn(text, a, end);
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || words.length > 12) return null;
  const ms = ctx.mentions.filter((m) => m.start >= first.start && m.end <= last.end && !isQuoted(ctx, m.start, m.end));
  ms.sort((x, y) => (TYPE_RANK[entityTypeOf(ctx, x)] ?? 9) - (TYPE_RANK[entityTypeOf(ctx, y)] ?? 9) || x.start - y.start);
  const best = ms[0];
  if (best !== undefined) return { kind: 'mention', span: { start: best.start, end: best.end }, mention: best };
  if (pronounAt(ctx, first) && words.length === 1) return { kind: 'pronoun', span: { start: first.start, end: first.end } };
  return { kind: 'nominal', span: { start: first.start, end: last.end } };
}

/**
 * The words right before a postposed `according to` phrase (`मंत्रालय के अनुसार`): the name ending
 * there, else up to four words back to a comma or the start `a`.
 *
 * @example
 * ```ts
 * // 'मंत्रालय के अनुसार, …'
 * postposedSubject(ctx, 0, 9); // { kind: 'nominal', span: { start: 0, end: 8 } }
 * ```
 */
export function postposedSubject(ctx: QuoteContext, a: number, b: number): SubjectHit | null {
  let e = b;
  while (e > a && /\s/u.test(ctx.text[e - 1] ?? '')) e--;
  const m = ctx.mentions.find((x) => x.end === e && x.start >= a);
  if (m !== undefined) return { kind: 'mention', span: { start: m.start, end: m.end }, mention: m };
  const words = wordsIn(ctx.text, a, e);
  let i = words.length;
  while (i > 0 && words.length - i < 4 && !/[,;:]/u.test(ctx.text.slice(words[i - 1]?.end ?? 0, words[i]?.start ?? e))) i--;
  const first = words[i];
  if (first === undefined) return null;
  return { kind: 'nominal', span: { start: first.start, end: e } };
}

/**
 * The entity a speaker label names (`PENCE` in a transcript, `Caddell`): a person or organisation
 * one of whose names holds every word of the label, compared without case.
 *
 * @example
 * ```ts
 * // entities: [{ name: 'Mike Pence', type: 'person', … }]
 * resolveLabel(ctx, 'PENCE'); // 0
 * ```
 */
export function resolveLabel(ctx: QuoteContext, label: string): number | null {
  const key = wordsIn(label, 0, label.length).map((w) => w.text.toLowerCase()).filter((w) => !ctx.c.determiners.has(w));
  if (key.length === 0) return null;
  let best: number | null = null;
  ctx.entities.forEach((e, i) => {
    if (best !== null || (e.type !== 'person' && e.type !== 'organization')) return;
    for (const n of [e.name, ...e.aliases]) {
      const words = new Set(wordsIn(n, 0, n.length).map((w) => w.text.toLowerCase()));
      if (key.every((k) => words.has(k))) {
        best = i;
        return;
      }
    }
  });
  return best;
}
