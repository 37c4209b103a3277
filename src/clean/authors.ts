/**
 * The authors of a page, precision before recall: what the input declares (a feed item's author),
 * the article's JSON-LD `author` (people only, never an organisation), author meta tags, and the
 * page's byline elements (`rel="author"`, `itemprop="author"`, `class="byline"`). A candidate must
 * look like a person's name: no publisher, agency, desk or site name, no "hours ago", no photo
 * credit, no URL or e-mail, no digits.
 */
import type { DDocument, DElement } from './pubdate.js';

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
  const t = clip(text)
    .replace(/^(?:by|von|par|por|di|door|av|af|od|autor(?:in)?|author|written by|text)\s*:?\s+/iu, '')
    .replace(/\s*[,|–—-]\s*(?:\d.*)?$/u, (m) => (/\d/.test(m) ? '' : m));
  return t
    .split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|;)\s*/iu)
    .map((x) => clip(x))
    .filter(isPersonName);
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
  if (/\.\s+\p{Lu}\p{Ll}+\s/u.test(`${s} `)) return false;
  if (/\p{Script=Latin}/u.test(s)) {
    const lower = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'bin', 'al', 'du', 'dos', 'das', 'ter', 'y']);
    return words.every((w) => /^\p{Lu}/u.test(w) || lower.has(w.toLowerCase())) && /^\p{Lu}/u.test(words[0] as string);
  }
  return /^[\p{L}\p{M}.'’ -]+$/u.test(s);
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
  const tryList = (names: string[]): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const n of names) {
      const key = n.toLowerCase();
      if (banned.has(key) || seen.has(key) || (hostKey && squash(n).length >= 6 && hostKey.includes(squash(n)))) continue;
      seen.add(key);
      out.push(n);
    }
    return out.slice(0, 6);
  };
  const sources: (() => string[])[] = [
    () => (declared ? bylineNames(declared) : []),
    () => ldAuthors.flatMap((a) => bylineNames(a)),
    () => AUTHOR_META_KEYS.flatMap((k) => bylineNames(metas.get(k) ?? '')),
    () => {
      const els = document.querySelectorAll('[rel="author"], [itemprop="author"], .author, .byline, .author-name, .article-author');
      // The first byline elements of the article (not of teasers in a sidebar); a few tries at most.
      let tries = 0;
      for (let i = 0; i < els.length && i < 40 && tries < 3; i++) {
        const el = els[i] as DElement;
        if (el.closest?.(ELSEWHERE)) continue;
        const inner = el.querySelector?.('[itemprop="name"]') as DElement | null | undefined;
        const text = attr(inner, 'content') ?? clip(inner?.textContent) ?? '';
        const byline = text || (attr(el, 'content') ?? clip(el.textContent));
        if (!byline) continue;
        tries++;
        const names = bylineNames(byline);
        if (names.length) return names;
      }
      return [];
    },
  ];
  for (const source of sources) {
    const found = tryList(source());
    if (found.length) return found;
  }
  return [];
}
