/**
 * Faster scanning with global patterns that start with a lookbehind, such as the word boundary
 * `(?<![\p{L}\p{M}\p{N}])` the rule patterns begin with. V8 finds the possible first characters of a
 * pattern to skip quickly through the text, but not past a leading lookbehind: it tests the
 * lookbehind at every position. {@link execFast} scans with the pattern without its leading
 * lookbehind and tests the lookbehind only where that finds a match, retrying one position (code
 * point) further when it fails. Both find the same matches: the lookbehind is zero-width and looks
 * only at the text before the match's start, so a match at a position is the same with or without it.
 */

/** How to scan with a pattern: the pattern without its leading lookbehind, and the lookbehind alone. */
interface Plan {
  scan: RegExp;
  /** The lookbehind as a sticky pattern: `test` at `lastIndex = p` says whether it holds at p. */
  left: RegExp;
  unicode: boolean;
}

const PLANS = new WeakMap<RegExp, Plan | null>();

/** Index just past the group that opens at `source[open]` (a `(`), or -1 when it does not close. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether `source` has a `|` outside any group or class, or a group that captures (numbered or named). */
function alternatesOrCaptures(source: string, topLevelOnly: boolean): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      depth++;
      if (!topLevelOnly && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '!' && source[i + 3] !== '='))) return true;
    } else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0 && topLevelOnly) return true;
  }
  return false;
}

/**
 * The scan plan of a global pattern, or null when it does not start with a lookbehind that can be
 * split off: one with capturing groups inside (group numbers would shift), or a pattern whose rest
 * is a top-level alternation (the lookbehind belongs to the first alternative only), or a sticky one.
 */
function planOf(re: RegExp): Plan | null {
  let plan = PLANS.get(re);
  if (plan !== undefined) return plan;
  plan = null;
  const src = re.source;
  if (re.global && !re.sticky && (src.startsWith('(?<!') || src.startsWith('(?<='))) {
    const end = groupEnd(src, 0);
    const rest = end > 0 ? src.slice(end) : '';
    const look = src.slice(0, end);
    if (rest !== '' && !/^[*+?{]/.test(rest) && !alternatesOrCaptures(rest, true) && !alternatesOrCaptures(look, false)) {
      plan = { scan: new RegExp(rest, re.flags), left: new RegExp(look, `${re.flags.replace('g', '')}y`), unicode: re.unicode };
    }
  }
  PLANS.set(re, plan);
  return plan;
}

/**
 * `re.exec(text)` for a global pattern, with the same result and the same `re.lastIndex` after
 * it, faster when `re` starts with a lookbehind (see the module comment).
 *
 * @example
 * ```ts
 * const re = /(?<![\p{L}])may(?![\p{L}])/giu;
 * for (let m = execFast(re, text); m; m = execFast(re, text)) console.log(m.index);
 * ```
 */
export function execFast(re: RegExp, text: string): RegExpExecArray | null {
  const plan = planOf(re);
  if (plan === null) return re.exec(text);
  const { scan, left } = plan;
  const from = re.lastIndex;
  if (from > text.length) {
    re.lastIndex = 0;
    return null;
  }
  scan.lastIndex = from;
  for (;;) {
    const m = scan.exec(text);
    if (m === null) {
      re.lastIndex = 0;
      return null;
    }
    left.lastIndex = m.index;
    if (left.test(text)) {
      re.lastIndex = scan.lastIndex;
      return m;
    }
    scan.lastIndex = advance(text, m.index, plan.unicode);
  }
}

/** The index after the character at `i`: a surrogate pair is one character in a unicode pattern. */
function advance(text: string, i: number, unicode: boolean): number {
  const c = text.charCodeAt(i);
  const pair = unicode && c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i + (pair ? 2 : 1);
}

/**
 * Every match of the global pattern `re` in `text`, as `[...text.matchAll(re)]` gives them when
 * `re.lastIndex` is 0 (an empty match steps one character on), with {@link execFast}. `re.lastIndex`
 * is 0 afterwards.
 *
 * @example
 * ```ts
 * matchAllFast(/(?<![\p{L}])said/gu, 'he said, unsaid').map((m) => m.index); // [3]
 * ```
 */
export function matchAllFast(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = execFast(re, text); m; m = execFast(re, text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}
