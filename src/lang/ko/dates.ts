/** Korean date labels (`입력 2020.04.24 09:20`); the dates themselves (`2020년 4월 24일`) are read by pattern. */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_KO: DateWords = {
  lang: 'ko',
  months: {},
  weekdays: [],
  labels: [
    { pattern: /^(?:기사입력|입력|등록|게재|작성일|등록일)\s*[:：]?/u, kind: 'published' },
    { pattern: /^(?:최종수정|기사수정|수정|업데이트)\s*[:：]?/u, kind: 'updated' },
  ],
  meridiem: { 오전: 'am', 오후: 'pm' },
  dateTimeJoiners: [],
};
