/**
 * Hindi lexicon for finding names: honorifics, ranks and offices that announce a person, the head
 * words of organisation names, a few organisations known by name, and the words that end a name
 * (postpositions, particles, common verbs). Data only; the rules are in `names.ts`.
 */
import type { EntityType } from '../../pipeline/types.js';
import { MONTHS_HI, WEEKDAYS_HI } from './lexicon.js';

/** A word or phrase written in front of a person's name. */
export interface HindiTitle {
  hi: string;
  /** English of the office (`Defence Minister`); honorifics and ranks have none. */
  role?: string;
  kind: 'honorific' | 'rank' | 'office';
}

/** Honorifics: say nothing about the office (`श्री` Shri, `डॉ.` Dr). The dot is optional in text. */
export const HINDI_HONORIFICS: readonly HindiTitle[] = [
  { hi: 'श्री', kind: 'honorific' },
  { hi: 'श्रीमती', kind: 'honorific' },
  { hi: 'सुश्री', kind: 'honorific' },
  { hi: 'कुमारी', kind: 'honorific' },
  { hi: 'डॉ', kind: 'honorific' },
  { hi: 'डॉक्टर', kind: 'honorific' },
  { hi: 'डा', kind: 'honorific' },
  { hi: 'प्रो', kind: 'honorific' },
  { hi: 'प्रोफेसर', kind: 'honorific' },
  { hi: 'प्रोफ़ेसर', kind: 'honorific' },
  { hi: 'मिस्टर', kind: 'honorific' },
  { hi: 'मि', kind: 'honorific' },
  { hi: 'श्रीमान', kind: 'honorific' },
  { hi: 'स्वर्गीय', kind: 'honorific' },
  { hi: 'स्व', kind: 'honorific' },
];

/** Military and police ranks. */
export const HINDI_RANKS: readonly HindiTitle[] = [
  { hi: 'जनरल', kind: 'rank' },
  { hi: 'लेफ्टिनेंट जनरल', kind: 'rank' },
  { hi: 'मेजर जनरल', kind: 'rank' },
  { hi: 'ब्रिगेडियर', kind: 'rank' },
  { hi: 'कर्नल', kind: 'rank' },
  { hi: 'लेफ्टिनेंट कर्नल', kind: 'rank' },
  { hi: 'मेजर', kind: 'rank' },
  { hi: 'कैप्टन', kind: 'rank' },
  { hi: 'लेफ्टिनेंट', kind: 'rank' },
  { hi: 'एडमिरल', kind: 'rank' },
  { hi: 'वाइस एडमिरल', kind: 'rank' },
  { hi: 'एयर चीफ मार्शल', kind: 'rank' },
  { hi: 'एयर मार्शल', kind: 'rank' },
  { hi: 'मार्शल', kind: 'rank' },
  { hi: 'सूबेदार', kind: 'rank' },
  { hi: 'हवलदार', kind: 'rank' },
  { hi: 'सिपाही', kind: 'rank' },
  { hi: 'इंस्पेक्टर', kind: 'rank' },
  { hi: 'दारोगा', kind: 'rank' },
];

/** Offices written before a name, with their English. Composed ministers are in `names.ts`. */
export const HINDI_OFFICES: readonly HindiTitle[] = [
  { hi: 'प्रधानमंत्री', role: 'Prime Minister', kind: 'office' },
  { hi: 'प्रधान मंत्री', role: 'Prime Minister', kind: 'office' },
  { hi: 'मुख्यमंत्री', role: 'Chief Minister', kind: 'office' },
  { hi: 'मुख्य मंत्री', role: 'Chief Minister', kind: 'office' },
  { hi: 'उपमुख्यमंत्री', role: 'Deputy Chief Minister', kind: 'office' },
  { hi: 'उप मुख्यमंत्री', role: 'Deputy Chief Minister', kind: 'office' },
  { hi: 'राष्ट्रपति', role: 'President', kind: 'office' },
  { hi: 'उपराष्ट्रपति', role: 'Vice President', kind: 'office' },
  { hi: 'उप राष्ट्रपति', role: 'Vice President', kind: 'office' },
  { hi: 'राज्यपाल', role: 'Governor', kind: 'office' },
  { hi: 'उपराज्यपाल', role: 'Lieutenant Governor', kind: 'office' },
  { hi: 'सांसद', role: 'Member of Parliament', kind: 'office' },
  { hi: 'विधायक', role: 'MLA', kind: 'office' },
  { hi: 'राजदूत', role: 'Ambassador', kind: 'office' },
  { hi: 'उच्चायुक्त', role: 'High Commissioner', kind: 'office' },
  { hi: 'सेना प्रमुख', role: 'Army Chief', kind: 'office' },
  { hi: 'थल सेनाध्यक्ष', role: 'Chief of Army Staff', kind: 'office' },
  { hi: 'सेनाध्यक्ष', role: 'Army Chief', kind: 'office' },
  { hi: 'नौसेना प्रमुख', role: 'Navy Chief', kind: 'office' },
  { hi: 'वायुसेना प्रमुख', role: 'Air Force Chief', kind: 'office' },
  { hi: 'चीफ ऑफ डिफेंस स्टाफ', role: 'Chief of Defence Staff', kind: 'office' },
  { hi: 'न्यायमूर्ति', role: 'Justice', kind: 'office' },
  { hi: 'मुख्य न्यायाधीश', role: 'Chief Justice', kind: 'office' },
  { hi: 'न्यायाधीश', role: 'Judge', kind: 'office' },
  { hi: 'जज', role: 'Judge', kind: 'office' },
  { hi: 'अध्यक्ष', role: 'President', kind: 'office' },
  { hi: 'उपाध्यक्ष', role: 'Vice President', kind: 'office' },
  { hi: 'महासचिव', role: 'General Secretary', kind: 'office' },
  { hi: 'सचिव', role: 'Secretary', kind: 'office' },
  { hi: 'विदेश सचिव', role: 'Foreign Secretary', kind: 'office' },
  { hi: 'रक्षा सचिव', role: 'Defence Secretary', kind: 'office' },
  { hi: 'गृह सचिव', role: 'Home Secretary', kind: 'office' },
  { hi: 'प्रवक्ता', role: 'Spokesperson', kind: 'office' },
  { hi: 'निदेशक', role: 'Director', kind: 'office' },
  { hi: 'महानिदेशक', role: 'Director General', kind: 'office' },
  { hi: 'पुलिस अधीक्षक', role: 'Superintendent of Police', kind: 'office' },
  { hi: 'पुलिस महानिदेशक', role: 'Director General of Police', kind: 'office' },
  { hi: 'जिलाधिकारी', role: 'District Magistrate', kind: 'office' },
  { hi: 'कलेक्टर', role: 'Collector', kind: 'office' },
  { hi: 'महापौर', role: 'Mayor', kind: 'office' },
  { hi: 'मेयर', role: 'Mayor', kind: 'office' },
  { hi: 'चांसलर', role: 'Chancellor', kind: 'office' },
  { hi: 'राजा', role: 'King', kind: 'office' },
  { hi: 'रानी', role: 'Queen', kind: 'office' },
  { hi: 'कप्तान', role: 'Captain', kind: 'office' },
  { hi: 'कमांडर', role: 'Commander', kind: 'office' },
];

/** The head word of a minister's office, composed with portfolio words (`रक्षा मंत्री`). */
export const HINDI_MINISTER_HEADS: Readonly<Record<string, string>> = {
  'मंत्री': 'Minister',
  'राज्य मंत्री': 'Minister of State',
  'राज्यमंत्री': 'Minister of State',
};

/** Words before a minister's portfolio that qualify the office (`केंद्रीय रक्षा मंत्री` → Union Defence Minister). */
export const HINDI_MINISTER_QUALIFIERS: Readonly<Record<string, string>> = {
  'केंद्रीय': 'Union',
  'केन्द्रीय': 'Union',
  'पूर्व': 'former',
};

/** Words that join a country to the office after it (`जापान के रक्षा मंत्री`). */
export const HINDI_GENITIVES: readonly string[] = ['के', 'की', 'का'];

/**
 * Head words of organisation and facility names. `modifiers: 'gloss'` heads are named by ordinary
 * words (`रक्षा मंत्रालय`, `भारतीय सेना`); `'proper'` heads need a name in front (`X सेंटर`), since
 * `स्वास्थ्य केंद्र` (a health centre) is no name.
 */
export interface HindiOrgHead {
  hi: string;
  type: EntityType;
  modifiers: 'gloss' | 'proper' | 'both';
}

/** Organisation and facility heads. */
export const HINDI_ORG_HEADS: readonly HindiOrgHead[] = [
  { hi: 'मंत्रालय', type: 'organization', modifiers: 'gloss' },
  { hi: 'विभाग', type: 'organization', modifiers: 'gloss' },
  { hi: 'आयोग', type: 'organization', modifiers: 'both' },
  { hi: 'सेना', type: 'organization', modifiers: 'both' },
  { hi: 'नौसेना', type: 'organization', modifiers: 'gloss' },
  { hi: 'वायुसेना', type: 'organization', modifiers: 'gloss' },
  { hi: 'पुलिस', type: 'organization', modifiers: 'both' },
  { hi: 'पार्टी', type: 'organization', modifiers: 'both' },
  { hi: 'संगठन', type: 'organization', modifiers: 'both' },
  { hi: 'परिषद', type: 'organization', modifiers: 'both' },
  { hi: 'समिति', type: 'organization', modifiers: 'proper' },
  { hi: 'बोर्ड', type: 'organization', modifiers: 'both' },
  { hi: 'बैंक', type: 'organization', modifiers: 'both' },
  { hi: 'विश्वविद्यालय', type: 'organization', modifiers: 'both' },
  { hi: 'न्यायालय', type: 'organization', modifiers: 'gloss' },
  { hi: 'प्राधिकरण', type: 'organization', modifiers: 'both' },
  { hi: 'निगम', type: 'organization', modifiers: 'both' },
  { hi: 'संस्थान', type: 'organization', modifiers: 'proper' },
  { hi: 'ब्यूरो', type: 'organization', modifiers: 'both' },
  { hi: 'एजेंसी', type: 'organization', modifiers: 'both' },
  { hi: 'मोर्चा', type: 'organization', modifiers: 'proper' },
  { hi: 'सेंटर', type: 'place', modifiers: 'proper' },
  { hi: 'सेन्टर', type: 'place', modifiers: 'proper' },
  { hi: 'केंद्र', type: 'place', modifiers: 'proper' },
  { hi: 'भवन', type: 'place', modifiers: 'proper' },
  { hi: 'स्टेडियम', type: 'place', modifiers: 'proper' },
  { hi: 'हवाई अड्डे', type: 'place', modifiers: 'proper' },
  { hi: 'हवाईअड्डे', type: 'place', modifiers: 'proper' },
  { hi: 'मैदान', type: 'place', modifiers: 'proper' },
  { hi: 'स्मारक', type: 'place', modifiers: 'both' },
];

/** Words that may stand in front of a `gloss` head besides portfolios and demonyms. */
export const HINDI_ORG_MODIFIERS: readonly string[] = [
  'राष्ट्रीय', 'अंतरराष्ट्रीय', 'अंतर्राष्ट्रीय', 'केंद्रीय', 'केन्द्रीय', 'राज्य', 'जिला', 'चुनाव', 'निर्वाचन',
  'संयुक्त', 'उच्च', 'सर्वोच्च', 'थल', 'वायु', 'रिज़र्व', 'रिजर्व', 'विश्व', 'युद्ध', 'सुरक्षा', 'अन्वेषण',
  'जांच', 'आतंकवाद', 'विरोधी', 'अनुसंधान', 'विज्ञान', 'प्रौद्योगिकी', 'जनता', 'आदमी', 'आम', 'समाजवादी',
  'बहुजन', 'समाज', 'कम्युनिस्ट', 'लोक', 'विकास', 'नागरिक', 'उड्डयन', 'चिकित्सा', 'आयुर्विज्ञान',
];

/** Organisations known by name, with their English. */
export const HINDI_ORGANISATIONS: readonly { hi: readonly string[]; en: string }[] = [
  { hi: ['संयुक्त राष्ट्र', 'संयुक्त राष्ट्र संघ'], en: 'United Nations' },
  { hi: ['यूरोपीय संघ'], en: 'European Union' },
  { hi: ['भाजपा'], en: 'BJP' },
  { hi: ['कांग्रेस'], en: 'Congress' },
  { hi: ['नाटो'], en: 'NATO' },
  { hi: ['आसियान'], en: 'ASEAN' },
  { hi: ['इसरो'], en: 'ISRO' },
  { hi: ['सीबीआई'], en: 'CBI' },
  { hi: ['एनआईए'], en: 'NIA' },
  { hi: ['डीआरडीओ'], en: 'DRDO' },
  { hi: ['पीआईबी'], en: 'PIB' },
  { hi: ['लश्कर-ए-तैयबा', 'लश्कर ए तैयबा'], en: 'Lashkar-e-Taiba' },
  { hi: ['जैश-ए-मोहम्मद', 'जैश ए मोहम्मद'], en: 'Jaish-e-Mohammed' },
];

/**
 * Words that end a name or can never be one: postpositions, particles, pronouns, auxiliaries and
 * frequent verbs and nouns that follow an office (`मंत्री ने`, `मंत्री स्तर की`).
 */
export const HINDI_STOP_WORDS: readonly string[] = [
  // postpositions and particles
  'ने', 'के', 'की', 'का', 'को', 'से', 'में', 'मे', 'पर', 'और', 'एवं', 'तथा', 'व', 'या', 'भी', 'ही', 'तो',
  'तक', 'लिए', 'लिये', 'साथ', 'द्वारा', 'बाद', 'पहले', 'दौरान', 'बीच', 'ओर', 'तरफ', 'तरफ़', 'प्रति', 'बारे',
  'खिलाफ', 'ख़िलाफ़', 'समेत', 'सहित', 'वाले', 'वाली', 'वाला', 'जैसे', 'जैसा', 'यानी', 'अथवा', 'एक', 'दो', 'तीन',
  'नहीं', 'न', 'ना', 'मत', 'सिर्फ', 'केवल', 'हर', 'कोई', 'किसी', 'कुछ', 'कई', 'सभी', 'सब', 'बहुत', 'अधिक',
  'ज्यादा', 'कम', 'अब', 'आज', 'कल', 'फिर', 'लेकिन', 'मगर', 'परंतु', 'किंतु', 'क्योंकि', 'जब', 'तब', 'यदि',
  'अगर', 'कि', 'जो', 'जिसने', 'जिसे', 'जिसके', 'जिनके', 'जिन्होंने', 'यह', 'वह', 'ये', 'वे', 'इस', 'उस',
  'इन', 'उन', 'इसे', 'उसे', 'इसके', 'उसके', 'इनके', 'उनके', 'उनकी', 'उनका', 'उन्होंने', 'इन्होंने',
  'अपने', 'अपनी', 'अपना', 'स्वयं', 'खुद', 'ख़ुद', 'श्रीमान',
  // auxiliaries and frequent verbs
  'है', 'हैं', 'था', 'थे', 'थी', 'थीं', 'हो', 'होगा', 'होगी', 'होंगे', 'हुआ', 'हुए', 'हुई', 'होने', 'होते',
  'गया', 'गए', 'गई', 'गयी', 'गये', 'कर', 'करके', 'करने', 'करते', 'करता', 'करती', 'किया', 'किए', 'किये',
  'कहा', 'कहते', 'कहती', 'कहना', 'बताया', 'बताते', 'रहा', 'रहे', 'रही', 'सकता', 'सकते', 'सकती', 'चाहिए',
  'दिया', 'दिए', 'दी', 'लिया', 'लिए', 'ली', 'बने', 'बना', 'बनी', 'बनाया', 'बनाए', 'पहुंचे', 'पहुँचे',
  'मिले', 'मिला', 'मिली', 'आए', 'आये', 'आया', 'गए', 'जाएंगे', 'जाएगा', 'रहेंगे', 'करेंगे', 'करेगा',
  'बनने', 'होता', 'होती', 'मारा', 'मारे', 'चुन', 'चुना', 'चुने', 'घोषित', 'रह', 'चुके', 'चुकी', 'दावा', 'कहता',
  'ऐसे', 'ऐसा', 'ऐसी', 'वैसे', 'यहां', 'यहाँ', 'वहां', 'वहाँ', 'आदि', 'इत्यादि', 'द', 'एवम्',
  'वहीं', 'जबकि', 'हालांकि', 'हालाँकि', 'उन्हें', 'इन्हें', 'लेकर', 'अलावा', 'किस', 'मामला', 'मामले', 'लोग',
  'व्यक्ति', 'स्थानीय', 'अतिरिक्त', 'बढ़ती', 'बढ़ते', 'वाले', 'तमाम', 'पूरी', 'पूरा', 'पूरे', 'अन्य', 'दूसरे',
  // days and months (a date after a name: `मंत्री X शुक्रवार को`)
  ...Object.keys(WEEKDAYS_HI),
  ...Object.keys(MONTHS_HI),
  // nouns that follow an office without being a name
  'पद', 'स्तर', 'स्तरीय', 'बैठक', 'वार्ता', 'कार्यालय', 'आवास', 'निवास', 'पद्धति', 'ने।', 'सहित', 'जी',
  'बयान', 'दौरे', 'दौरा', 'यात्रा', 'समक्ष', 'सामने', 'रूप', 'पास', 'मंत्रियों', 'मंत्री', 'मंत्रालय',
  'सरकार', 'देश', 'देशों', 'दोनों', 'तीनों', 'सेनाओं', 'नेताओं', 'लोगों', 'श्री', 'शपथ', 'चुनाव',
];

/**
 * Forms of `होना` (to be). A single word between an office and one of them is said of the office
 * holders (`उप राज्यपाल शामिल होते हैं`, lieutenant governors are included), not a name.
 */
export const HINDI_COPULAS: readonly string[] = ['है', 'हैं', 'था', 'थे', 'थी', 'थीं', 'हो', 'होगा', 'होगी', 'होंगे', 'हुआ', 'हुए', 'हुई', 'होने', 'होते', 'होता', 'होती'];

/**
 * Heads of the names of schemes, funds and awards that start with an office (`प्रधानमंत्री आवास
 * योजना`, the Prime Minister's housing scheme): the words between the office and the head are no person.
 */
export const HINDI_SCHEME_HEADS: readonly string[] = ['योजना', 'योजनाओं', 'अभियान', 'मिशन', 'कोष', 'निधि', 'पुरस्कार', 'सम्मान', 'कार्यक्रम', 'पैकेज', 'नीति'];

/**
 * Name heads that follow a leader's name (`मोदी सरकार`, the Modi government; `अकबर काल`): unlike the
 * other heads of {@link isHindiNameHead}, the words before them after an office may be a person.
 */
export const HINDI_LEADER_HEADS: readonly string[] = ['सरकार', 'शासन', 'काल', 'युग', 'राज'];

/** Forms of address that follow an office (`मुख्यमंत्री महोदय`, honourable Chief Minister): never a name. */
export const HINDI_ADDRESS_WORDS: readonly string[] = ['महोदय', 'महोदया', 'महाशय', 'महानुभाव'];

let commonWords: Set<string> | null = null;

/**
 * Whether a word is an ordinary Hindi word: a stop word, a common word, or a plural (`लोगों`,
 * `सुविधाओं`, `सुविधाएं`), which is never a name.
 *
 * @example
 * ```ts
 * isCommonHindiWord('गया'); // true
 * isCommonHindiWord('पहलगाम'); // false
 * ```
 */
export function isCommonHindiWord(word: string): boolean {
  commonWords ??= new Set([...HINDI_STOP_WORDS, ...HINDI_COMMON_WORDS].map((w) => w.normalize('NFC')));
  const w = word.normalize('NFC');
  return commonWords.has(w) || /(?:ों|ओं|ाएं|ाएँ)$/.test(w);
}

/** A common Indian surname in Devanagari with its usual Latin spelling. */
export interface HindiSurname {
  hi: string;
  en: string;
}

/**
 * Common Indian surnames. A word before one of them that is not a common word makes a person's
 * name without any title (`सुनील शर्मा ने`); spelling variants are separate entries.
 */
export const HINDI_SURNAMES: readonly HindiSurname[] = [
  { hi: 'शर्मा', en: 'Sharma' }, { hi: 'वर्मा', en: 'Verma' }, { hi: 'सिंह', en: 'Singh' },
  { hi: 'कुमार', en: 'Kumar' }, { hi: 'पटेल', en: 'Patel' }, { hi: 'त्रिवेदी', en: 'Trivedi' },
  { hi: 'नेगी', en: 'Negi' }, { hi: 'भंडारी', en: 'Bhandari' }, { hi: 'राठौर', en: 'Rathore' },
  { hi: 'राठौड़', en: 'Rathod' }, { hi: 'परमार', en: 'Parmar' }, { hi: 'गुप्ता', en: 'Gupta' },
  { hi: 'अग्रवाल', en: 'Agarwal' }, { hi: 'अग्रवाल', en: 'Agrawal' }, { hi: 'मिश्रा', en: 'Mishra' },
  { hi: 'मिश्र', en: 'Mishra' }, { hi: 'तिवारी', en: 'Tiwari' }, { hi: 'पांडे', en: 'Pandey' },
  { hi: 'पाण्डेय', en: 'Pandey' }, { hi: 'पांडेय', en: 'Pandey' }, { hi: 'दुबे', en: 'Dubey' },
  { hi: 'चौबे', en: 'Choubey' }, { hi: 'द्विवेदी', en: 'Dwivedi' }, { hi: 'चतुर्वेदी', en: 'Chaturvedi' },
  { hi: 'शुक्ला', en: 'Shukla' }, { hi: 'शुक्ल', en: 'Shukla' }, { hi: 'त्रिपाठी', en: 'Tripathi' },
  { hi: 'उपाध्याय', en: 'Upadhyay' }, { hi: 'दीक्षित', en: 'Dixit' }, { hi: 'श्रीवास्तव', en: 'Srivastava' },
  { hi: 'सक्सेना', en: 'Saxena' }, { hi: 'माथुर', en: 'Mathur' },
  { hi: 'यादव', en: 'Yadav' }, { hi: 'चौहान', en: 'Chauhan' }, { hi: 'ठाकुर', en: 'Thakur' },
  { hi: 'राणा', en: 'Rana' }, { hi: 'रावत', en: 'Rawat' }, { hi: 'बिष्ट', en: 'Bisht' },
  { hi: 'जोशी', en: 'Joshi' }, { hi: 'पंत', en: 'Pant' }, { hi: 'भट्ट', en: 'Bhatt' },
  { hi: 'भट्', en: 'Bhat' }, { hi: 'मेहता', en: 'Mehta' }, { hi: 'शाह', en: 'Shah' },
  { hi: 'देसाई', en: 'Desai' }, { hi: 'जडेजा', en: 'Jadeja' }, { hi: 'सोलंकी', en: 'Solanki' },
  { hi: 'चौधरी', en: 'Chaudhary' }, { hi: 'मलिक', en: 'Malik' }, { hi: 'गहलोत', en: 'Gehlot' },
  { hi: 'मीणा', en: 'Meena' }, { hi: 'मीना', en: 'Meena' }, { hi: 'जैन', en: 'Jain' },
  { hi: 'खन्ना', en: 'Khanna' }, { hi: 'कपूर', en: 'Kapoor' }, { hi: 'मल्होत्रा', en: 'Malhotra' },
  { hi: 'चोपड़ा', en: 'Chopra' }, { hi: 'अरोड़ा', en: 'Arora' }, { hi: 'सेठी', en: 'Sethi' },
  { hi: 'बत्रा', en: 'Batra' }, { hi: 'आहूजा', en: 'Ahuja' }, { hi: 'गिल', en: 'Gill' },
  { hi: 'संधू', en: 'Sandhu' }, { hi: 'सिद्धू', en: 'Sidhu' }, { hi: 'ढिल्लों', en: 'Dhillon' },
  { hi: 'बाजवा', en: 'Bajwa' },   { hi: 'बंसल', en: 'Bansal' }, { hi: 'गोयल', en: 'Goyal' }, { hi: 'मित्तल', en: 'Mittal' },
  { hi: 'सिंघल', en: 'Singhal' }, { hi: 'जिंदल', en: 'Jindal' }, { hi: 'गर्ग', en: 'Garg' },
  { hi: 'भारद्वाज', en: 'Bhardwaj' }, { hi: 'कौशिक', en: 'Kaushik' }, { hi: 'वशिष्ठ', en: 'Vashisht' },
  { hi: 'प्रसाद', en: 'Prasad' }, { hi: 'झा', en: 'Jha' }, { hi: 'ठाकरे', en: 'Thackeray' },
  { hi: 'पवार', en: 'Pawar' }, { hi: 'पाटिल', en: 'Patil' }, { hi: 'शिंदे', en: 'Shinde' },
  { hi: 'देशमुख', en: 'Deshmukh' }, { hi: 'कुलकर्णी', en: 'Kulkarni' }, { hi: 'गडकरी', en: 'Gadkari' },
  { hi: 'फडणवीस', en: 'Fadnavis' }, { hi: 'जाधव', en: 'Jadhav' }, { hi: 'गायकवाड़', en: 'Gaikwad' },
  { hi: 'नायडू', en: 'Naidu' }, { hi: 'रेड्डी', en: 'Reddy' }, { hi: 'राव', en: 'Rao' },
  { hi: 'नायर', en: 'Nair' }, { hi: 'मेनन', en: 'Menon' }, { hi: 'पिल्लई', en: 'Pillai' },
  { hi: 'अय्यर', en: 'Iyer' }, { hi: 'अय्यंगार', en: 'Iyengar' }, { hi: 'स्वामी', en: 'Swamy' },
  { hi: 'मुखर्जी', en: 'Mukherjee' }, { hi: 'बनर्जी', en: 'Banerjee' }, { hi: 'चटर्जी', en: 'Chatterjee' },
  { hi: 'भट्टाचार्य', en: 'Bhattacharya' }, { hi: 'सेन', en: 'Sen' }, { hi: 'बोस', en: 'Bose' },
  { hi: 'घोष', en: 'Ghosh' }, { hi: 'दास', en: 'Das' }, { hi: 'दत्ता', en: 'Dutta' },
  { hi: 'गांगुली', en: 'Ganguly' }, { hi: 'चक्रवर्ती', en: 'Chakraborty' }, { hi: 'मजूमदार', en: 'Majumdar' },
  { hi: 'पटनायक', en: 'Patnaik' }, { hi: 'महापात्र', en: 'Mohapatra' }, { hi: 'मोहंती', en: 'Mohanty' },
  { hi: 'बरुआ', en: 'Barua' }, { hi: 'गोगोई', en: 'Gogoi' }, { hi: 'सोरेन', en: 'Soren' },
  { hi: 'मुंडा', en: 'Munda' }, { hi: 'उरांव', en: 'Oraon' }, { hi: 'पासवान', en: 'Paswan' },
  { hi: 'मांझी', en: 'Manjhi' }, { hi: 'निषाद', en: 'Nishad' }, { hi: 'मौर्य', en: 'Maurya' },
  { hi: 'कुशवाहा', en: 'Kushwaha' }, { hi: 'पाल', en: 'Pal' }, { hi: 'गौतम', en: 'Gautam' },
  { hi: 'सैनी', en: 'Saini' }, { hi: 'अहमद', en: 'Ahmed' }, { hi: 'खान', en: 'Khan' },
  { hi: 'ख़ान', en: 'Khan' }, { hi: 'कुरैशी', en: 'Qureshi' }, { hi: 'अंसारी', en: 'Ansari' },
  { hi: 'सिद्दीकी', en: 'Siddiqui' }, { hi: 'हुसैन', en: 'Hussain' }, { hi: 'अली', en: 'Ali' },
  { hi: 'शेख', en: 'Sheikh' }, { hi: 'अब्दुल्ला', en: 'Abdullah' }, { hi: 'मुफ्ती', en: 'Mufti' },
  { hi: 'डार', en: 'Dar' }, { hi: 'वानी', en: 'Wani' },
  { hi: 'फर्नांडिस', en: 'Fernandes' }, { hi: "डिसूजा", en: "D'Souza" }, { hi: 'थॉमस', en: 'Thomas' },
  { hi: 'जॉर्ज', en: 'George' }, { hi: 'बघेल', en: 'Baghel' }, { hi: 'तोमर', en: 'Tomar' },
  { hi: 'भाटी', en: 'Bhati' }, { hi: 'शेखावत', en: 'Shekhawat' }, { hi: 'सिसोदिया', en: 'Sisodia' },
  { hi: 'केजरीवाल', en: 'Kejriwal' }, { hi: 'सिन्हा', en: 'Sinha' }, { hi: 'ओझा', en: 'Ojha' },
  { hi: 'रस्तोगी', en: 'Rastogi' }, { hi: 'बाजपेयी', en: 'Bajpai' }, { hi: 'वाजपेयी', en: 'Vajpayee' },
  { hi: 'अवस्थी', en: 'Awasthi' }, { hi: 'बहुगुणा', en: 'Bahuguna' }, { hi: 'धामी', en: 'Dhami' },
  { hi: 'कोश्यारी', en: 'Koshyari' }, { hi: 'डोभाल', en: 'Doval' }, { hi: 'नौटियाल', en: 'Nautiyal' },
  { hi: 'उनियाल', en: 'Uniyal' }, { hi: 'थपलियाल', en: 'Thapliyal' }, { hi: 'गुसाईं', en: 'Gusain' },
    { hi: 'बेग', en: 'Baig' }, { hi: 'मोदी', en: 'Modi' }, { hi: 'गांधी', en: 'Gandhi' },
  { hi: 'पुरी', en: 'Puri' }, { hi: 'गोस्वामी', en: 'Goswami' }, { hi: 'भाटिया', en: 'Bhatia' },
  { hi: 'सूद', en: 'Sood' }, { hi: 'वालिया', en: 'Walia' }, { hi: 'ग्रेवाल', en: 'Grewal' },
  { hi: 'चड्ढा', en: 'Chadha' }, { hi: 'नंदा', en: 'Nanda' }, ];

/**
 * Common Hindi words that never start a name, on top of {@link HINDI_STOP_WORDS}: nouns, adjectives,
 * verbs and adverbs that stand before a surname-like word (`कुमार` boy, `सिंह` lion, `लाल` red) or
 * before a place head (`बड़े शहर`, `पहाड़ी इलाके`), and pronouns in all their forms.
 */
export const HINDI_COMMON_WORDS: readonly string[] = [
  // pronouns and determiners
  'मैं', 'मुझे', 'मेरा', 'मेरी', 'मेरे', 'हम', 'हमें', 'हमारा', 'हमारी', 'हमारे', 'तुम', 'आप', 'आपका',
  'आपकी', 'आपके', 'उसका', 'उसकी', 'इसका', 'इसकी', 'इनका', 'इनकी', 'जिस', 'जिन', 'जिसका', 'जिसकी', 'कौन',
  'क्या', 'कहां', 'कहाँ', 'कैसे', 'कितने', 'कितना', 'उसी', 'इसी', 'वही', 'यही', 'जहां', 'जहाँ', 'वहीं', 'यहीं',
  'दोनों', 'अनेक', 'प्रत्येक', 'थोड़ा', 'थोड़े', 'सारे', 'सारी', 'बाकी', 'बाक़ी',
  // adjectives
  'बड़े', 'बड़ा', 'बड़ी', 'छोटे', 'छोटा', 'छोटी', 'नए', 'नया', 'नई', 'नयी', 'पुराने', 'पुराना', 'पुरानी',
  'ग्रामीण', 'शहरी', 'पहाड़ी', 'पर्वतीय', 'मैदानी', 'दूरदराज', 'दूरदराज़', 'सीमावर्ती', 'सीमांत', 'प्रभावित',
  'पड़ोसी', 'आसपास', 'आस-पास', 'नजदीकी', 'नज़दीकी', 'निकटवर्ती', 'दूर', 'ऊपरी', 'निचले', 'पूर्वी', 'पश्चिमी',
  'उत्तरी', 'दक्षिणी', 'मध्य', 'प्रमुख', 'मुख्य', 'बड़ी', 'गंभीर', 'भारी', 'तेज', 'तेज़', 'कमजोर', 'कमज़ोर',
  'अच्छा', 'अच्छे', 'अच्छी', 'बुरा', 'बुरे', 'सुंदर', 'खूबसूरत', 'ऐतिहासिक', 'धार्मिक', 'प्राचीन', 'आधुनिक',
  'सरकारी', 'निजी', 'औद्योगिक', 'व्यापारिक', 'पर्यटन', 'पवित्र', 'लाल', 'काला', 'काले', 'सफेद', 'सफ़ेद',
  'हरा', 'हरे', 'पीला', 'नीला', 'संबंधित', 'विभिन्न', 'विशेष', 'सामान्य', 'कुल', 'पहला', 'पहली', 'दूसरा',
  'दूसरी', 'तीसरा', 'तीसरे', 'अंतिम', 'आखिरी', 'आख़िरी', 'अगले', 'अगला', 'पिछले', 'पिछला', 'पिछली', 'मौजूदा',
  'वर्तमान', 'पूर्व', 'नवनिर्वाचित', 'वरिष्ठ', 'कनिष्ठ', 'युवा', 'बूढ़े', 'घायल', 'मृत', 'लापता', 'जिंदा',
  // nouns that come before a surname-like word or a place head
  'शहर', 'गांव', 'गाँव', 'जिले', 'जिला', 'ज़िले', 'ज़िला', 'राज्य', 'इलाके', 'इलाका', 'क्षेत्र', 'कस्बे',
  'कस्बा', 'देश', 'प्रदेश', 'नगर', 'महानगर', 'मोहल्ले', 'बस्ती', 'घर', 'मकान', 'सड़क', 'नदी', 'पहाड़',
  'मंदिर', 'मस्जिद', 'बाजार', 'बाज़ार', 'अस्पताल', 'स्कूल', 'कॉलेज', 'थाने', 'थाना', 'स्टेशन', 'पुल', 'बांध',
  'झील', 'जंगल', 'खेत', 'समुद्र', 'तट', 'किनारे', 'सीमा', 'पुलिस', 'सेना', 'सरकार', 'प्रशासन', 'अधिकारी',
  'अधिकारियों', 'कर्मचारी', 'कर्मचारियों', 'नेता', 'कार्यकर्ता', 'सदस्य', 'लोग', 'लोगों', 'परिवार', 'बच्चे',
  'बच्चों', 'महिला', 'महिलाओं', 'पुरुष', 'युवक', 'युवती', 'किसान', 'मजदूर', 'मज़दूर', 'छात्र', 'छात्रों',
  'डॉक्टर', 'शिक्षक', 'पत्रकार', 'वकील', 'व्यापारी', 'दुकानदार', 'ग्रामीणों', 'निवासी', 'निवासियों', 'पिता',
  'माता', 'मां', 'माँ', 'भाई', 'बहन', 'बेटे', 'बेटा', 'बेटी', 'पत्नी', 'पति', 'दोस्त', 'साथी', 'राजकुमार',
  'समय', 'दिन', 'रात', 'सुबह', 'शाम', 'दोपहर', 'साल', 'वर्ष', 'महीने', 'महीना', 'सप्ताह', 'हफ्ते', 'घंटे',
  'बारिश', 'बाढ़', 'आग', 'हादसे', 'हादसा', 'घटना', 'घटनास्थल', 'मौके', 'जगह', 'स्थान', 'स्थल', 'इलाकों',
  'जानकारी', 'खबर', 'ख़बर', 'रिपोर्ट', 'जांच', 'जाँच', 'कार्रवाई', 'मदद', 'राहत', 'बचाव', 'सुरक्षा', 'विकास',
  'योजना', 'काम', 'कार्य', 'बात', 'बातचीत', 'मुलाकात', 'मुलाक़ात', 'समझौते', 'समझौता', 'फैसला', 'फ़ैसला',
  'निर्णय', 'आदेश', 'मांग', 'माँग', 'विरोध', 'प्रदर्शन', 'चुनाव', 'मतदान', 'जीत', 'हार', 'टीम', 'टीमों',
  'मैच', 'खेल', 'खिलाड़ी', 'कंपनी', 'कंपनियों', 'फैक्टरी', 'कारखाने', 'उद्योग', 'व्यापार', 'पानी', 'बिजली',
  'खाना', 'कोयला', 'दुकान', 'अचानक', 'होम', 'पैसे', 'रुपये', 'रुपए', 'लाख', 'करोड़', 'हजार', 'हज़ार', 'सौ', 'प्रतिशत', 'करीब', 'क़रीब', 'लगभग',
  // verbs and adverbs
  'हुआ', 'करना', 'करें', 'करो', 'जाना', 'जाने', 'जाते', 'जाता', 'जाती', 'आने', 'आते', 'आता', 'आती', 'देना',
  'देने', 'देते', 'लेना', 'लेने', 'लेते', 'रहना', 'रहने', 'रहते', 'रहता', 'रहती', 'बोले', 'बोला', 'बोली',
  'पहुंचा', 'पहुंची', 'पहुँचा', 'लौटे', 'लौटा', 'निकले', 'भेजा', 'भेजे', 'भेजी', 'मिलने', 'देखा', 'देखने',
  'सुना', 'सुनने', 'चला', 'चले', 'चली', 'लगा', 'लगे', 'लगी', 'बढ़ा', 'बढ़े', 'घटा', 'रखा', 'रखे', 'रखी',
  'यहां', 'वहाँ', 'अभी', 'तभी', 'कभी', 'सदा', 'हमेशा', 'जल्द', 'जल्दी', 'बाद', 'पहले', 'आगे', 'पीछे', 'ऊपर',
  'नीचे', 'अंदर', 'बाहर', 'पास', 'निकट', 'नजदीक', 'नज़दीक', 'सबसे', 'काफी', 'काफ़ी', 'बेहद', 'सिर्फ़',
];

/**
 * Words after a name that make it a place (`चमोली जिले में`, `X गांव`, `X कस्बे`): administrative
 * units and settlements. Phrases are matched word by word.
 */
export const HINDI_PLACE_HEADS: readonly string[] = [
  'जिले', 'जिला', 'ज़िले', 'ज़िला', 'जनपद', 'शहर', 'नगर', 'गांव', 'गाँव', 'ग्राम', 'कस्बे', 'कस्बा', 'क़स्बे',
  'इलाके', 'इलाका', 'इलाक़े', 'क्षेत्र', 'राज्य', 'प्रांत', 'तहसील', 'प्रखंड', 'ब्लॉक', 'मंडल', 'संभाग',
  'थाना क्षेत्र', 'थाने', 'औद्योगिक क्षेत्र', 'घाटी', 'नदी', 'झील', 'पहाड़ी',
];

/** Phrases after a name that place something near it (`X के पास`, `X के निकट`). */
export const HINDI_NEAR_CUES: readonly string[] = [
  'के पास', 'के निकट', 'के नजदीक', 'के नज़दीक', 'के समीप', 'के आसपास', 'के आस-पास',
];

/**
 * Head nouns that end the names of bodies (`... मंत्रालय`, `... आयोग`, `... विश्वविद्यालय`),
 * assembled from general Hindi usage (government, education, party and company names), in direct
 * and oblique forms. With {@link HINDI_SCHEME_HEADS} and the organisation and facility heads they
 * make the name heads of {@link isHindiNameHead}.
 */
export const HINDI_BODY_HEADS: readonly string[] = [
  'मंत्रालय', 'मंत्रालयों', 'विभाग', 'आयोग', 'निगम', 'बोर्ड', 'परिषद', 'समिति', 'संस्थान', 'विश्वविद्यालय',
  'महाविद्यालय', 'विद्यालय', 'कॉलेज', 'प्राधिकरण', 'अकादमी', 'संघ', 'महासंघ', 'पार्टी', 'दल', 'बैंक', 'कंपनी',
  'कम्पनी', 'लिमिटेड', 'संगठन', 'संस्था', 'सभा', 'मंडल', 'मण्डल', 'ब्यूरो', 'एजेंसी', 'न्यायालय', 'अदालत', 'सेना',
  'पुलिस', 'मोर्चा', 'ट्रस्ट', 'फाउंडेशन', 'सोसाइटी', 'परियोजना', 'निदेशालय', 'सचिवालय', 'क्लब', 'यूनियन',
  'फेडरेशन', 'काउंसिल', 'कमीशन', 'मिशन', 'सरकार',
];

let nameHeads: Set<string> | null = null;

/**
 * Whether a word is the head noun of a longer name (a body, scheme, fund, award or facility): a
 * name written just before it is that name's modifier (`गंगा सफाई अभियान`, `भारत सरकार`), so
 * corpus resolution does not find the shorter name again there.
 *
 * @example
 * ```ts
 * isHindiNameHead('अभियान'); // true
 * isHindiNameHead('में'); // false
 * ```
 */
export function isHindiNameHead(word: string): boolean {
  nameHeads ??= new Set([...HINDI_BODY_HEADS, ...HINDI_SCHEME_HEADS, ...HINDI_ORG_HEADS.map((h) => h.hi)].map((w) => w.normalize('NFC')));
  return nameHeads.has(word.normalize('NFC'));
}

/**
 * The word a Hindi adjective or demonym is formed from by `-ी` or `-ीय` (`पंजाबी`, `भारतीय`), or null:
 * a place name found again by spelling tolerance must not take in the adjective.
 *
 * @example
 * ```ts
 * hindiAdjectiveBase('पंजाबी'); // 'पंजाब'
 * hindiAdjectiveBase('भारतीय'); // 'भारत'
 * hindiAdjectiveBase('दिल्ली'); // 'दिल्ल' (callers check the base is a known name)
 * ```
 */
export function hindiAdjectiveBase(word: string): string | null {
  const m = /^(.{2,}?)(?:ीय|ी)$/u.exec(word);
  return m ? (m[1] ?? null) : null;
}
