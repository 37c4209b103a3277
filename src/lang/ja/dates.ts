/** Japanese date labels (`公開日：2019年6月24日`); the dates themselves are read by pattern. */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_JA: DateWords = {
  lang: 'ja',
  months: {},
  weekdays: [],
  labels: [
    { pattern: /^(?:公開日時|公開日|掲載日|配信日時|配信日|投稿日|作成日)\s*[:：]?/u, kind: 'published' },
    { pattern: /^(?:更新日時|更新日|最終更新日|最終更新)\s*[:：]?/u, kind: 'updated' },
  ],
  meridiem: { 午前: 'am', 午後: 'pm' },
  dateTimeJoiners: [],
};
