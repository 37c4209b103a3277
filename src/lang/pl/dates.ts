/** Polish date words for reading publication dates (`Opublikowano 24 kwietnia 2020`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_PL: DateWords = {
  lang: 'pl',
  months: {
    stycznia: 1, styczeń: 1, sty: 1, lutego: 2, luty: 2, lut: 2, marca: 3, marzec: 3, kwietnia: 4, kwiecień: 4,
    kwi: 4, maja: 5, maj: 5, czerwca: 6, czerwiec: 6, cze: 6, lipca: 7, lipiec: 7, lip: 7, sierpnia: 8, sierpień: 8,
    sie: 8, września: 9, wrzesień: 9, wrz: 9, października: 10, październik: 10, paź: 10, listopada: 11,
    listopad: 11, lis: 11, grudnia: 12, grudzień: 12, gru: 12,
  },
  weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  labels: [
    { pattern: /^(?:opublikowano|data publikacji|dodano)(?![\p{L}])\s*:?/iu, kind: 'published' },
    { pattern: /^(?:aktualizacja|zaktualizowano)(?![\p{L}])\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: ['o'],
  authorLabels: ['autor', 'autorka', 'tekst'],
  authorJoiners: ['i'],
};
