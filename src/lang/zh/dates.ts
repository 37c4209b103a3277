/** Chinese date labels (`发布时间：2012-06-04`); the dates themselves (`2012年6月4日`) are read by pattern. */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_ZH: DateWords = {
  lang: 'zh',
  months: {},
  weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  labels: [
    { pattern: /^(?:发布时间|發布時間|发布日期|發佈日期|发表时间|發表時間|发表于|發表於|时间|時間|日期)\s*[:：]?/u, kind: 'published' },
    { pattern: /^(?:更新时间|更新時間|最后更新|最後更新|修改时间)\s*[:：]?/u, kind: 'updated' },
  ],
  meridiem: { 上午: 'am', 下午: 'pm' },
  dateTimeJoiners: [],
};
