/**
 * The row shapes both store backends share: how a document is split into indexed columns and one
 * JSON column of annotations, and how the corpus tables are put back together. Each backend only
 * runs its own SQL; what a row means is defined once, here.
 */
import type { CorpusEntity, CorpusEvent, CorpusState, CorpusStoryline, DocSpan, StoryEvidence } from './store.js';
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

/** The corpus tables, truncated in this order before a new corpus state is written (children first). */
export const CORPUS_TABLES = ['storylines', 'event_mentions', 'event_reports', 'events', 'added_mentions', 'entity_members', 'entities'] as const;

/** Rows of the corpus tables, each in insertion order. */
export interface CorpusRows {
  entities: { id: string; name: string; type: CorpusEntity['type']; aliases: string; roles: string }[];
  members: { entity_id: string; doc_id: string; local_index: number }[];
  added: (DocSpan & { entity: string })[];
  events: EventRow[];
  reports: { event_id: string; doc_id: string }[];
  mentions: (DocSpan & { event_id: string })[];
  storylines: { id: string; title: string; events: string }[];
}

/** An event row: JSON columns as text. */
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
}

/** The rows each corpus table gets for a state, in the order they are inserted. */
export function corpusToRows(state: CorpusState): CorpusRows {
  return {
    entities: state.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: JSON.stringify(e.aliases), roles: JSON.stringify(e.roles) })),
    members: state.entities.flatMap((e) => e.members.map((m) => ({ entity_id: e.id, doc_id: m.doc, local_index: m.entity }))),
    added: state.addedMentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text, entity: m.entity })),
    events: state.events.map((ev) => ({
      id: ev.id, kind: ev.kind, title: ev.title, date: ev.date, location: ev.location, participants: JSON.stringify(ev.participants),
      facts: JSON.stringify(ev.facts), summary: ev.summary ?? '', sources: ev.sources ?? 0, similarity: JSON.stringify(ev.similarity ?? []),
    })),
    reports: state.events.flatMap((ev) => ev.reports.map((d) => ({ event_id: ev.id, doc_id: d }))),
    mentions: state.events.flatMap((ev) => ev.mentions.map((m) => ({ event_id: ev.id, doc: m.doc, start: m.start, end: m.end, text: m.text }))),
    storylines: state.storylines.map((s) => ({ id: s.id, title: s.title, events: JSON.stringify(s.events) })),
  };
}

/** The corpus state the rows hold (entity members sorted by document and local index). */
export function rowsToCorpus(rows: CorpusRows): CorpusState {
  const members = new Map<string, { doc: string; entity: number }[]>();
  const sortedMembers = [...rows.members].sort((x, y) => (x.doc_id < y.doc_id ? -1 : x.doc_id > y.doc_id ? 1 : x.local_index - y.local_index));
  for (const r of sortedMembers) push(members, r.entity_id, { doc: r.doc_id, entity: r.local_index });
  const entities: CorpusEntity[] = rows.entities.map((r) => ({
    id: r.id, name: r.name, type: r.type, aliases: JSON.parse(r.aliases) as string[],
    roles: JSON.parse(r.roles) as string[], members: members.get(r.id) ?? [],
  }));
  const addedMentions = rows.added.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text, entity: m.entity }));
  const reports = new Map<string, string[]>();
  for (const r of rows.reports) push(reports, r.event_id, r.doc_id);
  const evMentions = new Map<string, DocSpan[]>();
  for (const r of rows.mentions) push(evMentions, r.event_id, { doc: r.doc, start: r.start, end: r.end, text: r.text });
  const events: CorpusEvent[] = rows.events.map((r) => ({
    id: r.id, kind: r.kind, title: r.title, summary: r.summary, date: r.date, location: r.location,
    participants: JSON.parse(r.participants) as string[], reports: reports.get(r.id) ?? [], sources: r.sources,
    mentions: evMentions.get(r.id) ?? [], facts: JSON.parse(r.facts) as Record<string, number>,
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
