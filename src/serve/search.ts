/**
 * Full-text search over document text, plus entity names in every script. Text goes through the
 * backend's own full-text engine: SQLite FTS5 (an in-memory index built from the view, so it
 * serves any store) or PostgreSQL's text search on the store's own `documents` table. Names go
 * through the view's resolved entities: a query naming an entity finds every report that mentions
 * it under any of its names (`Nakatani` finds the Hindi report that writes नकातानी).
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { fold, type View } from './view.js';
import { PG_SEARCH_VECTOR } from '../store/migrations-pg.js';

/** One search hit: a document, its language, and a snippet with the matched ranges inside it. */
export interface SearchHit {
  doc: string;
  lang: string;
  title: string | null;
  /** The title, else the start of the first sentence: what a list shows. */
  label: string;
  snippet: string;
  /** The matched words inside `snippet` ([start, end) offsets), for highlighting; the first is `highlight`. */
  highlights: [number, number][];
  highlight: [number, number];
  /** Why it matched: the text itself, or a name of an entity it mentions (in any script). */
  via: 'text' | 'entity';
  entity?: string;
  entityName?: string;
  /** The story (event) this document reports, when it has one. */
  event?: string;
}

/** A document's text hits, best first, and the snippets of a few of them. */
export interface TextEngine {
  /** Ids of the documents whose text matches, best first. */
  match(query: string): Promise<string[]>;
  /** A snippet of each document's text around the query's words, with `START`/`STOP` marks. */
  snippets(query: string, docs: string[]): Promise<Map<string, string>>;
  close(): Promise<void>;
}

const START = '\u0001';
const STOP = '\u0002';
const SNIPPET = 80;

/** The query's words: letters, marks and digits of any script (Devanagari vowel signs stay in). */
export function words(query: string): string[] {
  return (fold(query).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, 16);
}

/**
 * SQLite FTS5 over the view's documents, in memory: every word of the query, each as a prefix
 * (`naka` finds `Nakatani`), ranked by BM25. Latin accents are folded (`unicode61 remove_diacritics 2`).
 *
 * @example
 * ```ts
 * const engine = fts5Engine(view);
 * await engine.match('Nakatani'); // ['0c18…', …]
 * ```
 */
export function fts5Engine(view: View): TextEngine {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE text USING fts5(title, body, tokenize = "unicode61 remove_diacritics 2")`);
  const insert = db.prepare('INSERT INTO text (rowid, title, body) VALUES (?, ?, ?)');
  const docs = view.json.documents;
  db.transaction(() => {
    docs.forEach((d, i) => insert.run(i + 1, d.title ?? '', d.body));
  })();
  const rowOf = new Map(docs.map((d, i) => [d.id, i + 1]));
  const matchSql = db.prepare('SELECT rowid FROM text WHERE text MATCH ? ORDER BY rank');
  const ftsQuery = (query: string): string | null => {
    const ws = words(query);
    return ws.length ? ws.map((w) => `"${w}"*`).join(' ') : null;
  };
  return {
    match: async (query) => {
      const q = ftsQuery(query);
      if (!q) return [];
      return (matchSql.all(q) as { rowid: number }[]).map((r) => (docs[r.rowid - 1] as { id: string }).id);
    },
    snippets: async (query, ids) => {
      const q = ftsQuery(query);
      const out = new Map<string, string>();
      const rows = ids.map((id) => rowOf.get(id)).filter((r): r is number => r !== undefined);
      if (!q || rows.length === 0) return out;
      // One query for the whole page: the rowid list narrows the match before snippets are made.
      const sql = `SELECT rowid, snippet(text, 1, '${START}', '${STOP}', '…', 24) AS s FROM text WHERE text MATCH ? AND rowid IN (${rows.map(() => '?').join(',')})`;
      for (const r of db.prepare(sql).all(q, ...rows) as { rowid: number; s: string }[]) out.set((docs[r.rowid - 1] as { id: string }).id, r.s);
      return out;
    },
    close: async () => {
      db.close();
    },
  };
}

/**
 * PostgreSQL text search on the store's `documents` table (configuration `simple`: no stemming,
 * so it serves every language alike), ranked by `ts_rank`, snippets by `ts_headline`.
 *
 * @example
 * ```ts
 * const engine = postgresEngine('postgres://…/dossier');
 * ```
 */
export function postgresEngine(url: string): TextEngine {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  const tsQuery = (query: string): string | null => {
    const ws = words(query).map((w) => w.replace(/[^\p{L}\p{M}\p{N}]/gu, ''));
    return ws.length ? ws.map((w) => `${w}:*`).join(' & ') : null;
  };
  return {
    match: async (query) => {
      const q = tsQuery(query);
      if (!q) return [];
      const res = await pool.query<{ id: string }>(
        `SELECT id FROM documents, to_tsquery('simple', $1) q
         WHERE ${PG_SEARCH_VECTOR} @@ q
         ORDER BY ts_rank(${PG_SEARCH_VECTOR}, q) DESC, seq`,
        [q],
      );
      return res.rows.map((r) => r.id);
    },
    snippets: async (query, ids) => {
      const q = tsQuery(query);
      const out = new Map<string, string>();
      if (!q || ids.length === 0) return out;
      const res = await pool.query<{ id: string; s: string }>(
        `SELECT id, ts_headline('simple', body, to_tsquery('simple', $1), $3) AS s FROM documents WHERE id = ANY($2)`,
        [q, ids, `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, ShortWord=1, MaxFragments=2, FragmentDelimiter=" … "`],
      );
      for (const r of res.rows) out.set(r.id, r.s);
      return out;
    },
    close: async () => {
      await pool.end();
    },
  };
}

/** Splits a marked snippet into its text and the highlighted ranges. */
export function unmark(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === START) open = snippet.length;
    else if (ch === STOP) {
      if (open >= 0 && snippet.length > open) highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}

/** About `SNIPPET` characters either side of the match, cut at spaces (never inside a word or a syllable). */
export function snippetAround(body: string, start: number, end: number): { snippet: string; highlights: [number, number][] } {
  let from = Math.max(0, start - SNIPPET);
  while (from > 0 && !/\s/.test(body[from - 1] as string)) from--;
  let to = Math.min(body.length, end + SNIPPET);
  while (to < body.length && !/\s/.test(body[to] as string)) to++;
  const lead = from > 0 ? '…' : '';
  return { snippet: `${lead}${body.slice(from, to).replace(/\s+/g, ' ')}${to < body.length ? '…' : ''}`, highlights: [[start - from + lead.length, end - from + lead.length]] };
}

/** What to call a document in a list: its title, else the start of its first sentence. */
export function docLabel(d: { title: string | null; body: string }): string {
  if (d.title) return d.title;
  const first = d.body.trim().split(/(?<=[.!?।])\s|\n/)[0] ?? '';
  return first.length > 100 ? `${first.slice(0, first.lastIndexOf(' ', 100) > 40 ? first.lastIndexOf(' ', 100) : 100)}…` : first;
}

// Per view: every entity's names folded once, and the last searches' hit lists (the view never changes).
const foldedNames = new WeakMap<View, { id: string; names: string }[]>();
const recent = new WeakMap<View, Map<string, { textIds: string[]; viaEntity: EntityHit[] }>>();
const RECENT = 256;

type EntityHit = { doc: string; entity: string; start: number; end: number };

/** Entities named by the query in any script: every name folded, matched as a substring. */
export function namedEntities(view: View, query: string): string[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  let names = foldedNames.get(view);
  if (!names) {
    names = view.json.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases].map(fold).join('\u0000') }));
    foldedNames.set(view, names);
  }
  return names.filter((e) => e.names.includes(q)).map((e) => e.id);
}

async function hitsOf(view: View, engine: TextEngine, query: string): Promise<{ textIds: string[]; viaEntity: EntityHit[] }> {
  let cache = recent.get(view);
  if (!cache) {
    cache = new Map();
    recent.set(view, cache);
  }
  const key = query.trim();
  const known = cache.get(key);
  if (known) {
    cache.delete(key); // most recent last
    cache.set(key, known);
    return known;
  }
  const textIds = (await engine.match(query)).filter((id) => view.document.has(id));
  const seen = new Set(textIds);
  const viaEntity: EntityHit[] = [];
  for (const id of namedEntities(view, query)) {
    for (const m of view.entity.get(id)?.mentions ?? []) {
      if (seen.has(m.doc) || !view.document.has(m.doc)) continue;
      seen.add(m.doc);
      viaEntity.push({ doc: m.doc, entity: id, start: m.start, end: m.end });
    }
  }
  const hits = { textIds, viaEntity };
  cache.set(key, hits);
  if (cache.size > RECENT) cache.delete(cache.keys().next().value as string);
  return hits;
}

/**
 * Searches text and names: text hits first (best first), then the reports that mention a named
 * entity under another name. Snippets are made for the requested page only; the hit lists and pages
 * of the last few hundred queries are kept per view (a reload starts afresh).
 *
 * @example
 * ```ts
 * const { items, total } = await searchPage(view, engine, 'Nakatani', { limit: 20, offset: 0 });
 * ```
 */
export async function searchPage(view: View, engine: TextEngine, query: string, page: { limit: number; offset: number }): Promise<{ items: SearchHit[]; total: number }> {
  let pages = recentPages.get(view);
  if (!pages) {
    pages = new Map();
    recentPages.set(view, pages);
  }
  const key = `${page.limit}:${page.offset}:${query.trim()}`;
  let result = pages.get(key);
  if (!result) {
    result = buildPage(view, engine, query, page);
    pages.set(key, result);
    if (pages.size > RECENT) pages.delete(pages.keys().next().value as string);
    result.catch(() => pages.delete(key));
  }
  return result;
}

const recentPages = new WeakMap<View, Map<string, Promise<{ items: SearchHit[]; total: number }>>>();

async function buildPage(view: View, engine: TextEngine, query: string, page: { limit: number; offset: number }): Promise<{ items: SearchHit[]; total: number }> {
  const { textIds, viaEntity } = await hitsOf(view, engine, query);
  const total = textIds.length + viaEntity.length;
  const end = page.offset + page.limit;
  const pageText = textIds.slice(page.offset, end);
  const pageEntity = viaEntity.slice(Math.max(0, page.offset - textIds.length), Math.max(0, end - textIds.length));
  const marked = await engine.snippets(query, pageText);
  const hit = (doc: string): Pick<SearchHit, 'doc' | 'lang' | 'title' | 'label' | 'event'> => {
    const d = view.document.get(doc) as { id: string; lang: string; title: string | null; body: string };
    const event = view.reportedIn.get(doc)?.[0];
    return { doc, lang: d.lang, title: d.title, label: docLabel(d), ...(event ? { event } : {}) };
  };
  const items: SearchHit[] = [
    ...pageText.map((doc): SearchHit => {
      const s = marked.get(doc);
      const body = view.document.get(doc)?.body ?? '';
      const { snippet, highlights } = s !== undefined && s.includes(START) ? unmark(s) : { snippet: s ?? body.slice(0, 2 * SNIPPET), highlights: [] };
      return { ...hit(doc), snippet, highlights, highlight: highlights[0] ?? [0, 0], via: 'text' };
    }),
    ...pageEntity.map((m): SearchHit => {
      const body = view.document.get(m.doc)?.body ?? '';
      const { snippet, highlights } = snippetAround(body, m.start, m.end);
      return { ...hit(m.doc), snippet, highlights, highlight: highlights[0] ?? [0, 0], via: 'entity', entity: m.entity, entityName: view.entity.get(m.entity)?.name ?? m.entity };
    }),
  ];
  return { items, total };
}
