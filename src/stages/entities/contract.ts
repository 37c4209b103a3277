import type { EntityType } from '../../pipeline/types.js';

/**
 * A name proposed by a language's extractor, before the entity stage's refiners remove overlaps,
 * vote on types and group mentions into document-local entities. Offsets are into the cleaned text;
 * the span covers the name only (titles and honorifics go to `title`).
 *
 * @example
 * ```ts
 * const c: NameCandidate = { start: 16, end: 29, text: 'Rajnath Singh', type: 'person',
 *   title: 'Defence Minister', role: 'Defence Minister', source: 'entities/en', rule: 'title+name' };
 * ```
 */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  /** null when the extractor cannot tell; refiners decide from the other mentions. */
  type: EntityType | null;
  /** The title or honorific in front of the name as written (`Raksha Mantri Shri`, `Gen`). */
  title?: string;
  /** A role said of the entity, normalised to English (`Defence Minister of Japan`). */
  role?: string;
  /** The name this mention is a form of, where its own words differ (`Gen Nakatani` for `General Nakatani`): grouped with it. */
  formOf?: string;
  source: string;
  rule: string;
}

/**
 * A language's name extractor: proposes candidates in a cleaned text of that language.
 *
 * @example
 * ```ts
 * const hi: MentionExtractor = { lang: 'hi', extract: (text) => [] };
 * ```
 */
export interface MentionExtractor {
  lang: string;
  extract(text: string): NameCandidate[];
}
