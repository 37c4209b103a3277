/**
 * Consistency of a store, whatever its backend: every document is whole (its id is the hash of its
 * raw input, its annotations lie inside its text), and the corpus tables point only at documents and
 * entities that exist. What `dossier check` reports, and what the crash tests assert after a kill.
 */
import { contentId } from '../pipeline/doc.js';
import type { Doc } from '../pipeline/types.js';
import type { Store } from './store.js';

/** What a check found. */
export interface CheckReport {
  documents: number;
  events: number;
  /** True when documents were added after the corpus stages last ran (not an error: the next run updates it). */
  corpusStale: boolean;
  problems: string[];
}

/** Problems of one stored document (empty when it is whole). */
export function documentProblems(doc: Doc): string[] {
  const out: string[] = [];
  const name = `document ${doc.id.slice(0, 12)} (${doc.source})`;
  if (contentId(doc.raw) !== doc.id) out.push(`${name}: its id is not the hash of its stored input`);
  const spans: { start: number; end: number; text?: string }[] = [...doc.timex, ...doc.mentions, ...doc.quotes, ...doc.events];
  for (const s of spans) {
    if (!(s.start >= 0 && s.end >= s.start && s.end <= doc.text.length)) {
      out.push(`${name}: a span [${s.start}, ${s.end}) lies outside its text of ${doc.text.length} characters`);
      break;
    }
    if (s.text !== undefined && doc.text.slice(s.start, s.end) !== s.text) {
      out.push(`${name}: the span [${s.start}, ${s.end}) does not hold '${s.text.slice(0, 40)}'`);
      break;
    }
  }
  for (const m of doc.mentions) {
    if (m.entity !== null && (m.entity < 0 || m.entity >= doc.entities.length)) {
      out.push(`${name}: a mention points at entity ${m.entity} of ${doc.entities.length}`);
      break;
    }
  }
  return out;
}

/**
 * Reads the whole store and reports what is inconsistent.
 *
 * @example
 * ```ts
 * const report = await checkStore(store);
 * if (report.problems.length) console.error(report.problems.join('\n'));
 * ```
 */
export async function checkStore(store: Store): Promise<CheckReport> {
  const problems: string[] = [];
  const entitiesOf = new Map<string, number>();
  let documents = 0;
  for await (const doc of store.documents()) {
    documents++;
    problems.push(...documentProblems(doc));
    entitiesOf.set(doc.id, doc.entities.length);
  }
  const counted = await store.countDocuments();
  if (counted !== documents) problems.push(`the store counts ${counted} documents but holds ${documents}`);
  const corpus = await store.corpus();
  const entityIds = new Set(corpus.entities.map((e) => e.id));
  const missingDoc = (doc: string, what: string): void => {
    if (!entitiesOf.has(doc)) problems.push(`${what} names document ${doc.slice(0, 12)}, which is not stored`);
  };
  for (const e of corpus.entities) {
    for (const m of e.members) {
      missingDoc(m.doc, `entity ${e.id}`);
      const n = entitiesOf.get(m.doc);
      if (n !== undefined && m.entity >= n) problems.push(`entity ${e.id} gathers local entity ${m.entity} of a document that has ${n}`);
    }
  }
  for (const m of corpus.addedMentions) {
    missingDoc(m.doc, 'an added mention');
    if (!entityIds.has(m.entity)) problems.push(`an added mention names entity ${m.entity}, which does not exist`);
  }
  const eventIds = new Set<string>();
  for (const ev of corpus.events) {
    eventIds.add(ev.id);
    for (const d of ev.reports) missingDoc(d, `event ${ev.id}`);
    for (const m of ev.mentions) missingDoc(m.doc, `event ${ev.id}`);
    for (const p of [...ev.participants, ...(ev.location ? [ev.location] : [])]) {
      if (!entityIds.has(p)) problems.push(`event ${ev.id} names entity ${p}, which does not exist`);
    }
  }
  for (const s of corpus.storylines) {
    for (const e of s.events) if (!eventIds.has(e)) problems.push(`storyline ${s.id} names event ${e}, which does not exist`);
  }
  return { documents, events: corpus.events.length, corpusStale: await store.corpusStale(), problems };
}
