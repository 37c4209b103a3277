import { splitSentences } from '../../pipeline/sentences.js';
import type { Doc, EntityMention, EventFrame, Span, Stage, Timex } from '../../pipeline/types.js';
import type { EventLexicon } from './lexicon.js';
import { kindFamily } from './kinds.js';
import { WORD_AFTER, WORD_BEFORE, wordAlternation, wordRegex } from '../../pipeline/words.js';
import { matchAllFast } from '../../pipeline/scan.js';

/** How many sentences from the top are searched for the main event's trigger sentences. */
const LEAD_SENTENCES = 12;
/** How many sentences from the top decide the main event's kind when there is no title. */
const KIND_SENTENCES = 5;
/** A main-event date found in the text must lie within this many days of the publication date. */
const MAIN_DATE_WINDOW = { before: 7, after: 1 };
const MAX_PARTICIPANTS = 6;
/** How far (in characters, within the trigger's region) an irrealis cue may stand from the trigger. */
const IRREALIS_WINDOW = { before: 40, after: 40 };

/** One trigger word found in the text, with the sentence it stands in. */
export interface TriggerHit extends Span {
  kind: string;
  sentence: number;
}

interface CompiledLexicon {
  lex: EventLexicon;
  trigger: RegExp;
  kindOf: Map<string, string>;
  marker: RegExp;
  collective: RegExp;
  anaphoric: RegExp;
  irrealisBefore: RegExp;
  irrealisAfter: RegExp;
}

/** Matches nothing: stands in for an empty word list. */
const NEVER = /(?!)/u;

function compile(lex: EventLexicon): CompiledLexicon {
  const kindOf = new Map<string, string>();
  for (const [kind, words] of Object.entries(lex.triggers)) {
    for (const w of words) kindOf.set(w.toLowerCase(), kind);
  }
  const markers = wordAlternation(lex.placeMarkers);
  const marker =
    lex.placeSide === 'after'
      ? new RegExp(`${WORD_BEFORE}(?:${markers})\\s+$`, 'iu')
      : new RegExp(`^\\s*(?:${markers})${WORD_AFTER}`, 'iu');
  const anaphoric = lex.anaphoric.length ? new RegExp(`${WORD_BEFORE}(?:${wordAlternation(lex.anaphoric)})\\s+$`, 'iu') : NEVER;
  return {
    lex, kindOf, marker, anaphoric,
    trigger: wordRegex([...kindOf.keys()], 'giu') ?? NEVER,
    collective: wordRegex(lex.collective, 'iu') ?? NEVER,
    irrealisBefore: wordRegex(lex.irrealis?.before ?? [], 'u') ?? NEVER,
    irrealisAfter: wordRegex(lex.irrealis?.after ?? [], 'u') ?? NEVER,
  };
}

/**
 * Finds every event trigger in the text, the longest phrase winning where triggers overlap.
 *
 * @example
 * ```ts
 * findTriggers('They held talks in Oslo.', EVENTS_EN).map((t) => t.kind); // ['meeting']
 * ```
 */
export function findTriggers(text: string, lex: EventLexicon, sentences = splitSentences(text, lex.sentences)): TriggerHit[] {
  return findCompiled(text, compile(lex), sentences);
}

function findCompiled(text: string, c: CompiledLexicon, sentences: Span[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  let s = 0;
  for (const m of matchAllFast(c.trigger, text)) {
    const start = m.index;
    const kind = c.kindOf.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (kind === undefined) continue;
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= start) s++;
    hits.push({ start, end: start + m[0].length, text: m[0], kind, sentence: s });
  }
  return hits;
}

/** True when two ISO dates of any granularity can denote the same time: one is a prefix of the other. */
export function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000);
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

interface Occurrence {
  hit: TriggerHit;
  /** The part of the sentence that belongs to this trigger (up to the neighbouring trigger). */
  region: { start: number; end: number };
  date: Timex | null;
  place: EntityMention | null;
  sentence: Span;
}

/**
 * Builds the event frames of one document: the main event it reports (kind, date, place,
 * participants) and the events it mentions in passing (another kind, or a date that is not the
 * main event's). Reads `doc.timex` and `doc.mentions`, so it runs after the time and entity stages.
 *
 * @example
 * ```ts
 * const frames = extractEvents(doc, EVENTS_EN);
 * frames[0]?.role; // 'main'
 * ```
 */
export function extractEvents(doc: Doc, lex: EventLexicon): EventFrame[] {
  return extractCompiled(doc, compile(lex));
}

function extractCompiled(doc: Doc, c: CompiledLexicon): EventFrame[] {
  const text = doc.text;
  if (!text.trim()) return [];
  const source = `events/${c.lex.lang}`;
  const sentences = splitSentences(text, c.lex.sentences);
  const hits = findCompiled(text, c, sentences);
  const dates = doc.timex.filter((t) => t.kind === 'date');
  const places = doc.mentions.filter((m) => m.type === 'place').sort((a, b) => a.start - b.start);
  const persons = doc.mentions.filter((m) => m.type === 'person');

  const occurrences: Occurrence[] = hits.map((hit, i) => {
    const sentence = sentences[hit.sentence] ?? { start: 0, end: text.length, text };
    const prev = hits[i - 1];
    const next = hits[i + 1];
    const region = {
      start: prev && prev.sentence === hit.sentence ? prev.end : sentence.start,
      end: next && next.sentence === hit.sentence ? next.start : sentence.end,
    };
    return { hit, region, sentence, date: nearestDate(hit, region, dates), place: markedPlace(text, hit, region, places, c) };
  });

  const published = doc.published ? doc.published.slice(0, 10) : null;
  const mainKind = chooseMainKind(doc.title, occurrences, c) ;
  const mainFamily = kindFamily(mainKind);
  const leadOfKind = occurrences.filter((o) => kindFamily(o.hit.kind) === mainFamily && o.hit.sentence < LEAD_SENTENCES);
  const mainDate = chooseMainDate(leadOfKind, dates, sentences, published);
  const mainOcc = leadOfKind.filter((o) => !o.date || !mainDate || datesCompatible(o.date.value, mainDate) || closeDays(o.date.value, mainDate));
  const mainSentences = [...new Set(mainOcc.map((o) => o.hit.sentence))];
  const mainPlace = chooseMainPlace(doc, mainOcc, places);
  const mainParticipants = participantsIn(mainSentences.map((i) => sentences[i]).filter(isSpan), persons, MAX_PARTICIPANTS);

  const first = mainOcc[0]?.hit ?? sentences[0] ?? { start: 0, end: 0, text: '' };
  const frames: EventFrame[] = [{
    start: first.start, end: first.end, text: first.text, source, rule: mainOcc[0] ? `main:${mainKind}` : 'main:no-trigger',
    kind: mainKind, role: 'main', date: mainDate, place: mainPlace?.entity ?? null, participants: mainParticipants,
    facts: mainOcc[0] ? factsIn(regionText(text, mainOcc[0]), c) : {},
  }];

  const mainSet = new Set(mainOcc);
  const seen = new Set<string>();
  for (const o of occurrences) {
    if (mainSet.has(o)) continue;
    const sameFamily = kindFamily(o.hit.kind) === mainFamily;
    if (sameFamily && !o.date) continue; // the main event again, or too vague to tell
    // "the talks", "this meeting": a definite reference back to the main event (of the same kind:
    // in a landslide report, "the floods" are other floods).
    if (o.hit.kind === mainKind && c.anaphoric.test(text.slice(Math.max(0, o.hit.start - 12), o.hit.start))) continue;
    if (!o.date && !o.place) continue;
    // Planned or expected, or dated after the report: not (yet) an event.
    if (irrealis(text, o, c) || (o.date && published && laterThan(o.date.value, published))) continue;
    const key = `${o.hit.sentence}:${o.hit.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let participants = participantsIn([o.sentence], persons, MAX_PARTICIPANTS);
    if (sameFamily && c.collective.test(o.sentence.text)) {
      participants = [...new Set([...participants, ...mainParticipants])];
    }
    frames.push({
      start: o.hit.start, end: o.hit.end, text: o.hit.text, source, rule: `mentioned:${o.hit.kind}`,
      kind: o.hit.kind, role: 'mentioned', date: o.date?.value ?? null, place: o.place?.entity ?? null,
      participants, facts: factsIn(regionText(text, o), c),
    });
  }
  return frames;
}

/**
 * Whether a mentioned event is only planned, expected or hoped for: an irrealis cue of the language
 * stands just before the trigger or just after it, within the trigger's region of its sentence.
 */
function irrealis(text: string, o: Occurrence, c: CompiledLexicon): boolean {
  const before = text.slice(Math.max(o.region.start, o.hit.start - IRREALIS_WINDOW.before), o.hit.start);
  const after = text.slice(o.hit.end, Math.min(o.region.end, o.hit.end + IRREALIS_WINDOW.after));
  return c.irrealisBefore.test(before) || c.irrealisAfter.test(after);
}

/** Whether a date value (`2019-09-20`, `2019-10`, `2020`) lies wholly after the day `published`. */
export function laterThan(value: string, published: string): boolean {
  const m = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value);
  if (!m) return false;
  return m[0] > published.slice(0, m[0].length);
}

function regionText(text: string, o: Occurrence): string {
  return text.slice(o.region.start, o.region.end);
}

function isSpan(s: Span | undefined): s is Span {
  return s !== undefined;
}

function closeDays(a: string, b: string): boolean {
  return isDay(a) && isDay(b) && Math.abs(dayDiff(a, b)) <= 1;
}

function chooseMainKind(title: string | null, occ: Occurrence[], c: CompiledLexicon): string {
  if (title) {
    const inTitle = findCompiled(title, c, [{ start: 0, end: title.length, text: title }])[0];
    if (inTitle) return inTitle.kind;
  }
  return occ.find((o) => o.hit.sentence < KIND_SENTENCES)?.hit.kind ?? 'other';
}

function chooseMainDate(lead: Occurrence[], dates: Timex[], sentences: Span[], published: string | null): string | null {
  const plausible = (t: Timex): boolean => {
    if (!isDay(t.value)) return false;
    if (!published) return true;
    const d = dayDiff(t.value, published);
    return d >= -MAIN_DATE_WINDOW.before && d <= MAIN_DATE_WINDOW.after;
  };
  for (const o of lead) if (o.date && plausible(o.date)) return o.date.value;
  const leadEnd = sentences[Math.min(2, sentences.length - 1)]?.end ?? 0;
  const early = dates.find((t) => t.start < leadEnd && plausible(t));
  if (early) return early.value;
  return published;
}

function nearestDate(hit: TriggerHit, region: { start: number; end: number }, dates: Timex[]): Timex | null {
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const t of dates) {
    // A date beyond a neighbouring trigger belongs to that trigger.
    if (t.start < region.start || t.end > region.end) continue;
    const distance = t.start >= hit.end ? t.start - hit.end : hit.start - t.end;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The place a marker ties to the trigger: "talks in Tokyo"; in Hindi "टोक्यो में बैठक". The side the
 * language usually puts it on is searched first, then the other ("In Tokyo, the two held talks";
 * "बैठक ओस्लो में हुई"), nearest to the trigger first, within the trigger's region of the sentence.
 */
function markedPlace(text: string, hit: TriggerHit, region: { start: number; end: number }, places: EntityMention[], c: CompiledLexicon): EntityMention | null {
  // Prepositions stand before the place ("in Tokyo"), postpositions after it ("टोक्यो में").
  const prepositional = c.lex.placeSide === 'after';
  const isMarked = (p: EntityMention): boolean =>
    prepositional
      ? c.marker.test(text.slice(Math.max(region.start, p.start - 12), p.start))
      : c.marker.test(text.slice(p.end, Math.min(region.end, p.end + 12)));
  const after = places.filter((p) => p.start >= hit.end && p.end <= region.end);
  const before = places.filter((p) => p.end <= hit.start && p.start >= region.start).reverse();
  for (const side of prepositional ? [after, before] : [before, after]) {
    for (const p of side) {
      if (!isMarked(p)) continue;
      // "Kashmir's Pahalgam": the possessed place is the more specific one.
      const next = places[places.indexOf(p) + 1];
      if (prepositional && next && /^['’]s\s+$/.test(text.slice(p.end, next.start))) return next;
      return p;
    }
  }
  return null;
}

/**
 * Where the main event happened: the place a marker ties to one of its triggers ("talks in Tokyo"),
 * else the dateline's place. The dateline comes second because it says where the report was
 * filed, which a follow-up story or a wire report from the capital does not share with the event.
 */
function chooseMainPlace(doc: Doc, mainOcc: Occurrence[], places: EntityMention[]): EntityMention | null {
  const marked = mainOcc.find((o) => o.place)?.place;
  if (marked) return marked;
  if (!doc.dateline) return null;
  const dl = doc.dateline.toLowerCase();
  return places.find((p) => p.start < 120 && dl.includes(p.text.toLowerCase())) ?? null;
}

function participantsIn(sentences: Span[], persons: EntityMention[], max: number): number[] {
  const out: number[] = [];
  for (const s of sentences) {
    for (const m of persons) {
      if (m.start >= s.start && m.end <= s.end && !out.includes(m.entity)) out.push(m.entity);
      if (out.length >= max) return out;
    }
  }
  return out;
}

function factsIn(sentence: string, c: CompiledLexicon): Record<string, number> {
  const facts: Record<string, number> = {};
  for (const { fact, pattern } of c.lex.facts) {
    if (facts[fact] !== undefined) continue;
    const m = pattern.exec(sentence);
    const n = m?.[1] ? Number(toAsciiDigits(m[1]).replace(/,/g, '')) : NaN;
    if (Number.isFinite(n)) facts[fact] = n;
  }
  return facts;
}

function toAsciiDigits(s: string): string {
  return s.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966));
}

/**
 * The event stage: picks the language's lexicon by `doc.lang` and fills `doc.events`. Languages
 * without a lexicon get no frames (and a message saying so).
 *
 * @example
 * ```ts
 * const stage = createEventStage({ lexicons: { en: EVENTS_EN, hi: EVENTS_HI } });
 * ```
 */
export function createEventStage(options: { lexicons: readonly EventLexicon[] }): Stage {
  const compiled = new Map(options.lexicons.map((l) => [l.lang, compile(l)]));
  return {
    id: 'events',
    run(_ctx, doc) {
      const c = compiled.get(doc.lang);
      if (!c) {
        return { ...doc, messages: [...doc.messages, { level: 'info', reason: `no event rules for language '${doc.lang}'`, source: 'events' }] };
      }
      return { ...doc, events: extractCompiled(doc, c) };
    },
  };
}
