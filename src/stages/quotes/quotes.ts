/**
 * The quote stage: direct quotations and reported speech with their speakers. Runs after the
 * entity stage and reads `doc.mentions` and `doc.entities`; speakers are indexes into
 * `doc.entities`. Language data comes from `src/lang/<bcp47>/quotes.ts`; a document in a language
 * without data still gets its direct quotes (unattributed).
 */
import type { Doc, Quote, Stage } from '../../pipeline/types.js';
import { EN_QUOTES } from '../../lang/en/quotes.js';
import { HI_QUOTES } from '../../lang/hi/quotes.js';
import { buildContext, compileLexicon, type CompiledLexicon, type QuoteContext } from './context.js';
import { QUOTE_SPEAKER_MODEL } from './model.js';
import { rankSpeakers, type RankModel } from './rank.js';
import type { Range } from './text.js';
import { directQuotes } from './direct.js';
import type { QuoteLexicon } from './lexicon.js';
import { embeddedQuotes } from './embedded.js';
import { joinQuotations } from './join.js';
import { findQuoteCandidates } from './marks.js';
import { reportedQuotes } from './reported.js';

/** Options of {@link createQuoteStage} and {@link extractQuotes}. */
export interface QuoteOptions {
  /** Lexicons by primary language subtag; defaults to English and Hindi. */
  lexicons?: Readonly<Record<string, QuoteLexicon>>;
  /** Unattributed quotes shorter than this are scare quotes (default 4 words). */
  minWords?: number;
  /** Whether to look for reported speech (default true). */
  reported?: boolean;
  /** The speaker ranker's weights (default: the shipped model); null keeps the rules' speakers. */
  model?: RankModel | null;
}

/**
 * The lexicons used when none are given: one per language folder with quote data.
 *
 * @example
 * ```ts
 * Object.keys(DEFAULT_QUOTE_LEXICONS); // ['en', 'hi']
 * ```
 */
export const DEFAULT_QUOTE_LEXICONS: Readonly<Record<string, QuoteLexicon>> = { en: EN_QUOTES, hi: HI_QUOTES };

function neutral(lang: string): QuoteLexicon {
  return {
    lang, reportingVerbs: [], participles: [], cueVerbs: [], sourceOnlyVerbs: [], objectVerbs: [], sourceNouns: [], pronouns: {},
    determiners: [], fillers: [], subjectMarkers: [], prepositions: [], postpositions: [], complementizers: [],
    accordingTo: [], accordingToPosition: 'before', abbreviations: [], sentenceEnders: '.!?।', platforms: [],
    inversion: false, clauseBreakers: [], subordinators: [], contrasts: [], coordinators: [], workNouns: [],
  };
}

/**
 * The quotations of a document as the rules propose them, before speakers are ranked: direct
 * quotations (joined across paragraphs and interruptions) and quoted words inside reported speech,
 * in text order, with the context the ranker reads.
 *
 * @example
 * ```ts
 * const { ctx, quotes } = proposeQuotes(doc, compileLexicon(EN_QUOTES), 4);
 * ```
 */
export function proposeQuotes(doc: Doc, c: CompiledLexicon, minWords: number): { ctx: QuoteContext; quotes: Quote[]; quoted: Range[] } {
  const cands = findQuoteCandidates(doc.text);
  const ctx = buildContext(doc, c, cands.map((q) => ({ start: q.open, end: q.close })));
  const pieces = directQuotes(ctx, cands, { minWords, maxPostWords: 7, maxPreWords: 12 });
  const direct = joinQuotations(ctx, cands, pieces, { maxGapWords: 30 });
  const used = new Set(pieces.map((q) => q.start));
  const free = cands.filter((q) => !used.has(q.start));
  const taken = direct.map((q) => ({ start: q.start - 1, end: q.end + 1 }));
  const prior = direct.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }));
  const embedded = embeddedQuotes(ctx, cands, free, taken, prior, minWords);
  const quotes = [...direct, ...embedded].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ctx, quotes, quoted: [...taken, ...cands.filter((q) => !q.single).map((q) => ({ start: q.open, end: q.close }))] };
}

function run(doc: Doc, c: CompiledLexicon, minWords: number, reported: boolean, model: RankModel | null): Quote[] {
  const { ctx, quotes: proposed, quoted } = proposeQuotes(doc, c, minWords);
  // A language without reporting verbs has no cues to rank by: its quotes stay unattributed.
  const quotes = model === null || c.lex.reportingVerbs.length === 0 ? proposed : rankSpeakers(ctx, proposed, model);
  if (!reported) return quotes;
  // Reported speech without quoted words: clauses holding a quotation mark are quotes above.
  const rep = reportedQuotes({ ...ctx, quoted }, quotes, { minWords: 3 });
  return [...quotes, ...rep].sort((a, b) => a.start - b.start || a.end - b.end);
}

function lexiconFor(lexicons: Readonly<Record<string, QuoteLexicon>>, lang: string): QuoteLexicon {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return lexicons[primary] ?? neutral(primary === '' ? 'und' : primary);
}

/**
 * Direct quotes and reported speech in a document, with speakers resolved to `doc.entities`.
 * Pure: reads `doc.text`, `doc.lang`, `doc.mentions`, `doc.entities`.
 *
 * @example
 * ```ts
 * const doc = testDoc('Lal Verma said, "We will build the bridge by June."', {
 *   mentions: [{ start: 0, end: 9, text: 'Lal Verma', type: 'person', entity: 0, source: 't', rule: 't' }],
 *   entities: [{ name: 'Lal Verma', type: 'person', aliases: ['Lal Verma'], roles: [] }],
 * });
 * extractQuotes(doc)[0];
 * // { start: 17, end: 50, text: 'We will build the bridge by June.', kind: 'direct', speaker: 0,
 * //   speakerSpan: { start: 0, end: 9, text: 'Lal Verma' }, source: 'quotes/en', rule: 'direct:pre:name' }
 * ```
 */
export function extractQuotes(doc: Doc, options: QuoteOptions = {}): Quote[] {
  const lex = lexiconFor(options.lexicons ?? DEFAULT_QUOTE_LEXICONS, doc.lang);
  return run(doc, compileLexicon(lex), options.minWords ?? 4, options.reported ?? true, options.model === undefined ? QUOTE_SPEAKER_MODEL : options.model);
}

/**
 * The quote stage (id `quotes`): returns the document with `quotes` filled. Lexicons are compiled
 * once, when the stage is created.
 *
 * @example
 * ```ts
 * const stage = createQuoteStage();
 * const out = stage.run({ referenceDate: '2025-05-05' }, doc);
 * out.quotes.length; // 1
 * ```
 */
export function createQuoteStage(options: QuoteOptions = {}): Stage {
  const lexicons = options.lexicons ?? DEFAULT_QUOTE_LEXICONS;
  const compiled = new Map(Object.entries(lexicons).map(([k, v]) => [k, compileLexicon(v)]));
  const minWords = options.minWords ?? 4;
  const reported = options.reported ?? true;
  const model = options.model === undefined ? QUOTE_SPEAKER_MODEL : options.model;
  return {
    id: 'quotes',
    run(_ctx, doc) {
      const primary = doc.lang.toLowerCase().split('-')[0] ?? '';
      const c = compiled.get(primary) ?? compileLexicon(lexiconFor(lexicons, primary));
      return { ...doc, quotes: run(doc, c, minWords, reported, model) };
    },
  };
}
