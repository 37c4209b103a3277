import { resolveEntities, type DocEntities } from './resolve.js';
import { buildStorylines, byDate, type FrameRef } from './events.js';
import { clusterStories } from './stories/cluster.js';
import { MODEL } from './stories/model.js';
import { createProfiler, type StoryProfile } from './stories/profile.js';
import { sharedFurniture } from './stories/furniture.js';
import type { SimilarityModel } from './stories/similarity.js';
import { storyEvents, type ReportInfo } from './stories/story-events.js';
import type { CorpusState, Store } from '../store/store.js';
import type { Doc } from '../pipeline/types.js';

/** Options of {@link runCorpus}. */
export interface CorpusOptions {
  /** The story similarity model (default: the shipped one). */
  model?: SimilarityModel;
  /** The reader's language, for story titles (default `en`). */
  readerLang?: string;
}

/** What the corpus stages derive from the documents before grouping them into stories. */
export interface CorpusBasis {
  resolved: ReturnType<typeof resolveEntities>;
  /** Story profiles in document id order. */
  profiles: StoryProfile[];
  refs: FrameRef[];
  nameOf: (id: string) => string;
}

/**
 * Entity resolution and story profiles of a set of documents, in document id order so that the
 * result does not depend on the order documents were stored in. Shared by `runCorpus` and the
 * similarity training, so the model is fitted on exactly the features the product computes.
 *
 * @example
 * ```ts
 * const { profiles } = corpusBasis(docs);
 * ```
 */
export function corpusBasis(input: readonly Doc[]): CorpusBasis {
  const docs = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entityInput: DocEntities[] = docs.map((d) => ({ doc: d.id, lang: d.lang, text: d.text, entities: d.entities, mentions: d.mentions }));
  const resolved = resolveEntities(entityInput);
  const entityOf = new Map<string, string>();
  for (const e of resolved.entities) {
    for (const m of e.members) entityOf.set(`${m.doc}#${m.entity}`, e.id);
  }
  const names = new Map(resolved.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const global = (doc: string, local: number | null): string | null =>
    local === null ? null : (entityOf.get(`${doc}#${local}`) ?? null);
  const added = new Map<string, string[]>();
  for (const m of resolved.added) {
    const list = added.get(m.doc);
    if (list) list.push(m.entity);
    else added.set(m.doc, [m.entity]);
  }

  const profiler = createProfiler();
  const strip = sharedFurniture(docs.map((d) => d.text));
  const profiles = docs.map((d) =>
    profiler({ ...d, text: strip(d.text) }, {
      entityMentions: [
        ...d.mentions.map((m) => global(d.id, m.entity)).filter((id): id is string => id !== null),
        ...(added.get(d.id) ?? []),
      ],
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
  return { resolved, profiles, refs, nameOf };
}

/**
 * The corpus stages, in order: resolve entities across documents and scripts, group reports into
 * stories by similarity and read each story's event from its reports' frames, attach or cluster
 * the events mentioned in passing, link events into storylines.
 *
 * @example
 * ```ts
 * const docs = []; for await (const d of store.documents({ raw: false })) docs.push(d);
 * await store.putCorpus(runCorpus(docs));
 * ```
 */
export function runCorpus(docs: readonly Doc[], options: CorpusOptions = {}): CorpusState {
  const { resolved, profiles, refs, nameOf } = corpusBasis(docs);
  const stories = clusterStories(profiles, options.model ?? MODEL);
  const reports = new Map<string, ReportInfo>(
    docs.map((d) => [d.id, {
      lang: d.lang, title: d.title, text: d.text, publisher: d.publisher, url: d.declared.url ?? null,
      published: d.published && /^\d{4}-\d{2}-\d{2}/.test(d.published) ? d.published.slice(0, 10) : null,
    }]),
  );
  const events = storyEvents(stories, refs, reports, nameOf, options.readerLang ? { readerLang: options.readerLang } : {});
  const rolesOf = new Map(resolved.entities.map((e) => [e.id, e.roles]));
  return {
    entities: resolved.entities,
    addedMentions: resolved.added,
    events: events.sort(byDate),
    storylines: buildStorylines(events, nameOf, (id) => rolesOf.get(id) ?? []),
  };
}

/**
 * Reruns the corpus stages over every stored document when documents were added since the last
 * run, and stores the result. Returns whether it ran. A document another process stores meanwhile
 * leaves the corpus stale, so the next refresh includes it.
 *
 * @example
 * ```ts
 * if (await refreshCorpus(store)) console.log('stories updated');
 * ```
 */
export async function refreshCorpus(store: Store, options: CorpusOptions = {}): Promise<boolean> {
  if (!(await store.corpusStale())) return false;
  const docs: Doc[] = [];
  for await (const d of store.documents({ raw: false })) docs.push(d);
  await store.putCorpus(runCorpus(docs, options), { documents: docs.length });
  return true;
}
