import { resolveEntities, type DocEntities } from './resolve.js';
import { buildStorylines, clusterEvents, type FrameRef } from './events.js';
import type { CorpusState } from '../store/store.js';
import type { Doc } from '../pipeline/types.js';

/**
 * The corpus stages, in order: resolve entities across documents and scripts, cluster the
 * documents' event frames into events, link events into storylines.
 *
 * @example
 * ```ts
 * const docs = []; for await (const d of store.documents({ raw: false })) docs.push(d);
 * await store.putCorpus(runCorpus(docs));
 * ```
 */
export function runCorpus(docs: readonly Doc[]): CorpusState {
  const input: DocEntities[] = docs.map((d) => ({ doc: d.id, lang: d.lang, text: d.text, entities: d.entities, mentions: d.mentions }));
  const resolved = resolveEntities(input);
  const entityOf = new Map<string, string>();
  for (const e of resolved.entities) {
    for (const m of e.members) entityOf.set(`${m.doc}#${m.entity}`, e.id);
  }
  const names = new Map(resolved.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const global = (doc: string, local: number | null): string | null =>
    local === null ? null : (entityOf.get(`${doc}#${local}`) ?? null);

  const refs: FrameRef[] = docs.flatMap((d) =>
    d.events.map((frame) => ({
      doc: d.id,
      frame,
      place: global(d.id, frame.place),
      participants: [...new Set(frame.participants.map((p) => global(d.id, p)).filter((p): p is string => p !== null))],
    })),
  );
  const events = clusterEvents(refs, nameOf);
  return {
    entities: resolved.entities,
    addedMentions: resolved.added,
    events,
    storylines: buildStorylines(events, nameOf),
  };
}
