/**
 * English words several stages need, defined once: month and weekday names with every spelling we
 * read (full, abbreviated, with a dot), and reporting verbs. The time stage, the cleaner, the name
 * extractor and the quote stage all import them from here, so they cannot disagree.
 *
 * @example
 * ```ts
 * MONTHS_EN['sept.']; // 9
 * WEEKDAYS_EN['thu']; // 4
 * ```
 */

/** Month names and abbreviations, lower-cased → month number. */
export const MONTHS_EN: Readonly<Record<string, number>> = {
  january: 1, jan: 1, 'jan.': 1,
  february: 2, feb: 2, 'feb.': 2,
  march: 3, mar: 3, 'mar.': 3,
  april: 4, apr: 4, 'apr.': 4,
  may: 5,
  june: 6, jun: 6, 'jun.': 6,
  july: 7, jul: 7, 'jul.': 7,
  august: 8, aug: 8, 'aug.': 8,
  september: 9, sep: 9, 'sep.': 9, sept: 9, 'sept.': 9,
  october: 10, oct: 10, 'oct.': 10,
  november: 11, nov: 11, 'nov.': 11,
  december: 12, dec: 12, 'dec.': 12,
};

/** Weekday names and abbreviations, lower-cased → ISO weekday (1 = Monday … 7 = Sunday). */
export const WEEKDAYS_EN: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, 'mon.': 1,
  tuesday: 2, tue: 2, 'tue.': 2, tues: 2, 'tues.': 2,
  wednesday: 3, wed: 3, 'wed.': 3,
  thursday: 4, thu: 4, 'thu.': 4, thur: 4, 'thur.': 4, thurs: 4, 'thurs.': 4,
  friday: 5, fri: 5, 'fri.': 5,
  saturday: 6, sat: 6, 'sat.': 6,
  sunday: 7, sun: 7, 'sun.': 7,
};

/**
 * Verbs (and verb phrases) that introduce speech: `said`, `told reporters`, `pointed out`. Third-person
 * forms that are also common nouns (`states`, `notes`, `claims`, `remarks`, `posts`, `tweets`) are in
 * REPORTING_NOUN_VERBS_EN instead: `the United States` or `In his remarks` must not read as attributions.
 */
export const REPORTING_VERBS_EN: readonly string[] = [
  'said', 'says', 'say', 'stated', 'added', 'adds', 'told', 'tells', 'tweeted',
  'posted', 'wrote', 'writes', 'noted', 'asserted', 'asserts', 'remarked',
  'explained', 'explains', 'declared', 'declares', 'announced', 'announces', 'insisted', 'insists',
  'argued', 'argues', 'claimed', 'warned', 'warns', 'recalled', 'recalls', 'continued',
  'replied', 'replies', 'responded', 'responds', 'acknowledged', 'admitted', 'admits', 'emphasised', 'emphasized',
  'emphasises', 'emphasizes', 'stressed', 'stresses', 'observed', 'commented', 'suggested', 'urged', 'urges', 'asked',
  'asks', 'pointed out', 'points out', 'conceded', 'concluded', 'confirmed', 'maintained', 'reiterated', 'underlined',
  'highlighted', 'mentioned', 'quipped', 'shouted', 'exclaimed', 'whispered', 'testified', 'vowed',
  'promised', 'predicted', 'cautioned', 'assured', 'informed', 'reminded', 'wondered', 'boasted',
  'complained', 'countered', 'retorted', 'summed up', 'went on', 'has said', 'had said', 'would say',
  'will say', 'told reporters', 'recounted', 'opined',
];

/** Reporting verbs that are also common nouns (`states`, `claims`): evidence after a name, never a quote cue. */
export const REPORTING_NOUN_VERBS_EN: readonly string[] = ['states', 'notes', 'claims'];

/**
 * Verbs of thinking and stance (`believes`, `denied`): not speech, but like reporting verbs they follow
 * a person (`Singh believes`).
 */
export const STANCE_VERBS_EN: readonly string[] = [
  'believes', 'believed', 'thinks', 'denied', 'alleged', 'alleges', 'agreed', 'pointed',
];
