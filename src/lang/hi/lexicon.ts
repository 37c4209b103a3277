/**
 * Hindi words several stages need, defined once: month and weekday names with their common spellings
 * (सितंबर/सितम्बर, अप्रैल/अप्रेल, वीरवार, इतवार) and reporting verbs. The time stage, the cleaner, the
 * name extractor and the quote stage all import them from here, so they cannot disagree.
 *
 * @example
 * ```ts
 * MONTHS_HI['अप्रेल']; // 4
 * WEEKDAYS_HI['इतवार']; // 7
 * ```
 */

/** Month names in every common spelling → month number. */
export const MONTHS_HI: Readonly<Record<string, number>> = {
  'जनवरी': 1,
  'फरवरी': 2, 'फ़रवरी': 2,
  'मार्च': 3,
  'अप्रैल': 4, 'अप्रेल': 4,
  'मई': 5,
  'जून': 6,
  'जुलाई': 7,
  'अगस्त': 8,
  'सितंबर': 9, 'सितम्बर': 9,
  'अक्टूबर': 10, 'अक्तूबर': 10,
  'नवंबर': 11, 'नवम्बर': 11,
  'दिसंबर': 12, 'दिसम्बर': 12,
};

/** Weekday names → ISO weekday (1 = सोमवार … 7 = रविवार). */
export const WEEKDAYS_HI: Readonly<Record<string, number>> = {
  'सोमवार': 1, 'मंगलवार': 2, 'बुधवार': 3, 'गुरुवार': 4, 'बृहस्पतिवार': 4, 'वीरवार': 4,
  'शुक्रवार': 5, 'शनिवार': 6, 'रविवार': 7, 'इतवार': 7,
};

/** Verbs and verb phrases that introduce speech (`कहा`, `ट्वीट कर कहा`). */
export const REPORTING_VERBS_HI: readonly string[] = [
  'कहा', 'कहते हैं', 'कहती हैं', 'कहता है', 'कहती है', 'कहा है', 'बताया', 'बताया है', 'लिखा', 'लिखा है',
  'ट्वीट किया', 'ट्वीट कर कहा', 'पोस्ट किया', 'पोस्ट कर कहा', 'जोड़ा', 'दोहराया', 'स्पष्ट किया',
  'दावा किया', 'आरोप लगाया', 'उल्लेख किया', 'जानकारी दी', 'घोषणा की', 'चेतावनी दी', 'टिप्पणी की',
  'याद दिलाया', 'बल दिया', 'जोर दिया', 'ज़ोर दिया', 'कहना है', 'कहना था',
];
