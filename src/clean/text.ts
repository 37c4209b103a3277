/**
 * The plain-text cleaner: keeps the article of a scraped or copied page and drops its furniture.
 *
 * It works on lines, in this order (later steps rely on the earlier ones):
 * 1. every line is classified on its own: publication metadata (read, then dropped), furniture
 *    patterns of every language, language-independent furniture (separators, staff initials,
 *    navigation bars), end-of-article markers, teaser lines;
 * 2. duplicated short lines are teasers, and truncated headlines (`...Premium`) too;
 * 3. the article runs from the first real paragraph (a sentence-like unit) to the last real
 *    paragraph before an end-of-article marker; the headline-like lines after it are furniture,
 *    the kicker, headline and deck lines before it are kept (short closing sentences too).
 *
 * Hard-wrapped lines are joined into one unit before steps 2–3 judge them, and kept units
 * become paragraphs, each mapped exactly to the raw text.
 */
import type { Cleaned, Message, OffsetSegment, RawDoc } from '../pipeline/types.js';
import { parseDateHeader } from '../read/read.js';
import type { CleanLexicon } from './lexicon.js';
import type { MetaLine, MetaMatchers } from './metadata.js';
import {
  compileMeta,
  findDateline,
  hostsIn,
  localOffsetOf,
  normaliseDeclaredDate,
  parseMetaLine,
  siteOfHost,
  toIso,
} from './metadata.js';

/** Minimum words of a real paragraph that ends like a sentence. */
const MIN_PARAGRAPH_WORDS = 8;
/** A line this long is a paragraph even without final punctuation. */
const LONG_LINE_WORDS = 40;
/** A table after the last paragraph (results, standings, prices) has at least this many rows of figures. */
const MIN_TABLE_ROWS = 3;
/** ... or this many when a label introduces them (`Scorers :`, `Attendance : 30,000`). */
const MIN_LABELLED_ROWS = 2;
/**
 * A line inside such a table that is no row (a heading such as `CENTRAL DIVISION` or `W L PCT GB`,
 * or a hard-wrapped caption such as `World sprint quarter-finals ( best of three`) has at most this
 * many words and does not end like a sentence.
 */
const TABLE_HEADING_WORDS = 12;
/** Lines a repeated table heading may sit above its table's first row (more headings between). */
const TABLE_HEAD_LINES = 3;
/** A headline-like first line with at most this many words, followed by another one, is a kicker. */
const KICKER_MAX_WORDS = 4;
/** A line shorter than this is not hard-wrapped text (headlines, kickers, bylines). */
const WRAP_MIN_CHARS = 40;
/** Longest line that can be a title, in characters. */
const MAX_TITLE_CHARS = 300;

/** A trimmed, non-blank line of the raw text. */
interface Line {
  start: number;
  end: number;
  text: string;
  /** A blank line (or the start of the text) separates it from the previous line. */
  blankBefore: boolean;
}

type Verdict =
  | { kind: 'text' }
  | { kind: 'meta'; meta: MetaLine | null }
  | { kind: 'drop'; reason: string }
  | { kind: 'end'; reason: string };

/**
 * Cleans a plain-text document: drops page furniture, keeps the article, reads the title,
 * publication date, publisher and dateline, and maps every kept paragraph back to the raw text.
 *
 * @example
 * ```ts
 * const c = cleanText({ source: 'a.txt', format: 'text', declared: {},
 *   raw: 'Advertisement\nPORT ELAN: The council of Port Elan approved the new harbour budget on Monday.\n' });
 * c.text; // 'PORT ELAN: The council of Port Elan approved the new harbour budget on Monday.'
 * c.dateline; // 'Port Elan'
 * ```
 */
export function cleanText(raw: RawDoc, matchers: MetaMatchers = compileMeta()): Cleaned {
  const header = parseDateHeader(raw.raw);
  const lines = splitLines(raw.raw, header ? header.end : 0);
  const lexicons = matchers.lexicons;
  const verdicts: Verdict[] = lines.map(() => ({ kind: 'text' }));
  const metas: MetaLine[] = [];

  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i]?.kind === 'meta') continue; // the date line of a label on the previous line
    const line = lines[i] as Line;
    const meta = parseMetaLine(line.text, lines[i + 1]?.text, matchers);
    if (meta) {
      verdicts[i] = { kind: 'meta', meta };
      metas.push(meta);
      if (meta.usedNextLine) verdicts[i + 1] = { kind: 'meta', meta: null };
      continue;
    }
    verdicts[i] = classifyLine(line.text, lexicons);
  }

  // Duplicated lines: short ones are teasers (all copies go), long ones keep their first copy.
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i]?.kind !== 'text') continue;
    const key = dupKey((lines[i] as Line).text);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const firstCopy = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i]?.kind !== 'text') continue;
    const text = (lines[i] as Line).text;
    const key = dupKey(text);
    if ((seen.get(key) ?? 0) < 2) continue;
    // A repeated heading of a table (`EASTERN DIVISION` over each league's standings) is no teaser.
    if (!isRealParagraph(text)) {
      if (!headsTable(lines, verdicts, i)) verdicts[i] = { kind: 'drop', reason: 'duplicated teaser' };
    }
    else if (firstCopy.has(key)) verdicts[i] = { kind: 'drop', reason: 'duplicated paragraph' };
    else firstCopy.add(key);
  }

  // Units: text lines, hard-wrapped continuations joined; they are judged as a whole.
  const units: { lines: number[]; text: string }[] = [];
  const unitOf: number[] = lines.map(() => -1);
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i]?.kind !== 'text') continue;
    const line = lines[i] as Line;
    const u = units[units.length - 1];
    const prevLine = u ? (u.lines[u.lines.length - 1] as number) : -1;
    if (u && prevLine === i - 1 && !line.blankBefore && continues((lines[prevLine] as Line).text, line.text)) {
      u.lines.push(i);
      u.text += ` ${line.text}`;
    } else {
      units.push({ lines: [i], text: line.text });
    }
    unitOf[i] = units.length - 1;
  }
  const real = units.map((u) => isRealParagraph(u.text));
  const first = real.indexOf(true);
  const firstLine = first >= 0 ? ((units[first] as (typeof units)[number]).lines[0] as number) : -1;
  let cut = lines.length;
  let cutReason = '';
  for (let i = Math.max(firstLine, 0); i < lines.length; i++) {
    const v = verdicts[i];
    if (v?.kind === 'end') {
      cut = i;
      cutReason = v.reason;
      break;
    }
  }
  let last = -1;
  for (let u = units.length - 1; u >= 0; u--) {
    if (real[u] && ((units[u] as (typeof units)[number]).lines[0] as number) < cut) {
      last = u;
      break;
    }
  }
  // Short closing sentences right after the last paragraph still belong to the article.
  while (last >= 0 && last + 1 < units.length) {
    const next = units[last + 1] as (typeof units)[number];
    if ((next.lines[next.lines.length - 1] as number) >= cut || !closingSentence(next.text)) break;
    last++;
  }
  if (last >= 0) last = tableEnd(lines, units, last, cut);

  const keep: boolean[] = lines.map(() => false);
  const dropReason: string[] = lines.map(() => '');
  for (let i = 0; i < lines.length; i++) {
    const v = verdicts[i] as Verdict;
    if (i >= cut) dropReason[i] = `trailing block after "${cutReason}"`;
    else if (v.kind === 'meta') dropReason[i] = 'publication metadata';
    else if (v.kind === 'drop') dropReason[i] = v.reason;
    else if (v.kind === 'end') dropReason[i] = `end-of-article marker "${v.reason}"`;
    else if (first >= 0 && (unitOf[i] as number) > last) dropReason[i] = 'headline-like line after the article';
    else keep[i] = true;
  }

  let text = '';
  const offsets: OffsetSegment[] = [];
  for (const u of units) {
    const a = lines[u.lines[0] as number] as Line;
    const b = lines[u.lines[u.lines.length - 1] as number] as Line;
    if (!keep[u.lines[0] as number]) continue;
    if (text) text += '\n\n';
    const length = b.end - a.start;
    offsets.push({ cleanStart: text.length, rawStart: a.start, length, rawLength: length, exact: true });
    text += raw.raw.slice(a.start, b.end);
  }

  const messages = dropMessages(lines, dropReason);
  const topLines = units.slice(0, Math.max(first, 0)).filter((u) => u.lines.length === 1 && keep[u.lines[0] as number]);
  // A title the input declares (a JSONL `title` field) wins over one guessed from the top lines.
  const declaredTitle = raw.declared.title?.replace(/\s+/g, ' ').trim();
  const title = declaredTitle || (first >= 0 ? pickTitle(topLines.map((u) => lines[u.lines[0] as number] as Line)) : null);
  const dateline = first >= 0 ? (findDateline((lines[firstLine] as Line).text, matchers)?.place ?? null) : null;

  // Publisher: a `by ...` credit, else the declared URL's site, else a site named in furniture.
  const by = metas.find((x) => x.by !== undefined)?.by ?? null;
  const droppedText = lines.filter((_, i) => !keep[i]).map((l) => l.text);
  let publisher: string | null = by;
  const urlHost = raw.declared.url ? hostOfUrl(raw.declared.url) : null;
  if (!publisher && urlHost) publisher = siteOfHost(urlHost)?.name ?? null;
  if (!publisher) {
    for (const t of droppedText) {
      const site = hostsIn(t).map(siteOfHost).find((s) => s !== null);
      if (site) {
        publisher = site.name;
        break;
      }
    }
  }

  let published: string | null = null;
  if (raw.declared.published) {
    published = normaliseDeclaredDate(raw.declared.published, matchers);
    if (!published) messages.push(info(`declared publication date "${raw.declared.published}" is not a date; ignored`, 'warning'));
  }
  if (!published) {
    const best = [...metas].sort((a, b) => rank(a) - rank(b))[0];
    if (best) {
      const hints = [by ?? '', urlHost ?? '', publisher ?? '', dateline ?? '', ...droppedText.flatMap(hostsIn)];
      published = toIso(best.parts, best.parts.time !== undefined ? localOffsetOf(hints, matchers) : null);
    }
  }

  return { text, offsets, title, publisher, published, dateline, messages };
}

function rank(m: MetaLine): number {
  return m.kind === 'published' ? 0 : m.kind === 'date' ? 1 : 2;
}

function info(reason: string, level: Message['level'] = 'info'): Message {
  return { level, reason, source: 'clean/text' };
}

function hostOfUrl(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Non-blank lines from `from` on, trimmed, with their raw offsets. */
function splitLines(raw: string, from: number): Line[] {
  const out: Line[] = [];
  let blank = true;
  const re = /[^\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029]|$)/gu;
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(raw);
    if (!m || m[0] === '') break;
    const body = m[0].replace(/(?:\r\n|[\r\n\u2028\u2029])$/u, '');
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (trimmed === '') {
      blank = true;
    } else {
      const start = m.index + lead;
      out.push({ start, end: start + trimmed.length, text: trimmed, blankBefore: blank });
      blank = false;
    }
    if (re.lastIndex >= raw.length) break;
  }
  return out;
}

/** Letters of scripts written without spaces between words (Chinese, Japanese). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in any script: runs of letters with their marks, or digits; in a script written without
 * spaces every two letters count as a word (a Japanese or Chinese word is one to three characters),
 * so a sentence in such a script is not taken for one long word.
 *
 * @example
 * ```ts
 * wordCount('The council met on Monday.'); // 5
 * wordCount('市議会は月曜日に予算を承認した。'); // 8
 * ```
 */
export function wordCount(s: string): number {
  const unspaced = s.match(UNSPACED)?.length ?? 0;
  const spaced = (unspaced ? s.replace(UNSPACED, ' ') : s).match(/[\p{L}\p{M}\p{Nd}]+/gu)?.length ?? 0;
  return spaced + Math.ceil(unspaced / 2);
}
const words = wordCount;

/** A sentence's final mark, then closing quotes or brackets (a space may stand before them: `. "`, `. »`). */
const SENTENCE_END = /[.!?।॥。？！…](?:\s?["'”’»)\]」』）])*$/u;

/**
 * Whether a line reads like a paragraph of the article: it ends like a sentence and has a few
 * words, or is long.
 *
 * @example
 * ```ts
 * isRealParagraph('The council approved the new harbour budget on Monday.'); // true
 * isRealParagraph('Council approves harbour budget'); // false
 * ```
 */
export function isRealParagraph(line: string): boolean {
  const n = words(line);
  if (n >= LONG_LINE_WORDS) return true;
  return n >= MIN_PARAGRAPH_WORDS && SENTENCE_END.test(line) && !truncatedTeaser(line);
}

/** `Some headline cut off mid-wo...Premium`: a teaser cut mid-word, maybe with a label glued on. */
function truncatedTeaser(line: string): boolean {
  return /[\p{L}\p{M}](?:\.\.\.|…)[\p{L}\s]{0,15}$/u.test(line) && words(line) < 30;
}

function dupKey(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Classifies one line on its own (no context), with every language's patterns. */
function classifyLine(text: string, lexicons: readonly CleanLexicon[]): Verdict {
  for (const lex of lexicons) {
    for (const end of lex.endMarkers) if (end.test(text)) return { kind: 'end', reason: text };
  }
  for (const lex of lexicons) {
    for (const f of lex.furniture) if (f.pattern.test(text)) return { kind: 'drop', reason: f.reason };
    if (lex.trackers.includes(text.toLowerCase())) return { kind: 'drop', reason: 'tracker' };
    for (const t of lex.teaserPrefixes) if (t.test(text) && !isRealParagraph(text)) return { kind: 'drop', reason: 'teaser' };
  }
  if (!/[\p{L}\p{Nd}]/u.test(text)) return { kind: 'drop', reason: 'separator' };
  if (/^[\p{L}\p{M}]{1,15}(?:\/[\p{L}\p{M}]{1,15}){2,}$/u.test(text)) return { kind: 'drop', reason: 'staff initials' };
  const bars = text.match(/\s[|»›•·]\s|\s>\s/gu)?.length ?? 0;
  if (bars >= 2 && words(text) / (bars + 1) <= 4 && !SENTENCE_END.test(text)) return { kind: 'drop', reason: 'navigation' };
  if (truncatedTeaser(text)) return { kind: 'drop', reason: 'truncated teaser' };
  return { kind: 'text' };
}

/** A line of figures: mostly figures, at least two of them (`BOSTON 69 65 .515 5 1/2`). */
function isFigureRow(text: string): boolean {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const figures = tokens.filter((t) => /^[+-]?[.,]?\d[\d.,:/%]*[%,]?$/.test(t)).length;
  return figures >= 2 && figures * 2 >= tokens.length;
}

/**
 * A contact or sign-off line (`-- City newsroom +44 20 7000 0000`, an e-mail or web address): page
 * furniture, never a row of the article's table.
 */
function isContactLine(text: string): boolean {
  return /^(?:--|—|–)\s|[\p{L}\p{Nd}._-]\s?@\s?[\p{L}\p{Nd}-]+\.\p{L}{2,}|https?:\/\/|\bwww\.|(?:^|[\s(])\+\d/u.test(text);
}

/**
 * A row of a table of results, standings or prices: a line of figures, a ranked line
 * (`1. Name ( Country ) 3:31.526`), or a line that ends in a score, time, count or ordinal
 * (`Belgium beat Turkey 2-1`, `Attendance : 30,000`, `Name ( 38th )`); a year alone at the end
 * (`Budget 2031`, a menu entry) is no result. Contact lines are no rows.
 *
 * @example
 * ```ts
 * isTableRow('BOSTON 69 65 .515 5 1/2'); // true
 * isTableRow('2. Ana Lind ( Vellmar ) 3:31.674'); // true
 * isTableRow('Harbour board approves terminal budget'); // false
 * ```
 */
export function isTableRow(text: string): boolean {
  if (isContactLine(text)) return false;
  if (isFigureRow(text)) return true;
  if (/^\d{1,3}[.)]\s+\p{L}/u.test(text)) return true;
  // A time or place in brackets at the end counts too (`Name ( 60th minute )`).
  if (/\(\s*\d[^()]*\)[\s.]*$/u.test(text)) return true;
  const m = /(?:^|[\s(])([+-]?\d[\p{L}\p{Nd}.,:/%-]*)[\s).]*$/u.exec(text);
  return m !== null && !/^(?:1[89]|20)\d\d$/.test(m[1] as string);
}

/**
 * Whether line `i` (a short line) heads a table: at most {@link TABLE_HEAD_LINES} further short
 * lines, then a line of figures.
 */
function headsTable(lines: readonly Line[], verdicts: readonly Verdict[], i: number): boolean {
  let n = 0;
  for (let j = i + 1; j < lines.length && n < TABLE_HEAD_LINES; j++) {
    if (verdicts[j]?.kind !== 'text') continue;
    const t = (lines[j] as Line).text;
    if (isFigureRow(t)) return true;
    if (SENTENCE_END.test(t) || words(t) > TABLE_HEADING_WORDS) return false;
    n++;
  }
  return false;
}

/**
 * Where the article ends when a table follows its last paragraph (unit `last`): results, standings
 * or prices are the article's own, not page furniture. A table is {@link MIN_TABLE_ROWS} rows or more,
 * with short headings (or a line ending in a colon that introduces it) between and before them; it
 * ends at its last row. Without such a table, `last` is unchanged.
 */
function tableEnd(lines: readonly Line[], units: readonly { lines: number[]; text: string }[], last: number, cut: number): number {
  let rows = 0;
  let labelled = false;
  let end = last;
  for (let u = last + 1; u < units.length; u++) {
    const unit = units[u] as (typeof units)[number];
    if ((unit.lines[unit.lines.length - 1] as number) >= cut || isContactLine(unit.text)) break;
    if (isTableRow(unit.text)) {
      rows++;
      end = u;
      if (LABEL.test(unit.text)) labelled = true;
    } else if (/:$/.test(unit.text)) {
      labelled = true;
    } else if (SENTENCE_END.test(unit.text) || unit.lines.some((i) => words((lines[i] as Line).text) > TABLE_HEADING_WORDS)) {
      // A heading may be hard-wrapped over lines; a sentence or a long line is no heading.
      break;
    }
  }
  return rows >= (labelled ? MIN_LABELLED_ROWS : MIN_TABLE_ROWS) ? end : last;
}

/** A label before a colon that starts a line (`Scorers :`, `Attendance: 30,000`). */
const LABEL = /^\p{L}[\p{L}\p{M}' -]{0,30}?\s?:(?:\s|$)/u;

/** A short sentence (`The chair thanked the staff.`) that can close an article. */
function closingSentence(text: string): boolean {
  return words(text) >= 4 && SENTENCE_END.test(text) && !truncatedTeaser(text);
}

/** Whether `next` continues the hard-wrapped line `prev` (same paragraph). */
function continues(prev: string, next: string): boolean {
  if (prev.length < WRAP_MIN_CHARS || /[.!?।॥:"”’)\]]$/u.test(prev)) return false;
  return /^\p{Ll}/u.test(next) || /[,;\-–]$/u.test(prev);
}

/**
 * The headline among the kept lines above the first paragraph: the first line that does not end
 * with a full stop, skipping a short kicker (`Ministry of Defence`) when another such line follows.
 */
function pickTitle(top: Line[]): string | null {
  const cands = top.filter((l) => !/[.।]$/u.test(l.text) && words(l.text) >= 2 && l.text.length <= MAX_TITLE_CHARS);
  let pick = cands[0];
  if (cands.length >= 2 && words((cands[0] as Line).text) <= KICKER_MAX_WORDS) pick = cands[1];
  if (!pick) return null;
  return pick.text.replace(/[\s;:,|\-–—]+$/u, '').trim() || null;
}

/** One info message per run of consecutive dropped lines with the same reason. */
function dropMessages(lines: Line[], reasons: string[]): Message[] {
  const out: Message[] = [];
  let i = 0;
  while (i < lines.length) {
    const reason = reasons[i] as string;
    if (!reason) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && reasons[j + 1] === reason) j++;
    const firstText = (lines[i] as Line).text;
    const excerpt = firstText.length > 60 ? `${firstText.slice(0, 57)}...` : firstText;
    const count = j - i + 1;
    out.push(info(`dropped ${count} line${count > 1 ? 's' : ''} (${reason}) at raw offset ${(lines[i] as Line).start}: "${excerpt}"`));
    i = j + 1;
  }
  return out;
}
