/**
 * The row shapes both store backends share: how a document is split into indexed columns and one
 * JSON column of annotations, and how the corpus tables are put back together. Each backend only
 * runs its own SQL; what a row means is defined once, here.
 */
import { createHash } from 'node:crypto';
import type { CorpusEntity, CorpusEvent, CorpusFinds, CorpusState, CorpusStoryline, DocSpan, StoryEvidence } from './store.js';
import type { Doc } from '../pipeline/types.js';
import { corpusRecord, type CorpusDoc, type CorpusRecord } from '../corpus/record.js';

/** The parts of a Doc kept as one JSON column: everything but the indexed scalar fields. */
export type Annotations = Pick<
  Doc,
  'declared' | 'offsets' | 'messages' | 'langConfidence' | 'timex' | 'mentions' | 'entities' | 'quotes' | 'events' | 'authors'
>;

/** A stored document as its row holds it. */
export interface DocRow {
  id: string;
  source: string;
  format: Doc['format'];
  lang: string;
  published: string | null;
  title: string | null;
  publisher: string | null;
  dateline: string | null;
  body: string;
  raw: string;
  annotations: string;
  /** The document's corpus record as JSON (`corpus/record.ts`). */
  corpus: string;
}

/** The row a document is stored as (`analyzed_at` is the backend's to add). */
export function docToRow(doc: Doc): DocRow {
  const annotations: Annotations = {
    declared: doc.declared, offsets: doc.offsets, messages: doc.messages, langConfidence: doc.langConfidence,
    timex: doc.timex, mentions: doc.mentions, entities: doc.entities, quotes: doc.quotes, events: doc.events,
    ...(doc.authors ? { authors: doc.authors } : {}),
  };
  return {
    id: doc.id, source: doc.source, format: doc.format, lang: doc.lang, published: doc.published,
    title: doc.title, publisher: doc.publisher, dateline: doc.dateline, body: doc.text, raw: doc.raw,
    annotations: JSON.stringify(annotations), corpus: JSON.stringify(corpusRecord(doc)),
  };
}

/**
 * One document per id, in the place of its id's first occurrence, with its last occurrence's content:
 * what storing them one after the other leaves.
 *
 * @example
 * ```ts
 * oncePerId([a, b, { ...a, source: 'copy.txt' }]); // [{ ...a, source: 'copy.txt' }, b]
 * ```
 */
export function oncePerId<T extends { id: string }>(docs: readonly T[]): T[] {
  const last = new Map<string, T>();
  for (const d of docs) last.set(d.id, d);
  return [...last.values()];
}

/** The columns a corpus record is read from: the indexed fields and the record (or, where it is missing, the annotations and text it is computed from). */
export interface CorpusRow {
  id: string;
  lang: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
  corpus: string;
}

/** The corpus record a stored document's annotations and text give (for rows stored before records existed). */
export function recordOfRow(row: { body: string; annotations: string }): string {
  const a = JSON.parse(row.annotations) as Annotations;
  return JSON.stringify(corpusRecord({ ...a, text: row.body }));
}

/** The document as the corpus stages see it, from its row (text left out). */
export function rowToCorpusDoc(row: CorpusRow): CorpusDoc {
  const r = JSON.parse(row.corpus) as CorpusRecord;
  return { id: row.id, lang: row.lang, title: row.title, published: row.published, publisher: row.publisher, text: '', ...r };
}

/** The document a row holds. */
export function rowToDoc(row: Omit<DocRow, 'corpus'>): Doc {
  const a = JSON.parse(row.annotations) as Annotations;
  return {
    id: row.id, source: row.source, format: row.format, lang: row.lang, published: row.published,
    title: row.title, publisher: row.publisher, dateline: row.dateline, text: row.body, raw: row.raw,
    ...a,
  };
}

/** A column: its name, its PostgreSQL element type, and the row field it comes from when that differs. */
export type Column = readonly [name: string, type: 'text' | 'int' | 'bytea' | 'bigint', field?: string];

/**
 * How a corpus table is written by difference (`diff.ts`): the column that keys its rows (null where
 * rows have none: the backend's row number stands in and the row's content is its key), the columns
 * written, whether its rows keep an order (a `pos` column), and the column compared to tell a changed
 * row (`h`, a hash of the row and its children; or, for entity members, the content itself).
 */
export interface CorpusTable {
  name: string;
  key: string | null;
  columns: readonly Column[];
  ordered: boolean;
  hash: 'h' | 'members' | null;
}

/** The corpus tables written by difference, parents before the tables that point at them. */
export const CORPUS_TABLES = {
  entities: { name: 'entities', key: 'id', ordered: true, hash: 'h',
    columns: [['id', 'text'], ['name', 'text'], ['type', 'text'], ['aliases', 'text'], ['roles', 'text']] },
  members: { name: 'entity_members', key: 'doc_id', ordered: false, hash: 'members', columns: [['doc_id', 'text'], ['members', 'text']] },
  added: { name: 'added_mentions', key: null, ordered: true, hash: null,
    columns: [['doc_id', 'text', 'doc'], ['start', 'int'], ['end', 'int'], ['text', 'text'], ['entity_id', 'text', 'entity']] },
  events: { name: 'events', key: 'id', ordered: true, hash: 'h',
    columns: [['id', 'text'], ['kind', 'text'], ['title', 'text'], ['date', 'text'], ['location', 'text'], ['participants', 'text'],
      ['facts', 'text'], ['summary', 'text'], ['sources', 'int'], ['similarity', 'text'], ['reports', 'text'], ['mentions', 'text']] },
  storylines: { name: 'storylines', key: 'id', ordered: true, hash: 'h', columns: [['id', 'text'], ['title', 'text'], ['events', 'text']] },
} as const satisfies Record<string, CorpusTable>;

/**
 * The corpus tables in the order their rows are written: parents first (added mentions point at
 * entities). Rows are deleted in the reverse order, so the foreign keys hold after every statement.
 */
export const CORPUS_WRITE_ORDER = Object.keys(CORPUS_TABLES) as readonly (keyof typeof CORPUS_TABLES)[];

/** An entity row: JSON columns as text. */
export interface EntityRow { id: string; name: string; type: CorpusEntity['type']; aliases: string; roles: string }
/** One document's entity members: `[local index, corpus entity id]` pairs by local index, as JSON. */
export interface MemberRow { doc_id: string; members: string }
/** A mention the corpus stage added. */
export type AddedRow = DocSpan & { entity: string };

/** The added mention rows as {@link AddedRow}s, in their order (the same SQL on both backends). */
export const ADDED_ROWS = 'SELECT doc_id AS doc, start, "end", text, entity_id AS entity FROM added_mentions ORDER BY pos';
/** A storyline row: its event ids as JSON. */
export interface StorylineRow { id: string; title: string; events: string }

/** Rows of the corpus tables as read back (ordered tables in their order; members grouped by entity on reading). */
export interface CorpusRows {
  entities: EntityRow[];
  members: MemberRow[];
  added: AddedRow[];
  events: EventRow[];
  storylines: StorylineRow[];
}

/** An event row: JSON columns as text; its reports (document ids) and mentions (`[doc, start, end, text]`) are JSON columns too. */
export interface EventRow {
  id: string;
  kind: string;
  title: string;
  date: string | null;
  location: string | null;
  participants: string;
  facts: string;
  summary: string;
  sources: number;
  similarity: string;
  reports: string;
  mentions: string;
}

/** A row to write: its key, the hash compared with the stored row's, and its columns. */
export interface Unit<R> {
  key: string;
  hash: string;
  row: R;
}

/** The rows a corpus state is written as, each table's in the state's order. */
export interface CorpusWrite {
  entities: Unit<EntityRow>[];
  members: Unit<MemberRow>[];
  added: Unit<AddedRow>[];
  events: Unit<EventRow>[];
  storylines: Unit<StorylineRow>[];
}

/** The content hash of a row, given its columns (each string length-prefixed, so no two lists of columns read alike). */
export function rowHash(parts: readonly (string | number | null)[]): string {
  const text = parts.map((p) => (p === null ? 'n;' : typeof p === 'number' ? `i${p};` : `s${p.length}:${p}`)).join('');
  return createHash('sha256').update(text).digest('base64');
}

/**
 * Keys of added mentions, which have no id: the mention itself, numbered when the same one occurs again.
 *
 * @example
 * ```ts
 * addedKeys([m, m]); // [k, k + '#1'] for the same mention m twice
 * ```
 */
export function addedKeys(rows: readonly AddedRow[]): string[] {
  const count = new Map<string, number>();
  return rows.map((m) => {
    const key = JSON.stringify([m.doc, m.start, m.end, m.text, m.entity]);
    const n = count.get(key) ?? 0;
    count.set(key, n + 1);
    return n === 0 ? key : `${key}#${n}`;
  });
}

/**
 * The rows a corpus state is written as. Entity members become one row per document; a document's
 * local entity claimed by two corpus entities is an error (as the old primary key made it).
 */
export function corpusToWrite(state: CorpusState): CorpusWrite {
  const entities = state.entities.map((e): Unit<EntityRow> => {
    const row = { id: e.id, name: e.name, type: e.type, aliases: JSON.stringify(e.aliases), roles: JSON.stringify(e.roles) };
    return { key: e.id, hash: rowHash([row.name, row.type, row.aliases, row.roles]), row };
  });
  const addedRows = state.addedMentions.map((m): AddedRow => ({ doc: m.doc, start: m.start, end: m.end, text: m.text, entity: m.entity }));
  const keys = addedKeys(addedRows);
  const added = addedRows.map((row, i) => ({ key: keys[i] as string, hash: keys[i] as string, row }));
  const events = state.events.map((ev): Unit<EventRow> => {
    const row: EventRow = {
      id: ev.id, kind: ev.kind, title: ev.title, date: ev.date, location: ev.location, participants: JSON.stringify(ev.participants),
      facts: JSON.stringify(ev.facts), summary: ev.summary ?? '', sources: ev.sources ?? 0, similarity: JSON.stringify(ev.similarity ?? []),
      reports: JSON.stringify(ev.reports), mentions: JSON.stringify(ev.mentions.map((m) => [m.doc, m.start, m.end, m.text])),
    };
    const hash = rowHash([row.kind, row.title, row.date, row.location, row.participants, row.facts, row.summary, row.sources, row.similarity,
      row.reports, row.mentions]);
    return { key: ev.id, hash, row };
  });
  const storylines = state.storylines.map((s): Unit<StorylineRow> => {
    const row = { id: s.id, title: s.title, events: JSON.stringify(s.events) };
    return { key: s.id, hash: rowHash([row.title, row.events]), row };
  });
  return { entities, members: memberRows(state.entities), added, events, storylines };
}

/** One row per document: its local entities' corpus entities, by local index. */
function memberRows(entities: readonly CorpusEntity[]): Unit<MemberRow>[] {
  const byDoc = new Map<string, string[]>(); // per document, a sparse array: local index → corpus entity id as JSON
  for (const e of entities) {
    const quoted = JSON.stringify(e.id);
    for (const m of e.members) {
      let list = byDoc.get(m.doc);
      if (!list) byDoc.set(m.doc, (list = []));
      if (!Number.isInteger(m.entity) || m.entity < 0) throw new Error(`entity ${e.id} gathers local entity ${m.entity} of document ${m.doc}, not an index`);
      if (list[m.entity] !== undefined) throw new Error(`local entity ${m.entity} of document ${m.doc} is a member of two corpus entities`);
      list[m.entity] = quoted;
    }
  }
  const out: Unit<MemberRow>[] = [];
  for (const [doc, list] of byDoc) {
    const pairs: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const quoted = list[i];
      if (quoted !== undefined) pairs.push('[' + i + ',' + quoted + ']');
    }
    const members = '[' + pairs.join(',') + ']';
    out.push({ key: doc, hash: members, row: { doc_id: doc, members } });
  }
  return out;
}

/** What {@link Store.corpusFinds} answers, from the entity rows (roles unread) and the added mention rows in order. */
export function rowsToFinds(entities: readonly Pick<EntityRow, 'id' | 'name' | 'type' | 'aliases'>[], added: readonly AddedRow[]): CorpusFinds {
  return {
    entities: entities.map((r) => ({ id: r.id, type: r.type, name: r.name, aliases: JSON.parse(r.aliases) as string[] })),
    found: added.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text, entity: m.entity })),
  };
}

/** The corpus state the rows hold (entity members sorted by document and local index). */
export function rowsToCorpus(rows: CorpusRows): CorpusState {
  const members = new Map<string, { doc: string; entity: number }[]>();
  const docs = [...rows.members].sort((x, y) => (x.doc_id < y.doc_id ? -1 : x.doc_id > y.doc_id ? 1 : 0));
  for (const r of docs) {
    const pairs = (JSON.parse(r.members) as [number, string][]).sort((a, b) => a[0] - b[0]);
    for (const [local, entity] of pairs) push(members, entity, { doc: r.doc_id, entity: local });
  }
  const entities: CorpusEntity[] = rows.entities.map((r) => ({
    id: r.id, name: r.name, type: r.type, aliases: JSON.parse(r.aliases) as string[],
    roles: JSON.parse(r.roles) as string[], members: members.get(r.id) ?? [],
  }));
  const addedMentions = rows.added.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text, entity: m.entity }));
  const events: CorpusEvent[] = rows.events.map((r) => ({
    id: r.id, kind: r.kind, title: r.title, summary: r.summary, date: r.date, location: r.location,
    participants: JSON.parse(r.participants) as string[], reports: JSON.parse(r.reports) as string[], sources: r.sources,
    mentions: (JSON.parse(r.mentions) as [string, number, number, string][]).map(([doc, start, end, text]) => ({ doc, start, end, text })), facts: JSON.parse(r.facts) as Record<string, number>,
    similarity: JSON.parse(r.similarity) as StoryEvidence[],
  }));
  const storylines: CorpusStoryline[] = rows.storylines.map((r) => ({ id: r.id, title: r.title, events: JSON.parse(r.events) as string[] }));
  return { entities, addedMentions, events, storylines };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
