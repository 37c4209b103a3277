/**
 * English name extractor: proposes person, organisation and place names with their titles and
 * roles, for the entity stage's refiners to de-overlap, type and group.
 *
 * How it works, in order:
 * 1. tokenise with offsets (possessives, hyphen compounds, initials and OCR `l`-for-`I` handled);
 * 2. build runs of capitalised tokens, joined by connectors only where the result is a known kind
 *    of name (`Ministry of Defence`, `Jammu and Kashmir`, `Unlawful Activities (Prevention) Act`);
 * 3. in each run, peel titles off the front (`Raksha Mantri Shri`, `Japan's Defence Minister Gen`)
 *    into `title` and a normalised `role`, and forms of address off the back (`San`, `Ji`);
 * 4. drop what is not a name (sentence-initial function words, months, demonyms, generic words,
 *    headline-case noise) and type the rest from head words, the gazetteer and context;
 * 5. add nominal role mentions (`the Indian defence minister`, rule `nominal-role`) and roles from
 *    appositions and counterparts (`his Japanese counterpart, X`).
 *
 * Rule names are the contract with the entity stage's type voting: `title`, `counterpart`,
 * `org-head`, `org-link`, `org-known`, `org-acronym`, `gazetteer`, `place-head`, `reporting-verb`,
 * `given-name`, `context`, `place-compound`, `acronym`, `acronym-paren`, `name`, `nominal-role`.
 *
 * @example
 * ```ts
 * const en = createEnglishNameExtractor();
 * en.extract('Raksha Mantri Shri Rajnath Singh spoke.');
 * // [{ start: 19, end: 32, text: 'Rajnath Singh', type: 'person', title: 'Raksha Mantri Shri',
 * //    role: 'Defence Minister', source: 'entities/en', rule: 'title' }]
 * ```
 */

import type { EntityType } from '../../pipeline/types.js';
import type { MentionExtractor, NameCandidate } from '../../stages/entities/contract.js';
import {
  COUNTERPART_DETERMINERS,
  COUNTERPART_WORDS,
  GENERIC_WORDS,
  GIVEN_NAMES,
  HONORIFICS,
  HYPHEN_SUFFIXES,
  KNOWN_ORGANIZATIONS,
  MONTHS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOMINAL_OPENERS,
  NON_NAME_ACRONYMS,
  NON_NAME_ADJECTIVES,
  NON_PERSON_WORDS,
  OF_HEADS,
  OFFICE_COUNTRY,
  OFFICE_ROLES,
  NAME_COMPOUND_TAILS,
  ORG_ACRONYMS,
  ORG_HEADS,
  ORG_NAME_LINKS,
  PLACE_COMPOUND_SUFFIXES,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  RANKS,
  REPORTING_VERBS,
  ROLE_AREAS,
  ROLE_COUNTRY_MODIFIERS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_SPELLING,
  STOP_WORDS,
  TITLE_ACRONYMS,
  WEEKDAYS,
} from './entities.js';
import { COUNTRY_CANONICAL, COUNTRY_NAMES, DEMONYM_COUNTRY, PLACE_NAMES } from './places.js';

const SOURCE = 'entities/en';

/** A token of the text with the facts the rules need. */
export interface Token {
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** The text used for look-ups: trailing full stop removed, OCR `l` at the start read as `I`. */
  key: string;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Starts with a capital letter (or an OCR `l` standing for `I`). */
  cap: boolean;
  /** Looks like an acronym (`TRF`, `LeT`, `ASEAN`). */
  acronym: boolean;
  /** Followed by a possessive `'s` that is not part of the token. */
  poss: boolean;
  /** The gap before the token is spaces or tabs only (no line break), and not empty. */
  spaced: boolean;
  /** The gap before the token is empty. */
  glued: boolean;
  /** First word of a sentence, line or quotation. */
  sentStart: boolean;
  /** Part of a split compound (`India-Japan`): never joined to its neighbours. */
  isolated: boolean;
  /** Lower-case tail of a hyphen compound that was cut off (`based` in `Delhi-based`). */
  tail?: string;
  /** Form of address cut off after a hyphen (`san` in `Nakatani-san`). */
  suffix?: string;
  /** Index of the line the token is on. */
  line: number;
  /** Index of the sentence the token is in. */
  sentence: number;
}

// Dotted acronyms (`U.S.`, `U.N.`) are one token; their look-up key drops the dots.
const WORD_RE = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Lt', 'Gen', 'Col', 'Capt', 'Prof', 'Jr', 'Sr', 'Sgt', 'Adm', 'Brig', 'Maj', 'Rev', 'Hon', 'Sen', 'Rep', 'Gov', 'Smt', 'Cdr', 'Insp', 'Co', 'Inc', 'Ltd', 'Corp']);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|', '–', '—', '…']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '‹']);
const HYPHEN_PREFIXES = new Set(['ex', 'pro', 'anti', 'non', 'pre', 'post', 'mid', 'pan', 'trans', 'cross']);
const CONNECTORS_OF = new Set(['of', 'for']);
const CONNECTORS_AND = new Set(['and', '&']);
const NO_WORDS: ReadonlySet<string> = new Set();
/** Rules strong enough to keep a name on a headline-case line the body does not repeat. */
const HEADLINE_RULES: ReadonlySet<string> = new Set(['title', 'gazetteer', 'org-acronym', 'org-known', 'given-name', 'dateline']);

function isUpper(ch: string): boolean {
  return /^[\p{Lu}\p{Lt}]$/u.test(ch);
}

/** OCR reads a capital I as a lower-case l: `lwaya`, `lndo-Pacific`. No English word starts with l + consonant. */
function ocrCapital(t: string): boolean {
  return t.charCodeAt(0) === 0x6c && /^l[bcdfghjkmnpqrstvwxz][\p{L}]/u.test(t);
}

/** A word (or hyphen part) that starts with a capital, or with an OCR `l` standing for `I`. */
function capPart(p: string): boolean {
  return p.length > 0 && (isUpper(p[0] ?? '') || ocrCapital(p));
}

function lookupKey(t: string): string {
  if (t.endsWith('.') && /^(?:\p{Lu}\.){2,}$/u.test(t)) return t.replace(/\./g, '');
  const s = t.endsWith('.') ? t.slice(0, -1) : t;
  return ocrCapital(s) ? `I${s.slice(1)}` : s;
}

function isAcronym(t: string): boolean {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(t) || t.length < 2 || t.length > 6) return false;
  const upper = (t.match(/[A-Z]/g) ?? []).length;
  const lower = (t.match(/[a-z]/g) ?? []).length;
  return upper >= 2 && upper > lower;
}

/**
 * Splits a text into tokens with offsets, possessives, hyphen compounds and sentence starts.
 *
 * @example
 * ```ts
 * tokenize("Japan's envoy").map((t) => [t.text, t.poss]); // [['Japan', true], ['envoy', false]]
 * ```
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let line = 0;
  let sentence = 0;
  let prevEnd = 0;
  let skipUntil = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    if (start < skipUntil) continue; // the full stop of an abbreviation, already in its token
    let raw = m[0];
    // The gap before the token, counted in place (no slice, no match array per token).
    const gapLength = Math.max(0, start - prevEnd);
    let newlines = 0;
    for (let k = prevEnd; k < start; k++) if (text.charCodeAt(k) === 0x0a) newlines++;
    line += newlines;
    const prev = out[out.length - 1];
    if (newlines > 0 || (prev && !prev.word && /^[.!?]$/.test(prev.text))) sentence += prev ? 1 : 0;
    const spaced = gapLength > 0 && newlines === 0;
    const glued = gapLength === 0;
    const isWord = /[\p{L}\p{M}\p{N}]/u.test(raw);
    if (!isWord) {
      out.push({ start, end: start + raw.length, text: raw, key: raw, word: false, cap: false, acronym: false, poss: false, spaced, glued, sentStart: false, isolated: false, line, sentence });
      prevEnd = start + raw.length;
      continue;
    }
    let poss = false;
    if (/['’]s$/i.test(raw) && raw.length > 2) {
      raw = raw.slice(0, -2);
      poss = true;
    }
    const pieces: Array<{ s: number; t: string; isolated: boolean; tail?: string; suffix?: string }> = [];
    const parts = raw.includes('-') ? raw.split('-') : [raw];
    const last = parts[parts.length - 1] ?? '';
    if (parts.length >= 2 && capPart(parts[0] ?? '') && HYPHEN_SUFFIXES.includes(last.toLowerCase()) && parts.length === 2) {
      pieces.push({ s: start, t: parts[0] ?? '', isolated: false, suffix: last });
    } else if (parts.length >= 2 && capPart(parts[0] ?? '') && NAME_COMPOUND_TAILS.has(last.toLowerCase())) {
      // `Delhi-based`, `Pakistan-backed`: the name is the first part; the tail may say place.
      const head = parts.slice(0, -1).join('-');
      if (parts.slice(0, -1).every(capPart)) pieces.push({ s: start, t: head, isolated: false, tail: last.toLowerCase() });
      else pieces.push({ s: start, t: raw, isolated: false });
    } else if (parts.length >= 2 && parts.every(capPart) && !PLACE_NAMES.has(lookupKey(raw)) && parts.some((p) => isPlaceWord(p))) {
      // `India-Japan`: two names side by side, each on its own.
      let off = start;
      for (const p of parts) {
        if (isPlaceWord(p)) pieces.push({ s: off, t: p, isolated: true });
        off += p.length + 1;
      }
    } else if (parts.length >= 2 && HYPHEN_PREFIXES.has((parts[0] ?? '').toLowerCase()) && capPart(parts[1] ?? '')) {
      // `anti-India`, `mid-April`: the name is after the prefix.
      const p0 = parts[0] ?? '';
      pieces.push({ s: start + p0.length + 1, t: raw.slice(p0.length + 1), isolated: false });
    } else {
      pieces.push({ s: start, t: raw, isolated: false });
    }
    pieces.forEach((p, k) => {
      let t = p.t;
      let end = p.s + t.length;
      // Initials and abbreviations keep their full stop (`S. Jaishankar`, `Mr. Abe`).
      if (k === pieces.length - 1 && !poss && text[end] === '.' && (ABBREVIATIONS.has(t) || /^\p{Lu}$/u.test(t)) && /^\.\s+\p{Lu}/u.test(text.slice(end, end + 3))) {
        t += '.';
        end += 1;
        skipUntil = end;
      }
      const key = lookupKey(t);
      const cap = capPart(t) || (/^(al|el)-\p{Lu}/u.test(t));
      const tok: Token = {
        start: p.s,
        end,
        text: t,
        key,
        word: true,
        cap,
        acronym: isAcronym(key),
        poss: poss && k === pieces.length - 1,
        spaced: k === 0 ? spaced : false,
        glued: k === 0 ? glued : false,
        sentStart: false,
        isolated: p.isolated,
        line,
        sentence,
      };
      if (p.tail) tok.tail = p.tail;
      if (p.suffix) tok.suffix = p.suffix;
      out.push(tok);
    });
    prevEnd = Math.max(start + m[0].length, skipUntil);
  }
  // Sentence starts: first word after a sentence end, a line break, or an opening quote at one.
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!t || !t.word) continue;
    let j = i - 1;
    let starts = true;
    while (j >= 0) {
      const p = out[j];
      if (!p) break;
      if (out[j + 1] && !out[j + 1]?.spaced && !out[j + 1]?.glued) break; // line break before j+1
      if (p.word) {
        starts = false;
        break;
      }
      if (SENTENCE_END.has(p.text) || p.text === '-' ) break;
      if (OPENERS.has(p.text)) {
        j--;
        continue;
      }
      starts = false;
      break;
    }
    t.sentStart = starts;
  }
  return out;
}

function isPlaceWord(p: string): boolean {
  const k = lookupKey(p);
  return PLACE_NAMES.has(k);
}

function lower(t: Token | undefined): string {
  return t ? t.key.toLowerCase() : '';
}

function countryOf(name: string): string {
  return COUNTRY_CANONICAL.get(name) ?? name;
}

const AREA_CANONICAL: ReadonlyMap<string, string> = new Map([...ROLE_AREAS].map((a) => [a.toLowerCase(), a]));

function titleCase(w: string): string {
  return AREA_CANONICAL.get(w.toLowerCase()) ?? (w[0] ?? '').toUpperCase() + w.slice(1);
}

function normaliseArea(words: string[]): string {
  return words.map((w) => (CONNECTORS_AND.has(w) ? w : titleCase(w))).map((w) => ROLE_SPELLING.get(w) ?? w).join(' ');
}

/** Joined keys of tokens [i, i+n) when they follow each other on one line, else null. */
function phrase(toks: Token[], i: number, n: number): string | null {
  const ws: string[] = [];
  for (let k = i; k < i + n; k++) {
    const t = toks[k];
    if (!t || !t.word) return null;
    if (k > i && !t.spaced) return null;
    if (k < i + n - 1 && t.poss) return null;
    ws.push(t.key);
  }
  return ws.join(' ');
}

const OFFICE_LOWER: ReadonlyMap<string, string> = new Map([...OFFICE_ROLES].map(([k, v]) => [k.toLowerCase(), v]));
const RANKS_LOWER: ReadonlySet<string> = new Set([...RANKS].map((r) => r.toLowerCase()));
const HONORIFICS_LOWER: ReadonlySet<string> = new Set([...HONORIFICS].map((r) => r.toLowerCase()));
const AREAS_LOWER: ReadonlySet<string> = new Set([...ROLE_AREAS].map((r) => r.toLowerCase()));
const HEADS_LOWER: ReadonlySet<string> = new Set([...ROLE_HEADS].map((r) => r.toLowerCase()));
const PLACES_LOWER: ReadonlySet<string> = new Set([...PLACE_NAMES].map((r) => r.toLowerCase()));

function isStopKey(t: Token): boolean {
  const l = lower(t);
  return STOP_WORDS.has(l) || MONTHS.has(l) || WEEKDAYS.has(l);
}

/** Longest match of tokens at i against a set of lower-cased phrases (up to 5 words). */
function longest(toks: Token[], i: number, has: (p: string) => boolean, caps: boolean): number {
  // The lengths n for which `phrase(toks, i, n)` is a phrase (and, with `caps`, every word is capitalised
  // or `of`/`for`) are 1..max: a token that fails ends every longer phrase, and a possessive may only be
  // last. Each key is lower-cased once (as the joined phrase would be: a space ends a final sigma's context).
  const lowered: string[] = [];
  for (let k = i; k < i + 5; k++) {
    const t = toks[k];
    if (!t || !t.word || (k > i && !t.spaced)) break;
    if (caps && !(t.cap || CONNECTORS_OF.has(t.text))) break;
    lowered.push(t.key.toLowerCase());
    if (t.poss) break;
  }
  for (let n = lowered.length; n >= 1; n--) {
    if (has(n === 1 ? (lowered[0] as string) : lowered.slice(0, n).join(' '))) return n;
  }
  return 0;
}

interface Office {
  /** Tokens consumed. */
  n: number;
  role: string;
  country?: string;
  countryToks: Token[];
}

/**
 * An office at i: a listed office (`Raksha Mantri`, `Prime Minister`), `<areas> <head>`,
 * `Minister of <areas>`, then optionally `of <Country>`. `caps`: every word must be capitalised.
 * Words before a head are area words, modifiers, generic words, or (with `common`, the words the
 * document also writes in lower case) common nouns (`Chief Fire Officer`), joined by `and`
 * (`Commerce and Industry Minister`); the longest such office wins.
 */
function officeAt(toks: Token[], i: number, limit: number, caps: boolean, common: ReadonlySet<string> = NO_WORDS): Office | null {
  const listed = longest(toks, i, (p) => OFFICE_LOWER.has(p), caps);
  let n = 0;
  let role = '';
  const roleWord = (t: Token): boolean =>
    AREAS_LOWER.has(lower(t)) || (t.cap && !t.acronym && (ROLE_MODIFIERS.has(t.key) || GENERIC_WORDS.has(t.key) || common.has(lower(t))));
  // `<areas> <head>`: Defence Minister, External Affairs Minister, Army Chief, Chief Fire Officer.
  for (let k = i; k < Math.min(limit, i + 7); k++) {
    const t = toks[k];
    if (!t || !t.word || (k > i && !t.spaced)) break;
    if (k > i && CONNECTORS_AND.has(t.text) && !toks[k - 1]?.poss) {
      const nx = toks[k + 1];
      if (nx && nx.word && nx.spaced && roleWord(nx)) continue;
      break;
    }
    if (caps && !t.cap) break;
    if (k > i && HEADS_LOWER.has(lower(t))) {
      n = k - i + 1;
      const areas = toks.slice(i, k).map((x) => x.key);
      const head = titleCase(/^mantri$/i.test(t.key) ? 'Minister' : t.acronym ? t.key : t.key.replace(/s$/, ''));
      role = `${normaliseArea(areas)} ${head}`;
    }
    if (toks[k]?.poss) break;
    if (!HEADS_LOWER.has(lower(t)) && !roleWord(t)) break;
  }
  if (listed > n) {
    n = listed;
    role = OFFICE_LOWER.get((phrase(toks, i, listed) ?? '').toLowerCase()) ?? '';
  }
  if (n === 0 || i + n > limit) return null;
  const office: Office = { n, role, countryToks: [] };
  const listedCountry = listed === n ? OFFICE_COUNTRY.get((phrase(toks, i, n) ?? '').toLowerCase()) : undefined;
  if (listedCountry) office.country = listedCountry;
  const headTok = toks[i + n - 1];
  // `Minister of Defence`, `Minister for External Affairs`.
  if (headTok && !headTok.poss && /^minister$/i.test(headTok.key) && CONNECTORS_OF.has(lower(toks[i + n]))) {
    const areas: string[] = [];
    let k = i + n + 1;
    const area = (x: Token | undefined): boolean => !!x && x.word && x.spaced && AREAS_LOWER.has(lower(x)) && !COUNTRY_NAMES.has(x.key);
    while (k < limit && (area(toks[k]) || (areas.length > 0 && CONNECTORS_AND.has(toks[k]?.text ?? '') && !toks[k - 1]?.poss && area(toks[k + 1])))) {
      areas.push(toks[k]?.key ?? '');
      if (toks[k]?.poss) {
        k++;
        break;
      }
      k++;
    }
    if (areas.length > 0) {
      office.role = `${normaliseArea(areas)} Minister`;
      office.n = k - i;
    }
  }
  // `... of Japan`.
  const j = i + office.n;
  const last = toks[j - 1];
  if (last && !last.poss && lower(toks[j]) === 'of' && j + 1 < limit + 1) {
    const cn = longest(toks, j + 1, (p) => COUNTRY_NAMES.has(restoreCase(p)), caps);
    if (cn > 0 && j + 1 + cn <= limit) {
      office.country = countryOf(phrase(toks, j + 1, cn) ?? '');
      office.countryToks = toks.slice(j + 1, j + 1 + cn);
      office.n += 1 + cn;
    }
  }
  return office;
}

const COUNTRY_BY_LOWER: ReadonlyMap<string, string> = new Map([...COUNTRY_NAMES].map((c) => [c.toLowerCase(), c]));
function restoreCase(p: string): string {
  return COUNTRY_BY_LOWER.get(p) ?? p;
}

interface TitleParse {
  /** Index of the first name token. */
  next: number;
  /** Tokens that were titles. */
  titled: boolean;
  /** A person title (office, rank, honorific) was found. */
  person: boolean;
  role?: string;
  /** Places named inside the title (`Japan` in `Japan's Defence Minister`). */
  places: Token[];
  /** Office found but only as part of a longer generic phrase. */
  officeOnly: boolean;
  /** Tokens [a, b] naming whose office it is (`Chamoli` in `Chamoli District Magistrate`). */
  jurisdiction?: { a: number; b: number };
  /** Index of the first title token after the jurisdiction. */
  titleFrom: number;
}

/**
 * Where a jurisdiction (1–5 capitalised words, possibly possessive) opens the title at p and an
 * office follows it with a name after: the number of jurisdiction tokens, else 0.
 */
function jurisdictionAt(toks: Token[], p: number, limit: number, common: ReadonlySet<string>): number {
  for (let jn = 1; jn <= 5 && p + jn < limit; jn++) {
    const ts = toks.slice(p, p + jn);
    if (!ts.every((t, k) => t.word && t.cap && (k === 0 || t.spaced) && (k === jn - 1 || !t.poss) && !isStopKey(t))) return 0;
    const off = officeAt(toks, p + jn, limit, true, common);
    if (!off) continue;
    const after = toks[p + jn + off.n];
    if (p + jn + off.n < limit && after && after.word && after.cap) return jn;
  }
  return 0;
}

function demonymAt(toks: Token[], i: number, limit: number): { n: number; country: string } | null {
  for (const n of [2, 1]) {
    if (i + n > limit) continue;
    const p = phrase(toks, i, n);
    if (p && DEMONYM_COUNTRY.has(p)) return { n, country: DEMONYM_COUNTRY.get(p) ?? p };
  }
  return null;
}

/** Titles at the front of tokens [a, limit): modifiers, offices, ranks and honorifics, in any order. */
function parseTitles(toks: Token[], a: number, limit: number, caps: boolean, common: ReadonlySet<string> = NO_WORDS): TitleParse {
  let p = a;
  let country: string | undefined;
  let role: string | undefined;
  let person = false;
  let jurisdiction: { a: number; b: number } | undefined;
  let titleFrom = a;
  const places: Token[] = [];
  for (;;) {
    if (p >= limit) break;
    const t = toks[p];
    if (!t || !t.word || (caps && !t.cap)) break;
    if (p > a && !t.spaced && !toks[p - 1]?.poss) break;
    // A place name of several words is not a title (`Sri Lanka`, `General Santos`).
    const gz = longest(toks, p, (x) => PLACES_LOWER.has(x), caps);
    if (gz >= 2 && !(p === a && caps && jurisdictionAt(toks, p, limit, common) === gz)) break;
    // `Japan's Defence Minister`.
    if (t.poss && COUNTRY_NAMES.has(t.key) && officeAt(toks, p + 1, limit, caps)) {
      country = countryOf(t.key);
      places.push(t);
      p++;
      continue;
    }
    const dem = demonymAt(toks, p, limit);
    if (dem && officeAt(toks, p + dem.n, limit, caps)) {
      country = dem.country;
      p += dem.n;
      continue;
    }
    if (ROLE_COUNTRY_MODIFIERS.has(t.key) && officeAt(toks, p + 1, limit, caps)) {
      country = ROLE_COUNTRY_MODIFIERS.get(t.key);
      p++;
      continue;
    }
    const off = officeAt(toks, p, limit, caps, common);
    if (off) {
      role = off.role;
      if (off.country) country = off.country;
      places.push(...off.countryToks);
      person = true;
      p += off.n;
      continue;
    }
    const rank = longest(toks, p, (x) => RANKS_LOWER.has(x), caps);
    if (rank > 0) {
      person = true;
      p += rank;
      continue;
    }
    if (HONORIFICS_LOWER.has(lower(t)) && (caps ? t.cap : true)) {
      person = true;
      p++;
      continue;
    }
    // `Chamoli District Magistrate X`, `Uttarakhand's Disaster Management Minister X`: whose office it is.
    const jn = p === a && caps ? jurisdictionAt(toks, p, limit, common) : 0;
    if (jn > 0) {
      jurisdiction = { a: p, b: p + jn - 1 };
      const whole = phrase(toks, p, jn) ?? '';
      if (PLACE_NAMES.has(whole)) country = countryOf(whole);
      p += jn;
      titleFrom = p;
      continue;
    }
    break;
  }
  const out: TitleParse = { next: p, titled: p > titleFrom, person, places, officeOnly: false, titleFrom };
  if (jurisdiction) out.jurisdiction = jurisdiction;
  if (role) out.role = country ? `${role} of ${country}` : role;
  return out;
}

interface Ctx {
  text: string;
  toks: Token[];
  lowerWords: ReadonlySet<string>;
  /** Keys of capitalised words seen inside a sentence (not at its start). */
  capsInside: ReadonlySet<string>;
  headlineLines: ReadonlySet<number>;
  bodyText: string;
}

function isStop(t: Token): boolean {
  if (/^(?:\p{Lu}\.){2,}$/u.test(t.text)) return false; // `U.S.` is not the pronoun `us`
  const l = lower(t);
  return STOP_WORDS.has(l) || MONTHS.has(l) || WEEKDAYS.has(l);
}

/** A sentence-initial capitalised word that is really a common word (`Condemning`, `Earlier`). */
function commonAtStart(t: Token, ctx: Ctx): boolean {
  if (!t.sentStart) return false;
  const l = lower(t);
  if (PLACE_NAMES.has(t.key) || GIVEN_NAMES.has(t.key) || KNOWN_ORGANIZATIONS.has(t.key)) return false;
  if (t.acronym) return false;
  if (STOP_WORDS.has(l) || ctx.lowerWords.has(l)) return true;
  if (['s', 'es', 'ed', 'd', 'ing', 'ly'].some((x) => ctx.lowerWords.has(l + x))) return true;
  return /(?:ing|ly|ed)$/.test(l) && l.length > 4;
}

function isDemonymLike(t: Token): boolean {
  return DEMONYM_COUNTRY.has(t.key) || NON_NAME_ADJECTIVES.has(t.key);
}

function isGeneric(t: Token): boolean {
  return GENERIC_WORDS.has(t.key) || (t.key.includes('-') && t.key.split('-').every((p) => GENERIC_WORDS.has(p)));
}

function spanText(ctx: Ctx, a: number, b: number): string {
  const s = ctx.toks[a];
  const e = ctx.toks[b];
  return s && e ? ctx.text.slice(s.start, e.end) : '';
}

function candidate(ctx: Ctx, a: number, b: number, type: EntityType | null, rule: string, extra: Partial<NameCandidate> = {}): NameCandidate {
  const s = ctx.toks[a];
  const e = ctx.toks[b];
  const start = s?.start ?? 0;
  const end = e?.end ?? 0;
  return { start, end, text: ctx.text.slice(start, end), type, ...extra, source: SOURCE, rule };
}

/** The token that heads a name: the one before `of` if there is one, else the last. */
function headToken(toks: Token[], a: number, b: number): Token | undefined {
  for (let k = a + 1; k < b; k++) if (lower(toks[k]) === 'of') return toks[k - 1];
  return toks[b];
}

/** Type evidence found in the name itself. */
function typeOfName(ctx: Ctx, a: number, b: number): { type: EntityType | null; rule: string } {
  const toks = ctx.toks;
  const full = spanText(ctx, a, b).replace(/\s+/g, ' ');
  const key = lookupKey(full);
  if (KNOWN_ORGANIZATIONS.has(key)) return { type: 'organization', rule: 'org-known' };
  if (PLACE_NAMES.has(key)) return { type: 'place', rule: 'gazetteer' };
  const head = headToken(toks, a, b);
  if (a === b && head?.acronym) {
    if (ORG_ACRONYMS.has(head.key)) return { type: 'organization', rule: 'org-acronym' };
    return { type: null, rule: 'acronym' };
  }
  for (let k = a; k <= b; k++) {
    const parts = (toks[k]?.key ?? '').split('-');
    if (parts.length >= 3 && parts.slice(1, -1).some((p) => ORG_NAME_LINKS.has(p))) return { type: 'organization', rule: 'org-link' };
  }
  if (head && (ORG_HEADS.has(head.key) || ORG_HEADS.has(toks[b]?.key ?? '')) && b > a) return { type: 'organization', rule: 'org-head' };
  if (head && PLACE_HEADS.has(toks[b]?.key ?? '') && b > a) return { type: 'place', rule: 'place-head' };
  if (b > a && GIVEN_NAMES.has(toks[a]?.key ?? '') && !toks.slice(a, b + 1).some((t) => isGeneric(t))) return { type: 'person', rule: 'given-name' };
  return { type: null, rule: 'name' };
}

/** Type evidence from around the name: `X said`, `in X`, `X-based`. */
function typeFromContext(ctx: Ctx, a: number, b: number, titleStart: number): { type: EntityType | null; rule: string } {
  const toks = ctx.toks;
  let n = b + 1;
  if (toks[n]?.text === ',' && toks[n + 1]?.word) n++;
  const next = toks[n];
  if (next && next.word && REPORTING_VERBS.has(lower(next)) && !toks[b]?.poss) return { type: 'person', rule: 'reporting-verb' };
  if (toks[b]?.tail && PLACE_COMPOUND_SUFFIXES.has(toks[b]?.tail ?? '')) return { type: 'place', rule: 'place-compound' };
  const prev = toks[titleStart - 1];
  if (prev && prev.word && PLACE_PREPOSITIONS.has(prev.text)) {
    const prev2 = toks[titleStart - 2];
    // `in Tokyo` but not `in X's` (the owner) nor `written in English`.
    if (!toks[b]?.poss && !(prev2 && REPORTING_VERBS.has(lower(prev2)))) return { type: 'place', rule: 'context' };
  }
  return { type: null, rule: 'name' };
}

interface RunInfo {
  a: number;
  b: number;
  parenAcronym?: number;
}

/** Whether the joined text from token k through e is a gazetteer entry. */
function gazetteerSpan(ctx: Ctx, k: number, e: number): boolean {
  const p = spanText(ctx, k, e).replace(/\s+/g, ' ');
  return PLACE_NAMES.has(p) || KNOWN_ORGANIZATIONS.has(p);
}

/** Builds maximal runs of name tokens, joining connectors where the result is a name. */
function buildRuns(ctx: Ctx): RunInfo[] {
  const toks = ctx.toks;
  const runs: RunInfo[] = [];
  const nameTok = (t: Token | undefined): boolean => !!t && t.word && t.cap && !t.isolated;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!t || !t.word || !t.cap) {
      i++;
      continue;
    }
    if (t.isolated) {
      runs.push({ a: i, b: i });
      i++;
      continue;
    }
    let j = i;
    let paren: number | undefined;
    for (;;) {
      const cur = toks[j];
      if (!cur || cur.isolated || cur.tail || cur.suffix) break;
      if (cur.poss) {
        // A possessive ends the name, unless an office follows (`Japan's Defence Minister X`).
        if (nameTok(toks[j + 1]) && toks[j + 1]?.spaced && officeAt(toks, j + 1, toks.length, true, ctx.lowerWords)) {
          j++;
          continue;
        }
        break;
      }
      const n = toks[j + 1];
      if (!n || !n.spaced) {
        break;
      }
      if (nameTok(n)) {
        j++;
        continue;
      }
      const l = n.word ? n.text : n.text;
      const m = toks[j + 2];
      if (CONNECTORS_OF.has(l) && m?.spaced) {
        const ofHead = OF_HEADS.has(cur.key) || HEADS_LOWER.has(lower(cur));
        if (ofHead && lower(m) === 'the' && nameTok(toks[j + 3]) && toks[j + 3]?.spaced) {
          j += 3;
          continue;
        }
        if (ofHead && nameTok(m) && !isStop(m)) {
          j += 2;
          continue;
        }
        break;
      }
      if (CONNECTORS_AND.has(l) && nameTok(m) && m?.spaced) {
        // `Commerce and Industry Minister`: the connector is inside an office.
        let inOffice = -1;
        for (let k = i; k <= j && inOffice < 0; k++) {
          const off = officeAt(toks, k, toks.length, true, ctx.lowerWords);
          if (off && k + off.n - 1 > j + 1) inOffice = k + off.n - 1;
        }
        if (inOffice >= 0) {
          j = inOffice;
          continue;
        }
        // `Jammu and Kashmir`: only when the whole is a known name …
        let joined = -1;
        for (let k = i; k <= j && joined < 0; k++) {
          for (let e = j + 2; e <= Math.min(j + 6, toks.length - 1); e++) {
            if (gazetteerSpan(ctx, k, e)) joined = e;
          }
        }
        if (joined >= 0) {
          j = joined;
          continue;
        }
        // … or it continues an organisation's `of` phrase (`Ministry of Science and Technology`).
        let ofOrg = false;
        for (let k = i + 1; k <= j; k++) if (lower(toks[k]) === 'of' && ORG_HEADS.has(toks[k - 1]?.key ?? '')) ofOrg = true;
        if (ofOrg && !m.suffix && !ORG_HEADS.has(m.key) && (GENERIC_WORDS.has(m.key) || ROLE_AREAS.has(m.key))) {
          j += 2;
          continue;
        }
        break;
      }
      if (n.word && NAME_PARTICLES.has(n.text) && nameTok(m) && m?.spaced && !CONNECTORS_OF.has(n.text)) {
        j += 2;
        continue;
      }
      if (n.text === '(') {
        // `Unlawful Activities (Prevention) Act` joins; `The Resistance Front (TRF)` records the acronym.
        let close = -1;
        for (let k = j + 2; k < Math.min(toks.length, j + 8); k++) {
          const x = toks[k];
          if (!x) break;
          if (x.text === ')') {
            close = k;
            break;
          }
          if (!x.word || (!x.cap && !CONNECTORS_OF.has(x.text) && !CONNECTORS_AND.has(x.text))) break;
          if (x.line !== n.line) break;
        }
        if (close > j + 2 && close - j - 2 === 1 && toks[j + 2]?.acronym && !nameTok(toks[close + 1])) {
          paren = j + 2;
          break;
        }
        const after = toks[close + 1];
        if (close > j + 2 && after && after.spaced && nameTok(after)) {
          j = close + 1;
          continue;
        }
        if (close === j + 3 && toks[j + 2]?.acronym) paren = j + 2;
        break;
      }
      break;
    }
    runs.push(paren === undefined ? { a: i, b: j } : { a: i, b: j, parenAcronym: paren });
    i = j + 1;
  }
  return runs;
}

/** Initials of a multi-word name, for matching an acronym (`Resistance Front` → `RF`). */
function initials(words: string[]): string {
  return words
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length > 0 && !['of', 'and', 'the', '&', 'for', 'in', 'on'].includes(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * Candidates from the name part of a run (titles already removed): trims what is not a name,
 * splits off a leading place before generic words, and types what is left.
 */
function nameCandidates(ctx: Ctx, a0: number, b0: number, titleStart: number, extra: Partial<NameCandidate>, titled: boolean): NameCandidate[] {
  const toks = ctx.toks;
  let a = a0;
  let b = b0;
  while (a <= b && toks[a] && (!toks[a]?.cap || isStop(toks[a] as Token) || (a === a0 && !titled && commonAtStart(toks[a] as Token, ctx)))) a++;
  while (b >= a && toks[b] && (!toks[b]?.cap || isStop(toks[b] as Token))) b--;
  if (a > b) return [];
  const first = toks[a] as Token;
  const lastTok = toks[b] as Token;
  if (a === b) {
    const t = first;
    if (isDemonymLike(t) || isGeneric(t) || NON_NAME_ACRONYMS.has(t.key) || TITLE_ACRONYMS.has(t.key)) return [];
    if (/^\p{Lu}\.?$/u.test(t.key)) return [];
    if (!titled && commonAtStart(t, ctx)) return [];
    if (!titled && !t.acronym && ctx.lowerWords.has(lower(t)) && !PLACE_NAMES.has(t.key) && !KNOWN_ORGANIZATIONS.has(t.key) && !GIVEN_NAMES.has(t.key)) return [];
    if (t.acronym && (MONTHS.has(lower(t)) || WEEKDAYS.has(lower(t)))) return [];
    // A lone capitalised word opening a sentence is a name only when something else says so:
    // a list, the same word capitalised mid-sentence elsewhere, or a title.
    // A singular word right before a reporting verb is a speaker (`Dorvak said`; not `Analysts said`).
    const speaker = REPORTING_VERBS.has(lower(toks[a + 1])) && !t.poss && !/s$/.test(t.key);
    if (!titled && t.sentStart && !t.acronym && !knownName(t) && !ctx.capsInside.has(t.key) && !speaker) return [];
  }
  // A demonym in front: part of an organisation or place (`Indian Army`, `Indian Ocean`), else dropped.
  if (a < b && isDemonymLike(first)) {
    const whole = typeOfName(ctx, a, b);
    if (!(whole.type === 'organization' || whole.type === 'place')) return nameCandidates(ctx, a + 1, b, titleStart, extra, titled);
  }
  // A place or acronym in front of generic words: `India Defence Ministerial Meeting`, `ASEAN Defence Ministers`.
  if (a < b && !titled && typeOfName(ctx, a, b).rule !== 'gazetteer') {
    for (let k = a; k < b; k++) {
      const prefix = typeOfName(ctx, a, k);
      const restGeneric = toks.slice(k + 1, b + 1).every((t) => isGeneric(t) || !t.cap);
      if ((prefix.rule === 'gazetteer' || prefix.rule === 'org-acronym' || prefix.rule === 'acronym') && restGeneric) {
        const restType = typeOfName(ctx, k + 1, b);
        const out = [candidate(ctx, a, k, prefix.type, prefix.rule)];
        if (b > k + 1 && restType.type === 'organization') out.push(candidate(ctx, k + 1, b, restType.type, restType.rule));
        return out;
      }
    }
  }
  // Only generic words: a name only as an organisation with a modifier (`Defence Ministry`).
  if (toks.slice(a, b + 1).every((t) => isGeneric(t) || !t.cap)) {
    if (b > a && ORG_HEADS.has(headToken(toks, a, b)?.key ?? '')) return [candidate(ctx, a, b, 'organization', 'org-head', extra)];
    return [];
  }
  // Forms of address at the end: `Nakatani San`, `Modi Ji`.
  let suffix: string | undefined = lastTok.suffix;
  if (b > a && NAME_SUFFIXES.has(lastTok.key)) {
    suffix = lastTok.text;
    b--;
  }
  let out: Partial<NameCandidate> = { ...extra };
  if (suffix) out = { ...out, title: out.title ? `${out.title} ${suffix}` : suffix };
  let { type, rule } = typeOfName(ctx, a, b);
  if (titled || suffix) {
    if (type === null || rule === 'given-name' || rule === 'name') {
      type = 'person';
      rule = 'title';
    }
  }
  if (type === null) {
    const c = typeFromContext(ctx, a, b, titleStart);
    type = c.type;
    if (c.type) rule = c.rule;
  }
  if (type === null && personShape(toks, a, b)) {
    type = 'person';
    rule = 'name-shape';
  }
  return [candidate(ctx, a, b, type, rule, out)];
}

/** In a gazetteer or a list of known names. */
function knownName(t: Token): boolean {
  return PLACE_NAMES.has(t.key) || GIVEN_NAMES.has(t.key) || KNOWN_ORGANIZATIONS.has(t.key) || ORG_ACRONYMS.has(t.key);
}

/**
 * The shape of a personal name: two to four capitalised words in mixed case (an initial may open
 * it, a particle may sit inside), none generic, a stop word or a known place. Names with no other
 * evidence and this shape are people far more often than anything else in news.
 */
function personShape(toks: Token[], a: number, b: number): boolean {
  if (b <= a || b - a > 3) return false;
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    if (!t || !t.word) return false;
    if (k > a && NAME_PARTICLES.has(t.text)) continue;
    if (!t.cap || t.acronym || isGeneric(t) || isStop(t) || isDemonymLike(t) || PLACE_NAMES.has(t.key) || NON_PERSON_WORDS.has(t.key)) return false;
    if (k === a && /^\p{Lu}\.?$/u.test(t.key)) continue;
    if (!/^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(t.key) && !/^(?:Mc|Mac|O')\p{Lu}\p{Ll}+$/u.test(t.key)) return false;
  }
  return true;
}

const TITLE_CASE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'as', 'vs']);

/** A line in headline case (`Make Payments On Your Cards Through Bill Pay`): no final stop, nearly every word capitalised. */
function isHeadlineLine(toks: Token[]): boolean {
  const last = toks[toks.length - 1];
  if (!last || ['.', '?', '!', '”', '"', '’', "'", ')'].includes(last.text)) return false;
  const ws = toks.filter((t) => t.word && /^[\p{L}]/u.test(t.text) && !TITLE_CASE_SMALL.has(t.text));
  if (ws.length < 4) return false;
  const caps = ws.filter((t) => t.cap).length;
  return caps / ws.length >= 0.8;
}

function makeCtx(text: string): Ctx {
  const toks = tokenize(text);
  const lowerWords = new Set<string>();
  for (const t of toks) if (t.word && /^[\p{Ll}]/u.test(t.text) && !ocrCapital(t.text)) lowerWords.add(t.text.toLowerCase());
  const byLine = new Map<number, Token[]>();
  for (const t of toks) {
    const ts = byLine.get(t.line);
    if (ts) ts.push(t);
    else byLine.set(t.line, [t]);
  }
  const headlineLines = new Set<number>();
  for (const [line, ts] of byLine) if (isHeadlineLine(ts)) headlineLines.add(line);
  const bodyLines = text.split('\n').filter((_, k) => !headlineLines.has(k));
  const capsInside = new Set<string>();
  for (const t of toks) if (t.word && t.cap && !t.sentStart && !headlineLines.has(t.line)) capsInside.add(t.key);
  return { text, toks, lowerWords, capsInside, headlineLines, bodyText: bodyLines.join('\n') };
}

/** `his Japanese counterpart, X` right before token i: the country (or '' when none is said), else null. */
function counterpartBefore(toks: Token[], i: number): string | null {
  let k = i - 1;
  if (toks[k]?.text === ',') k--;
  if (!COUNTERPART_WORDS.has(lower(toks[k]))) return null;
  k--;
  let country = '';
  const dem = toks[k];
  if (dem && DEMONYM_COUNTRY.has(dem.key)) {
    country = DEMONYM_COUNTRY.get(dem.key) ?? '';
    k--;
  }
  return COUNTERPART_DETERMINERS.has(lower(toks[k])) ? country : null;
}

function baseRole(role: string): string {
  return role.replace(/ of [A-Z][\p{L} ]*$/u, '');
}

/** Role said in apposition after token b: `X, the Prime Minister of Japan,`. */
function appositiveRole(ctx: Ctx, b: number): string | undefined {
  const toks = ctx.toks;
  if (toks[b + 1]?.text !== ',') return undefined;
  let k = b + 2;
  if (['the', 'a', 'an'].includes(lower(toks[k]))) k++;
  if (['former', 'new', 'current'].includes(lower(toks[k]))) k++;
  const t = parseTitles(ctx.toks, k, toks.length, false);
  if (!t.role) return undefined;
  const after = toks[t.next];
  if (after && after.word && after.cap && after.spaced) return undefined; // a title for someone else
  return t.role;
}

/** Nominal role mentions: `the Indian defence minister`, `the Japanese Defense Minister`. */
function nominalRoles(ctx: Ctx): NameCandidate[] {
  const toks = ctx.toks;
  const out: NameCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || !NOMINAL_OPENERS.has(t.text)) continue;
    let k = i + 1;
    if (['former', 'then', 'current', 'new', 'visiting'].includes(lower(toks[k]))) k++;
    const start = k;
    const parsed = parseTitles(toks, k, toks.length, false);
    if (!parsed.role || parsed.next === start) continue;
    // Honorifics and ranks alone are not roles; a capitalised word after means a name follows.
    const after = toks[parsed.next];
    if (after && after.word && after.cap && after.spaced && !isStop(after)) continue;
    if (after && after.word && /^(?:of|for)$/.test(after.text)) continue;
    out.push(candidate(ctx, start, parsed.next - 1, null, 'nominal-role', { role: parsed.role }));
  }
  return out;
}

const ALL_CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
const DATE_TOKEN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_TOKEN = /^\d{1,2}(?:st|nd|rd|th)?$/;

/**
 * Datelines: an all-capitals place opening a paragraph, followed by an optional comma (and a
 * region such as `N.H.`) and a date (`GANDHINAGAR, March 4 :`, `LONDON 1996-08-30`). A capitalised
 * label before a colon alone (`ISSUER :`) is a form field, not a dateline.
 */
function datelines(ctx: Ctx): NameCandidate[] {
  const toks = ctx.toks;
  const out: NameCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || (i > 0 && toks[i - 1]?.line === t.line)) continue;
    let j = i;
    while (j < i + 4 && toks[j]?.word && ALL_CAPS_WORD.test(toks[j]?.text ?? '') && toks[j]?.line === t.line && (j === i || toks[j]?.spaced)) j++;
    if (j === i || isStop(t)) continue;
    let k = j;
    const isMonth = (x: Token | undefined): boolean => !!x && (MONTHS.has(lower(x)) || WEEKDAYS.has(lower(x)));
    const dateAt = (x: Token | undefined): boolean =>
      !!x && (isMonth(x) || DATE_TOKEN.test(x.text) || (DAY_TOKEN.test(x.text) && isMonth(toks[toks.indexOf(x) + 1])));
    let ok = false;
    if (toks[k]?.text === ',') {
      k++;
      for (let skip = 0; skip < 3 && toks[k] && !dateAt(toks[k]) && (toks[k]?.text === '.' || (toks[k]?.cap ?? false)); skip++) k++;
    }
    if (!ok) ok = dateAt(toks[k]) && toks[k]?.line === t.line;
    if (ok) out.push(candidate(ctx, i, j - 1, 'place', 'dateline'));
  }
  return out;
}

function extract(text: string): NameCandidate[] {
  const ctx = makeCtx(text);
  const toks = ctx.toks;
  const out: NameCandidate[] = [];
  const counterparts: Array<{ cand: NameCandidate; country: string }> = [];
  let pendingRole: { role: string; end: number } | null = null;
  for (const run of buildRuns(ctx)) {
    const { a, b } = run;
    let start = a;
    while (start <= b && toks[start] && (isStop(toks[start] as Token) || commonAtStart(toks[start] as Token, ctx)) && !officeAt(toks, start, b + 1, true, ctx.lowerWords)) start++;
    if (start > b) continue;
    const tp = parseTitles(toks, start, b + 1, true, ctx.lowerWords);
    const found: NameCandidate[] = [];
    for (const pl of tp.places) found.push(candidate(ctx, toks.indexOf(pl), toks.indexOf(pl), 'place', 'gazetteer'));
    if (tp.jurisdiction) {
      // Whose office: typed by its own name, else a place (offices belong to territories; organisations carry head words).
      const { a: ja, b: jb } = tp.jurisdiction;
      const jt = typeOfName(ctx, ja, jb);
      found.push(jt.type ? candidate(ctx, ja, jb, jt.type, jt.rule) : candidate(ctx, ja, jb, 'place', 'jurisdiction'));
    }
    let nameStart = tp.next;
    let titled = tp.titled;
    // A rank or office in front of a generic phrase is part of that name (`General Assembly`).
    if (titled && nameStart <= b) {
      const rest = toks.slice(nameStart, b + 1);
      const lastKey = toks[b]?.key ?? '';
      if (rest.every((t) => isGeneric(t)) || ORG_HEADS.has(lastKey) || PLACE_HEADS.has(lastKey)) {
        nameStart = start;
        titled = false;
        found.length = 0;
      }
    }
    const title = titled ? ctx.text.slice(toks[nameStart === start ? start : tp.titleFrom]?.start ?? 0, toks[nameStart - 1]?.end ?? 0) : undefined;
    if (nameStart > b) {
      // A title with no name: a nominal role (`Raksha Mantri also said`), or the title of the next name.
      out.push(...found);
      if (tp.role) {
        const after = ctx.text.slice(toks[b]?.end ?? 0, (toks[b]?.end ?? 0) + 3);
        if (/^,\s*$|^,\s\S/.test(after) || after.startsWith(', ')) pendingRole = { role: tp.role, end: toks[b + 1]?.end ?? 0 };
        else out.push(candidate(ctx, start, b, null, 'nominal-role', { role: tp.role }));
      }
      continue;
    }
    const extra: Partial<NameCandidate> = {};
    if (title) extra.title = title;
    let role = titled ? tp.role : undefined;
    if (!role && pendingRole && toks[a] && toks[a].start - pendingRole.end <= 2) role = pendingRole.role;
    pendingRole = null;
    const appos = appositiveRole(ctx, b);
    if (!role && appos) role = appos;
    if (role) extra.role = role;
    const names = nameCandidates(ctx, nameStart, b, start, extra, titled || !!role);
    const cp = counterpartBefore(toks, start);
    for (const c of names) {
      if (cp !== null && c === names[0] && c.type !== 'place' && c.type !== 'organization') {
        c.type = 'person';
        c.rule = 'counterpart';
        counterparts.push({ cand: c, country: cp });
      }
    }
    found.push(...names);
    // `The Resistance Front (TRF)`: the acronym, and `The` back in the name when its initials say so.
    if (run.parenAcronym !== undefined && names.length > 0) {
      const acr = toks[run.parenAcronym] as Token;
      const last = names[names.length - 1] as NameCandidate;
      if (last.end === toks[b]?.end) {
        const prevTok = toks[toks.findIndex((t) => t.start === last.start) - 1];
        const words = last.text.split(/\s+/);
        if (prevTok && /^the$/i.test(prevTok.text) && `T${initials(words)}` === acr.key.toUpperCase()) {
          last.start = prevTok.start;
          last.text = text.slice(last.start, last.end);
        }
        // A place in parentheses is where the name is from (`Linda Wild (U.S.)`), not its acronym.
        if (PLACE_NAMES.has(acr.key)) found.push({ start: acr.start, end: acr.end, text: acr.text, type: 'place', source: SOURCE, rule: 'gazetteer' });
        else found.push({ start: acr.start, end: acr.end, text: acr.text, type: last.type, source: SOURCE, rule: 'acronym-paren' });
      }
    }
    // Headline-case lines: keep only names the body also has, titled persons, and known names.
    const line = toks[a]?.line ?? -1;
    for (const c of found) {
      if (ctx.headlineLines.has(line) && !HEADLINE_RULES.has(c.rule) && !ctx.bodyText.includes(c.text)) continue;
      out.push(c);
    }
  }
  // Counterparts take the office of the nearest person with a role in the same sentence.
  for (const { cand, country } of counterparts) {
    if (cand.role) continue;
    const sent = toks.find((t) => t.start === cand.start)?.sentence;
    let best: NameCandidate | undefined;
    for (const o of out) {
      if (o === cand || o.type !== 'person' || !o.role) continue;
      if (toks.find((t) => t.start === o.start)?.sentence !== sent) continue;
      if (!best || Math.abs(o.start - cand.start) < Math.abs(best.start - cand.start)) best = o;
    }
    if (best?.role) cand.role = country ? `${baseRole(best.role)} of ${country}` : baseRole(best.role);
  }
  // One candidate per span; an acronym found in parentheses keeps that rule.
  const bySpan = new Map<string, NameCandidate>();
  for (const c of out) {
    const k = `${c.start}:${c.end}`;
    const had = bySpan.get(k);
    if (!had || (c.rule === 'acronym-paren' && had.rule !== 'acronym-paren')) bySpan.set(k, c);
  }
  out.length = 0;
  const dates = datelines(ctx);
  out.push(...[...bySpan.values()].filter((c) => !dates.some((d) => d.start < c.end && c.start < d.end)), ...dates);
  const seen = new Set(out.map((c) => `${c.start}:${c.end}`));
  for (const n of nominalRoles(ctx)) if (!seen.has(`${n.start}:${n.end}`) && !out.some((c) => c.start < n.end && n.start < c.end && c.rule !== 'nominal-role' && c.rule !== 'gazetteer')) out.push(n);
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * The English name extractor (lang `en`): capitalised names with titles, roles and types, acronyms,
 * and nominal role mentions. Pure; the lexicon is in `entities.ts` and `places.ts`.
 *
 * @example
 * ```ts
 * createEnglishNameExtractor().extract('Mr Kenji Arata met officials in Ruvelo.');
 * // [{ start: 3, end: 14, text: 'Kenji Arata', type: 'person', title: 'Mr', ... rule: 'title' },
 * //  { start: 31, end: 37, text: 'Ruvelo', type: 'place', ... rule: 'context' }]
 * ```
 */
export function createEnglishNameExtractor(): MentionExtractor {
  return { lang: 'en', extract };
}
