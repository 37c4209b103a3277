/**
 * A thread of the corpus texts step (see `profile-threads.ts`). Given the furniture segments first,
 * it builds the story profile of each text it is sent (all but the parts that read the resolution,
 * which the calling thread adds) and holds the caseless texts; given the resolved entities, it
 * finds their names again in the texts it holds, and in those it is sent from then on.
 *
 * Bags travel as numbers: the thread numbers each distinct key the first time it sends it, and
 * sends that key's text once, so a key repeated in thousands of profiles crosses once.
 */
import { parentPort } from 'node:worker_threads';
import { createPropagator, finderLookups } from './find-again.js';
import { caselessText } from './keys.js';
import { KeyTable } from './profile-cache.js';
import { createProfiler, SPACES } from './stories/profile.js';
import { furnitureFilter, SHARED_IN_DOCS } from './stories/furniture.js';
import { joinSignatures } from './stories/minhash.js';
import type { FoundName, FoundReply, ProfileJob, ProfileReply, ThreadMessage } from './profile-threads.js';

// The language data loads with the first text to profile (a thread that only finds names again,
// where the caller kept the profiles, never loads it). Its profiles live only until sent: no need to
// make repeated keys one string here.
let profiler: ReturnType<typeof createProfiler> | null = null;
let strip: (text: string) => string = (t) => t;
let find: ReturnType<typeof createPropagator> | null = null;
/** Caseless texts waiting for the resolution. */
const held: ProfileJob[] = [];
/** The thread's numbers of the keys it sent (the caller keeps the same table from the batches' new keys). */
const sent = new KeyTable();
/** The keys the name finder may look each caseless text up by, kept with its profile. */
const lookupsOf = finderLookups();
const noRefs = { entityMentions: [], entityOf: (): null => null };

function foundIn(job: ProfileJob, propagate: NonNullable<typeof find>): FoundName[] {
  const mentions: { start: number; end: number; entity: number }[] = [];
  for (let k = 0; k + 2 < job.mentions.length; k += 3) {
    mentions.push({ start: job.mentions[k] as number, end: job.mentions[k + 1] as number, entity: job.mentions[k + 2] as number });
  }
  return propagate({ doc: job.id, lang: job.lang, text: job.text, entities: [], mentions }).map((m) => ({ start: m.start, end: m.end, text: m.text, entity: m.entity }));
}

/** The batch's profiles, their bags packed into shared arrays (one transfer per batch, not per bag). */
function profileBatch(batch: readonly ProfileJob[]): ProfileReply {
  const known = sent.keys.length;
  const ids: number[] = [];
  const counts: number[] = [];
  const sizes = new Int32Array(batch.filter((job) => !job.findOnly).length * SPACES.length);
  const signatures: Uint32Array[] = [];
  const findings: ProfileReply['findings'] = [];
  const docs: ProfileReply['docs'] = [];
  for (const job of batch) {
    const isCaseless = caselessText(job.text, job.lang);
    let found: FoundName[] | null = [];
    if (isCaseless) {
      if (find) found = foundIn(job, find);
      else {
        held.push(job);
        found = null;
      }
    }
    if (job.findOnly) {
      findings.push({ id: job.id, found });
      continue;
    }
    const n = docs.length;
    profiler ??= createProfiler({ intern: (key) => key });
    const profile = profiler({ id: job.id, lang: job.lang, title: job.title, text: strip(job.text), published: job.published, timex: job.timex, events: [] }, noRefs);
    SPACES.forEach((space, s) => {
      const bag = profile.bags[space];
      sizes[n * SPACES.length + s] = bag.size;
      bag.forEach((count, key) => {
        ids.push(sent.idOf(key));
        counts.push(count);
      });
    });
    signatures.push(profile.signature);
    const lookups = isCaseless ? lookupsOf(job.text, job.lang) : null;
    docs.push({ id: job.id, found, published: profile.published, contentHash: profile.contentHash, lookups });
  }
  return { kind: 'profiles', newKeys: sent.keys.slice(known), docs, findings, ids: Int32Array.from(ids), counts: Float64Array.from(counts), sizes, signatures: joinSignatures(signatures) };
}

function answer(message: ThreadMessage): void {
  if (Array.isArray(message)) {
    const reply = profileBatch(message);
    parentPort?.postMessage(reply, [reply.ids.buffer, reply.counts.buffer, reply.sizes.buffer, reply.signatures.buffer] as ArrayBuffer[]);
  } else if ('furniture' in message) {
    const furniture = new Set(message.furniture);
    strip = furnitureFilter((hash) => (furniture.has(hash) ? SHARED_IN_DOCS : 0));
  } else {
    const propagate = createPropagator(message.entities);
    find = propagate;
    const reply: FoundReply = { kind: 'found', docs: held.map((job) => ({ id: job.id, found: foundIn(job, propagate) })) };
    held.length = 0;
    parentPort?.postMessage(reply);
  }
}

parentPort?.on('message', (message: ThreadMessage) => {
  try {
    answer(message);
  } catch (err) {
    parentPort?.postMessage({ kind: 'error', error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
