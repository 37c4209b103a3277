import { eld } from './detector.js';
import type { Doc, Message, Stage } from '../../pipeline/types.js';

/** How much text the detector reads: the first N characters are plenty and keep it fast. */
const SAMPLE_CHARS = 4000;
/** Below this many letters, a detection is reported as low-confidence. */
const MIN_LETTERS = 40;

export interface LangResult {
  lang: string;
  confidence: number;
  messages: Message[];
}

/**
 * Detects the language of a text as a BCP-47 code with `eld` (n-gram detector, ~60 languages),
 * returning `und` when there is too little text to tell.
 *
 * @example
 * ```ts
 * detectLanguage('Japan on Monday assured India of full support.').lang; // 'en'
 * detectLanguage('रक्षा मंत्री ने बैठक की').lang; // 'hi'
 * ```
 */
export function detectLanguage(text: string): LangResult {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = countLetters(sample);
  if (letters === 0) {
    return { lang: 'und', confidence: 0, messages: [msg('warning', 'no letters: language undetermined')] };
  }
  const result = eld.detect(sample);
  const scores = result.getScores();
  const lang = result.language || 'und';
  const top = scores[lang] ?? 0;
  const messages: Message[] = [];
  if (lang === 'und') messages.push(msg('warning', 'language undetermined'));
  else if (letters < MIN_LETTERS || !result.isReliable()) {
    messages.push(msg('warning', `low-confidence language '${lang}' (${letters} letters)`));
  }
  return { lang, confidence: Math.round(top * 1000) / 1000, messages };
}

const LETTER_RUN = /\p{L}+/gu;

/** Letters (code points) in a text, as `text.match(/\p{L}/gu).length` counts them, without an array of them. */
export function countLetters(text: string): number {
  let n = 0;
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m; m = LETTER_RUN.exec(text)) {
    const run = m[0];
    n += run.length;
    // An astral letter is two code units in the run but one letter.
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) n--;
    }
  }
  return n;
}

function msg(level: Message['level'], reason: string): Message {
  return { level, reason, source: 'lang' };
}

/**
 * The language stage: the declared language (a JSONL `lang` field) wins; otherwise the body,
 * or the title when the body is empty, is detected.
 *
 * @example
 * ```ts
 * const doc2 = createLangStage().run(ctx, doc); // doc2.lang === 'en'
 * ```
 */
export function createLangStage(): Stage {
  return {
    id: 'lang',
    run(_ctx, doc: Doc): Doc {
      const declared = doc.declared.lang?.trim().toLowerCase();
      if (declared) return { ...doc, lang: declared, langConfidence: 1 };
      const r = detectLanguage(doc.text || doc.title || '');
      return { ...doc, lang: r.lang, langConfidence: r.confidence, messages: [...doc.messages, ...r.messages] };
    },
  };
}
