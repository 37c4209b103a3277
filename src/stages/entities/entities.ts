/**
 * The entity stage: runs the document language's name extractor, then language-independent
 * refiners: overlap removal, grouping of mentions into document-local entities (with type voting,
 * names, aliases and roles), and attachment of nominal role mentions (`the Indian defence minister`).
 *
 * Extractors propose, refiners resolve: each refiner is a pure function exported on its own so it
 * can be tested and reused (by the corpus stage, for instance).
 *
 * @example
 * ```ts
 * const stage = createEntityStage({ extractors: { en: createEnglishNameExtractor() } });
 * const doc = stage.run({ referenceDate: '2025-05-05' }, testDoc('Mr Kenji Arata spoke. Arata left.'));
 * doc.entities; // [{ name: 'Kenji Arata', type: 'person', aliases: ['Kenji Arata', 'Arata'], roles: [] }]
 * ```
 */

import type { Doc, EntityMention, EntityType, LocalEntity, Stage, StageContext } from '../../pipeline/types.js';
import type { MentionExtractor, NameCandidate } from './contract.js';

/** Options of {@link createEntityStage}: one extractor per language tag (`en`, `hi`). */
export interface EntityStageOptions {
  extractors: Record<string, MentionExtractor>;
}

/** The result of grouping: document-local entities and the mentions pointing at them. */
export interface Grouping {
  entities: LocalEntity[];
  mentions: EntityMention[];
}

/** Rule that marks a role mention without a name (`the Indian defence minister`). */
export const NOMINAL_RULE = 'nominal-role';

/**
 * How strongly each extractor rule argues for its type when a group's mentions disagree:
 * a person title beats an organisation head word, which beats the gazetteer, which beats context.
 * Rules not listed count 1.
 */
export const RULE_STRENGTH: Readonly<Record<string, number>> = {
  title: 6,
  counterpart: 6,
  'org-head': 5,
  'org-link': 5,
  'org-known': 5,
  'org-acronym': 4,
  gazetteer: 4,
  dateline: 4,
  'place-head': 3,
  'reporting-verb': 2,
  'given-name': 2,
  'place-compound': 2,
  context: 1,
  'name-shape': 1,
  jurisdiction: 1,
};

/**
 * Latin-script languages that capitalise names and little else, so the English extractor's
 * capitalisation cues carry over. German and Luxembourgish are left out: they capitalise every noun.
 */
const LATIN_LANGS = new Set(
  'en fr es it pt nl sv da no nb nn fi is et lv lt pl cs sk sl hr bs sr-Latn ro hu tr az uz id ms tl vi sw so ha yo ig zu xh af ga gd cy eu ca gl oc mt sq la eo'.split(' '),
);

/**
 * Languages written in Devanagari whose names the Hindi extractor reads well enough (and which a
 * language detector confuses with Hindi on short texts).
 */
const DEVANAGARI_LANGS = new Set('mr ne sa mai bho awa hne mag kok doi brx'.split(' '));

/**
 * Chooses the extractor for a document: its language's, else English for Latin-script languages
 * that capitalise only names (and for undetermined languages whose text is mostly Latin letters),
 * else Hindi for other Devanagari-script languages, else none.
 *
 * @example
 * ```ts
 * pickExtractor({ en }, 'fr', 'Paris est grand'); // en
 * pickExtractor({ en }, 'de', 'Berlin ist groß'); // null: German capitalises every noun
 * pickExtractor({ en }, 'ar', 'مرحبا'); // null
 * pickExtractor({ en, hi }, 'mr', 'मुंबई येथे'); // hi
 * ```
 */
export function pickExtractor(extractors: Record<string, MentionExtractor>, lang: string, text: string): MentionExtractor | null {
  const primary = lang.split('-')[0] ?? lang;
  const own = extractors[lang] ?? extractors[primary];
  if (own) return own;
  const en = extractors.en ?? null;
  if (LATIN_LANGS.has(lang) || LATIN_LANGS.has(primary)) return en;
  if (DEVANAGARI_LANGS.has(primary)) return extractors.hi ?? null;
  if (primary === 'und' || primary === '') {
    const letters = text.match(/\p{L}/gu) ?? [];
    const latin = text.match(/\p{Script=Latin}/gu) ?? [];
    return letters.length > 0 && latin.length / letters.length > 0.8 ? en : null;
  }
  return null;
}

/**
 * Removes overlapping candidates: the longest wins, then the earliest (chrono's OverlapRemovalRefiner).
 * Candidates that do not overlap are all kept, in text order.
 *
 * @example
 * ```ts
 * removeOverlaps([{ start: 0, end: 9, ... }, { start: 4, end: 9, ... }]); // the first only
 * ```
 */
export function removeOverlaps(candidates: readonly NameCandidate[]): NameCandidate[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameCandidate[] = [];
  for (const c of byLength) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The form of a name used to compare mentions of one document: lower case, `&` read as `and`,
 * leading `the` and possessives dropped, OCR confusables folded (I/l/1 → l, O/0 → o), and
 * `X Ministry` read as `Ministry of X`.
 *
 * @example
 * ```ts
 * nameKey('Takeshi lwaya') === nameKey('Takeshi Iwaya'); // true
 * nameKey('Defence Ministry'); // 'ministry of defence'
 * ```
 */
export function nameKey(name: string): string {
  let s = name
    .normalize('NFC')
    .replace(/[’']s$/u, '')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/[I1|]/g, 'l').replace(/0/g, 'O').toLowerCase().replace(/0/g, 'o');
  s = s.replace(/^the /, '');
  const m = /^(.+) (ministry|department)$/.exec(s);
  if (m && m[1] && m[2]) s = `${m[2]} of ${m[1]}`;
  return s;
}

/**
 * Whether a short all-capitals form is the acronym of a longer name: by the initials of its
 * words (`TRF` ↔ `The Resistance Front`) or of its hyphen parts (`LeT` ↔ `Lashkar-e-Taiba`).
 *
 * @example
 * ```ts
 * isAcronymOf('TRF', 'The Resistance Front'); // true
 * isAcronymOf('LeT', 'Lashkar-e-Taiba'); // true
 * ```
 */
export function isAcronymOf(acronym: string, name: string): boolean {
  if (!/^[\p{Lu}][\p{L}\p{N}]*$/u.test(acronym) || (acronym.match(/\p{Lu}/gu) ?? []).length < 2) return false;
  const words = name.split(/[\s]+/).filter((w) => w.length > 0);
  if (words.length < 2 && !name.includes('-')) return false;
  const target = acronym.toUpperCase();
  const small = new Set(['of', 'and', '&', 'the', 'for', 'in', 'on', 'a', 'an']);
  const variants = [
    words.filter((w) => !small.has(w.toLowerCase())),
    words.filter((w, i) => !(small.has(w.toLowerCase()) && i > 0)),
  ];
  for (const ws of variants) {
    const plain = ws.map((w) => w[0] ?? '').join('').toUpperCase();
    const parts = ws.flatMap((w) => w.split('-')).map((w) => w[0] ?? '').join('').toUpperCase();
    if (plain === target || parts === target) return true;
  }
  return false;
}

function isAcronymText(s: string): boolean {
  return /^[\p{Lu}][\p{L}\p{N}]*$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2 && s.length <= 8 && !s.includes(' ');
}

/**
 * Votes the type of a group of candidates: the strongest evidence wins (a person title beats an
 * organisation head word beats the gazetteer beats context), ties go to the most votes; no
 * typed evidence at all gives `other`.
 *
 * @example
 * ```ts
 * voteType([{ type: 'place', rule: 'context', ... }, { type: 'person', rule: 'title', ... }]); // 'person'
 * ```
 */
export function voteType(candidates: readonly NameCandidate[]): EntityType {
  const score = new Map<EntityType, { best: number; votes: number }>();
  for (const c of candidates) {
    if (!c.type) continue;
    const s = RULE_STRENGTH[c.rule] ?? 1;
    const cur = score.get(c.type) ?? { best: 0, votes: 0 };
    score.set(c.type, { best: Math.max(cur.best, s), votes: cur.votes + 1 });
  }
  let bestType: EntityType = 'other';
  let best = { best: -1, votes: -1 };
  for (const [t, s] of score) {
    if (s.best > best.best || (s.best === best.best && s.votes > best.votes)) {
      bestType = t;
      best = s;
    }
  }
  return bestType;
}

/** Base of a role and its country: `Defence Minister of Japan` → [`Defence Minister`, `Japan`]. */
function splitRole(role: string): [string, string | null] {
  const m = /^(.*?) of (\p{Lu}[\p{L} ]*)$/u.exec(role);
  if (m && m[1] && m[2] && !/^(?:State|Defence Staff|Army Staff|Parliament|the Legislative Assembly)$/.test(m[2])) return [m[1], m[2]];
  return [role, null];
}

/**
 * Normalises and deduplicates roles: spelling and spacing tidied, and a role without a country
 * dropped when the same role with a country is there (`Defence Minister` and
 * `Defence Minister of India` → `Defence Minister of India`).
 *
 * @example
 * ```ts
 * mergeRoles(['Defence Minister', 'Defence Minister of India']); // ['Defence Minister of India']
 * ```
 */
export function mergeRoles(roles: readonly string[]): string[] {
  const tidy = roles.map((r) => r.replace(/\s+/g, ' ').trim()).filter((r) => r.length > 0);
  const distinct: string[] = [];
  for (const r of tidy) if (!distinct.some((d) => d.toLowerCase() === r.toLowerCase())) distinct.push(r);
  return distinct.filter((r) => {
    const [base, country] = splitRole(r);
    if (country) return true;
    return !distinct.some((o) => o !== r && splitRole(o)[1] !== null && splitRole(o)[0].toLowerCase() === base.toLowerCase());
  });
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

/** An OCR-looking word: a lower-case l where a capital I belongs (`lwaya`). */
function ocrSuspect(s: string): boolean {
  return /(?:^|\s)l[bcdfghjkmnpqrstvwxz]/u.test(s);
}

function bestName(forms: readonly string[]): string {
  const ranked = [...forms].sort(
    (a, b) =>
      wordCount(b) - wordCount(a) ||
      Number(isAcronymText(a)) - Number(isAcronymText(b)) ||
      Number(ocrSuspect(a)) - Number(ocrSuspect(b)) ||
      b.length - a.length,
  );
  return ranked[0] ?? '';
}

function makeUnionFind(n: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let k = i;
    while (parent[k] !== r) {
      const next = parent[k] ?? r;
      parent[k] = r;
      k = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

function groupsOf(n: number, find: (i: number) => number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const members = groups.get(r);
    if (members) members.push(i);
    else groups.set(r, [i]);
  }
  return groups;
}

/**
 * Groups name candidates (overlaps already removed, nominal roles excluded) into document-local
 * entities. Mentions join when their {@link nameKey}s are equal, when an acronym follows a name in
 * parentheses or matches its initials, and when a one-word mention is the last word of exactly
 * one multi-word person name. Each group gets a voted type, its fullest name, its distinct surface
 * forms and its merged roles.
 *
 * @example
 * ```ts
 * groupMentions(text, candidates).entities.map((e) => e.name); // ['Kenji Arata', 'Ruvelo']
 * ```
 */
export function groupMentions(text: string, candidates: readonly NameCandidate[]): Grouping {
  const cands = [...candidates].filter((c) => c.rule !== NOMINAL_RULE).sort((a, b) => a.start - b.start);
  const n = cands.length;
  const { find, union } = makeUnionFind(n);
  // A name is usually mentioned several times: its key is worked out once.
  const keyOf = new Map<string, string>();
  const keys = cands.map((c) => {
    const form = c.formOf ?? c.text;
    let k = keyOf.get(form);
    if (k === undefined) keyOf.set(form, (k = nameKey(form)));
    return k;
  });
  const firstByKey = new Map<string, number>();
  keys.forEach((k, i) => {
    const f = firstByKey.get(k);
    if (f === undefined) firstByKey.set(k, i);
    else union(f, i);
  });
  // Acronym in parentheses right after a name: `The Resistance Front (TRF)`.
  cands.forEach((c, i) => {
    if (i === 0 || !isAcronymText(c.text)) return;
    const prev = cands[i - 1];
    if (prev && /^\s*\(\s*$/.test(text.slice(prev.end, c.start))) union(i - 1, i);
  });
  // Acronym by initials, for names that are not persons.
  cands.forEach((c, i) => {
    if (!isAcronymText(c.text)) return;
    cands.forEach((o, j) => {
      if (j === i || o.type === 'person' || o.type === 'place') return;
      if (isAcronymOf(c.text, o.text)) union(i, j);
    });
  });
  // One-word mentions join the unique multi-word person whose last word they are.
  const words = cands.map((c) => wordCount(c.text));
  const lastWords = keys.map((k) => k.split(' ').pop());
  const groups = groupsOf(n, find);
  const typeOf = new Map<number, EntityType>();
  for (const [r, members] of groups) typeOf.set(r, voteType(members.map((m) => cands[m] as NameCandidate)));
  for (const [r, members] of groups) {
    if (!members.every((m) => words[m] === 1)) continue;
    const t = typeOf.get(r);
    if (t !== 'person' && t !== 'other') continue;
    const single = keys[members[0] ?? 0] ?? '';
    const targets = new Set<number>();
    for (const [r2, members2] of groups) {
      if (r2 === r) continue;
      const t2 = typeOf.get(r2);
      if (t2 !== 'person') continue;
      if (members2.some((m) => (words[m] ?? 0) > 1 && lastWords[m] === single)) targets.add(r2);
    }
    if (targets.size === 1) union(r, [...targets][0] ?? r);
  }
  const finalGroups = [...groupsOf(n, find).values()].sort((a, b) => (cands[a[0] ?? 0]?.start ?? 0) - (cands[b[0] ?? 0]?.start ?? 0));
  const entities: LocalEntity[] = [];
  const mentions: EntityMention[] = [];
  finalGroups.forEach((members, idx) => {
    const cs = members.map((m) => cands[m] as NameCandidate);
    const type = voteType(cs);
    const aliases: string[] = [];
    for (const c of cs) if (!aliases.includes(c.text)) aliases.push(c.text);
    // A mention that is a form of another name (`General Nakatani` of `Gen Nakatani`) never names the entity.
    const own = cs.filter((c) => c.formOf === undefined || c.formOf === c.text).map((c) => c.text);
    entities.push({ name: bestName(own.length ? own : aliases), type, aliases, roles: mergeRoles(cs.flatMap((c) => (c.role ? [c.role] : []))) });
    for (const c of cs) {
      const m: EntityMention = { start: c.start, end: c.end, text: c.text, type, entity: idx, source: c.source, rule: c.rule };
      if (c.title) m.title = c.title;
      mentions.push(m);
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/**
 * Attaches role mentions without a name (`the Indian defence minister`) to the one entity whose
 * role matches: first one with the same role and country, else the only one with the same role
 * whose country does not conflict. The mention joins that entity and its role gains the country.
 * Unmatched or ambiguous nominal mentions are dropped.
 *
 * @example
 * ```ts
 * attachNominalRoles(grouping, [{ text: 'Indian defence minister', role: 'Defence Minister of India', rule: 'nominal-role', ... }]);
 * // the entity with role 'Defence Minister' now has 'Defence Minister of India'
 * ```
 */
export function attachNominalRoles(grouping: Grouping, nominals: readonly NameCandidate[]): Grouping {
  const entities = grouping.entities.map((e) => ({ ...e, roles: [...e.roles] }));
  const mentions = [...grouping.mentions];
  for (const nom of [...nominals].sort((a, b) => a.start - b.start)) {
    if (!nom.role) continue;
    if (mentions.some((m) => m.start < nom.end && nom.start < m.end)) continue;
    const [base, country] = splitRole(nom.role);
    const matching = entities
      .map((e, i) => ({ e, i, rs: e.roles.map(splitRole).filter(([b]) => b.toLowerCase() === base.toLowerCase()) }))
      .filter((x) => x.rs.length > 0 && x.e.type !== 'place' && x.e.type !== 'organization');
    let chosen: number | null = null;
    const exact = matching.filter((x) => country !== null && x.rs.some(([, c]) => c === country));
    if (exact.length === 1) chosen = exact[0]?.i ?? null;
    else if (exact.length === 0) {
      const compatible = matching.filter((x) => country === null || x.rs.some(([, c]) => c === null || c === country));
      if (compatible.length === 1) chosen = compatible[0]?.i ?? null;
    }
    if (chosen === null) continue;
    const ent = entities[chosen];
    if (!ent) continue;
    ent.roles = mergeRoles([...ent.roles, nom.role]);
    mentions.push({ start: nom.start, end: nom.end, text: nom.text, type: ent.type, entity: chosen, source: nom.source, rule: nom.rule });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/**
 * All refiners in order on one document's candidates: overlap removal, grouping, nominal roles.
 *
 * @example
 * ```ts
 * refineCandidates(doc.text, en.extract(doc.text)).entities;
 * ```
 */
export function refineCandidates(text: string, candidates: readonly NameCandidate[]): Grouping {
  const names = removeOverlaps(candidates.filter((c) => c.rule !== NOMINAL_RULE && text.slice(c.start, c.end) === c.text));
  const nominals = candidates.filter((c) => c.rule === NOMINAL_RULE && !names.some((n) => n.start < c.end && c.start < n.end));
  return attachNominalRoles(groupMentions(text, names), removeOverlaps(nominals));
}

/**
 * The entity stage (id `entities`): fills `doc.mentions` and `doc.entities` with the extractor of
 * the document's language (English for other Latin-script languages; none otherwise, with an
 * info message).
 *
 * @example
 * ```ts
 * const stage = createEntityStage({ extractors: { en: createEnglishNameExtractor() } });
 * stage.run(ctx, doc).entities;
 * ```
 */
export function createEntityStage(options: EntityStageOptions): Stage {
  return {
    id: 'entities',
    run(_ctx: StageContext, doc: Doc): Doc {
      const extractor = pickExtractor(options.extractors, doc.lang, doc.text);
      if (!extractor) {
        return {
          ...doc,
          mentions: [],
          entities: [],
          messages: [
            ...doc.messages,
            { level: 'info', reason: `no name extractor for language '${doc.lang}'; add one under src/lang/${doc.lang}/`, source: 'entities' },
          ],
        };
      }
      const { entities, mentions } = refineCandidates(doc.text, extractor.extract(doc.text));
      return { ...doc, mentions, entities };
    },
  };
}
