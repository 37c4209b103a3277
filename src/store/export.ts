import type { CorpusEntity, CorpusEvent, CorpusStoryline, DocSpan, Store } from './store.js';

/**
 * The JSON export contract (`dossier export --format json`), as documented in `docs/export.md`.
 * Offsets are UTF-16 code-unit offsets into `documents[].body`. Fields are only ever added.
 */
export interface ExportJson {
  documents: ExportDocument[];
  entities: ExportEntity[];
  quotes: ExportQuote[];
  timex: ExportTimex[];
  events: ExportEvent[];
  storylines: ExportStoryline[];
}

export interface ExportDocument {
  id: string;
  source: string;
  lang: string;
  published: string | null;
  title: string | null;
  publisher: string | null;
  dateline: string | null;
  body: string;
  /** The page's address as the input declared it (a JSONL `url`, a feed item's link, a WARC record's target URI). */
  url: string | null;
  /** When the page was fetched or crawled (a WARC record's date), ISO 8601. */
  fetched: string | null;
  /** People credited with writing it (byline, JSON-LD, meta tags, a feed item's author); [] when unknown. */
  authors: string[];
}

/** A corpus entity with its mentions in place of its document-local members. */
export interface ExportEntity extends Omit<CorpusEntity, 'members'> {
  mentions: DocSpan[];
  /**
   * For each role, the documents whose own entity gave it (the entity stage's role, normalised or as
   * written), in document id order: what dates a role. Absent for an entity without roles.
   */
  roleReports?: Record<string, string[]>;
}

export interface ExportQuote extends DocSpan {
  speaker: string | null;
  speakerText: string | null;
  kind: 'direct' | 'reported';
  /** Offsets of `speakerText` in the body (absent without a speaker span). */
  speakerStart?: number;
  speakerEnd?: number;
  /** The verbatim quoted pieces inside the span, when the span holds more than quoted words. */
  parts?: Array<{ start: number; end: number; text: string }>;
}

export interface ExportTimex extends DocSpan {
  value: string;
}

/** Events and storylines are exported as the corpus stages store them. */
export type ExportEvent = CorpusEvent;
export type ExportStoryline = CorpusStoryline;

/**
 * Builds the export object from a store: documents and their annotations, with every
 * document-local entity reference replaced by the corpus entity it was resolved to.
 *
 * @example
 * ```ts
 * const json = await buildExport(store);
 * process.stdout.write(JSON.stringify(json));
 * ```
 */
/**
 * The documents behind each of a corpus entity's roles: those whose own (document-local) entity, a
 * member of this one, carries the role.
 *
 * @example
 * ```ts
 * roleReports({ roles: ['Minister of Trade'], members: [{ doc: 'd1', entity: 1 }], ... }, new Map([['d1#1', ['Minister of Trade']]]));
 * // { 'Minister of Trade': ['d1'] }
 * ```
 */
export function roleReports(e: Pick<CorpusEntity, 'roles' | 'members'>, localRoles: ReadonlyMap<string, readonly string[]>): Record<string, string[]> {
  const out: Record<string, Set<string>> = Object.fromEntries(e.roles.map((r) => [r, new Set<string>()]));
  for (const m of e.members) for (const r of localRoles.get(`${m.doc}#${m.entity}`) ?? []) out[r]?.add(m.doc);
  return Object.fromEntries(Object.entries(out).map(([r, docs]) => [r, [...docs].sort()]));
}

export async function buildExport(store: Store): Promise<ExportJson> {
  const corpus = await store.corpus();
  const entityOf = new Map<string, string>();
  for (const e of corpus.entities) {
    for (const m of e.members) entityOf.set(`${m.doc}#${m.entity}`, e.id);
  }
  const mentionsOf = new Map<string, DocSpan[]>();
  const addMention = (id: string, span: DocSpan): void => {
    const list = mentionsOf.get(id);
    if (list) list.push(span);
    else mentionsOf.set(id, [span]);
  };
  const documents: ExportDocument[] = [];
  // Each document-local entity's roles (`doc#index`), for the documents behind each corpus role.
  const localRoles = new Map<string, readonly string[]>();
  const quotes: ExportQuote[] = [];
  const timex: ExportTimex[] = [];
  for await (const doc of store.documents({ raw: false })) {
    documents.push({
      id: doc.id, source: doc.source, lang: doc.lang, published: doc.published, title: doc.title,
      publisher: doc.publisher, dateline: doc.dateline, body: doc.text,
      url: doc.declared.url ?? null, fetched: doc.declared.fetched ?? null,
      authors: doc.authors ?? (doc.declared.author ? [doc.declared.author] : []),
    });
    doc.entities.forEach((e, i) => {
      if (e.roles.length) localRoles.set(`${doc.id}#${i}`, e.roles);
    });
    for (const m of doc.mentions) {
      const id = entityOf.get(`${doc.id}#${m.entity}`);
      if (id) addMention(id, { doc: doc.id, start: m.start, end: m.end, text: m.text });
    }
    for (const q of doc.quotes) {
      const eq: ExportQuote = {
        doc: doc.id, start: q.start, end: q.end, text: q.text,
        speaker: q.speaker === null ? null : (entityOf.get(`${doc.id}#${q.speaker}`) ?? null),
        speakerText: q.speakerSpan?.text ?? null, kind: q.kind,
      };
      if (q.speakerSpan) {
        eq.speakerStart = q.speakerSpan.start;
        eq.speakerEnd = q.speakerSpan.end;
      }
      if (q.parts) eq.parts = q.parts.map((x) => ({ start: x.start, end: x.end, text: x.text }));
      quotes.push(eq);
    }
    for (const t of doc.timex) timex.push({ doc: doc.id, start: t.start, end: t.end, text: t.text, value: t.value });
  }
  for (const m of corpus.addedMentions) addMention(m.entity, { doc: m.doc, start: m.start, end: m.end, text: m.text });
  const entities: ExportEntity[] = corpus.entities.map((e) => {
    const out: ExportEntity = {
      id: e.id, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles,
      mentions: (mentionsOf.get(e.id) ?? []).sort((a, b) => (a.doc === b.doc ? a.start - b.start : a.doc < b.doc ? -1 : 1)),
    };
    if (e.roles.length) out.roleReports = roleReports(e, localRoles);
    return out;
  });
  return { documents, entities, quotes, timex, events: corpus.events, storylines: corpus.storylines };
}
