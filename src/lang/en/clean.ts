/**
 * English data for the cleaner: page furniture, end-of-article markers, date labels and words,
 * time zones and local UTC offsets of places and publishers. Patterns are matched against one
 * trimmed line at a time; keep them anchored so they never match inside article sentences.
 */
import type { CleanLexicon } from '../../clean/lexicon.js';
import { MONTHS_EN, WEEKDAYS_EN } from './lexicon.js';

/** English cleaning data. */
export const CLEAN_EN: CleanLexicon = {
  lang: 'en',
  furniture: [
    { pattern: /^(?:advertisement|advertisements|advert|sponsored|ad)$/i, reason: 'advertisement' },
    { pattern: /^(?:story continues below (?:this )?(?:ad|advertisement))$/i, reason: 'advertisement' },
    { pattern: /^(?:branded content|sponsored content|partner content|promoted(?: content)?)$/i, reason: 'branded content' },
    { pattern: /^visitor counter\s*:?\s*[\d,]+$/i, reason: 'visitor counter' },
    { pattern: /^\(?release id\s*:?\s*\d+\)?(?:\s*visitor counter\s*:?\s*[\d,]+)?$/i, reason: 'release id' },
    { pattern: /^read this (?:release|story|article) in\s*:/i, reason: 'language menu' },
    { pattern: /^\(?with (?:inputs from )?(?:[\p{L}.]+(?:\s*(?:,|and|&)\s*)?){1,4} inputs?\)?\.?$/iu, reason: 'agency credit' },
    { pattern: /^\(?(?:with inputs from|inputs from|edited by|reported by|written by)\s+[^.]{1,60}\)?$/i, reason: 'credit line' },
    { pattern: /^\(?(?:this story|this article) (?:has not been|was not) edited by .{0,120}\)?\.?$/i, reason: 'syndication notice' },
    { pattern: /^\d+\s*comments?$/i, reason: 'comment counter' },
    { pattern: /^(?:leave a comment|post a comment|add a comment|view comments?|show comments?|comments?)$/i, reason: 'comment notice' },
    { pattern: /^(?:click here|view all|see all|read more|load more|show more|watch video|watch live|listen|follow live updates|live blog)$/i, reason: 'navigation' },
    { pattern: /^(?:share|share this|share this article|share on \w+|follow us(?: on .*)?|subscribe(?: now| to .*)?|sign up(?: .*)?|sign in|log in|print|email|tweet|whatsapp|facebook|twitter|linkedin|telegram)$/i, reason: 'sharing button' },
    { pattern: /^(?:image|photo|picture|file photo|representational image)\s*(?:credit|courtesy|source)?\s*:\s*[^.]{0,80}$/i, reason: 'image credit' },
    { pattern: /^(?:copyright|©|\(c\))\s*.{0,120}$/i, reason: 'copyright' },
    { pattern: /^all rights reserved\.?$/i, reason: 'copyright' },
    { pattern: /^(?:premium|exclusive|opinion|explained|breaking|live|trending)$/i, reason: 'section label' },
    { pattern: /^(?:get|download) (?:the|our) .{0,40}\bapp\b.{0,60}$/i, reason: 'app promotion' },
  ],
  endMarkers: [
    /^(?:next story|previous story|next article|top news|top stories|latest news|latest stories|more news|more stories)$/i,
    /^(?:related(?: news| stories| articles| posts| coverage| content)?|recommended(?: for you| stories)?|you may also like|you might also like|also read|must read|don't miss|do not miss|trending(?: now| news| stories)?|most read|most popular|popular(?: stories| now)?|editor'?s picks?|best of .{1,30}|in other news|more from .{1,40}|more on this(?: story)?|from around the web|stories you may like|read next|up next)$/i,
    /^(?:[a-z]{3}\s+\d{1,2}|\d{1,2}\s+[a-z]{3}):\s+latest news$/i,
  ],
  teaserPrefixes: [
    /^(?:also read|read also|read more|read|also see|also watch|watch|listen|related|recommended|see also|must read)\s*(?::|\||-|–|—|>>|»)\s*\S/i,
    /^(?:also read|read also|must read)\s+\S/i,
  ],
  dateLabels: [
    { pattern: /^(?:posted on|posted at|posted)\b\s*:?/i, kind: 'published' },
    { pattern: /^(?:first published on|first published at|first published|originally published(?: on| at)?)\b\s*:?/i, kind: 'published' },
    { pattern: /^(?:published on|published at|published date|publish date|date published|published|pub date|release date|dated|date)\b\s*:?/i, kind: 'published' },
    { pattern: /^(?:last updated on|last updated at|last updated|last modified|updated on|updated at|updated|modified)\b\s*:?/i, kind: 'updated' },
    { pattern: /^(?:date of (?:the )?last revision|last revised(?: on)?|revised(?: on)?|revision date|effective date)\b\s*:?/i, kind: 'updated' },
  ],
  months: MONTHS_EN,
  weekdays: Object.keys(WEEKDAYS_EN),
  meridiem: { am: 'am', 'a.m.': 'am', 'a.m': 'am', pm: 'pm', 'p.m.': 'pm', 'p.m': 'pm' },
  dateTimeJoiners: ['at', 'on', '@'],
  zones: {
    ist: '+05:30', pkt: '+05:00', npt: '+05:45', bst: '+01:00', gmt: '+00:00', utc: '+00:00', z: '+00:00',
    cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', msk: '+03:00', gst: '+04:00',
    jst: '+09:00', kst: '+09:00', hkt: '+08:00', sgt: '+08:00', aest: '+10:00', aedt: '+11:00',
    est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
    pst: '-08:00', pdt: '-07:00',
  },
  localOffsets: {
    pib: '+05:30', 'press information bureau': '+05:30', ani: '+05:30', pti: '+05:30', ians: '+05:30',
    india: '+05:30', delhi: '+05:30', 'new delhi': '+05:30', mumbai: '+05:30', kolkata: '+05:30',
    chennai: '+05:30', bengaluru: '+05:30', bangalore: '+05:30', hyderabad: '+05:30', ahmedabad: '+05:30',
    pune: '+05:30', lucknow: '+05:30', jaipur: '+05:30', chandigarh: '+05:30', bhopal: '+05:30',
    patna: '+05:30', guwahati: '+05:30', srinagar: '+05:30', jammu: '+05:30', thiruvananthapuram: '+05:30',
    bhubaneswar: '+05:30', ranchi: '+05:30', raipur: '+05:30', dehradun: '+05:30', shimla: '+05:30',
    panaji: '+05:30', imphal: '+05:30', shillong: '+05:30', agartala: '+05:30', aizawl: '+05:30',
    kohima: '+05:30', itanagar: '+05:30', gangtok: '+05:30', puducherry: '+05:30', vijayawada: '+05:30',
    pakistan: '+05:00', islamabad: '+05:00', karachi: '+05:00', lahore: '+05:00',
    nepal: '+05:45', kathmandu: '+05:45', dhaka: '+06:00', bangladesh: '+06:00', colombo: '+05:30',
    tokyo: '+09:00', japan: '+09:00', seoul: '+09:00', beijing: '+08:00', singapore: '+08:00',
  },
  agencies: ['Reuters', 'AP', 'AFP', 'PTI', 'ANI', 'IANS', 'UNI', 'Xinhua', 'Bloomberg', 'dpa', 'Kyodo', 'Yonhap', 'TASS'],
  trackers: ['scorecardresearch', 'googletagmanager', 'doubleclick', 'chartbeat', 'comscore', 'quantserve', 'outbrain', 'taboola'],
  authorLabels: ['by', 'written by', 'posted by', 'story by', 'words by', 'text by', 'text', 'author', 'authors'],
  authorJoiners: ['and'],
};
