/**
 * The Hindi name extractor with the learned tagger: an averaged perceptron trained on HiNER and
 * IL-NER (`ner-hi.tsv`, written by `npm run train:ner`) finds and types the names; the rule
 * extractor (`names.ts`) adds titles, roles and nominal role mentions, and its titled names win
 * over a tagger name they overlap.
 *
 * @example
 * ```ts
 * createHindiTaggedExtractor().extract('रक्षा मंत्री श्री राजनाथ सिंह ने दिल्ली में कहा');
 * ```
 */

import type { EntityType } from '../../pipeline/types.js';
import type { MentionExtractor, NameCandidate } from '../../stages/entities/contract.js';
import { decode, loadShippedModel, tagSpans, type TaggerModel } from '../../stages/entities/tagger.js';
import { DEFAULT_MERGE, mergeCandidates, type MergePolicy } from '../en/ner.js';
import { HINDI_HONORIFICS, HINDI_MINISTER_HEADS, HINDI_MINISTER_QUALIFIERS, HINDI_OFFICES, HINDI_RANKS } from './entities.js';
import { HINDI_PORTFOLIOS } from './gloss.js';
import { createHindiNameExtractor } from './names.js';
import { hindiSentenceFeatures, hiSentenceRanges, tokenizeHiNer, type HiToken } from './ner-features.js';

/** The tagger's labels (HiNER/IL-NER types, BIO). */
export const HI_LABELS: readonly string[] = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];

const TYPE_OF: Readonly<Record<string, EntityType>> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const SOURCE = 'entities/hi';
/** Words of titles and offices: a tagger name made only of these is a title (`रक्षा मंत्री`), not a name. */
const HI_TITLE_WORDS: ReadonlySet<string> = new Set(
  [...[...HINDI_OFFICES, ...HINDI_HONORIFICS, ...HINDI_RANKS].map((t) => t.hi), ...Object.keys(HINDI_MINISTER_HEADS), ...Object.keys(HINDI_MINISTER_QUALIFIERS), ...Object.keys(HINDI_PORTFOLIOS)].flatMap((t) => t.split(' ')),
);

function titleOnly(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => HI_TITLE_WORDS.has(w)) && words.some((w) => !HINDI_PORTFOLIOS[w]);
}

/** The merge with the rules for Hindi: as English, with Hindi titles and offices, and the rules' `<modifier> <head>` names (`राष्ट्रीय युद्ध स्मारक`) where the tagger found nothing. */
export const HI_MERGE: MergePolicy = { ...DEFAULT_MERGE, added: new Set(['acronym-paren', 'modifier+head']), isGeneric: () => false, isTitle: titleOnly };

/**
 * The shipped Hindi model, read once (null when the weights file is absent).
 *
 * @example
 * ```ts
 * loadHindiModel()?.labels; // HI_LABELS
 * ```
 */
export function loadHindiModel(): TaggerModel | null {
  return loadShippedModel(new URL('./ner-hi.tsv', import.meta.url));
}

/**
 * Names the Hindi tagger finds in a text, with offsets (rule `tagger`).
 *
 * @example
 * ```ts
 * tagHindi(model, 'राम दिल्ली गए'); // [{ text: 'राम', type: 'person', ... }, { text: 'दिल्ली', type: 'place', ... }]
 * ```
 */
export function tagHindi(model: TaggerModel, text: string): NameCandidate[] {
  const toks = tokenizeHiNer(text);
  const out: NameCandidate[] = [];
  for (const [a, b] of hiSentenceRanges(text, toks)) {
    const s = toks.slice(a, b);
    const tags = decode(model, hindiSentenceFeatures(s.map((t) => t.text)));
    for (const sp of tagSpans(tags)) {
      const first = s[sp.start] as HiToken;
      const last = s[sp.end - 1] as HiToken;
      out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), type: TYPE_OF[sp.type] ?? 'other', source: SOURCE, rule: 'tagger' });
    }
  }
  return out;
}

/**
 * The Hindi extractor (lang `hi`) with the learned tagger; the rule extractor alone when the
 * weights are absent.
 *
 * @example
 * ```ts
 * const stage = createEntityStage({ extractors: { hi: createHindiTaggedExtractor() } });
 * ```
 */
export function createHindiTaggedExtractor(model: TaggerModel | null = loadHindiModel()): MentionExtractor {
  const rules = createHindiNameExtractor();
  if (!model) return rules;
  return {
    lang: 'hi',
    extract: (text) => mergeCandidates(tagHindi(model, text), rules.extract(text), text, HI_MERGE),
  };
}
