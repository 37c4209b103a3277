import { SENTENCES_HI } from './sentences.js';
import { REPORTING_VERBS_HI } from './lexicon.js';
import type { QuoteLexicon } from '../../stages/quotes/lexicon.js';

/**
 * Hindi quote-attribution data. Hindi puts the subject first with the ergative marker `ने`
 * (`श्री सिंह ने कहा`), the verb last, and opens a reported clause with `कि` that runs to the danda
 * (`उन्होंने कहा कि … ।`); `के अनुसार` follows its source. Data only; the rules live in the stage.
 *
 * @example
 * ```ts
 * import { HI_QUOTES } from './quotes.js';
 * HI_QUOTES.complementizers; // ['कि']
 * ```
 */
export const HI_QUOTES: QuoteLexicon = {
  lang: 'hi',
  reportingVerbs: REPORTING_VERBS_HI,
  cueVerbs: ['बताया', 'करार दिया', 'कहते हुए', 'लिखा', 'आरोप लगाया'],
  participles: ['कहते हुए', 'लिखते हुए', 'बताते हुए'],
  sourceOnlyVerbs: ['कहा गया', 'कहा गया है', 'लिखा गया', 'लिखा गया है', 'बताया गया', 'बताया गया है'],
  objectVerbs: ['बताया', 'कहा', 'जानकारी दी'],
  sourceNouns: ['बयान', 'पोस्ट', 'ट्वीट', 'विज्ञप्ति', 'प्रेस विज्ञप्ति', 'संदेश', 'पत्र', 'रिपोर्ट',
    'आदेश', 'वक्तव्य'],
  pronouns: {
    'उन्होंने': 'any', 'उसने': 'any', 'इन्होंने': 'any', 'इसने': 'any', 'मैंने': 'person', 'हमने': 'any',
    'वह': 'any', 'वे': 'any',
  },
  determiners: ['इस', 'उस', 'यह', 'वह', 'एक'],
  fillers: ['भी', 'ही', 'फिर', 'आगे', 'बाद में', 'पहले', 'आज', 'कल', 'साफ', 'साफ़', 'स्पष्ट रूप से'],
  subjectMarkers: ['ने'],
  prepositions: [],
  postpositions: ['को', 'से', 'में', 'के', 'की', 'का', 'पर', 'तक', 'द्वारा', 'और', 'एवं', 'तथा'],
  complementizers: ['कि'],
  accordingTo: ['के अनुसार', 'के मुताबिक', 'के मुताबिक़', 'के हवाले से'],
  accordingToPosition: 'after',
  abbreviations: SENTENCES_HI.abbreviations,
  sentenceEnders: SENTENCES_HI.enders,
  platforms: ['एक्स', 'ट्विटर', 'फेसबुक', 'इंस्टाग्राम', 'X', 'Twitter', 'Facebook'],
  inversion: false,
  clauseBreakers: ['और', 'लेकिन', 'जो', 'जिसने', 'जिन्होंने', 'जब', 'क्योंकि'],
  subordinators: ['जब', 'हालांकि', 'अगर', 'यदि', 'क्योंकि'],
  contrasts: ['लेकिन', 'मगर', 'परंतु', 'किंतु'],
  workNouns: ['किताब', 'पुस्तक', 'फिल्म', 'फ़िल्म', 'गीत', 'गाना', 'उपन्यास', 'धारावाहिक', 'कार्यक्रम', 'नारा', 'अभियान', 'विधेयक', 'कानून', 'क़ानून'],
  coordinators: ['और', 'तथा', 'एवं', 'लेकिन', 'मगर', 'या'],
};
