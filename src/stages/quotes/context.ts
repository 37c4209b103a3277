/**
 * What the attribution rules read about one document: the text, the language's word lists compiled
 * once per run, mentions in order, sentence bounds and the ranges covered by quotations.
 */
import type { Doc, EntityMention, EntityType, LocalEntity } from '../../pipeline/types.js';
import type { QuoteLexicon } from './lexicon.js';
import type { Range } from './text.js';
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
  platforms: Set<string>;
  pronouns: ReadonlyMap<string, 'person' | 'organization' | 'any'>;
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

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
    platforms: lower(lex.platforms),
    pronouns: new Map(Object.entries(lex.pronouns).map(([k, v]) => [k.toLowerCase(), v])),
  };
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
