/**
 * Building the page from data without ever parsing data as markup: every string becomes a text
 * node, attributes are set one by one (never event handlers or styles), and links go only to this
 * app's own paths or to http(s) addresses. Whatever a document's title or body holds renders inert.
 */

export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const FORBIDDEN = /^(on|style$|srcdoc$|formaction$)/i;
const URL_ATTRS = new Set(['href', 'src', 'action', 'xlink:href']);

/** Appends children: strings as text, arrays flattened, empties skipped. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, ...c);
    else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c);
  }
}

/**
 * An element with attributes and children.
 *
 * @example
 * ```ts
 * h('a', { href: appHref('/story', id) }, title); // title stays text
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (FORBIDDEN.test(name)) throw new Error(`attribute ${name} is not allowed`);
    const text = value === true ? '' : String(value);
    if (URL_ATTRS.has(name.toLowerCase()) && safeHref(text) === null) continue;
    el.setAttribute(name, text);
  }
  append(el, ...children);
  return el;
}

/** The link target if it is one of this app's paths or an http(s) address, else null. */
export function safeHref(href: string): string | null {
  if (/^\/(?!\/)/.test(href) || href.startsWith('#')) return href;
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An app path from parts, each encoded, with query parameters (empty ones left out). */
export function appHref(path: string, id?: string, query: Record<string, string | number | undefined | null> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `${path}${id !== undefined ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}

/** A BCP 47 tag fit for the `lang` attribute, or null. */
export function langTag(code: string | null | undefined): string | null {
  return code && /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code) ? code : null;
}

const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

/** The language's English name (`Hindi`), or the code. */
export function langName(code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language tag badge: its name in words, the code after it. */
export function langBadge(code: string): HTMLElement {
  return h('span', { class: 'lang' }, `${langName(code)} (${code})`);
}

/** The language of a name by its script: Devanagari names are Hindi here, others unspecified. */
export function scriptLang(text: string): string | null {
  return /[\u0900-\u097F]/.test(text) ? 'hi' : null;
}

/** A range of a text to mark, with what the mark says and how it looks. */
export interface Range {
  start: number;
  end: number;
  /** What the highlight supports, read out to screen readers and shown on hover. */
  label: string;
  cls: string;
  id?: string;
  /** A link instead of a mark. */
  href?: string;
}

/**
 * A text with ranges highlighted: ranges earlier in the list win over later ones that overlap them.
 * Offsets are UTF-16 code units, as the API gives them.
 *
 * @example
 * ```ts
 * marked(body, [{ start: 10, end: 42, label: 'killed: 26', cls: 'fact' }]);
 * ```
 */
export function marked(text: string, ranges: readonly Range[]): DocumentFragment {
  const kept: Range[] = [];
  for (const r of ranges) {
    if (r.start < 0 || r.end > text.length || r.start >= r.end) continue;
    if (kept.some((k) => k.start < r.end && r.start < k.end)) continue;
    kept.push(r);
  }
  kept.sort((a, b) => a.start - b.start);
  const out = document.createDocumentFragment();
  let at = 0;
  for (const r of kept) {
    append(out, text.slice(at, r.start));
    const inner = text.slice(r.start, r.end);
    if (r.href) {
      append(out, h('a', { href: r.href, class: r.cls, title: r.label }, inner));
    } else {
      append(out, h('mark', { class: r.cls, id: r.id, title: r.label }, h('span', { class: 'sr-only' }, `[${r.label}] `), inner));
    }
    at = r.end;
  }
  append(out, text.slice(at));
  return out;
}

/** A short date for display (`2025-05-05`, `May 2025`, `2025`), or `undated`. */
export function showDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return date.slice(0, 10);
}
