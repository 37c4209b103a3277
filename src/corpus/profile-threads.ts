/**
 * The corpus texts step on several threads. Each document's profile and the names found again in
 * its text depend on that document, the resolved entities and the furniture segments only, so the
 * texts can be shared out among threads (`profile-worker.ts`) in batches and the results put back
 * in document order by the caller: any number of threads gives exactly the single-thread basis.
 *
 * The threads start loading their language data when created, so that overlaps the reading of the
 * records and the entity resolution on the calling thread; they get the resolution when it is done.
 */
import { Worker } from 'node:worker_threads';
import type { ResolvedEntity } from './resolve.js';
import { interner, SPACES } from './stories/profile.js';

/** What a thread is given once: the names to find again and the segments that are furniture. */
export interface ProfileThreadData {
  entities: Pick<ResolvedEntity, 'id' | 'type' | 'name' | 'aliases'>[];
  /** Hashes of the segments found in enough documents to be furniture where they are a minor part. */
  furniture: string[];
}

/** One document for a thread: what its profile reads, its text, and its mentions as start, end, local entity triples. */
export interface ProfileJob {
  id: string;
  lang: string;
  title: string | null;
  published: string | null;
  timex: { value: string; text: string }[];
  text: string;
  mentions: number[];
}

/** A thread's answer for a batch: per document the names found again and the profile without its resolved parts. */
export interface ProfileReply {
  /** Keys the thread numbered for the first time in this batch, in number order. */
  newKeys: string[];
  docs: { id: string; added: { start: number; end: number; text: string; entity: string }[]; published: string | null; contentHash: string }[];
  /** Key numbers and counts of every bag, document after document, space after space (`SPACES` order). */
  ids: Int32Array;
  counts: Float64Array;
  /** Entries of each document's bag in each space (entities: 0). */
  sizes: Int32Array;
  /** The documents' MinHash signatures, one after another. */
  signatures: Uint32Array;
}

/** One document's profile parts as the calling thread gets them, keys read back from their numbers. */
export interface ProfileParts {
  id: string;
  added: ProfileReply['docs'][number]['added'];
  published: string | null;
  contentHash: string;
  signature: Uint32Array;
  /** Per space in `SPACES` order. */
  bags: { keys: string[]; counts: Float64Array }[];
}

type Reply = ProfileReply | { error: string };

/** Documents sent to a thread at once. */
const BATCH = 32;
/** Batches a thread holds at once: one in work, one waiting, so it never idles on the calling thread. */
const IN_FLIGHT = 2;

/** Threads for the texts step; see the module comment. */
export interface ProfileThreads {
  /**
   * Profiles the given documents on the threads, calling `done` for each (in any order, on the
   * calling thread); resolves when all are done. Call once.
   */
  run(data: ProfileThreadData, jobs: AsyncIterable<ProfileJob>, done: (parts: ProfileParts) => void): Promise<void>;
  /** Ends the threads (also after a failure). */
  close(): Promise<void>;
}

/**
 * Starts `count` profile threads.
 *
 * @example
 * ```ts
 * const threads = startProfileThreads(2);
 * try { await threads.run(data, jobs, (p) => parts.set(p.id, p)); } finally { await threads.close(); }
 * ```
 */
export function startProfileThreads(count: number): ProfileThreads {
  const workers = Array.from({ length: count }, () => new Worker(new URL('./profile-worker.js', import.meta.url)));
  // Keys are interned across threads: each thread's copy of a key becomes one string here.
  const intern = interner();
  return {
    async run(data, jobs, done) {
      const tables = workers.map((): string[] => []);
      const busy = workers.map(() => 0);
      let failure: Error | null = null;
      // Wakes the reader when a thread has room again (or failed).
      let wake: (() => void) | null = null;
      const signal = (): void => {
        const w = wake;
        wake = null;
        w?.();
      };
      workers.forEach((worker, n) => {
        worker.postMessage({ init: data });
        worker.on('message', (reply: Reply) => {
          busy[n] = (busy[n] as number) - 1;
          if ('error' in reply) failure ??= new Error(`corpus profile thread failed: ${reply.error}`);
          else {
            const table = tables[n] as string[];
            for (const k of reply.newKeys) table.push(intern(k));
            unpack(reply, table, done);
          }
          signal();
        });
        worker.on('error', (err) => {
          failure ??= err;
          signal();
        });
      });
      const send = async (batch: ProfileJob[]): Promise<void> => {
        for (;;) {
          if (failure) throw failure;
          const n = busy.findIndex((b) => b < IN_FLIGHT);
          if (n >= 0) {
            busy[n] = (busy[n] as number) + 1;
            (workers[n] as Worker).postMessage(batch);
            return;
          }
          await new Promise<void>((resolve) => (wake = resolve));
        }
      };
      let batch: ProfileJob[] = [];
      for await (const job of jobs) {
        batch.push(job);
        if (batch.length === BATCH) {
          await send(batch);
          batch = [];
        }
      }
      if (batch.length) await send(batch);
      while (busy.some((b) => b > 0)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      if (failure) throw failure;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Reads a thread's reply back into one {@link ProfileParts} per document. */
function unpack(reply: ProfileReply, table: readonly string[], done: (parts: ProfileParts) => void): void {
  let entry = 0;
  let sig = 0;
  const sigSize = reply.docs.length ? reply.signatures.length / reply.docs.length : 0;
  reply.docs.forEach((doc, n) => {
    const bags = SPACES.map((_, s) => {
      const size = reply.sizes[n * SPACES.length + s] as number;
      const keys = new Array<string>(size);
      for (let k = 0; k < size; k++) keys[k] = table[reply.ids[entry + k] as number] as string;
      const counts = reply.counts.slice(entry, entry + size);
      entry += size;
      return { keys, counts };
    });
    done({ ...doc, signature: reply.signatures.slice(sig, sig + sigSize), bags });
    sig += sigSize;
  });
}
