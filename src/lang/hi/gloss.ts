/**
 * A small Hindi → English word gloss for the ordinary words inside organisation names, place
 * names and roles (`रक्षा मंत्रालय` → `defence ministry`), so such names get the same matching
 * key as their English counterparts. Names proper are transliterated instead.
 */
import { HINDI_ORGANISATIONS } from './entities.js';
import { HINDI_DEMONYMS, HINDI_PLACES } from './places.js';
import { transliterateHindi } from './transliterate.js';

/** Ministerial portfolios: the word in front of `मंत्री`/`मंत्रालय`, with its English. */
export interface HindiPortfolio {
  en: string;
  /** The English used for other countries' ministers where India says otherwise (विदेश: Foreign). */
  abroad?: string;
}

/** Portfolio words (`रक्षा मंत्री` → Defence Minister, `गृह मंत्रालय` → Home Ministry). */
export const HINDI_PORTFOLIOS: Readonly<Record<string, HindiPortfolio>> = {
  'रक्षा': { en: 'Defence' },
  'गृह': { en: 'Home' },
  'विदेश': { en: 'External Affairs', abroad: 'Foreign' },
  'वित्त': { en: 'Finance' },
  'रेल': { en: 'Railways' },
  'शिक्षा': { en: 'Education' },
  'स्वास्थ्य': { en: 'Health' },
  'कृषि': { en: 'Agriculture' },
  'वाणिज्य': { en: 'Commerce' },
  'उद्योग': { en: 'Industry' },
  'कानून': { en: 'Law' },
  'क़ानून': { en: 'Law' },
  'विधि': { en: 'Law' },
  'न्याय': { en: 'Justice' },
  'सूचना': { en: 'Information' },
  'प्रसारण': { en: 'Broadcasting' },
  'संचार': { en: 'Communications' },
  'पर्यावरण': { en: 'Environment' },
  'ऊर्जा': { en: 'Energy' },
  'विद्युत': { en: 'Power' },
  'बिजली': { en: 'Power' },
  'पेट्रोलियम': { en: 'Petroleum' },
  'कोयला': { en: 'Coal' },
  'परिवहन': { en: 'Transport' },
  'पर्यटन': { en: 'Tourism' },
  'संस्कृति': { en: 'Culture' },
  'खेल': { en: 'Sports' },
  'श्रम': { en: 'Labour' },
  'आवास': { en: 'Housing' },
  'सहकारिता': { en: 'Cooperation' },
  'नागरिक उड्डयन': { en: 'Civil Aviation' },
  'संसदीय कार्य': { en: 'Parliamentary Affairs' },
  'खाद्य': { en: 'Food' },
  'जल': { en: 'Water' },
  'जल शक्ति': { en: 'Jal Shakti' },
  'ग्रामीण विकास': { en: 'Rural Development' },
  'शहरी विकास': { en: 'Urban Development' },
  'महिला एवं बाल विकास': { en: 'Women and Child Development' },
};

/** Ordinary words found inside names and roles, lower-case English. */
export const HINDI_GLOSS: Readonly<Record<string, string>> = {
  'मंत्रालय': 'ministry',
  'मंत्री': 'minister',
  'मंत्रियों': 'ministers',
  'प्रधानमंत्री': 'prime minister',
  'मुख्यमंत्री': 'chief minister',
  'प्रधान': 'prime',
  'मुख्य': 'chief',
  'राष्ट्रपति': 'president',
  'विभाग': 'department',
  'सेंटर': 'centre',
  'सेन्टर': 'centre',
  'केंद्र': 'centre',
  'केन्द्र': 'centre',
  'केंद्रीय': 'central',
  'केन्द्रीय': 'central',
  'और': 'and',
  'एवं': 'and',
  'व': 'and',
  'तथा': 'and',
  'नई': 'new',
  'नयी': 'new',
  'नया': 'new',
  'सेना': 'army',
  'थल': 'army',
  'नौसेना': 'navy',
  'वायुसेना': 'air force',
  'वायु': 'air',
  'पुलिस': 'police',
  'सरकार': 'government',
  'राष्ट्रीय': 'national',
  'अंतरराष्ट्रीय': 'international',
  'अंतर्राष्ट्रीय': 'international',
  'राज्य': 'state',
  'जिला': 'district',
  'संघ': 'union',
  'आयोग': 'commission',
  'चुनाव': 'election',
  'निर्वाचन': 'election',
  'संगठन': 'organisation',
  'परिषद': 'council',
  'समिति': 'committee',
  'बोर्ड': 'board',
  'बैंक': 'bank',
  'रिज़र्व': 'reserve',
  'रिजर्व': 'reserve',
  'विश्वविद्यालय': 'university',
  'न्यायालय': 'court',
  'अदालत': 'court',
  'उच्च': 'high',
  'सर्वोच्च': 'supreme',
  'पार्टी': 'party',
  'दल': 'party',
  'संयुक्त': 'united',
  'राष्ट्र': 'nations',
  'उत्तर': 'north',
  'दक्षिण': 'south',
  'पूर्व': 'east',
  'पश्चिम': 'west',
  'पूर्वी': 'eastern',
  'पश्चिमी': 'western',
  'सचिव': 'secretary',
  'प्राधिकरण': 'authority',
  'निगम': 'corporation',
  'संस्थान': 'institute',
  'अनुसंधान': 'research',
  'विज्ञान': 'science',
  'प्रौद्योगिकी': 'technology',
  'युद्ध': 'war',
  'स्मारक': 'memorial',
  'विश्व': 'world',
  'स्वास्थ्य': 'health',
  'सुरक्षा': 'security',
  'अन्वेषण': 'investigation',
  'जांच': 'investigation',
  'ब्यूरो': 'bureau',
  'एजेंसी': 'agency',
  'आतंकवाद': 'terrorism',
  'विरोधी': 'anti',
  'मोर्चा': 'front',
  'संसद': 'parliament',
  'विधानसभा': 'assembly',
  'लोकसभा': 'lok sabha',
  'राज्यसभा': 'rajya sabha',
};

const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * English of one Hindi word or phrase if the gloss, portfolio list or gazetteer knows it, else null.
 *
 * @example
 * ```ts
 * glossHindiWord('रक्षा'); // 'defence'
 * glossHindiWord('भारत'); // 'india'
 * glossHindiWord('राजनाथ'); // null
 * ```
 */
export function glossHindiWord(word: string): string | null {
  const w = word.normalize('NFC');
  const portfolio = HINDI_PORTFOLIOS[w];
  if (portfolio) return portfolio.en.toLowerCase();
  const gloss = HINDI_GLOSS[w];
  if (gloss !== undefined) return gloss;
  const demonym = HINDI_DEMONYMS[w];
  if (demonym !== undefined) return demonym.toLowerCase();
  for (const place of HINDI_PLACES) if (place.hi.includes(w)) return place.en.toLowerCase();
  return null;
}

/**
 * A Hindi name word by word in English where the words are ordinary (glossed) or known places,
 * transliterated where they are names. Longest known phrases win (`नई दिल्ली` → `new delhi`).
 *
 * @example
 * ```ts
 * glossHindi('रक्षा मंत्रालय'); // 'defence ministry'
 * glossHindi('जम्मू और कश्मीर'); // 'jammu and kashmir'
 * glossHindi('मानेकशॉ सेंटर'); // 'maneksho centre'
 * ```
 */
export function glossHindi(text: string): string {
  const tokens = text.normalize('NFC').split(/[\s\u00A0]+/).filter((t) => t !== '');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    for (let n = Math.min(4, tokens.length - i); n >= 2; n--) {
      const g = glossHindiWord(tokens.slice(i, i + n).join(' '));
      if (g !== null) {
        out.push(g);
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const token = tokens[i] as string;
    // Hyphenated compounds (जम्मू-कश्मीर, भारत-जापान) are glossed part by part.
    const parts = token.split('-').map((p) => {
      const whole = glossHindiWord(p);
      if (whole !== null) return whole;
      return DEVANAGARI.test(p) ? transliterateHindi(p) : p.toLowerCase();
    });
    out.push(glossHindiWord(token) ?? parts.join('-'));
    i += 1;
  }
  return out.join(' ');
}

/**
 * The English name of a Hindi place or organisation the gazetteers know (`भारत` → `India`), else null.
 *
 * @example
 * ```ts
 * englishNameHindi('जम्मू-कश्मीर'); // 'Jammu and Kashmir'
 * englishNameHindi('राजनाथ सिंह'); // null
 * ```
 */
export function englishNameHindi(text: string): string | null {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const tokens = t.split(/[\s-]+/).join(' ');
  for (const place of HINDI_PLACES) {
    if (place.hi.some((h) => h === t || h.split(/[\s-]+/).join(' ') === tokens)) return place.en;
  }
  for (const org of HINDI_ORGANISATIONS) if (org.hi.includes(t)) return org.en;
  return null;
}
