import type { SentenceLexicon } from '../../pipeline/sentences.js';

/**
 * What the event stage needs to know about a language. Each language folder exports one
 * (`src/lang/en/events.ts`, `src/lang/hi/events.ts`); the stage holds no words of its own.
 *
 * @example
 * ```ts
 * const lex: EventLexicon = { lang: 'xx', sentences: { enders: '.', abbreviations: [] }, triggers: { meeting: ['talks'] }, placeSide: 'after',
 *   placeMarkers: ['in'], collective: ['both'], anaphoric: ['the'], facts: [],
 *   irrealis: { before: ['will'], after: ['will be held'] } };
 * ```
 */
export interface EventLexicon {
  lang: string;
  /** How the language ends sentences (events are read a sentence at a time). */
  sentences: SentenceLexicon;
  /** Event kind → trigger words or phrases (matched as whole words, case-insensitively). */
  triggers: Record<string, readonly string[]>;
  /** Where a trigger's place usually stands: English "talks in Tokyo" (after), Hindi "टोक्यो में बैठक" (before). */
  placeSide: 'after' | 'before';
  /** Words that introduce a place next to it ("in", "at"; Hindi "में" follows the place). */
  placeMarkers: readonly string[];
  /** Words by which a sentence refers to the main event's participants as a group ("both", "our", "the two leaders"). */
  collective: readonly string[];
  /**
   * Determiners that, right before a trigger of the main event's kind, make it a reference back
   * to the main event ("the talks", "this meeting") rather than another event.
   */
  anaphoric: readonly string[];
  /** Patterns for numeric facts; group 1 is the number. */
  facts: readonly { fact: string; pattern: RegExp }[];
  /**
   * Cues that an event mentioned in passing has not happened (yet): planned, expected, hoped for.
   * `before` is searched in the words just before the trigger in its clause ("whom he expects to
   * meet", "the upcoming summit"), `after` in the words just after it ("talks will be held", Hindi
   * "मुलाकात करेंगे"). Matched as whole words, case-sensitively, so the month "May" is not the modal.
   * Such mentions make no event: the timeline holds what happened. Optional: no cues, no filter.
   */
  irrealis?: { before: readonly string[]; after: readonly string[] };
}
