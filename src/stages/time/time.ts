/**
 * The time stage: finds temporal expressions and normalises them to ISO 8601 against the
 * document's reference date (its publication date). Per-language rules come from the
 * lexicons in `src/lang/<bcp47>/time.ts`; languages without one get the digit-only rules
 * (ISO and numeric dates, times of day) of the fallback lexicon.
 *
 * @example
 * ```ts
 * extractTimex('On April 22, 26 tourists were killed.', 'en', '2025-05-05');
 * // [{ start: 3, end: 11, text: 'April 22', value: '2025-04-22', kind: 'date', source: 'time/en', rule: 'month-day' }]
 * ```
 */
import { EN_TIME } from '../../lang/en/time.js';
import { HI_TIME } from '../../lang/hi/time.js';
import type { Doc, Message, Stage, StageContext, Timex } from '../../pipeline/types.js';
import { parseIsoDay } from './calendar.js';
import type { TimeLexicon } from './lexicon.js';
import { createRules, proposeCandidates, type RuleSet } from './parsers.js';
import { createPeriodRules } from './periods.js';
import { refineCandidates, REFINERS, type Refiner } from './refiners.js';

/** The lexicons shipped with Dossier, by BCP-47 code. */
export const TIME_LEXICONS: Readonly<Record<string, TimeLexicon>> = { en: EN_TIME, hi: HI_TIME };

export interface TimeStageOptions {
  /** Lexicons by language code (default {@link TIME_LEXICONS}). */
  lexicons?: Readonly<Record<string, TimeLexicon>>;
  /** Language whose digit-only rules serve languages without a lexicon (default `en`). */
  fallback?: string;
  /** Refiners in the order they run (default {@link REFINERS}). */
  refiners?: readonly Refiner[];
}

/** A compiled extractor: the rule sets are built once and reused for every document. */
export type TimexExtractor = (text: string, lang: string, referenceDate: string) => Timex[];

/**
 * Builds an extractor whose per-language rules are compiled once (lazily, per language).
 *
 * @example
 * ```ts
 * const extract = createTimexExtractor();
 * extract('सोमवार को बैठक हुई।', 'hi', '2025-05-05')[0]?.value; // '2025-05-05'
 * ```
 */
export function createTimexExtractor(options: TimeStageOptions = {}): TimexExtractor {
  const lexicons = options.lexicons ?? TIME_LEXICONS;
  const fallback = options.fallback ?? 'en';
  const refiners = options.refiners ?? REFINERS;
  const compiled = new Map<string, RuleSet>();
  // Texts without zero-width joiners (most) get patterns that do not look for them.
  const rulesFor = (lang: string, joiners: boolean): RuleSet | null => {
    const lex = lexicons[lang];
    if (!lex) return null;
    const key = `${lang}:${joiners}`;
    let set = compiled.get(key);
    if (!set) {
      const rules = createRules(joiners ? lex : { ...lex, zeroWidthJoiners: false });
      set = { ...rules, rules: [...rules.rules, ...createPeriodRules(rules)] };
      compiled.set(key, set);
    }
    return set;
  };
  return (text, lang, referenceDate) => {
    const primary = (lang.toLowerCase().split('-')[0] ?? '');
    const joiners = /[\u200C\u200D]/.test(text);
    const own = rulesFor(primary, joiners);
    const set = own ?? rulesFor(fallback, joiners);
    if (!set) return [];
    const ref = parseIsoDay(referenceDate);
    const candidates = proposeCandidates(text, set, ref, own === null);
    const refined = refineCandidates({ text, lookups: set.lookups }, candidates, refiners);
    return refined.map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: c.value,
      kind: c.kind,
      source: set.lex.source,
      rule: c.rule,
    }));
  };
}

/**
 * Finds the temporal expressions of a text in language `lang`, resolved against
 * `referenceDate` (ISO date or date-time; only its calendar date is used). Relative
 * expressions are skipped when the reference is not a valid ISO date.
 *
 * @example
 * ```ts
 * extractTimex('in November last year', 'en', '2025-05-05');
 * // [{ start: 3, end: 21, text: 'November last year', value: '2024-11', kind: 'date', source: 'time/en', rule: 'month+relative-year' }]
 * ```
 */
export function extractTimex(text: string, lang: string, referenceDate: string): Timex[] {
  return createTimexExtractor()(text, lang, referenceDate);
}

/**
 * The time stage. The reference date is the document's publication date when it has one,
 * else the context's; a missing or unreadable reference becomes a warning on the document.
 *
 * @example
 * ```ts
 * const doc2 = createTimeStage().run({ referenceDate: '2025-05-05' }, doc);
 * doc2.timex; // [{ text: 'Monday', value: '2025-05-05', … }]
 * ```
 */
export function createTimeStage(options: TimeStageOptions = {}): Stage {
  const extract = createTimexExtractor(options);
  return {
    id: 'time',
    run(ctx: StageContext, doc: Doc): Doc {
      const reference = doc.published && parseIsoDay(doc.published) ? doc.published : ctx.referenceDate;
      const messages: Message[] = [];
      if (!parseIsoDay(reference)) {
        messages.push({
          level: 'warning',
          reason: `no usable reference date ('${reference}'): relative dates were skipped; give the document a published date`,
          source: 'time',
        });
      }
      const timex = extract(doc.text, doc.lang, reference);
      return { ...doc, timex, messages: messages.length ? [...doc.messages, ...messages] : doc.messages };
    },
  };
}
