/**
 * Hindi (Devanagari) → Latin transliteration close to how Indian English spells names
 * (`राजनाथ सिंह` → `rajnath singh`), for matching Hindi names against English ones.
 *
 * The order matters: schwa deletion works on Devanagari syllables (where an inherent `a` is
 * known for certain), marks deleted schwas with a virama, and only then hands the word to
 * Sanscript for IAST; the IAST is finally folded to plain ASCII with Hindi spelling habits.
 */
import sanscriptModule from '@indic-transliteration/sanscript';

/** Sanscript is CommonJS: Node's default import is its `module.exports`, whose `t` we call. */
const Sanscript = sanscriptModule as unknown as { t(data: string, from: string, to: string): string };
/** Devanagari virama (halant): a consonant without its vowel. */
export const VIRAMA = '\u094D';
/** Devanagari nukta: the dot that turns ज into ज़ (z), फ into फ़ (f). */
export const NUKTA = '\u093C';

/** English-loan vowels Sanscript leaves alone, as the nearest Hindi vowel (ॉ → ो: डॉक्टर → doktar). */
export const CANDRA_FOLD: Readonly<Record<string, string>> = {
  '\u0949': '\u094B', // ॉ → ो
  '\u0911': '\u0913', // ऑ → ओ
  '\u0945': '\u0947', // ॅ → े
  '\u090D': '\u090F', // ऍ → ए
};

/** IAST of a consonant with nukta → the Latin letter Hindi writers use (ज़ → z, फ़ → f, ड़ → r). */
export const NUKTA_LATIN: Readonly<Record<string, string>> = {
  k: 'q', kh: 'kh', g: 'g', j: 'z', ph: 'f', 'ḍ': 'r', 'ḍh': 'rh',
};

/** IAST letters → ASCII as Indian English spells names, applied in this order. */
export const IAST_FOLD: ReadonlyArray<readonly [string, string]> = [
  ['ā', 'a'], ['ī', 'i'], ['ū', 'u'], ['ṝ', 'ri'], ['ṛ', 'ri'], ['ḹ', 'li'], ['ḷ', 'l'],
  ['ś', 'sh'], ['ṣ', 'sh'], ['ṅ', 'n'], ['ñ', 'n'], ['ṭ', 't'], ['ḍ', 'd'], ['ṇ', 'n'],
  ['ḥ', 'h'], ['m̐', 'n'], ['~', 'n'], ['ē', 'e'], ['ō', 'o'], ["'", ''],
];

type Segment =
  | { kind: 'C'; text: string; nukta: boolean }
  | { kind: 'V'; text: string; inherent: boolean; deleted: boolean }
  | { kind: 'N'; text: string };

const isConsonant = (c: string): boolean =>
  (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095F') || (c >= '\u0978' && c <= '\u097F');
const isMatra = (c: string): boolean =>
  (c >= '\u093A' && c <= '\u094C' && c !== '\u093C' && c !== '\u093D') ||
  c === '\u094E' || c === '\u094F' || (c >= '\u0955' && c <= '\u0957') || c === '\u0962' || c === '\u0963';
const isIndependentVowel = (c: string): boolean =>
  (c >= '\u0904' && c <= '\u0914') || c === '\u0960' || c === '\u0961' || (c >= '\u0972' && c <= '\u0977');
const isNasalOrVisarga = (c: string): boolean => c >= '\u0901' && c <= '\u0903';

/** Split one Devanagari word into consonants, vowels (inherent or written) and nasal signs. */
function segmentWord(word: string): Segment[] {
  const segs: Segment[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (isConsonant(c)) {
      let nukta = false;
      if (chars[i + 1] === NUKTA) {
        nukta = true;
        i++;
      }
      segs.push({ kind: 'C', text: c, nukta });
      const next = chars[i + 1];
      if (next === VIRAMA) {
        i++;
      } else if (next !== undefined && isMatra(next)) {
        segs.push({ kind: 'V', text: next, inherent: false, deleted: false });
        i++;
      } else {
        segs.push({ kind: 'V', text: '', inherent: true, deleted: false });
      }
    } else if (isIndependentVowel(c)) {
      segs.push({ kind: 'V', text: c, inherent: false, deleted: false });
    } else if (isNasalOrVisarga(c)) {
      segs.push({ kind: 'N', text: c });
    } else {
      // Anything else (ZWJ, stray marks) is kept as a neutral nasal-like segment so it breaks nothing.
      segs.push({ kind: 'N', text: c });
    }
  }
  return segs;
}

const liveVowel = (s: Segment | undefined): boolean => s !== undefined && s.kind === 'V' && !s.deleted;

/**
 * Hindi schwa deletion on segments, in place. Word-final: an inherent `a` after a single
 * consonant is dropped (`भारत` → bhārat) unless the word has one syllable, the consonant
 * closes a cluster (`नरेंद्र` → narendra) or it is `य` after i/ī (`प्रिय` → priya).
 * Medial, right to left: `V C a C+ V` loses the `a` (`राजनाथ` → rājnāth, `पहलगाम` → pahalgām).
 */
function deleteSchwas(segs: Segment[]): void {
  const vowels = segs.filter((s) => s.kind === 'V');
  if (vowels.length < 2) return;
  const last = segs.length - 1;
  const final = segs[last];
  if (final?.kind === 'V' && final.inherent) {
    const cons = segs[last - 1];
    const before = segs[last - 2];
    const inCluster = before?.kind === 'C';
    const yaAfterI = cons?.kind === 'C' && cons.text === 'य' && before?.kind === 'V' && /^[िी]$/.test(before.text);
    if (!inCluster && !yaAfterI) final.deleted = true;
  }
  for (let k = last - 1; k >= 2; k--) {
    const v = segs[k];
    if (v?.kind !== 'V' || !v.inherent || v.deleted) continue;
    if (segs[k + 1]?.kind === 'N') continue; // a nasalised schwa is always pronounced
    if (segs[k - 1]?.kind !== 'C') continue;
    const before = segs[k - 2];
    if (before === undefined || before.kind === 'C') continue; // needs a vowel before one consonant
    if (before.kind === 'V' && before.deleted) continue;
    // Only before a single consonant with its vowel (V C _ C V): बनर्जी keeps it, बनारस does not.
    if (segs[k + 1]?.kind !== 'C' || !liveVowel(segs[k + 2])) continue;
    v.deleted = true;
  }
}

/** Devanagari again, with a virama for each deleted schwa and each nukta moved before its consonant. */
function renderForSanscript(segs: Segment[]): string {
  let out = '';
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    if (s.kind === 'C') {
      out += (s.nukta ? NUKTA : '') + s.text;
      const next = segs[i + 1];
      if (next?.kind === 'C') out += VIRAMA;
    } else if (s.kind === 'V') {
      if (s.inherent) {
        if (s.deleted) out += VIRAMA;
      } else {
        out += CANDRA_FOLD[s.text] ?? s.text;
      }
    } else {
      out += s.text;
    }
  }
  // A consonant that ends the word without a vowel segment already had its virama in the input.
  const lastSeg = segs[segs.length - 1];
  if (lastSeg?.kind === 'C') out += VIRAMA;
  return out;
}

/** IAST → plain ASCII the way Indian English spells Hindi names. */
function foldIast(iast: string): string {
  let s = iast.normalize('NFC');
  // Nukta marks were moved before their consonant; turn the pair into the Perso-Arabic letter.
  s = s.replace(new RegExp(`${NUKTA}(ḍh|ḍ|kh|k|g|j|ph)`, 'g'), (_m, c: string) => NUKTA_LATIN[c] ?? c);
  s = s.split(NUKTA).join('');
  // Anusvara: ng before h (siṃh → singh), m before labials, n elsewhere.
  s = s.replace(/ṃ(?=h)/g, 'ng').replace(/ṃ(?=[pbm])/g, 'm').replace(/ṃ/g, 'n');
  // IAST c = च (ch), ch = छ (chh).
  s = s.replace(/c(h?)/g, (_m, h: string) => (h ? 'chh' : 'ch'));
  s = s.replace(/jñ/g, 'gy');
  for (const [from, to] of IAST_FOLD) s = s.split(from).join(to);
  // व after a consonant is w in Indian English (स्वामी → swami, द्विवेदी → dwivedi).
  s = s.replace(/([dhjkst])v/g, '$1w');
  return s;
}

const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097F\u200C\u200D]+/g;

/**
 * One Devanagari word in Latin letters with Hindi schwa deletion.
 *
 * @example
 * ```ts
 * transliterateHindiWord('पहलगाम'); // 'pahalgam'
 * ```
 */
export function transliterateHindiWord(word: string): string {
  const clean = word.normalize('NFC').replace(/[\u200C\u200D]/g, '');
  if (clean === '') return '';
  const segs = segmentWord(clean);
  deleteSchwas(segs);
  const iast = Sanscript.t(renderForSanscript(segs), 'devanagari', 'iast');
  return foldIast(iast).toLowerCase();
}

/**
 * Devanagari text in a Latin form close to Indian English spelling; other characters pass through.
 *
 * @example
 * ```ts
 * transliterateHindi('राजनाथ सिंह'); // 'rajnath singh'
 * transliterateHindi('जम्मू और कश्मीर'); // 'jammu aur kashmir'
 * ```
 */
export function transliterateHindi(text: string): string {
  return text.normalize('NFC').replace(DEVANAGARI_WORD, (w) => {
    // Danda and double danda are punctuation, not letters.
    return w.split(/([\u0964\u0965])/).map((part) => (/^[\u0964\u0965]$/.test(part) ? part : transliterateHindiWord(part))).join('');
  });
}
