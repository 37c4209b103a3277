/** German date words for reading publication dates (`Veröffentlicht am 24. April 2020`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_DE: DateWords = {
  lang: 'de',
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, maerz: 3, mär: 3, mrz: 3, april: 4, apr: 4,
    mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10,
    okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
  labels: [
    { pattern: /^(?:veröffentlicht|publiziert|erschienen|erstellt|datum)(?:\s+(?:am|um|den))?\b\s*:?/iu, kind: 'published' },
    { pattern: /^(?:zuletzt\s+)?(?:aktualisiert|geändert|bearbeitet)(?:\s+(?:am|um))?\b\s*:?|^stand\b\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: ['um'],
  authorLabels: ['von', 'text', 'autor', 'autorin', 'autoren'],
  authorJoiners: ['und'],
};
