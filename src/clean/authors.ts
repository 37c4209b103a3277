/**
 * The authors of a page, precision before recall: what the input declares (a feed item's author),
 * the article's JSON-LD `author` (people only, never an organisation), author meta tags, and the
 * page's byline elements (`rel="author"`, `itemprop="author"`, `class="byline"`). A candidate must
 * look like a person's name: no publisher, agency, desk or site name, no "hours ago", no photo
 * credit, no URL or e-mail, no digits.
 */
import type { DDocument, DElement, DNode } from './pubdate.js';
import { CLEAN_LEXICONS, DATE_WORDS } from './lexicon.js';
import { wordAlternation } from '../pipeline/words.js';

/** Every language's byline label (`By`, `Von`, `Текст:`), longest first, at the start of a byline. */
const LABEL = new RegExp(`^(?:${wordAlternation([...CLEAN_LEXICONS, ...DATE_WORDS].flatMap((l) => l.authorLabels ?? []))})\\s*:?\\s+`, 'iu');
/** Every language's `and` between two names of a byline, standing alone (`Bruce Y. Lee`'s `Y.` is no `y`). */
const SPLIT = new RegExp(`\\s*[,&;]\\s*|\\s+(?:${wordAlternation([...CLEAN_LEXICONS, ...DATE_WORDS].flatMap((l) => l.authorJoiners ?? []))})\\s+`, 'iu');
/** Every language's weekday and month names of three letters or more, lower case: a byline's date starts there. */
const DATE_WORD = new Set(
  [...CLEAN_LEXICONS, ...DATE_WORDS].flatMap((l) => [...l.weekdays, ...Object.keys(l.months)]).filter((w) => w.length >= 3),
);

/** Meta tags that name the author. */
const AUTHOR_META_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator'];
/** Words that make a byline a credit of something other than a person (desk, agency, photo, time). */
const NOT_A_PERSON =
  /\b(?:news|desk|staff|team|bureau|agency|agencies|media|press|times|post|daily|online|editor(?:s|ial)?|correspondents?|reporters?|admin|administrator|webmaster|redaktion|rédaction|redacción|redazione|photo|photos|image|images|getty|reuters|afp|ap|pti|ani|ians|dpa|efe|ansa|xinhua|associated|ago|hours?|minutes?|days?|updated|published|read|min|share|comments?|follow|subscribe|contributors?|guest|international|developed|designed|powered|journal|jornal|zeitung|gazette|tribune|herald|revista|magazine|magazin|radio|tv|nachrichten|noticias|notizie|nouvelles|actualités|polizei|police|ministry|ministerium|government|regierung|council|university|universität|gesponsert|gesponserte|sponsored|inhalte|content|anzeige|werbung|verlag|group|gruppe)\b|[@©/\\:|#]|\d|https?|www\./iu;

/** Page parts whose bylines belong to other stories. */
const ELSEWHERE = 'aside, nav, footer, [class*="related"], [class*="sidebar"], [class*="teaser"], [class*="widget"], [class*="recommend"], [class*="comment"]';

function clip(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A byline reduced to the names it gives (`By Jane Roe and John Poe` → two names), or none.
 *
 * @example
 * ```ts
 * bylineNames('By Jane Roe and John Poe'); // ['Jane Roe', 'John Poe']
 * bylineNames('Updated 3 hours ago'); // []
 * ```
 */
export function bylineNames(text: string): string[] {
  const t = cutAtDate(clip(text).replace(LABEL, ''))
    .replace(/\s*[,|–—-]\s*(?:\d.*)?$/u, (m) => (/\d/.test(m) ? '' : m));
  return t
    .split(SPLIT)
    .map((x) => clip(x))
    .filter(isPersonName);
}

/**
 * A byline up to its date: the first weekday or month name (any language) after two words that is
 * followed by a comma, a figure or nothing (`Malcolm Owen Monday, November 18` → `Malcolm Owen`;
 * `April Ryan` stays).
 */
function cutAtDate(byline: string): string {
  const words = byline.split(' ');
  for (let i = 2; i < words.length; i++) {
    const w = words[i] as string;
    const bare = w.replace(/[,.]$/u, '').toLowerCase();
    if (!DATE_WORD.has(bare)) continue;
    if (w.endsWith(',') || i === words.length - 1 || /^\d/u.test(words[i + 1] ?? '')) return words.slice(0, i).join(' ');
  }
  return byline;
}

/**
 * Whether a string looks like a person's name: two to five words, Latin-script words capitalised,
 * at most 60 characters, and nothing that names a desk, an agency, a time or a photo credit.
 *
 * @example
 * ```ts
 * isPersonName('Jane Roe'); // true
 * isPersonName('Hours Ago'); // false
 * isPersonName('Press Trust of India'); // false
 * ```
 */
export function isPersonName(s: string): boolean {
  if (!s || s.length > 60 || NOT_A_PERSON.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // A full stop after a word (not after an initial: `Sarah E. Needleman`) ends a sentence, not a name.
  if (/\p{L}{2,}\.\s+\p{Lu}\p{Ll}+\s/u.test(`${s} `)) return false;
  if (/\p{Script=Latin}/u.test(s)) {
    const lower = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'bin', 'al', 'du', 'dos', 'das', 'ter', 'y']);
    return words.every((w) => /^\p{Lu}/u.test(w) || lower.has(w.toLowerCase())) && /^\p{Lu}/u.test(words[0] as string);
  }
  return /^[\p{L}\p{M}.'’ -]+$/u.test(s);
}

/**
 * An element's text with a space where one element ends and the next begins, as a reader sees it
 * (`<a>Jonathan Garber</a><span>FOX Business</span>` is two runs, not `GarberFOX`).
 */
export function spacedText(node: DNode, depth = 0): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || depth > 30) return '';
  let out = '';
  for (let i = 0; i < node.childNodes.length; i++) out += spacedText(node.childNodes[i] as DNode, depth + 1);
  return ` ${out} `;
}

function attr(el: DElement | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

/**
 * The page's authors, best source first, without duplicates; `exclude` holds names that are
 * not authors (the publisher, the site).
 */
export function readAuthors(
  document: DDocument,
  declared: string | undefined,
  ldAuthors: readonly string[],
  metas: ReadonlyMap<string, string>,
  exclude: readonly (string | null)[],
  host: string | null = null,
): string[] {
  // A name that spells the site's domain (`Example Gazette` on example-gazette.com) is the site.
  const squash = (x: string): string => x.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
  const hostKey = host ? squash(host) : '';
  // The site's own name is often the last part of the page title (`Story - Gazette`): never an author.
  const titleTail = /[|\-–—:]\s*([^|\-–—:]{2,60})$/u.exec(clip(document.title))?.[1];
  const banned = new Set([...exclude, titleTail].filter((x): x is string => !!x).map((x) => clip(x).toLowerCase()));
  // The site's name words (`cnn` of edition.cnn.com): `CNN Business` after a byline's comma is the site.
  const hostWords = new Set((host ?? '').toLowerCase().split('.').slice(0, -1).filter((w) => w.length >= 3 && w !== 'www'));
  const isSite = (n: string): boolean =>
    (hostKey !== '' && squash(n).length >= 6 && hostKey.includes(squash(n))) || n.split(/\s+/).some((w) => hostWords.has(squash(w)));
  const tryList = (names: string[]): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const n of names) {
      const key = n.toLowerCase();
      if (banned.has(key) || seen.has(key) || isSite(n)) continue;
      seen.add(key);
      out.push(n);
    }
    return out.slice(0, 6);
  };
  // What the input declares (a feed item's author) is the answer when it names a person.
  const declaredNames = tryList(declared ? bylineNames(declared) : []);
  if (declaredNames.length) return declaredNames;
  // Structured data (JSON-LD, then meta tags) against the byline readers see: where both name people
  // and share one, the byline's full list (co-authors the data leaves out); where they share none, the
  // byline (the data names a site account such as the uploader); otherwise whichever there is.
  const structured = [ldAuthors.flatMap((a) => bylineNames(a)), AUTHOR_META_KEYS.flatMap((k) => bylineNames(metas.get(k) ?? ''))]
    .map(tryList)
    .find((l) => l.length) ?? [];
  const visible = tryList(visibleByline(document));
  if (!visible.length) return structured;
  if (!structured.length) return visible;
  const keys = new Set(visible.map((n) => n.toLowerCase()));
  return structured.some((n) => keys.has(n.toLowerCase())) ? tryList([...visible, ...structured]) : visible;
}

/** Elements that hold the article's byline (class names of common publishing systems). */
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], [class*="author"], [class*="Author"], [class*="byline"], [class*="Byline"]';

/** The names in the first byline elements of the article (not of teasers, sidebars or comments); a few tries at most. */
function visibleByline(document: DDocument): string[] {
  const els = document.querySelectorAll(BYLINE_SELECTOR);
  let tries = 0;
  for (let i = 0; i < els.length && i < 60 && tries < 3; i++) {
    const el = els[i] as DElement;
    // A teaser's or a sidebar's byline (a class on <html> or <body> says nothing about the part).
    const part = el.closest?.(ELSEWHERE);
    if (part && !/^(?:html|body)$/iu.test(part.nodeName)) continue;
    // A wrapper around a narrower byline element (names, then paper and time): the narrower one comes next.
    if (el.querySelector?.(BYLINE_SELECTOR)) continue;
    const inner = el.querySelector?.('[itemprop="name"]') as DElement | null | undefined;
    const text = attr(inner, 'content') ?? (inner ? clip(spacedText(inner)) : '');
    const byline = text || (attr(el, 'content') ?? clip(spacedText(el)));
    if (!byline) continue;
    tries++;
    const names = bylineNames(byline);
    if (names.length) return names;
  }
  return [];
}
