import type { TimeLexicon } from '../../stages/time/lexicon.js';
import { MONTHS_EN, WEEKDAYS_EN } from '../en/lexicon.js';
import { MONTHS_HI, WEEKDAYS_HI } from './lexicon.js';

/** English month names written in Latin script inside Hindi text (`15 August 2023 को`). */
const LATIN_BARE_MONTHS = ['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

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
  months: { ...MONTHS_EN, ...MONTHS_HI },
  bareMonths: [...Object.keys(MONTHS_HI), ...LATIN_BARE_MONTHS],
  weekdays: { ...WEEKDAYS_EN, ...WEEKDAYS_HI },
  bareWeekdays: Object.keys(WEEKDAYS_HI),
  ordinalSuffixes: ['वीं', 'वें', 'वां', 'वाँ'],
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
    'तिमाही': 'Q', 'तिमाहियों': 'Q',
    'सदी': 'CE', 'सदियों': 'CE', 'शताब्दी': 'CE', 'शताब्दियों': 'CE',
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
  yearBefore: ['वर्ष', 'साल', 'सन्', 'सन', 'वित्त वर्ष'],
  yearPrefixes: ['वर्ष', 'साल', 'सन्', 'सन', 'वित्त वर्ष'],
  vague: {
    'अब': 'PRESENT_REF', 'अभी': 'PRESENT_REF', 'फिलहाल': 'PRESENT_REF', 'फ़िलहाल': 'PRESENT_REF',
    'वर्तमान में': 'PRESENT_REF', 'इन दिनों': 'PRESENT_REF', 'आजकल': 'PRESENT_REF', 'मौजूदा समय': 'PRESENT_REF',
    'हाल ही में': 'PAST_REF', 'हाल में': 'PAST_REF', 'हाल ही': 'PAST_REF', 'अतीत': 'PAST_REF', 'पूर्व में': 'PAST_REF',
    'भविष्य': 'FUTURE_REF', 'जल्द ही': 'FUTURE_REF', 'जल्द': 'FUTURE_REF', 'आने वाले समय': 'FUTURE_REF',
  },
  vagueCounts: ['कई', 'कुछ', 'पिछले कुछ', 'पिछले कई', 'बीते कुछ', 'बीते कई', 'अगले कुछ', 'अगले कई', 'हाल के', 'आने वाले'],
  durationPrefixes: ['पिछले', 'बीते', 'अगले', 'करीब', 'क़रीब', 'लगभग', 'तकरीबन', 'क़रीब-क़रीब', 'कम से कम', 'सिर्फ', 'सिर्फ़', 'केवल', 'पूरे'],
  seasons: { 'गर्मी': 'SU', 'गर्मियों': 'SU', 'सर्दी': 'WI', 'सर्दियों': 'WI', 'जाड़े': 'WI', 'वसंत': 'SP', 'बसंत': 'SP', 'पतझड़': 'FA' },
  partsOfDay: {
    'सुबह': 'MO', 'सवेरे': 'MO', 'दोपहर': 'AF', 'शाम': 'EV', 'रात': 'NI', 'देर रात': 'NI', 'देर शाम': 'EV',
    'आधी रात': '24:00',
  },
  partDeictic: {
    'आज सुबह': { offset: 0, part: 'MO' }, 'आज दोपहर': { offset: 0, part: 'AF' }, 'आज शाम': { offset: 0, part: 'EV' },
    'आज रात': { offset: 0, part: 'NI' }, 'बीती रात': { offset: -1, part: 'NI' }, 'पिछली रात': { offset: -1, part: 'NI' },
  },
  weekend: ['सप्ताहांत', 'वीकेंड'],
  setWords: ['हर', 'प्रति', 'प्रत्येक'],
  setAdverbs: { 'रोज': 'P1D', 'रोज़': 'P1D', 'रोजाना': 'P1D', 'रोज़ाना': 'P1D', 'प्रतिदिन': 'P1D', 'सालाना': 'P1Y' },
  holidays: {
    'स्वतंत्रता दिवस': { m: 8, d: 15 }, 'गणतंत्र दिवस': { m: 1, d: 26 }, 'गांधी जयंती': { m: 10, d: 2 },
    'क्रिसमस': { m: 12, d: 25 }, 'बाल दिवस': { m: 11, d: 14 }, 'शिक्षक दिवस': { m: 9, d: 5 },
  },
  followOnPhrases: {
    'उसी दिन': { n: 0, unit: 'D' }, 'उस दिन': { n: 0, unit: 'D' }, 'अगले दिन': { n: 1, unit: 'D' }, 'उससे पहले दिन': { n: -1, unit: 'D' },
    'उसी साल': { n: 0, unit: 'Y' }, 'उस साल': { n: 0, unit: 'Y' }, 'उसी वर्ष': { n: 0, unit: 'Y' }, 'उस वर्ष': { n: 0, unit: 'Y' },
    'उसी महीने': { n: 0, unit: 'M' },
  },
  followOnDirections: { before: [], after: ['बाद'] },
  oClock: { words: ['बजे', 'बज'], am: ['सुबह', 'सवेरे', 'तड़के'], pm: ['दोपहर', 'शाम'], night: ['रात', 'देर रात'] },
  dayOfMonthWords: ['तारीख', 'तारीख़', 'तिथि'],
  decadeAfter: ['के दशक', 'का दशक', 'के दशकों'],
  yearAfter: ['में', 'से', 'तक', 'के', 'की', 'का', 'को'],
  yearRangeJoiners: ['और', 'से', '-', '–'],
  timeJoiners: [','],
  meridiem: { am: ['am', 'a.m.'], pm: ['pm', 'p.m.'] },
  timeZones: ['IST'],
  // Future verbs end in -गा/-गी/-गे after a vowel (करेगा, होगी, जाएंगे, रहूंगा); a consonant before
  // it is a stem, not the future (लगी "broke out", भागे "fled").
  futureAfter: /(?:वाले|वाली|वाला)\s+(?:है|हैं)|(?:[\u0947\u094B\u0942\u0902\u0901\u090F\u0913\u090A]|\u0947\u0902)(?:गा|गी|गे)(?![\p{L}\p{M}])/u,
  // A future verb (-गा) closes the clause the date is in: `फरवरी में चुनाव होंगे` in May is next February.
  futureSlackDays: 31,
  // Past: the perfect participles and था-forms that close a past-tense clause (हुआ, गई, था).
  pastAfter: /(?:^|[^\p{L}\p{M}])(?:था|थी|थे|थीं|हुआ|हुई|हुए|हुईं|गया|गई|गए|गईं|गयी|लिया|दिया|किया|की थी|आया|आई|आए)(?![\p{L}\p{M}])/u,
  // Precomposed nukta letters that NFC turns into letter + nukta (U+093C).
  equivalents: [
    ['\u0915\u093C', '\u0958'], ['\u0916\u093C', '\u0959'], ['\u0917\u093C', '\u095A'], ['\u091C\u093C', '\u095B'],
    ['\u0921\u093C', '\u095C'], ['\u0922\u093C', '\u095D'], ['\u092B\u093C', '\u095E'], ['\u092F\u093C', '\u095F'],
  ],
};
