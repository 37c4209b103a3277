/**
 * What the attribution rules read about one document: the text, the language's word lists compiled
 * once per run, mentions in order, sentence bounds and the ranges covered by quotations.
 */
import type { Doc, EntityMention, EntityType, LocalEntity } from '../../pipeline/types.js';
import type { QuoteLexicon } from './lexicon.js';
import { WORD_RE, type Range } from './text.js';
import { wordRegex } from '../../pipeline/words.js';
import { splitSentences } from '../../pipeline/sentences.js';

/** A lexicon with its lists compiled into matchers and lower-cased sets. */
export interface CompiledLexicon {
  lex: QuoteLexicon;
  verbs: RegExp | null;
  participles: RegExp | null;
  cues: RegExp | null;
  sourceOnly: RegExp | null;
  objectVerbs: Set<string>;
  participleSet: Set<string>;
  sourceNouns: RegExp | null;
  according: RegExp | null;
  complementizers: RegExp | null;
  fillers: Set<string>;
  markers: Set<string>;
  determiners: Set<string>;
  prepositions: Set<string>;
  postpositions: Set<string>;
  breakers: Set<string>;
  subordinators: Set<string>;
  contrasts: Set<string>;
  coordinators: Set<string>;
  workNouns: Set<string>;
  platforms: Set<string>;
  pronouns: ReadonlyMap<string, 'person' | 'organization' | 'any'>;
  /** Every cue entry, lower-cased with single spaces, to its kind and precedence (lower wins). */
  cueTable: ReadonlyMap<string, { kind: CueMatch['kind']; rank: number }>;
  /** Most words in a cue entry. */
  cueWords: number;
  /** The leading words of the multi-word cue entries (`told`, `according`), joined by single spaces. */
  cuePrefixes: ReadonlySet<string>;
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

function cueTable(lex: QuoteLexicon): { cueTable: Map<string, { kind: CueMatch['kind']; rank: number }>; cueWords: number; cuePrefixes: Set<string> } {
  const table = new Map<string, { kind: CueMatch['kind']; rank: number }>();
  const prefixes = new Set<string>();
  let most = 1;
  const lists: Array<[readonly string[], CueMatch['kind']]> = [[lex.accordingTo, 'according'], [lex.reportingVerbs, 'verb'],
    [lex.cueVerbs, 'cue'], [lex.participles, 'participle'], [lex.sourceOnlyVerbs, 'sourceOnly']];
  lists.forEach(([list, kind], rank) => {
    for (const entry of list) {
      const key = entry.toLowerCase().trim().split(/\s+/u).join(' ');
      const parts = key.split(' ');
      most = Math.max(most, parts.length);
      for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
      if (!table.has(key)) table.set(key, { kind, rank });
    }
  });
  return { cueTable: table, cueWords: most, cuePrefixes: prefixes };
}

/**
 * Compiles a lexicon's lists into the matchers the rules use. Call once per stage, not per quote.
 *
 * @example
 * ```ts
 * const c = compileLexicon(EN_QUOTES);
 * c.fillers.has('further'); // true
 * ```
 */
export function compileLexicon(lex: QuoteLexicon): CompiledLexicon {
  return {
    lex,
    verbs: wordRegex(lex.reportingVerbs),
    participles: wordRegex(lex.participles),
    cues: wordRegex(lex.cueVerbs),
    sourceOnly: wordRegex(lex.sourceOnlyVerbs),
    objectVerbs: lower(lex.objectVerbs),
    participleSet: lower(lex.participles),
    sourceNouns: wordRegex(lex.sourceNouns),
    according: wordRegex(lex.accordingTo),
    complementizers: wordRegex(lex.complementizers),
    fillers: lower(lex.fillers),
    markers: lower(lex.subjectMarkers),
    determiners: lower(lex.determiners),
    prepositions: lower(lex.prepositions),
    postpositions: lower(lex.postpositions),
    breakers: lower(lex.clauseBreakers),
    subordinators: lower(lex.subordinators),
    contrasts: lower(lex.contrasts),
    coordinators: lower(lex.coordinators),
    workNouns: lower(lex.workNouns),
    platforms: lower(lex.platforms),
    pronouns: new Map(Object.entries(lex.pronouns).map(([k, v]) => [k.toLowerCase(), v])),
    ...cueTable(lex),
  };
}

/** A cue word of the text and what kind it is (`according` for `according to`, `participle` for `saying`). */
export interface CueMatch extends Range {
  kind: 'according' | 'verb' | 'cue' | 'participle' | 'sourceOnly';
}

/**
 * Every cue of the text, in order, overlaps resolved by kind (`according to` over a reporting verb
 * over a cue word over a participle over a document-only verb); a word joined by a hyphen (`so-called`)
 * is no cue. One pass per word list over the whole text.
 *
 * @example
 * ```ts
 * findCues('He said so.', compileLexicon(EN_QUOTES)); // [{ start: 3, end: 7, kind: 'verb' }]
 * ```
 */
export function findCues(text: string, c: CompiledLexicon, from = 0, to = text.length): CueMatch[] {
  const out: CueMatch[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lows: string[] = [];
  const re = new RegExp(WORD_RE.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    lows.push(m[0].toLowerCase());
  }
  const spaceOnly = (a: number, b: number): boolean => {
    if (b <= a) return false;
    for (let k = a; k < b; k++) if (!/\s/u.test(text[k] ?? '')) return false;
    return true;
  };
  for (let i = 0; i < lows.length; i++) {
    let best: { kind: CueMatch['kind']; rank: number; end: number } | null = null;
    let key = '';
    for (let n = 0; n < c.cueWords && i + n < lows.length; n++) {
      if (n > 0 && !spaceOnly(ends[i + n - 1] ?? 0, starts[i + n] ?? 0)) break;
      key = n === 0 ? (lows[i] ?? '') : `${key} ${lows[i + n] ?? ''}`;
      const hit = c.cueTable.get(key);
      const end = ends[i + n] ?? 0;
      if (hit !== undefined && (best === null || hit.rank < best.rank || (hit.rank === best.rank && end > best.end))) best = { kind: hit.kind, rank: hit.rank, end };
      if (!c.cuePrefixes.has(key)) break;
    }
    if (best === null) continue;
    out.push({ start: starts[i] ?? 0, end: best.end, kind: best.kind });
    while (i + 1 < lows.length && (starts[i + 1] ?? 0) < best.end) i++;
  }
  return out;
}

/** One document as the attribution rules see it. */
export interface QuoteContext {
  text: string;
  c: CompiledLexicon;
  /** Mentions sorted by start. */
  mentions: readonly EntityMention[];
  entities: readonly LocalEntity[];
  /** Sentences (and paragraph lines) in order. */
  sentences: readonly Range[];
  /** Ranges from opening to closing mark of every quote candidate: names there are not subjects. */
  quoted: Range[];
  /** Every cue word of the text ({@link findCues}), quoted or not. */
  cues: readonly CueMatch[];
}

/**
 * Sentence ranges of `text`: split at line breaks and at sentence-ending punctuation (not the dot
 * of an abbreviation or initial); leading/trailing whitespace excluded.
 *
 * @example
 * ```ts
 * sentenceRanges('Mr. Lal left. He said hi.', EN_QUOTES);
 * // [{ start: 0, end: 13 }, { start: 14, end: 25 }]
 * ```
 */
export function sentenceRanges(text: string, lex: QuoteLexicon): Range[] {
  return splitSentences(text, { enders: lex.sentenceEnders, abbreviations: lex.abbreviations }).map(({ start, end }) => ({ start, end }));
}

/** How far before and after a quotation cues are looked for (UTF-16 units). */
const CUE_BEFORE = 800;
const CUE_AFTER = 400;

/** The cues within reach of the quotations (the rules never look further), in order. */
function cuesNear(text: string, c: CompiledLexicon, quoted: readonly Range[]): CueMatch[] {
  const windows: Range[] = [];
  for (const q of [...quoted].sort((a, b) => a.start - b.start)) {
    // Windows run from a line start to a line end, so none begins or ends inside a word.
    const ls = text.lastIndexOf('\n', Math.max(0, q.start - CUE_BEFORE));
    const le = text.indexOf('\n', Math.min(text.length, q.end + CUE_AFTER));
    const w = { start: ls < 0 ? 0 : ls, end: le < 0 ? text.length : le };
    const last = windows[windows.length - 1];
    if (last !== undefined && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else windows.push(w);
  }
  return windows.flatMap((w) => findCues(text, c, w.start, w.end));
}

/**
 * Builds the context for one document.
 *
 * @example
 * ```ts
 * const ctx = buildContext(testDoc('He said hi.'), compileLexicon(EN_QUOTES), []);
 * ctx.sentences.length; // 1
 * ```
 */
export function buildContext(doc: Doc, c: CompiledLexicon, quoted: Range[]): QuoteContext {
  return {
    text: doc.text,
    c,
    mentions: [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end),
    entities: doc.entities,
    sentences: sentenceRanges(doc.text, c.lex),
    quoted,
    cues: cuesNear(doc.text, c, quoted),
  };
}

/**
 * The type of a mention's entity (the local entity's type wins over the mention's own guess).
 *
 * @example
 * ```ts
 * entityTypeOf(ctx, mention); // 'person'
 * ```
 */
export function entityTypeOf(ctx: QuoteContext, m: EntityMention): EntityType {
  return ctx.entities[m.entity]?.type ?? m.type;
}

/**
 * Whether `[start, end)` lies inside a quotation.
 *
 * @example
 * ```ts
 * isQuoted({ ...ctx, quoted: [{ start: 5, end: 20 }] }, 6, 9); // true
 * ```
 */
export function isQuoted(ctx: QuoteContext, start: number, end: number): boolean {
  return ctx.quoted.some((q) => start > q.start && end <= q.end);
}
