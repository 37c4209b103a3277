/**
 * Hindi data for the cleaner: page furniture of Hindi news sites and Hindi PIB releases,
 * end-of-article markers, date words and the local offsets of places written in Devanagari.
 * Numbers may be written in Devanagari digits; the cleaner normalises digits itself.
 */
import type { CleanLexicon } from '../../clean/lexicon.js';
import { MONTHS_HI, WEEKDAYS_HI } from './lexicon.js';

/** Hindi cleaning data. */
export const CLEAN_HI: CleanLexicon = {
  lang: 'hi',
  furniture: [
    { pattern: /^(?:विज्ञापन|विज्ञापन्‍?|स्पॉन्सर्ड|प्रायोजित)$/u, reason: 'advertisement' },
    { pattern: /^आगंतुक पटल\s*:?\s*[\d\u0966-\u096f,]+$/u, reason: 'visitor counter' },
    { pattern: /^\(?(?:रिलीज़|रिलीज|विज्ञप्ति)\s*(?:आईडी|आई\.डी\.)\s*:?\s*[\d\u0966-\u096f]+\)?$/u, reason: 'release id' },
    { pattern: /^इस विज्ञप्ति को (?:इन भाषाओं में|.{0,20}में) पढ़ें\s*:?/u, reason: 'language menu' },
    { pattern: /^\(?(?:इनपुट|इनपुट्स)\s*[:-]?\s*.{0,40}\)?$/u, reason: 'agency credit' },
    { pattern: /^\(?.{1,30}\s+(?:के|की)\s+इनपुट\s+के\s+साथ\)?$/u, reason: 'agency credit' },
    { pattern: /^(?:शेयर करें|शेयर|फॉलो करें|सब्सक्राइब करें|और पढ़ें|यहां क्लिक करें|यहाँ क्लिक करें|वीडियो देखें|लाइव देखें)$/u, reason: 'navigation' },
    { pattern: /^(?:कमेंट|टिप्पणी|टिप्पणियां|टिप्पणियाँ)\s*(?:करें|\([\d\u0966-\u096f]+\))?$/u, reason: 'comment notice' },
  ],
  endMarkers: [
    /^(?:संबंधित खबरें|सम्बंधित खबरें|संबंधित ख़बरें|संबंधित समाचार|ये भी पढ़ें|यह भी पढ़ें|ताज़ा खबरें|ताजा खबरें|ताज़ा ख़बरें|लेटेस्ट न्यूज़|लेटेस्ट न्यूज|टॉप न्यूज़|टॉप न्यूज|अगली खबर|अगली ख़बर|और खबरें|ट्रेंडिंग|ट्रेंडिंग न्यूज़|सबसे ज्यादा पढ़ी गई|सबसे ज़्यादा पढ़ी गई)$/u,
  ],
  teaserPrefixes: [/^(?:ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|पढ़ें|देखें)\s*(?::|\||-|–|—|>>|»)\s*\S/u],
  dateLabels: [
    { pattern: /^(?:प्रविष्टि तिथि|पोस्ट किया गया|प्रकाशित तिथि|प्रकाशित|प्रकाशन तिथि|पब्लिश्ड|पब्लिश)\s*:?/u, kind: 'published' },
    { pattern: /^(?:अपडेटेड|अपडेट किया गया|अपडेट|अद्यतन)\s*:?/u, kind: 'updated' },
  ],
  months: MONTHS_HI,
  weekdays: Object.keys(WEEKDAYS_HI),
  meridiem: { 'पूर्वाह्न': 'am', 'अपराह्न': 'pm' },
  dateTimeJoiners: ['को'],
  zones: {},
  localOffsets: {
    'भारत': '+05:30', 'दिल्ली': '+05:30', 'नई दिल्ली': '+05:30', 'नयी दिल्ली': '+05:30', 'मुंबई': '+05:30',
    'कोलकाता': '+05:30', 'चेन्नई': '+05:30', 'लखनऊ': '+05:30', 'पटना': '+05:30', 'जयपुर': '+05:30',
    'भोपाल': '+05:30', 'पीआईबी': '+05:30', 'पत्र सूचना कार्यालय': '+05:30',
  },
  agencies: ['भाषा', 'एजेंसी', 'आईएएनएस', 'वार्ता', 'पीटीआई', 'एएनआई'],
  trackers: [],
  authorLabels: ['लेखक', 'लेखिका'],
  authorJoiners: ['और', 'एवं'],
};
