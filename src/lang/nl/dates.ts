/** Dutch date words for reading publication dates (`Gepubliceerd op 24 april 2020`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_NL: DateWords = {
  lang: 'nl',
  months: {
    januari: 1, februari: 2, maart: 3, mrt: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9,
    oktober: 10, okt: 10, november: 11, december: 12,
  },
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  labels: [
    { pattern: /^(?:gepubliceerd|geplaatst|verschenen)(?:\s+op)?(?![\p{L}])\s*:?/iu, kind: 'published' },
    { pattern: /^(?:laatst\s+)?(?:bijgewerkt|gewijzigd)(?:\s+op)?(?![\p{L}])\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: ['om'],
  authorLabels: ['door', 'tekst', 'auteur'],
  authorJoiners: ['en'],
};
