/** Italian date words for reading publication dates (`Pubblicato il 24 aprile 2020`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_IT: DateWords = {
  lang: 'it',
  months: {
    gennaio: 1, gen: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, mag: 5, giugno: 6, giu: 6, luglio: 7, lug: 7,
    agosto: 8, settembre: 9, set: 9, ottobre: 10, ott: 10, novembre: 11, dicembre: 12,
  },
  weekdays: ['lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica'],
  labels: [
    { pattern: /^(?:pubblicato|pubblicata|data di pubblicazione)(?:\s+(?:il|in data))?(?![\p{L}])\s*:?/iu, kind: 'published' },
    { pattern: /^(?:aggiornato|aggiornata|ultimo aggiornamento|modificato)(?:\s+(?:il|alle))?(?![\p{L}])\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: ['alle', 'ore'],
  authorLabels: ['di', 'testo', 'autore', 'autrice', 'a cura di'],
  authorJoiners: ['e', 'ed'],
};
