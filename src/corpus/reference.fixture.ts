/**
 * The corpus stages as they ran before corpus records existed: over whole documents held in memory
 * (texts, annotations and all), resolution with the texts at hand, furniture counted over the texts.
 * Test-only: the oracle the streaming basis (`run.ts`) must equal byte for byte; clustering, story
 * events and storylines over the basis are `corpusFromBasis`, shared with the product.
 */
import { resolveEntities, type DocEntities } from './resolve.js';
import type { FrameRef } from './events.js';
import { leadSentences } from './record.js';
import { corpusFromBasis } from './run.js';
import { createProfiler } from './stories/profile.js';
import { sharedFurniture } from './stories/furniture.js';
import type { ReportInfo } from './stories/story-events.js';
import type { CorpusState } from '../store/store.js';
import type { Doc } from '../pipeline/types.js';

/** The whole-document corpus run. */
export function referenceCorpus(input: readonly Doc[]): CorpusState {
  const docs = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entityInput: DocEntities[] = docs.map((d) => ({ doc: d.id, lang: d.lang, text: d.text, entities: d.entities, mentions: d.mentions }));
  const resolved = resolveEntities(entityInput);
  const entityOf = new Map<string, string>();
  for (const e of resolved.entities) for (const m of e.members) entityOf.set(`${m.doc}#${m.entity}`, e.id);
  const names = new Map(resolved.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const global = (doc: string, local: number | null): string | null => (local === null ? null : (entityOf.get(`${doc}#${local}`) ?? null));
  const added = new Map<string, string[]>();
  for (const m of resolved.added) added.set(m.doc, [...(added.get(m.doc) ?? []), m.entity]);
  const profiler = createProfiler();
  const strip = sharedFurniture(docs.map((d) => d.text));
  const profiles = docs.map((d) =>
    profiler({ ...d, text: strip(d.text) }, {
      entityMentions: [...d.mentions.map((m) => global(d.id, m.entity)).filter((id): id is string => id !== null), ...(added.get(d.id) ?? [])],
      entityOf: (local) => global(d.id, local),
    }),
  );
  const refs: FrameRef[] = docs.flatMap((d) =>
    d.events.map((frame) => ({
      doc: d.id,
      frame,
      place: global(d.id, frame.place),
      participants: [...new Set(frame.participants.map((p) => global(d.id, p)).filter((p): p is string => p !== null))],
    })),
  );
  const reports = new Map<string, ReportInfo>(
    docs.map((d) => [d.id, {
      lang: d.lang, title: d.title, lead: leadSentences(d.text, 4), publisher: d.publisher, url: d.declared.url ?? null,
      published: d.published && /^\d{4}-\d{2}-\d{2}/.test(d.published) ? d.published.slice(0, 10) : null,
    }]),
  );
  // From the basis on, the stages are the product's own: what this oracle checks is the basis.
  return corpusFromBasis({ resolved, profiles, refs, nameOf, reports });
}
