/** Indonesian date words for reading publication dates (`Diterbitkan 24 April 2020`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_ID: DateWords = {
  lang: 'id',
  months: {
    januari: 1, februari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7, agustus: 8, agu: 8, agt: 8,
    september: 9, oktober: 10, okt: 10, november: 11, desember: 12, des: 12,
  },
  weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu'],
  labels: [
    { pattern: /^(?:diterbitkan|dipublikasikan|dipublikasi|terbit)(?:\s+pada)?(?![\p{L}])\s*:?/iu, kind: 'published' },
    { pattern: /^(?:diperbarui|diperbaharui)(?:\s+pada)?(?![\p{L}])\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: ['pukul'],
  authorLabels: ['oleh', 'penulis', 'reporter'],
  authorJoiners: ['dan'],
};
