import type { TimeLexicon } from '../../stages/time/lexicon.js';
import { MONTHS_EN, WEEKDAYS_EN } from './lexicon.js';
import { SENTENCES_EN } from './sentences.js';

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
    quarter: 'Q', quarters: 'Q',
    century: 'CE', centuries: 'CE',
  },
  periods: { year: 'Y', quarter: 'Q', month: 'M', week: 'W' },
  relative: {
    this: ['this', 'the current'],
    next: ['next', 'coming', 'the coming', 'this coming', 'the next'],
    last: ['last', 'previous', 'the previous', 'the past', 'the last', 'this past'],
  },
  deictic: {
    today: 0,
    yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
  },
  ago: ['ago', 'earlier'],
  indefinite: ['a', 'an'],
  // `6-year-old`, `52 years old`: an age, which TimeBank does not annotate.
  notDurationAfter: /^(?:-|\s+)old\b/i,
  // `a quarter of the market`, `three quarters of them`: a fraction.
  fractionAfter: /^\s+of\b/i,
  // `Now, he says, …`: the word that opens a sentence before a comma marks a turn in the argument.
  discourseMarkers: ['now'],
  quarters: {
    ordinals: { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 },
    words: ['quarter'],
    articles: ['the'],
    fiscal: ['fiscal'],
  },
  fromNow: ['from now', 'from today', 'hence'],
  modifiers: [
    'early', 'earlier', 'late', 'later', 'mid', 'mid-', 'the end of', 'the beginning of',
    'the start of', 'the middle of', 'end-',
  ],
  yearHalves: { 'the first half of': 'H1', 'the second half of': 'H2', 'the last half of': 'H2', 'the latter half of': 'H2' },
  yearBefore: [
    'in', 'since', 'by', 'until', 'till', 'through', 'from', 'during', 'before', 'after', 'of',
    'early', 'late', 'mid', 'mid-', 'around', 'circa', 'year', 'fiscal', 'between', 'spring',
    'summer', 'autumn', 'fall', 'winter', 'the end of', 'the beginning of', 'the start of',
  ],
  dayListJoiners: ['and', 'or'],
  farYearBefore: ['in', 'since', 'until', 'till', 'before', 'after', 'during', 'circa'],
  yearAfter: [],
  yearRangeJoiners: ['and', 'or', 'to', '-', '–', 'through'],
  timeJoiners: ['at', 'on', ','],
  meridiem: { am: ['am', 'a.m.', 'a.m', 'in the morning'], pm: ['pm', 'p.m.', 'p.m', 'in the afternoon', 'in the evening'] },
  abbreviations: SENTENCES_EN.abbreviations,
  timeZones: ['IST', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'JST', 'PKT', 'BST', 'local time'],
  vague: {
    now: 'PRESENT_REF', current: 'PRESENT_REF', 'then current': 'PAST_REF', 'right now': 'PRESENT_REF', 'just now': 'PAST_REF', currently: 'PRESENT_REF',
    'these days': 'PRESENT_REF', nowadays: 'PRESENT_REF', 'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF',
    'the past': 'PAST_REF', recently: 'PAST_REF', 'more recently': 'PAST_REF', 'until recently': 'PAST_REF', lately: 'PAST_REF',
    formerly: 'PAST_REF',
    'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
    'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF', 'a later date': 'FUTURE_REF',
  },
  vagueCounts: [
    'several', 'a few', 'few', 'many', 'recent', 'the past few', 'the last few', 'the next few', 'the coming',
    'the next several', 'the past several', 'the last several', 'coming', 'a couple of', 'the first few',
    'the next couple of', 'the past couple of', 'the last couple of',
  ],
  pairCounts: ['a couple of', 'the next couple of', 'the past couple of', 'the last couple of'],
  relativeSpans: { decade: 'P10Y', century: 'P100Y' },
  halves: { fractions: ['1/2', '½'], after: ['and a half'] },
  bareDurationUnits: ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'centuries'],
  bareDurationBefore: ['for', 'within'],
  durationInfixes: ['more', 'additional', 'further'],
  durationAhead: { determiners: ['the'], after: ['ahead', 'to come'] },
  durationPrefixes: [
    'the', 'the past', 'the last', 'the next', 'the first', 'the latest', 'the final', 'the previous',
    'the coming', 'the full', 'the entire', 'the whole', 'nearly', 'almost', 'about', 'around', 'approximately',
    'roughly', 'some', 'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'no more than',
    'another', 'an additional', 'the year-earlier', 'the year-ago',
  ],
  seasons: { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' },
  bareSeasons: ['spring', 'summer', 'autumn', 'winter'],
  partsOfDay: {
    morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
    'mid-afternoon': 'AF', 'mid afternoon': 'AF', noon: '12:00', midday: '12:00', midnight: '24:00',
  },
  bareDayPartBefore: ['at', 'by', 'in', 'during', 'until', 'before', 'after'],
  partDeictic: {
    tonight: { offset: 0, part: 'NI' }, 'last night': { offset: -1, part: 'NI' },
    'this morning': { offset: 0, part: 'MO' }, 'this afternoon': { offset: 0, part: 'AF' },
    'this evening': { offset: 0, part: 'EV' }, 'later this afternoon': { offset: 0, part: 'AF' },
    'tomorrow morning': { offset: 1, part: 'MO' }, 'yesterday morning': { offset: -1, part: 'MO' },
  },
  partsBeforeTheDay: ['overnight'],
  // Money-market names: `overnight rates`, `overnight loans`.
  partNotAfter: /^\s+(?:rates?|repos?|funds|lending|loans?|deposits?|money|index)\b/i,
  weekend: ['weekend'],
  unitAdjectives: {
    'minute-long': 'PT1M', 'hour-long': 'PT1H', 'day-long': 'P1D', daylong: 'P1D', 'week-long': 'P1W', weeklong: 'P1W',
    'month-long': 'P1M', monthlong: 'P1M', 'year-long': 'P1Y', yearlong: 'P1Y', 'decade-long': 'P10Y', 'century-long': 'P100Y',
  },
  setWords: ['every', 'each'],
  setAdverbs: { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D' },
  // Fixed and weekday-counted holidays that news dates events by (US and Indian ones).
  holidays: {
    "New Year's Day": { m: 1, d: 1 }, "New Year's Eve": { m: 12, d: 31 }, 'Christmas': { m: 12, d: 25 },
    'Christmas Day': { m: 12, d: 25 }, 'Christmas Eve': { m: 12, d: 24 }, 'Independence Day': { m: 7, d: 4 },
    'Halloween': { m: 10, d: 31 }, "Valentine's Day": { m: 2, d: 14 }, 'Veterans Day': { m: 11, d: 11 },
    'Republic Day': { m: 1, d: 26 }, 'Gandhi Jayanti': { m: 10, d: 2 }, "May Day": { m: 5, d: 1 },
    'Thanksgiving': { m: 11, weekday: 4, nth: 4 }, 'Thanksgiving Day': { m: 11, weekday: 4, nth: 4 },
    'Labor Day': { m: 9, weekday: 1, nth: 1 }, 'Memorial Day': { m: 5, weekday: 1, nth: -1 },
    'Election Day': { m: 11, weekday: 2, nth: 1, from: 2 }, "Mother's Day": { m: 5, weekday: 7, nth: 2 },
  },
  yearEarlier: ['year-earlier', 'year-ago', 'year earlier', 'year ago', 'comparable year-ago', 'comparable year-earlier', 'prior-year', 'year-before'],
  reportPeriods: ['quarter', 'period'],
  reportPeriodDeterminers: ['the', 'the latest', 'this', 'the current', 'the recent', 'the most recent', 'the same', 'the comparable', 'the fiscal', 'the just-ended', 'the just-completed', 'that'],
  reportPeriodLatest: ['the latest', 'this', 'the recent', 'the most recent', 'the just-ended', 'the just-completed'],
  decadeWords: {
    twenties: 192, thirties: 193, forties: 194, fifties: 195, sixties: 196, seventies: 197, eighties: 198, nineties: 199,
  },
  // A bare four-digit number near the reference year is a year (`1990 was a good year`) unless a
  // plural noun (`2014 runs`), a count noun or a unit follows it.
  bareYears: { yearsBack: 60, yearsAhead: 15, notBefore: /^\s+(?!(?:was|is|has|as|saw|marks|brings|ends|begins|levels|results|figures|sales|earnings|profits)\b)[a-z]+s\b|^\s*(?:people|persons|men|women|children|troops|soldiers|workers|jobs|shares|units|cars|homes|houses|acres|feet|ft|meters|metres|miles|km|kilometers|tons|tonnes|pounds|kg|dollars|rupees|yen|francs|marks|votes|seats|points|percent|per\s*cent|cases|deaths|employees|students|hours|minutes|square|cubic|barrels|ounces|calories|rpm|mhz|cc|ad|bc)\b/i },
  theYear: {
    determiners: ['the', 'the full', 'the fiscal', 'the current fiscal', 'the latest fiscal', 'the entire', 'the whole'],
    // `for the year` is the year itself (`a high for the year`); `over the year`, `the year ended …` are a duration.
    durationBefore: /\b(?:over|throughout)\s+$/i,
    durationAfter: /^\s+(?:ended|ending|to date)\b/i,
  },
  theMonth: { words: ['the month'], after: ['the end of', 'the beginning of', 'the start of', 'the middle of', 'later in', 'earlier in', 'early in', 'late in'] },
  indefiniteDurationBefore: /\b(?:for|within|as long as|about|nearly|almost|over|than|least|after|lasting|last|lasts|lasted|take|takes|took|taking|spent|spend|only|just|barely|half)\s+$/i,
  yearPrefixes: ['fiscal', 'the year', 'calendar'],
  followOnPhrases: {
    'the same day': { n: 0, unit: 'D' }, 'the next day': { n: 1, unit: 'D' },
    'the following day': { n: 1, unit: 'D' }, 'the day before': { n: -1, unit: 'D' }, 'the previous day': { n: -1, unit: 'D' },
    'the day after': { n: 1, unit: 'D' }, 'the following month': { n: 1, unit: 'M' }, 'the previous month': { n: -1, unit: 'M' },
    'the following year': { n: 1, unit: 'Y' }, 'the previous year': { n: -1, unit: 'Y' }, 'the year before': { n: -1, unit: 'Y' },
    'that same day': { n: 0, unit: 'D' }, 'earlier that day': { n: 0, unit: 'D' }, 'later that day': { n: 0, unit: 'D' },
    'that year': { n: 0, unit: 'Y' }, 'the same year': { n: 0, unit: 'Y' },
    'later in the day': { n: 0, unit: 'D' }, 'earlier in the day': { n: 0, unit: 'D' },
  },
  followOnDirections: { before: ['earlier'], after: ['later'] },
  followOnRelative: { before: ['the previous', 'the preceding'], after: ['the following'] },
  spelledYears: { centuries: { nineteen: 19, eighteen: 18 }, thousand: ['two thousand'], joiners: ['and'] },
  // Future: a modal or plan anywhere before the expression in its sentence, or a present-tense verb of
  // schedule or a deadline word right before it (`Voting starts Tuesday`, `payable Jan. 2`, `by February`).
  // Past: a past-tense verb right before the expression (`the year ended June 30`, `was held in August`).
  pastBefore: /\b(?:ended|closed|was|were|had|did|began|started|happened|occurred|took place|held|died|said|announced|reported)\s+(?:on\s+|in\s+)?$/i,
  pastPerfectBefore: /\bhad\s+(?!to\b)(?![^]*\b(?:will|would|shall|'ll|going to)\b)/i,
  futureAfterFronted: /^\s*,?\s+(?:[\p{L}\p{N}.'&-]+\s+){0,8}?(?:will|shall|is to|are to|(?:is|are)\s+(?:scheduled|set|expected|due|slated)\s+to|plans? to|intends? to)\b/iu,
  futureBefore: /\b(?:will|shall|won't|'ll|would|going to|to be held|scheduled|set to|is to|are to|plans? to|planned|planning|expected to|payable)\b|\b(?:starts|begins|opens|resumes|closes|ends|expires|takes effect|is due|are due|due|effective|by|as early as|as soon as|(?:is|are) forecast(?: for)?|(?:is|are) predicted(?: for)?|(?:is|are) expected(?: on)?)\s+(?:on\s+|in\s+)?$|\b(?:meets?|visits?|travels?|arrives?|leaves?|returns?|holds?|votes?|hosts?|plays?|faces?|heads?|testif(?:y|ies)|appears?)\s+(?:[a-z]+ly\s+)?(?:on\s+)?$|\b(?:runs|lasts|continues|extends|remains|stays)\s+(?:open\s+|in effect\s+)?(?:through|until|till)\s+$/i,
};
