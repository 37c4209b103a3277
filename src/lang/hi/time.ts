import type { TimeLexicon } from '../../stages/time/lexicon.js';
import { MONTHS_HI, WEEKDAYS_HI } from './lexicon.js';

/**
 * Hindi temporal vocabulary for the time stage: month names with their common spellings
 * (सितंबर/सितम्बर, अगस्‍त with a zero-width joiner is matched through normalisation), weekdays,
 * number words, relative words and Devanagari digits. Postpositions (को, में, से, तक) follow
 * an expression and stay outside its span; a verb ending in -गा/-गी/-गे after it marks the future.
 *
 * @example
 * ```ts
 * HI_TIME.months['सितम्बर']; // 9
 * HI_TIME.weekdays['सोमवार']; // 1
 * ```
 */
export const HI_TIME: TimeLexicon = {
  lang: 'hi',
  source: 'time/hi',
  capitalizedNames: false,
  digits: '०१२३४५६७८९',
  dayFirst: true,
  months: MONTHS_HI,
  bareMonths: Object.keys(MONTHS_HI),
  weekdays: WEEKDAYS_HI,
  bareWeekdays: Object.keys(WEEKDAYS_HI),
  ordinalSuffixes: [],
  dayMonthJoiners: [],
  numberWords: {
    'एक': 1, 'दो': 2, 'तीन': 3, 'चार': 4, 'पांच': 5, 'पाँच': 5, 'छह': 6, 'छः': 6, 'छे': 6,
    'सात': 7, 'आठ': 8, 'नौ': 9, 'दस': 10, 'ग्यारह': 11, 'बारह': 12, 'तेरह': 13, 'चौदह': 14,
    'पंद्रह': 15, 'पन्द्रह': 15, 'सोलह': 16, 'सत्रह': 17, 'अठारह': 18, 'उन्नीस': 19, 'बीस': 20,
    'पच्चीस': 25, 'तीस': 30, 'चालीस': 40, 'पचास': 50, 'साठ': 60, 'सत्तर': 70, 'अस्सी': 80,
    'नब्बे': 90, 'सौ': 100,
  },
  units: {
    'साल': 'Y', 'सालों': 'Y', 'वर्ष': 'Y', 'वर्षों': 'Y', 'बरस': 'Y',
    'महीना': 'M', 'महीने': 'M', 'महीनों': 'M', 'माह': 'M', 'मास': 'M',
    'सप्ताह': 'W', 'सप्ताहों': 'W', 'हफ्ता': 'W', 'हफ्ते': 'W', 'हफ्तों': 'W', 'हफ़्ता': 'W', 'हफ़्ते': 'W', 'हफ़्तों': 'W',
    'दिन': 'D', 'दिनों': 'D',
    'घंटा': 'H', 'घंटे': 'H', 'घंटों': 'H', 'घण्टे': 'H',
    'मिनट': 'MIN', 'मिनटों': 'MIN',
    'दशक': 'DE', 'दशकों': 'DE',
  },
  periods: {
    'साल': 'Y', 'वर्ष': 'Y', 'बरस': 'Y',
    'महीना': 'M', 'महीने': 'M', 'माह': 'M',
    'सप्ताह': 'W', 'हफ्ता': 'W', 'हफ्ते': 'W', 'हफ़्ता': 'W', 'हफ़्ते': 'W',
  },
  relative: {
    this: ['इस', 'यह', 'चालू'],
    next: ['अगले', 'अगला', 'अगली', 'आगामी', 'आने वाले'],
    last: ['पिछले', 'पिछला', 'पिछली', 'गत', 'बीते'],
  },
  deictic: {
    'आज': 0,
    // कल is both yesterday and tomorrow; परसों both the day before and after: the verb's tense decides.
    'कल': { past: -1, future: 1 },
    'परसों': { past: -2, future: 2 },
  },
  ago: ['पहले', 'पूर्व'],
  indefinite: [],
  quarters: {
    ordinals: { 'पहली': 1, 'दूसरी': 2, 'तीसरी': 3, 'चौथी': 4 },
    words: ['तिमाही'],
    articles: [],
  },
  fromNow: [],
  modifiers: [],
  yearBefore: ['वर्ष', 'साल', 'सन्', 'सन'],
  yearAfter: ['में', 'से', 'तक', 'के', 'की', 'का', 'को'],
  yearRangeJoiners: ['और', 'से', '-', '–'],
  timeJoiners: [','],
  meridiem: { am: ['am', 'a.m.'], pm: ['pm', 'p.m.'] },
  timeZones: ['IST'],
  // Future verbs end in -गा/-गी/-गे after a vowel (करेगा, होगी, जाएंगे, रहूंगा); a consonant before
  // it is a stem, not the future (लगी "broke out", भागे "fled").
  futureAfter: /(?:[\u0947\u094B\u0942\u0902\u0901\u090F\u0913\u090A]|\u0947\u0902)(?:गा|गी|गे)(?![\p{L}\p{M}])/u,
  // Precomposed nukta letters that NFC turns into letter + nukta (U+093C).
  equivalents: [
    ['\u0915\u093C', '\u0958'], ['\u0916\u093C', '\u0959'], ['\u0917\u093C', '\u095A'], ['\u091C\u093C', '\u095B'],
    ['\u0921\u093C', '\u095C'], ['\u0922\u093C', '\u095D'], ['\u092B\u093C', '\u095E'], ['\u092F\u093C', '\u095F'],
  ],
};
