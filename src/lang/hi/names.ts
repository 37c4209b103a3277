/**
 * Hindi name extractor. Devanagari has no capital letters, so names are found by what announces
 * them: an office, rank or honorific before a person (`रक्षा मंत्री श्री X ने`), a head word after an
 * organisation (`रक्षा मंत्रालय`, `X सेंटर`), and a gazetteer of places. A name runs from the word
 * after its trigger to the last word before a postposition, particle or punctuation mark, so spans
 * never include `ne`, `ke`, `men`, ...
 *
 * Names without any of those announcements are found by context, in this order of trust: a word
 * before a known surname is a first name (`सुनील शर्मा`), a word before a place head or a `near`
 * phrase is a place (`X जिले में`, `X के पास`), the word starting a dateline is a place, and a name
 * found so is found again wherever it recurs in the same text (the surname alone included).
 */
import type { NameCandidate, MentionExtractor } from '../../stages/entities/contract.js';
import type { EntityType } from '../../pipeline/types.js';
import {
  HINDI_ADDRESS_WORDS,
  HINDI_COMMON_WORDS,
  HINDI_COPULAS,
  HINDI_GENITIVES,
  HINDI_HONORIFICS,
  HINDI_MINISTER_HEADS,
  HINDI_MINISTER_QUALIFIERS,
  HINDI_NEAR_CUES,
  HINDI_OFFICES,
  HINDI_ORG_HEADS,
  HINDI_ORG_MODIFIERS,
  HINDI_ORGANISATIONS,
  HINDI_PLACE_HEADS,
  HINDI_RANKS,
  HINDI_LEADER_HEADS,
  HINDI_SCHEME_HEADS,
  HINDI_STOP_WORDS,
  HINDI_SURNAMES,
  isHindiNameHead,
  type HindiOrgHead,
} from './entities.js';
import { HINDI_GLOSS, HINDI_PORTFOLIOS, type HindiPortfolio } from './gloss.js';
import { HINDI_DEMONYMS, HINDI_PLACES, type HindiPlace } from './places.js';
import { HI_TIME } from './time.js';

const SOURCE = 'entities/hi';

/** A word of the text with its offsets. */
export interface HindiToken {
  text: string;
  start: number;
  end: number;
}

/**
 * Words of a text: runs of letters, marks and digits (Devanagari vowel signs are marks, so a
 * word is never cut inside), with their UTF-16 offsets. Danda, commas and hyphens separate words.
 *
 * @example
 * ```ts
 * tokenizeHindi('श्री अमन ने,'); // [{ text: 'श्री', start: 0, end: 4 }, { text: 'अमन', start: 5, end: 8 }, { text: 'ने', start: 9, end: 11 }]
 * ```
 */
export function tokenizeHindi(text: string): HindiToken[] {
  const out: HindiToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}\u200C\u200D]+/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Words of a phrase (`जम्मू-कश्मीर` → two words). */
const phraseWords = (phrase: string): string[] => phrase.normalize('NFC').split(/[\s-]+/).filter((w) => w !== '');

/** A phrase index: first word → phrases starting with it, longest first. */
type PhraseIndex<T> = Map<string, { words: string[]; value: T }[]>;

function buildIndex<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  for (const [phrase, value] of entries) {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push({ words, value });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The gap between two words allows them in one name: spaces or one hyphen, nothing else. */
const tightGap = (gap: string): boolean => /^(?:[ \u00A0]+|[ \u00A0]?-[ \u00A0]?)$/.test(gap);

interface Match<T> {
  value: T;
  /** Index of the word after the match. */
  next: number;
}

function matchAt<T>(index: PhraseIndex<T>, tokens: HindiToken[], text: string, i: number): Match<T> | null {
  const first = tokens[i];
  if (first === undefined) return null;
  for (const { words, value } of index.get(first.text) ?? []) {
    let ok = true;
    for (let n = 1; n < words.length && ok; n++) {
      const t = tokens[i + n];
      const prev = tokens[i + n - 1] as HindiToken;
      ok = t !== undefined && t.text === words[n] && tightGap(text.slice(prev.end, t.start));
    }
    if (ok) return { value, next: i + words.length };
  }
  return null;
}

type Trigger =
  | { kind: 'office'; role: string; portfolio?: HindiPortfolio; qualifier?: string; head?: string }
  | { kind: 'honorific' | 'rank' };

/** What the extractor knows, indexed once per extractor (no module-level state). */
interface Lexicon {
  places: PhraseIndex<HindiPlace>;
  orgs: PhraseIndex<string>;
  triggers: PhraseIndex<Trigger>;
  portfolios: PhraseIndex<HindiPortfolio>;
  ministerHeads: PhraseIndex<string>;
  orgHeads: PhraseIndex<HindiOrgHead>;
  stop: Set<string>;
  glossWords: Set<string>;
  modifiers: Set<string>;
  /** Words that never start a name found by context (stop words and common words). */
  common: Set<string>;
  surnames: Set<string>;
  placeHeads: PhraseIndex<true>;
  nearCues: PhraseIndex<true>;
  months: Set<string>;
  copulas: Set<string>;
  schemeHeads: Set<string>;
  leaderHeads: Set<string>;
  address: Set<string>;
}

function buildLexicon(): Lexicon {
  const triggers: [string, Trigger][] = [
    ...HINDI_HONORIFICS.map((t): [string, Trigger] => [t.hi, { kind: 'honorific' }]),
    ...HINDI_RANKS.map((t): [string, Trigger] => [t.hi, { kind: 'rank' }]),
    ...HINDI_OFFICES.map((t): [string, Trigger] => [t.hi, { kind: 'office', role: t.role ?? '' }]),
  ];
  const glossWords = new Set<string>([...Object.keys(HINDI_GLOSS), ...Object.keys(HINDI_PORTFOLIOS)]);
  const modifiers = new Set<string>([
    ...HINDI_ORG_MODIFIERS,
    ...Object.keys(HINDI_DEMONYMS),
    ...Object.keys(HINDI_PORTFOLIOS).filter((p) => !p.includes(' ')),
  ]);
  return {
    places: buildIndex(HINDI_PLACES.flatMap((p) => p.hi.map((h): [string, HindiPlace] => [h, p]))),
    orgs: buildIndex(HINDI_ORGANISATIONS.flatMap((o) => o.hi.map((h): [string, string] => [h, o.en]))),
    triggers: buildIndex(triggers),
    portfolios: buildIndex(Object.entries(HINDI_PORTFOLIOS)),
    ministerHeads: buildIndex(Object.entries(HINDI_MINISTER_HEADS)),
    orgHeads: buildIndex(HINDI_ORG_HEADS.map((h): [string, HindiOrgHead] => [h.hi, h])),
    stop: new Set(HINDI_STOP_WORDS),
    glossWords,
    modifiers,
    common: new Set([...HINDI_STOP_WORDS, ...HINDI_COMMON_WORDS]),
    surnames: new Set(HINDI_SURNAMES.map((n) => n.hi.normalize('NFC'))),
    placeHeads: buildIndex(HINDI_PLACE_HEADS.map((h): [string, true] => [h, true])),
    nearCues: buildIndex(HINDI_NEAR_CUES.map((h): [string, true] => [h, true])),
    months: new Set(Object.keys(HI_TIME.months)),
    copulas: new Set(HINDI_COPULAS),
    schemeHeads: new Set(HINDI_SCHEME_HEADS),
    leaderHeads: new Set(HINDI_LEADER_HEADS),
    address: new Set(HINDI_ADDRESS_WORDS),
  };
}

const DEVANAGARI_ONLY = /^[\u0900-\u0963\u0971-\u097F\u200C\u200D]+$/;

/** Office, rank or honorific at word i: fixed offices and composed ministers (`केंद्रीय रक्षा मंत्री`). */
function matchTrigger(lex: Lexicon, tokens: HindiToken[], text: string, i: number): Match<Trigger> | null {
  let j = i;
  let qualifier: string | undefined;
  const q = tokens[j];
  if (q && HINDI_MINISTER_QUALIFIERS[q.text] !== undefined && tokens[j + 1] && tightGap(text.slice(q.end, tokens[j + 1]?.start))) {
    qualifier = HINDI_MINISTER_QUALIFIERS[q.text];
    j++;
  }
  const portfolio = matchAt(lex.portfolios, tokens, text, j);
  const headAt = portfolio ? portfolio.next : j;
  const prev = tokens[headAt - 1];
  const headTok = tokens[headAt];
  if (portfolio === null || (prev && headTok && tightGap(text.slice(prev.end, headTok.start)))) {
    const head = matchAt(lex.ministerHeads, tokens, text, headAt);
    if (head && (portfolio || qualifier || headAt === i)) {
      const role = [qualifier === 'former' ? undefined : qualifier, portfolio?.value.en, head.value].filter(Boolean).join(' ');
      return {
        value: { kind: 'office', role, portfolio: portfolio?.value, qualifier, head: head.value },
        next: head.next,
      };
    }
  }
  return matchAt(lex.triggers, tokens, text, i);
}

/** The country right before an office through a genitive (`जापान के रक्षा मंत्री`), if any. */
function countryBefore(lex: Lexicon, tokens: HindiToken[], text: string, i: number): HindiPlace | null {
  const gen = tokens[i - 1];
  const cur = tokens[i];
  if (!gen || !cur || !HINDI_GENITIVES.includes(gen.text) || !tightGap(text.slice(gen.end, cur.start))) return null;
  for (let n = 1; n <= 4 && i - 1 - n >= 0; n++) {
    const m = matchAt(lex.places, tokens, text, i - 1 - n);
    const placeEnd = tokens[i - 2];
    if (m && m.next === i - 1 && placeEnd && tightGap(text.slice(placeEnd.end, gen.start))) {
      return m.value.kind === 'country' || m.value.kind === 'state' ? m.value : null;
    }
  }
  return null;
}

/** A word that can be part of a person's name. */
function nameWord(lex: Lexicon, tok: HindiToken | undefined): boolean {
  if (tok === undefined || !DEVANAGARI_ONLY.test(tok.text)) return false;
  if (lex.stop.has(tok.text) || lex.glossWords.has(tok.text)) return false;
  if (lex.triggers.has(tok.text) || lex.ministerHeads.has(tok.text)) return false;
  // Oblique plurals (`वीरों`, `देशों`) are common nouns, never names.
  return !/ों$/.test(tok.text);
}

function roleOf(trigger: Trigger, country: HindiPlace | null): string | undefined {
  if (trigger.kind !== 'office' || trigger.role === '') return undefined;
  let role = trigger.role;
  if (trigger.portfolio?.abroad && country && country.en !== 'India') {
    role = role.replace(trigger.portfolio.en, trigger.portfolio.abroad);
  }
  return country ? `${role} of ${country.en}` : role;
}

function findPersons(lex: Lexicon, tokens: HindiToken[], text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    let office: Trigger | null = null;
    let sawHonorific = false;
    while (j < tokens.length) {
      if (j > i) {
        // Triggers chain across spaces, and across the dot of an abbreviation (`डॉ. `).
        const gap = text.slice((tokens[j - 1] as HindiToken).end, (tokens[j] as HindiToken).start);
        if (!tightGap(gap) && !/^\.[ \u00A0]*$/.test(gap)) break;
      }
      const m = matchTrigger(lex, tokens, text, j);
      if (m === null) break;
      if (m.value.kind === 'office') office ??= m.value;
      else sawHonorific = true;
      j = m.next;
    }
    // `श्री लंका` is a country, not the honorific `श्री` before a name.
    if (j === i || matchAt(lex.places, tokens, text, i)) continue;
    const names: HindiToken[] = [];
    let k = j;
    while (k < tokens.length && names.length < 3) {
      const prev = tokens[k - 1] as HindiToken;
      const tok = tokens[k] as HindiToken;
      const gap = text.slice(prev.end, tok.start);
      const abbrev = /^\.[ \u00A0]*$/.test(gap) && (names.length === 0 ? k === j : prev.text.length <= 3);
      if (!tightGap(gap) && !abbrev) break;
      if (/-/.test(gap)) break;
      if (!nameWord(lex, tok) || lex.schemeHeads.has(tok.text) || lex.address.has(tok.text) || matchAt(lex.places, tokens, text, k) || matchAt(lex.orgs, tokens, text, k)) break;
      names.push(tok);
      k++;
    }
    const first = names[0];
    const last = names[names.length - 1];
    if (first === undefined || last === undefined) {
      i = j - 1;
      continue;
    }
    // An office alone is weaker evidence than an honorific: the name must be followed by a
    // postposition, punctuation or the end, not run on into more ordinary words.
    const after = tokens[k];
    const tightAfter = after !== undefined && tightGap(text.slice(last.end, after.start));
    const runsOn = tightAfter && nameWord(lex, after);
    // Nor be a word said of the office holders (`राज्यपाल शामिल होते हैं`), nor the middle of a
    // scheme, body or facility named after the office (`प्रधानमंत्री आवास योजना`, `मुख्यमंत्री राहत
    // केंद्र`); a government or an era follows a person (`प्रधानमंत्री मोदी सरकार`).
    const predicate = tightAfter && names.length === 1 && lex.copulas.has(after.text);
    const scheme = tightAfter && (lex.schemeHeads.has(after.text) || (isHindiNameHead(after.text) && !lex.leaderHeads.has(after.text)));
    if (!sawHonorific && (runsOn || predicate || scheme)) {
      i = k - 1;
      continue;
    }
    const startTok = tokens[i] as HindiToken;
    const endTrig = tokens[j - 1] as HindiToken;
    const country = office ? countryBefore(lex, tokens, text, i) : null;
    const role = office ? roleOf(office, country) : undefined;
    out.push(candidate(text, first, last, 'person', office ? 'office+name' : 'honorific+name', {
      title: text.slice(startTok.start, endTrig.end),
      ...(role ? { role } : {}),
    }));
    i = k - 1;
  }
  return out;
}

function findOrganisations(lex: Lexicon, tokens: HindiToken[], text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = matchAt(lex.orgHeads, tokens, text, h);
    if (head === null) continue;
    const { modifiers, type } = head.value;
    let k = h;
    let glossMods = 0;
    let properMods = 0;
    while (k > 0 && h - k < 4) {
      const tok = tokens[k - 1] as HindiToken;
      if (!tightGap(text.slice(tok.end, (tokens[k] as HindiToken).start))) break;
      const isGloss = lex.modifiers.has(tok.text) || placeEndingAt(lex, tokens, text, k) !== null;
      const isProper = !isGloss && nameWord(lex, tok) && !lex.modifiers.has(tok.text);
      if (isGloss && modifiers !== 'proper') {
        if (properMods > 0) break;
        glossMods++;
      } else if (isProper && modifiers !== 'gloss' && properMods < 2 && glossMods === 0) {
        properMods++;
      } else {
        break;
      }
      k--;
    }
    if (k === h) continue;
    const first = tokens[k] as HindiToken;
    const last = tokens[head.next - 1] as HindiToken;
    out.push(candidate(text, first, last, type, properMods > 0 ? 'name+head' : 'modifier+head'));
  }
  return out;
}

/** The candidate spanning tokens `first` to `last`. */
function candidate(
  text: string, first: HindiToken, last: HindiToken, type: EntityType, rule: string,
  extra: Pick<NameCandidate, 'title' | 'role'> = {},
): NameCandidate {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), type, ...extra, source: SOURCE, rule };
}

/** A place whose last word is word k-1, if any (for `दिल्ली पुलिस`). */
function placeEndingAt(lex: Lexicon, tokens: HindiToken[], text: string, k: number): HindiPlace | null {
  for (let n = 1; n <= 4 && k - n >= 0; n++) {
    const m = matchAt(lex.places, tokens, text, k - n);
    if (m && m.next === k) return m.value;
  }
  return null;
}

function findGazetteer(lex: Lexicon, tokens: HindiToken[], text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const place = matchAt(lex.places, tokens, text, i);
    const org = place ? null : matchAt(lex.orgs, tokens, text, i);
    const m = place ?? org;
    if (m === null) continue;
    const first = tokens[i] as HindiToken;
    const last = tokens[m.next - 1] as HindiToken;
    out.push(candidate(text, first, last, place ? 'place' : 'organization', 'gazetteer'));
    i = m.next - 1;
  }
  return out;
}

/** Endings of Hindi adjectives and participles (`संवेदनशील`, `प्रभावित`, `राष्ट्रीय`): never a place's name. */
const ADJECTIVE_ENDING = /(?:ीय|शील|वर्ती|ग्रस्त|युक्त|पूर्ण|जनक|नीय|कारी|ित)$/;

/** A word that may be a name found by context alone: a name word that is no common word, gazetteer entry or modifier. */
function contextWord(lex: Lexicon, tokens: HindiToken[], text: string, k: number): boolean {
  const tok = tokens[k];
  if (!nameWord(lex, tok) || tok === undefined || [...tok.text].length < 2) return false;
  if (lex.common.has(tok.text) || lex.modifiers.has(tok.text) || lex.orgHeads.has(tok.text)) return false;
  return matchAt(lex.orgs, tokens, text, k) === null && matchAt(lex.placeHeads, tokens, text, k) === null;
}

/** Inside any of the spans. */
const covered = (spans: readonly NameCandidate[], start: number, end: number): boolean =>
  spans.some((c) => c.start < end && start < c.end);

/**
 * Persons without a title: one or two name words before a known surname (`सुनील शर्मा`), and a
 * second surname after it (`अजय कुमार सिंह`). The surname alone is no name here.
 */
function findSurnamePersons(lex: Lexicon, tokens: HindiToken[], text: string, taken: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let s = 1; s < tokens.length; s++) {
    const sur = tokens[s] as HindiToken;
    if (!lex.surnames.has(sur.text)) continue;
    const prev = tokens[s - 1] as HindiToken;
    if (!tightGap(text.slice(prev.end, sur.start)) || /-/.test(text.slice(prev.end, sur.start))) continue;
    if (lex.surnames.has(prev.text) || !contextWord(lex, tokens, text, s - 1) || matchAt(lex.places, tokens, text, s - 1)) continue;
    let end = s;
    const next = tokens[s + 1];
    if (next && lex.surnames.has(next.text) && tightGap(text.slice(sur.end, next.start))) end = s + 1;
    const first = prev;
    const last = tokens[end] as HindiToken;
    if (covered(taken, first.start, last.end)) continue;
    out.push(candidate(text, first, last, 'person', 'surname'));
    s = end;
  }
  return out;
}

/** Places by context: `X जिले`, `X गांव`, `X के पास`, one or two name words before the cue. */
function findContextPlaces(lex: Lexicon, tokens: HindiToken[], text: string, taken: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const cue = matchAt(lex.placeHeads, tokens, text, h) ?? matchAt(lex.nearCues, tokens, text, h);
    if (cue === null) continue;
    const head = tokens[h] as HindiToken;
    const last = tokens[h - 1] as HindiToken;
    if (!tightGap(text.slice(last.end, head.start)) || /-/.test(text.slice(last.end, head.start))) continue;
    if (!contextWord(lex, tokens, text, h - 1) || ADJECTIVE_ENDING.test(last.text) || lex.surnames.has(last.text)) continue;
    let k = h - 1;
    const before = tokens[k - 1];
    if (
      before && tightGap(text.slice(before.end, last.start)) && !/-/.test(text.slice(before.end, last.start)) &&
      contextWord(lex, tokens, text, k - 1) && !ADJECTIVE_ENDING.test(before.text) && !lex.surnames.has(before.text)
    ) {
      k--;
    }
    const first = tokens[k] as HindiToken;
    if (covered(taken, first.start, last.end) || covered(out, first.start, last.end)) continue;
    out.push(candidate(text, first, last, 'place', 'place-context'));
  }
  return out;
}

/** A dateline's place: one or two name words at the start of a line, then a comma and a date (`X, 3 मार्च`). */
function findDatelinePlaces(lex: Lexicon, tokens: HindiToken[], text: string, taken: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as HindiToken;
    if (!/(?:^|\n)[ \t\u00A0]*$/.test(text.slice(Math.max(0, first.start - 20), first.start))) continue;
    for (let n = 1; n <= 2; n++) {
      const last = tokens[i + n - 1];
      const date = tokens[i + n];
      if (last === undefined || date === undefined || !contextWord(lex, tokens, text, i + n - 1)) break;
      if (n === 2 && !tightGap(text.slice(first.end, last.start))) break;
      if (!/^[ \u00A0]*,[ \u00A0]*$/.test(text.slice(last.end, date.start))) continue;
      if (!/^[0-9\u0966-\u096F]+$/.test(date.text) && !lex.months.has(date.text)) continue;
      if (!covered(taken, first.start, last.end)) {
        out.push(candidate(text, first, last, 'place', 'dateline'));
      }
      break;
    }
  }
  return out;
}

/**
 * Names found by context, found again where they recur in the same text: the whole name, and for a
 * person of two words or more the surname alone when no other person found shares it.
 */
function findRepeats(lex: Lexicon, tokens: HindiToken[], text: string, found: readonly NameCandidate[], taken: readonly NameCandidate[]): NameCandidate[] {
  const forms = new Map<string, { type: NameCandidate['type']; rule: string } | null>();
  const claim = (form: string, type: NameCandidate['type'], rule: string): void => {
    const prev = forms.get(form);
    forms.set(form, prev === undefined || (prev !== null && prev.type === type) ? { type, rule } : null);
  };
  for (const c of found) claim(c.text, c.type, `${c.rule}-repeat`);
  const lastWords = new Map<string, number>();
  for (const c of [...taken, ...found]) {
    if (c.type !== 'person') continue;
    const words = c.text.split(/[\s\u00A0]+/);
    const last = words[words.length - 1];
    if (words.length > 1 && last !== undefined) lastWords.set(last, (lastWords.get(last) ?? 0) + 1);
  }
  for (const [last, n] of lastWords) {
    if (n === 1 && !lex.common.has(last) && [...last].length >= 2 && !forms.has(last)) claim(last, 'person', 'surname-repeat');
  }
  const out: NameCandidate[] = [];
  const all = [...taken, ...found];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 2; n >= 1; n--) {
      const first = tokens[i] as HindiToken;
      const last = tokens[i + n - 1];
      if (last === undefined) continue;
      if (n === 2 && !tightGap(text.slice(first.end, last.start))) continue;
      const form = text.slice(first.start, last.end);
      const hit = forms.get(form);
      if (!hit || covered(all, first.start, last.end) || covered(out, first.start, last.end)) continue;
      // A recurring single word must stand alone: not run into another name word (`शर्मा जी` is fine).
      const after = tokens[i + n];
      if (n === 1 && hit.type === 'place' && after && tightGap(text.slice(last.end, after.start)) && lex.placeHeads.has(after.text)) continue;
      out.push({ start: first.start, end: last.end, text: form, type: hit.type, source: SOURCE, rule: hit.rule });
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * The Hindi name extractor: persons after offices and honorifics (with the office in English as
 * `role`, qualified by a country before it), organisations and facilities before their head word,
 * and gazetteer places. Candidates may overlap; the entity stage's refiners choose.
 *
 * @example
 * ```ts
 * const hi = createHindiNameExtractor();
 * hi.extract('विदेश मंत्री श्री अमन वर्मा ने कहा');
 * // [{ start: 18, end: 27, text: 'अमन वर्मा', type: 'person', title: 'विदेश मंत्री श्री',
 * //    role: 'External Affairs Minister', source: 'entities/hi', rule: 'office+name' }]
 * ```
 */
export function createHindiNameExtractor(): MentionExtractor {
  const lex = buildLexicon();
  return {
    lang: 'hi',
    extract(text: string): NameCandidate[] {
      const tokens = tokenizeHindi(text);
      const known = [
        ...findPersons(lex, tokens, text),
        ...findOrganisations(lex, tokens, text),
        ...findGazetteer(lex, tokens, text),
      ];
      const persons = findSurnamePersons(lex, tokens, text, known);
      const places = findContextPlaces(lex, tokens, text, [...known, ...persons]);
      const datelines = findDatelinePlaces(lex, tokens, text, [...known, ...persons, ...places]);
      const byContext = [...persons, ...places, ...datelines];
      const repeats = findRepeats(lex, tokens, text, byContext, known);
      const all = [...known, ...byContext, ...repeats];
      return all.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
