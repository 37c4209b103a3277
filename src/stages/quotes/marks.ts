/**
 * Pairing of quotation marks into candidate quotes. Language-independent: the typographic
 * conventions (curly, straight, single, guillemets, German low-high) are the same across the
 * languages Dossier reads; which candidate is a real quote is decided later.
 */
import { isWordChar } from './text.js';

/** A pair of quotation marks and the words between them. */
export interface QuoteCandidate {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or of the line end when the quote runs on to the next paragraph. */
  close: number;
  /** Content span: the words between the marks, trimmed (a trailing comma is dropped). */
  start: number;
  end: number;
  /** Quotes with the same chain id are one quotation spread over several paragraphs. */
  chain: number;
  /** False when the paragraph ended without a closing mark and the next one did not reopen. */
  closed: boolean;
  /** `'` / `‘` quotes: more often headline or scare quotes than speech. */
  single: boolean;
}

/** Opening marks and the marks that close them. Straight marks close themselves. */
const DOUBLE_MARKS: Readonly<Record<string, string>> = {
  '“': '”"',
  '"': '"”',
  '«': '»',
  '„': '“”',
  '‹': '›',
};
const SINGLE_MARKS: Readonly<Record<string, string>> = {
  '‘': '’′\'',
  "'": '\'’',
  '‚': '‘’',
};

/** Code units that can open, close or continue a quote (the marks above, and the line feed): every other one is passed over. */
const WATCHED = new Uint8Array(65536);
for (const m of [...Object.entries(DOUBLE_MARKS), ...Object.entries(SINGLE_MARKS)].flat().join('') + '\n') WATCHED[m.charCodeAt(0)] = 1;

interface OpenState {
  /** The opening mark; `''` (two apostrophes, a typewriter double quote) is two characters wide. */
  mark: string;
  pos: number;
  closers: string;
  single: boolean;
  chain: number;
  /** The closer of a different double mark opened inside this one (`"… “Shark Tank” …"`), while it is open. */
  nested?: string;
}

function contentOf(text: string, from: number, to: number): { start: number; end: number } {
  let s = from;
  let e = to;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /[\s,]/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** An opening mark: at the start, or after space/opening punctuation, and followed by a non-space. */
function opensHere(text: string, i: number, single: boolean): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || /\s/u.test(next)) return false;
  if (prev !== undefined && !/[\s([{—–\-:/]/u.test(prev)) return false;
  // A straight or curly single mark before a letter after a space can still be an elision ('90s).
  if (single && !isWordChar(next) && !/["“‘'¿¡]/u.test(next)) return false;
  return true;
}

/** A closing mark: after a non-space, and (for single marks) not inside a word like Japan’s. */
function closesHere(text: string, i: number, single: boolean): boolean {
  const prev = text[i - 1];
  // `"… the term 'African American outreach,' " he told`: a space between a closing single mark and its closing double mark.
  if (!single && prev === ' ' && /['’]/u.test(text[i - 2] ?? '') && !isWordChar(text[i + 1])) return true;
  if (prev === undefined || /\s/u.test(prev)) return false;
  if (single && isWordChar(text[i + 1])) return false;
  return true;
}

/**
 * Pairs the quotation marks of `text` into candidates. Apostrophes (`Japan’s`, `don’t`) are not
 * marks; single quotes never close across a paragraph; a double quote left open at a paragraph
 * end continues when the next paragraph starts with the same mark (the print convention for
 * multi-paragraph quotations), and is otherwise closed at the paragraph end with `closed: false`.
 * Quotes nested inside a double quote are part of its content.
 *
 * @example
 * ```ts
 * findQuoteCandidates('He said, “Go.”');
 * // [{ open: 9, close: 13, start: 10, end: 13, chain: 0, closed: true, single: false }]
 * ```
 */
export function findQuoteCandidates(text: string): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  let state: OpenState | null = null;
  let chains = 0;
  const push = (s: OpenState, close: number, closed: boolean, width = 1): void => {
    const c = contentOf(text, s.pos + s.mark.length, close);
    if (c.end > c.start) out.push({ open: s.pos, close: close + width - 1, ...c, chain: s.chain, closed, single: s.single });
  };
  for (let i = 0; i < text.length; i++) {
    // Nothing below reacts to a character that is neither a mark nor a line feed.
    if (WATCHED[text.charCodeAt(i)] === 0) continue;
    const ch = text[i] ?? '';
    if (ch === '\n') {
      if (state === null) continue;
      let j = i;
      while (j < text.length && /\s/u.test(text[j] ?? '')) j++;
      const cur: OpenState = state;
      if (!cur.single) {
        const reopened: boolean = text.startsWith(cur.mark, j) && /\S/u.test(text[j + cur.mark.length] ?? ' ');
        push(cur, i, reopened);
        state = reopened ? { mark: cur.mark, pos: j, closers: cur.closers, single: false, chain: cur.chain } : null;
        if (reopened) i = j + cur.mark.length - 1;
      } else {
        state = null;
      }
      continue;
    }
    if (state !== null) {
      if (state.mark === "''") {
        if (ch === "'" && text[i + 1] === "'" && closesHere(text, i, false)) {
          push(state, i, true, 2);
          state = null;
          i++;
        }
        continue;
      }
      if (state.nested !== undefined) {
        if (state.nested.includes(ch) && closesHere(text, i, false)) delete state.nested;
        continue;
      }
      const inner = DOUBLE_MARKS[ch];
      if (!state.single && inner !== undefined && ch !== state.mark && ch !== '"' && opensHere(text, i, false)) {
        state.nested = inner.replace('"', '');
        continue;
      }
      if (state.closers.includes(ch) && closesHere(text, i, state.single)) {
        push(state, i, true);
        state = null;
        continue;
      }
      // A double opener inside an open single quote: the single mark was an apostrophe.
      if (state.single && ch in DOUBLE_MARKS && opensHere(text, i, false)) {
        state = null;
      } else if (!state.single && ch === state.mark && !state.closers.includes(ch) && opensHere(text, i, false)) {
        // The same opener again before any closer: the first was never closed; restart here.
        state = null;
      } else {
        continue;
      }
    }
    if (ch === "'" && text[i + 1] === "'" && /\S/u.test(text[i + 2] ?? ' ') && (i === 0 || /[\s([{—–\-:/]/u.test(text[i - 1] ?? ''))) {
      state = { mark: "''", pos: i, closers: "'", single: false, chain: chains++ };
      i++;
      continue;
    }
    const dbl: string | undefined = DOUBLE_MARKS[ch];
    if (dbl !== undefined && opensHere(text, i, false)) {
      state = { mark: ch, pos: i, closers: dbl, single: false, chain: chains++ };
      continue;
    }
    const sgl: string | undefined = SINGLE_MARKS[ch];
    if (sgl !== undefined && opensHere(text, i, true)) {
      state = { mark: ch, pos: i, closers: sgl, single: true, chain: chains++ };
    }
  }
  if (state !== null && !state.single) push(state, text.length, false);
  return out;
}
