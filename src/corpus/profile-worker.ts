/**
 * A thread of the corpus texts step (see `profile-threads.ts`): given the resolved entities' names
 * and the furniture segments once, it reads batches of texts, finds resolved names again in
 * caseless scripts and builds each document's story profile, all but the parts that read the
 * resolution (entity bag, main frame), which the calling thread adds.
 *
 * Bags travel as numbers: the thread numbers each distinct key the first time it sends it, and
 * sends that key's text once, so a key repeated in thousands of profiles crosses once.
 */
import { parentPort } from 'node:worker_threads';
import { createPropagator } from './resolve.js';
import { createProfiler, SPACES } from './stories/profile.js';
import { furnitureFilter, SHARED_IN_DOCS } from './stories/furniture.js';
import type { ProfileJob, ProfileReply, ProfileThreadData } from './profile-threads.js';

// The language data loads as the thread starts; the resolution comes with the first message.
// Its profiles live only until sent: no need to make repeated keys one string here.
const profiler = createProfiler({ intern: (key) => key });
let find: ReturnType<typeof createPropagator> = () => [];
let strip: (text: string) => string = (t) => t;
const keyIds = new Map<string, number>();
const noRefs = { entityMentions: [], entityOf: (): null => null };

/** The batch's profiles, their bags packed into shared arrays (one transfer per batch, not per bag). */
function profileBatch(batch: readonly ProfileJob[]): ProfileReply {
  const newKeys: string[] = [];
  const ids: number[] = [];
  const counts: number[] = [];
  const sizes = new Int32Array(batch.length * SPACES.length);
  const signatures: Uint32Array[] = [];
  const docs = batch.map((job, n): ProfileReply['docs'][number] => {
    const mentions: { start: number; end: number; entity: number }[] = [];
    for (let k = 0; k + 2 < job.mentions.length; k += 3) {
      mentions.push({ start: job.mentions[k] as number, end: job.mentions[k + 1] as number, entity: job.mentions[k + 2] as number });
    }
    const added = find({ doc: job.id, lang: job.lang, text: job.text, entities: [], mentions });
    const profile = profiler({ id: job.id, lang: job.lang, title: job.title, text: strip(job.text), published: job.published, timex: job.timex, events: [] }, noRefs);
    SPACES.forEach((space, s) => {
      const bag = profile.bags[space];
      sizes[n * SPACES.length + s] = bag.size;
      bag.forEach((count, key) => {
        let id = keyIds.get(key);
        if (id === undefined) {
          id = keyIds.size;
          keyIds.set(key, id);
          newKeys.push(key);
        }
        ids.push(id);
        counts.push(count);
      });
    });
    signatures.push(profile.signature);
    return {
      id: job.id,
      added: added.map((m) => ({ start: m.start, end: m.end, text: m.text, entity: m.entity })),
      published: profile.published,
      contentHash: profile.contentHash,
    };
  });
  const signature = new Uint32Array(signatures.reduce((n, sig) => n + sig.length, 0));
  let at = 0;
  for (const sig of signatures) {
    signature.set(sig, at);
    at += sig.length;
  }
  return { newKeys, docs, ids: Int32Array.from(ids), counts: Float64Array.from(counts), sizes, signatures: signature };
}

function init(data: ProfileThreadData): void {
  find = createPropagator(data.entities);
  const furniture = new Set(data.furniture);
  strip = furnitureFilter((hash) => (furniture.has(hash) ? SHARED_IN_DOCS : 0));
}

parentPort?.on('message', (message: ProfileJob[] | { init: ProfileThreadData }) => {
  if (!Array.isArray(message)) {
    init(message.init);
    return;
  }
  try {
    const reply = profileBatch(message);
    parentPort?.postMessage(reply, [reply.ids.buffer, reply.counts.buffer, reply.sizes.buffer, reply.signatures.buffer] as ArrayBuffer[]);
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
