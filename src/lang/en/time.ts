import type { TimeLexicon } from '../../stages/time/lexicon.js';
import { MONTHS_EN, WEEKDAYS_EN } from './lexicon.js';

/**
 * English temporal vocabulary for the time stage: month and weekday names, number words,
 * relative words and the cues that decide past or future. Numeric dates are read day first
 * (`08-09-2022` is 8 September), as Indian and British news write them.
 *
 * @example
 * ```ts
 * EN_TIME.months['sept.']; // 9
 * EN_TIME.weekdays['thursday']; // 4
 * ```
 */
export const EN_TIME: TimeLexicon = {
  lang: 'en',
  source: 'time/en',
  capitalizedNames: true,
  dayFirst: true,
  months: MONTHS_EN,
  // `May` (modal) and `March` (verb) need a day or a year next to them.
  bareMonths: ['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  weekdays: WEEKDAYS_EN,
  bareWeekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  dayMonthJoiners: ['of'],
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  },
  units: {
    year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y',
    month: 'M', months: 'M',
    week: 'W', weeks: 'W',
    day: 'D', days: 'D',
    hour: 'H', hours: 'H', hr: 'H', hrs: 'H',
    minute: 'MIN', minutes: 'MIN', min: 'MIN', mins: 'MIN',
    second: 'S', seconds: 'S',
    decade: 'DE', decades: 'DE',
  },
  periods: { year: 'Y', month: 'M', week: 'W' },
  relative: {
    this: ['this', 'the current'],
    next: ['next', 'coming', 'the coming', 'this coming', 'the next'],
    last: ['last', 'previous', 'the previous'],
  },
  deictic: {
    today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
    yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
  },
  ago: ['ago', 'earlier'],
  indefinite: ['a', 'an'],
  notDurationAfter: /^-old\b/i,
  quarters: {
    ordinals: { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 },
    words: ['quarter'],
    articles: ['the'],
  },
  fromNow: ['from now', 'from today', 'hence'],
  modifiers: [
    'early', 'earlier', 'late', 'later', 'mid', 'mid-', 'the end of', 'the beginning of',
    'the start of', 'the middle of', 'end-', 'the first half of', 'the second half of',
  ],
  yearBefore: [
    'in', 'since', 'by', 'until', 'till', 'through', 'from', 'during', 'before', 'after', 'of',
    'early', 'late', 'mid', 'mid-', 'around', 'circa', 'year', 'fiscal', 'between', 'spring',
    'summer', 'autumn', 'fall', 'winter', 'the end of', 'the beginning of', 'the start of',
  ],
  yearAfter: [],
  yearRangeJoiners: ['and', 'or', 'to', '-', '–', 'through'],
  timeJoiners: ['at', 'on', ','],
  meridiem: { am: ['am', 'a.m.', 'a.m'], pm: ['pm', 'p.m.', 'p.m'] },
  timeZones: ['IST', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'JST', 'PKT', 'BST'],
  futureBefore: /\b(?:will|shall|won't|'ll|going to|to be held|scheduled|is set to|are set to|plans? to|expected to)\b/i,
};
