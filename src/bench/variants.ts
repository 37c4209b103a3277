/**
 * Word lists the benchmark corpus generator draws from: given names, surnames and cities (with
 * their Devanagari forms where we know them), plus the month names it needs to rewrite dates in
 * English and Hindi text. Data only; the logic is in `generate.ts`.
 *
 * @example
 * ```ts
 * import { CITIES } from './variants.js';
 * CITIES.filter((c) => c.region === 'india' && c.hi !== undefined).length; // > 20
 * ```
 */

import { MONTHS_EN } from '../lang/en/lexicon.js';
import { MONTHS_HI } from '../lang/hi/lexicon.js';

/** A name in Latin script and, where known, in Devanagari (as Hindi newspapers write it). */
export interface NameForm {
  en: string;
  hi?: string;
}

/** A city; `region` keeps substitutions plausible (an Indian city is replaced by an Indian city). */
export interface CityForm extends NameForm {
  region: 'india' | 'world';
}

/** Given names: Indian ones with Devanagari forms, and a few from elsewhere. */
export const GIVEN_NAMES: readonly NameForm[] = [
  { en: 'Aarav', hi: 'आरव' },
  { en: 'Vihaan', hi: 'विहान' },
  { en: 'Kabir', hi: 'कबीर' },
  { en: 'Arjun', hi: 'अर्जुन' },
  { en: 'Rohit', hi: 'रोहित' },
  { en: 'Sameer', hi: 'समीर' },
  { en: 'Nikhil', hi: 'निखिल' },
  { en: 'Tanvi', hi: 'तन्वी' },
  { en: 'Priya', hi: 'प्रिया' },
  { en: 'Nandini', hi: 'नंदिनी' },
  { en: 'Aditi', hi: 'अदिति' },
  { en: 'Kavya', hi: 'काव्या' },
  { en: 'Ritu', hi: 'रितु' },
  { en: 'Farah', hi: 'फराह' },
  { en: 'Imran', hi: 'इमरान' },
  { en: 'Zoya', hi: 'ज़ोया' },
  { en: 'Gurpreet', hi: 'गुरप्रीत' },
  { en: 'Harleen', hi: 'हरलीन' },
  { en: 'Anjali', hi: 'अंजलि' },
  { en: 'Devika', hi: 'देविका' },
  { en: 'Manish', hi: 'मनीष' },
  { en: 'Sunil', hi: 'सुनील' },
  { en: 'Lakshmi', hi: 'लक्ष्मी' },
  { en: 'Ravi', hi: 'रवि' },
  { en: 'Yash', hi: 'यश' },
  { en: 'Meenal', hi: 'मीनल' },
  { en: 'Lars', hi: 'लार्स' },
  { en: 'Sofia', hi: 'सोफिया' },
  { en: 'Elena', hi: 'एलेना' },
  { en: 'Tomas' },
  { en: 'Hiroshi', hi: 'हिरोशी' },
  { en: 'Amara' },
  { en: 'Mateo' },
  { en: 'Chloe' },
  { en: 'Dmitri' },
  { en: 'Leila', hi: 'लैला' },
  { en: 'Kwame' },
  { en: 'Ines' },
  { en: 'Johan' },
  { en: 'Mei' },
];

/** Surnames: Indian ones with Devanagari forms, and a few from elsewhere. */
export const SURNAMES: readonly NameForm[] = [
  { en: 'Sharma', hi: 'शर्मा' },
  { en: 'Verma', hi: 'वर्मा' },
  { en: 'Iyer', hi: 'अय्यर' },
  { en: 'Menon', hi: 'मेनन' },
  { en: 'Kulkarni', hi: 'कुलकर्णी' },
  { en: 'Deshpande', hi: 'देशपांडे' },
  { en: 'Chauhan', hi: 'चौहान' },
  { en: 'Rawat', hi: 'रावत' },
  { en: 'Bisht', hi: 'बिष्ट' },
  { en: 'Joshi', hi: 'जोशी' },
  { en: 'Patel', hi: 'पटेल' },
  { en: 'Mehta', hi: 'मेहता' },
  { en: 'Desai', hi: 'देसाई' },
  { en: 'Reddy', hi: 'रेड्डी' },
  { en: 'Naidu', hi: 'नायडू' },
  { en: 'Banerjee', hi: 'बनर्जी' },
  { en: 'Chatterjee', hi: 'चटर्जी' },
  { en: 'Qureshi', hi: 'कुरैशी' },
  { en: 'Gill', hi: 'गिल' },
  { en: 'Sandhu', hi: 'संधू' },
  { en: 'Thakur', hi: 'ठाकुर' },
  { en: 'Pillai', hi: 'पिल्लै' },
  { en: 'Hegde', hi: 'हेगड़े' },
  { en: 'Bhatt', hi: 'भट्ट' },
  { en: 'Saxena', hi: 'सक्सेना' },
  { en: 'Kapoor', hi: 'कपूर' },
  { en: 'Ansari', hi: 'अंसारी' },
  { en: 'Haugen', hi: 'हाउगेन' },
  { en: 'Lindgren', hi: 'लिंडग्रेन' },
  { en: 'Moreau' },
  { en: 'Fischer', hi: 'फिशर' },
  { en: 'Tanaka', hi: 'तनाका' },
  { en: 'Okafor' },
  { en: 'Silva', hi: 'सिल्वा' },
  { en: 'Novak' },
  { en: 'Rossi' },
  { en: 'Petrov' },
  { en: 'Kowalski' },
  { en: 'Andersen' },
  { en: 'Nakamura' },
];

/** Cities, Indian and elsewhere. */
export const CITIES: readonly CityForm[] = [
  { en: 'Pune', hi: 'पुणे', region: 'india' },
  { en: 'Mumbai', hi: 'मुंबई', region: 'india' },
  { en: 'New Delhi', hi: 'नई दिल्ली', region: 'india' },
  { en: 'Kolkata', hi: 'कोलकाता', region: 'india' },
  { en: 'Chennai', hi: 'चेन्नई', region: 'india' },
  { en: 'Bengaluru', hi: 'बेंगलुरु', region: 'india' },
  { en: 'Hyderabad', hi: 'हैदराबाद', region: 'india' },
  { en: 'Ahmedabad', hi: 'अहमदाबाद', region: 'india' },
  { en: 'Jaipur', hi: 'जयपुर', region: 'india' },
  { en: 'Lucknow', hi: 'लखनऊ', region: 'india' },
  { en: 'Bhopal', hi: 'भोपाल', region: 'india' },
  { en: 'Patna', hi: 'पटना', region: 'india' },
  { en: 'Dehradun', hi: 'देहरादून', region: 'india' },
  { en: 'Vadodara', hi: 'वडोदरा', region: 'india' },
  { en: 'Gandhinagar', hi: 'गांधीनगर', region: 'india' },
  { en: 'Surat', hi: 'सूरत', region: 'india' },
  { en: 'Nagpur', hi: 'नागपुर', region: 'india' },
  { en: 'Indore', hi: 'इंदौर', region: 'india' },
  { en: 'Kochi', hi: 'कोच्चि', region: 'india' },
  { en: 'Guwahati', hi: 'गुवाहाटी', region: 'india' },
  { en: 'Shimla', hi: 'शिमला', region: 'india' },
  { en: 'Chandigarh', hi: 'चंडीगढ़', region: 'india' },
  { en: 'Varanasi', hi: 'वाराणसी', region: 'india' },
  { en: 'Rishikesh', hi: 'ऋषिकेश', region: 'india' },
  { en: 'Gopeshwar', hi: 'गोपेश्वर', region: 'india' },
  { en: 'Joshimath', hi: 'जोशीमठ', region: 'india' },
  { en: 'Oslo', hi: 'ओस्लो', region: 'world' },
  { en: 'Bergen', hi: 'बर्गेन', region: 'world' },
  { en: 'Stockholm', hi: 'स्टॉकहोम', region: 'world' },
  { en: 'Copenhagen', hi: 'कोपेनहेगन', region: 'world' },
  { en: 'Berlin', hi: 'बर्लिन', region: 'world' },
  { en: 'Paris', hi: 'पेरिस', region: 'world' },
  { en: 'London', hi: 'लंदन', region: 'world' },
  { en: 'Tokyo', hi: 'टोक्यो', region: 'world' },
  { en: 'Singapore', hi: 'सिंगापुर', region: 'world' },
  { en: 'Nairobi', hi: 'नैरोबी', region: 'world' },
  { en: 'Dubai', hi: 'दुबई', region: 'world' },
  { en: 'Geneva', hi: 'जिनेवा', region: 'world' },
  { en: 'Madrid', hi: 'मैड्रिड', region: 'world' },
  { en: 'Toronto', hi: 'टोरंटो', region: 'world' },
  { en: 'Seoul', hi: 'सियोल', region: 'world' },
  { en: 'Hanoi', hi: 'हनोई', region: 'world' },
];

/** Month spellings of one lexicon grouped by month, January first, each group in the lexicon's order. */
function byMonth(months: Readonly<Record<string, number>>): string[][] {
  const out: string[][] = Array.from({ length: 12 }, () => []);
  for (const [name, m] of Object.entries(months)) out[m - 1]?.push(name);
  return out;
}

/** English month names, January first (the full name, from the language lexicon); the generator writes these. */
export const EN_MONTHS: readonly string[] = byMonth(MONTHS_EN).map((forms) => {
  const full = forms.reduce((a, b) => (b.length > a.length ? b : a), '');
  return full.charAt(0).toUpperCase() + full.slice(1);
});

/**
 * Hindi month names from the language lexicon, जनवरी first: the first spelling of each is the one the
 * generator writes, the others are variants it also reads.
 */
export const HI_MONTHS: readonly (readonly string[])[] = byMonth(MONTHS_HI);

/**
 * English month names that are also common words at the start of a sentence; a bare month name
 * (no day, no year) in this list is left alone rather than risk rewriting "May" the verb.
 */
export const AMBIGUOUS_BARE_MONTHS: readonly string[] = ['May'];
