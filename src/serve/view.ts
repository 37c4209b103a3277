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
  /** The storyline of each event that belongs to one. */
  storylineOf: Map<string, string>;
  /** Languages of each event's reports, in report order, each once. */
  langsOf: Map<string, string[]>;
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
  const document = new Map(json.documents.map((d) => [d.id, d]));
  const storylineOf = new Map<string, string>();
  for (const s of json.storylines) for (const e of s.events) if (!storylineOf.has(e)) storylineOf.set(e, s.id);
  return {
    json,
    document,
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
    storylineOf,
    langsOf: new Map(json.events.map((e) => [e.id, [...new Set(e.reports.map((r) => document.get(r)?.lang).filter((l): l is string => l !== undefined))]])),
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
