/**
 * Hindi lexicon for finding names: honorifics, ranks and offices that announce a person, the head
 * words of organisation names, a few organisations known by name, and the words that end a name
 * (postpositions, particles, common verbs). Data only; the rules are in `names.ts`.
 */
import type { EntityType } from '../../pipeline/types.js';

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
  'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'बृहस्पतिवार', 'शुक्रवार', 'शनिवार', 'रविवार',
  'जनवरी', 'फरवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर',
  'अक्टूबर', 'अक्तूबर', 'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर',
  // nouns that follow an office without being a name
  'पद', 'स्तर', 'स्तरीय', 'बैठक', 'वार्ता', 'कार्यालय', 'आवास', 'निवास', 'पद्धति', 'ने।', 'सहित', 'जी',
  'बयान', 'दौरे', 'दौरा', 'यात्रा', 'समक्ष', 'सामने', 'रूप', 'पास', 'मंत्रियों', 'मंत्री', 'मंत्रालय',
  'सरकार', 'देश', 'देशों', 'दोनों', 'तीनों', 'सेनाओं', 'नेताओं', 'लोगों', 'श्री', 'शपथ', 'चुनाव',
];
