/**
 * What the HTTP API serves, held in memory: the store's export (the same contract every check reads)
 * indexed for look-ups by id, entity, date and text. Rebuilt when the store changes.
 */
import { buildExport, type ExportDocument, type ExportEntity, type ExportEvent, type ExportJson, type ExportQuote, type ExportStoryline, type ExportTimex } from '../store/export.js';
import type { Store } from '../store/store.js';

/** The indexed export. */
export interface View {
  json: ExportJson;
  document: Map<string, ExportDocument>;
  entity: Map<string, ExportEntity>;
  event: Map<string, ExportEvent>;
  storyline: Map<string, ExportStoryline>;
  quotesOf: Map<string, ExportQuote[]>;
  timexOf: Map<string, ExportTimex[]>;
  /** Events each entity takes part in or is the place of. */
  eventsOf: Map<string, ExportEvent[]>;
  /** Entity mentions in each document, with their entity id. */
  mentionsIn: Map<string, (ExportEntity['mentions'][number] & { entity: string })[]>;
  /** Quotes by each speaker entity. */
  quotesBy: Map<string, ExportQuote[]>;
  /** Events each document reports. */
  reportedIn: Map<string, string[]>;
}

function group<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/** Indexes an export. */
export function indexExport(json: ExportJson): View {
  const eventsOf = new Map<string, ExportEvent[]>();
  for (const ev of json.events) {
    for (const id of new Set([...ev.participants, ...(ev.location ? [ev.location] : [])])) {
      const list = eventsOf.get(id);
      if (list) list.push(ev);
      else eventsOf.set(id, [ev]);
    }
  }
  return {
    json,
    document: new Map(json.documents.map((d) => [d.id, d])),
    entity: new Map(json.entities.map((e) => [e.id, e])),
    event: new Map(json.events.map((e) => [e.id, e])),
    storyline: new Map(json.storylines.map((s) => [s.id, s])),
    quotesOf: group(json.quotes, (q) => q.doc),
    timexOf: group(json.timex, (t) => t.doc),
    eventsOf,
    mentionsIn: group(json.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e.id }))), (m) => m.doc),
    quotesBy: group(json.quotes, (q) => q.speaker),
    reportedIn: new Map(
      [...group(json.events.flatMap((e) => e.reports.map((doc) => ({ doc, event: e.id }))), (r) => r.doc)].map(([doc, rs]) => [doc, rs.map((r) => r.event)]),
    ),
  };
}

/**
 * Reads the store into a view.
 *
 * @example
 * ```ts
 * const view = await loadView(store);
 * view.event.get('v-…')?.title;
 * ```
 */
export async function loadView(store: Store): Promise<View> {
  return indexExport(await buildExport(store));
}

/**
 * Folds case and Latin accents, so `nakatani` finds `Nakatani` and `prasident` finds `Präsident`;
 * other scripts' marks (Devanagari vowel signs) are letters and stay.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

/** One search hit: a document, its language, and a snippet with the matched range inside it. */
export interface SearchHit {
  doc: string;
  lang: string;
  title: string | null;
  snippet: string;
  /** The matched words inside `snippet` ([start, end) offsets), for highlighting. */
  highlight: [number, number];
  /** Why it matched: the text itself, or a name of an entity it mentions (in any script). */
  via: 'text' | 'entity';
  entity?: string;
}

const SNIPPET = 80;

function snippetAround(body: string, start: number, end: number): { snippet: string; highlight: [number, number] } {
  const from = Math.max(0, start - SNIPPET);
  const to = Math.min(body.length, end + SNIPPET);
  return { snippet: body.slice(from, to), highlight: [start - from, end - from] };
}

/**
 * Searches document text and entity names in every script: a query that names an entity finds the
 * reports that mention it under any of its names (`Nakatani` finds the report that writes नकातानी).
 *
 * @example
 * ```ts
 * search(view, 'Nakatani').map((h) => h.lang); // ['en', 'hi', …]
 * ```
 */
export function search(view: View, query: string): SearchHit[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  const hits = new Map<string, SearchHit>();
  for (const d of view.json.documents) {
    const at = fold(d.body).indexOf(q);
    // Folding keeps offsets for text without decomposable characters; elsewhere the snippet is approximate.
    if (at >= 0) hits.set(d.id, { doc: d.id, lang: d.lang, title: d.title, ...snippetAround(d.body, at, at + q.length), via: 'text' });
  }
  for (const e of view.json.entities) {
    if (![e.name, ...e.aliases].some((n) => fold(n).includes(q))) continue;
    for (const m of e.mentions) {
      if (hits.has(m.doc)) continue;
      const d = view.document.get(m.doc);
      if (d) hits.set(m.doc, { doc: d.id, lang: d.lang, title: d.title, ...snippetAround(d.body, m.start, m.end), via: 'entity', entity: e.id });
    }
  }
  return [...hits.values()];
}
