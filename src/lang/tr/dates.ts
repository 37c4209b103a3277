/** Turkish date words for reading publication dates (`Yayınlanma: 24 Nisan 2020`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_TR: DateWords = {
  lang: 'tr',
  months: {
    ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10,
    kasım: 11, aralık: 12,
  },
  weekdays: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
  labels: [
    { pattern: /^(?:yayınlanma tarihi|yayın tarihi|yayınlanma|yayınlandı|oluşturulma tarihi)(?![\p{L}])\s*:?/iu, kind: 'published' },
    { pattern: /^(?:güncellenme tarihi|güncelleme tarihi|güncelleme|güncellendi)(?![\p{L}])\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: [],
  authorLabels: ['yazar', 'yazan'],
  authorJoiners: ['ve'],
};
