/**
 * The corpus texts step on several threads. A document's story profile depends on that document
 * and the furniture segments only, apart from its entity bag and main frame (which read the
 * resolution and are added by the caller); the names found again in a caseless text depend on it
 * and the resolved entities. So texts are shared out among threads (`profile-worker.ts`) in batches
 * as soon as the records are read, and the threads profile them while the calling thread resolves
 * the entities; given the resolution, they find its names in the caseless texts they hold. The
 * caller puts the answers back in document order: any number of threads gives exactly the
 * single-thread basis.
 */
import { Worker } from 'node:worker_threads';
import type { NamedEntity } from './find-again.js';
import { interner, SPACES, type TableBag } from './stories/profile.js';

/** One document for a thread: what its profile reads, its text, and its mentions as start, end, local entity triples. */
export interface ProfileJob {
  id: string;
  lang: string;
  title: string | null;
  published: string | null;
  timex: { value: string; text: string }[];
  text: string;
  mentions: number[];
  /** Only find the resolved names again (the caller kept the text's profile): no profile is built. */
  findOnly?: boolean;
}

/** A name found again in a text (the document is the one it is reported for). */
export interface FoundName {
  start: number;
  end: number;
  text: string;
  entity: string;
}

/** What the calling thread sends a profile thread. */
export type ThreadMessage = { furniture: string[] } | { entities: NamedEntity[] } | ProfileJob[];

/** A thread's answer for a batch of documents. */
export interface ProfileReply {
  kind: 'profiles';
  /** Keys the thread numbered for the first time in this batch, in number order. */
  newKeys: string[];
  /** Per profiled document; `found` is null when the thread holds its text until it has the resolution. */
  docs: { id: string; found: FoundName[] | null; published: string | null; contentHash: string; lookups: Uint32Array | null }[];
  /** The names found in the batch's `findOnly` texts (null: held until the resolution). */
  findings: { id: string; found: FoundName[] | null }[];
  /** Key numbers and counts of every bag, document after document, space after space (`SPACES` order). */
  ids: Int32Array;
  counts: Float64Array;
  /** Entries of each document's bag in each space (entities: 0). */
  sizes: Int32Array;
  /** The documents' MinHash signatures, one after another. */
  signatures: Uint32Array;
}

/** A thread's answer to the resolution: the names found again in the texts it held. */
export interface FoundReply {
  kind: 'found';
  docs: { id: string; found: FoundName[] }[];
}

type Reply = ProfileReply | FoundReply | { kind: 'error'; error: string };

/** One document's profile parts as the calling thread gets them, keys read back from their numbers. */
export interface ProfileParts {
  id: string;
  found: FoundName[] | null;
  published: string | null;
  contentHash: string;
  /** For a text in a caseless script (names are found again in it), the keys the name finder may look it up by (`finderLookups`); else null. */
  lookups: Uint32Array | null;
  signature: Uint32Array;
  /** Per space in `SPACES` order: key numbers in the thread's table and counts, in the reply's arrays. */
  bags: TableBag[];
}

/** Documents sent to a thread at once. */
const BATCH = 32;
/**
 * Characters of text sent and not yet answered, at most (a caseless text held for the resolution
 * counts until its names are found): the reader runs ahead of the threads, so they work while the
 * calling thread resolves, but they never hold more than this.
 */
export const MAX_PENDING_CHARS = 32_000_000;

/** Threads for the texts step; see the module comment. */
export interface ProfileThreads {
  /**
   * Queues a document. When the threads hold their limit of unanswered text it asks for the
   * resolution (if it has not yet: the held caseless texts wait for it) and waits for answers.
   */
  send(job: ProfileJob): Promise<void>;
  /** Gives the threads the resolution now (asking the caller for it, once), rather than when they hold their limit or at {@link finish}. */
  resolve(): void;
  /** Asks for the resolution if no {@link send} did, and waits for every answer. */
  finish(): Promise<void>;
  /** Ends the threads (also after a failure). */
  close(): Promise<void>;
}

/** What the threads ask of the caller and tell it, on its own thread (answers in any order). */
export interface ProfileSink {
  /**
   * The resolved entities, asked for once: when the threads hold as much text as they may, or when
   * every text is sent. Until then the caller's thread is free to read and send texts.
   */
  resolution(): NamedEntity[];
  profile(parts: ProfileParts): void;
  found(id: string, names: FoundName[]): void;
}

/**
 * Starts `count` profile threads that strip the given furniture segments and hold at most
 * `maxPending` characters of unanswered text. They load their language data with the first text they profile.
 *
 * @example
 * ```ts
 * const threads = startProfileThreads(2, furniture, { resolution: () => entities, profile: (p) => …, found: (id, names) => … });
 * try {
 *   for (const job of jobs) await threads.send(job);
 *   await threads.finish();
 * } finally { await threads.close(); }
 * ```
 */
export function startProfileThreads(count: number, furniture: string[], sink: ProfileSink, maxPending = MAX_PENDING_CHARS): ProfileThreads {
  const workers = Array.from({ length: count }, () => new Worker(new URL('./profile-worker.js', import.meta.url)));
  // Keys are interned across threads: each thread's copy of a key becomes one string here.
  const intern = interner();
  const tables = workers.map((): string[] => []);
  /** Messages each thread has not answered yet. */
  const busy = workers.map(() => 0);
  const pendingOf = new Map<string, number>();
  let pendingChars = 0;
  let failure: Error | null = null;
  let batch: ProfileJob[] = [];
  let resolved = false;
  // Wakes the reader when an answer came (or a thread failed).
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const answered = (id: string): void => {
    pendingChars -= pendingOf.get(id) ?? 0;
    pendingOf.delete(id);
  };
  const waitForAnswer = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));
  const post = (n: number, message: ThreadMessage): void => {
    busy[n] = (busy[n] as number) + 1;
    (workers[n] as Worker).postMessage(message);
  };
  workers.forEach((worker, n) => {
    worker.postMessage({ furniture } satisfies ThreadMessage);
    worker.on('message', (reply: Reply) => {
      busy[n] = (busy[n] as number) - 1;
      if (reply.kind === 'error') failure ??= new Error(`corpus profile thread failed: ${reply.error}`);
      else if (reply.kind === 'found') {
        for (const d of reply.docs) {
          answered(d.id);
          sink.found(d.id, d.found);
        }
      } else {
        const table = tables[n] as string[];
        for (const k of reply.newKeys) table.push(intern(k));
        // A text the thread holds for the resolution still counts until its names are found.
        for (const d of reply.docs) if (d.found !== null) answered(d.id);
        unpack(reply, table, sink);
        for (const d of reply.findings) {
          if (d.found === null) continue;
          answered(d.id);
          sink.found(d.id, d.found);
        }
      }
      signal();
    });
    worker.on('error', (err) => {
      failure ??= err;
      signal();
    });
  });
  /** Gives the threads the resolved names (once): they find them in the caseless texts they hold and in those sent later. */
  const giveResolution = (): void => {
    if (resolved) return;
    resolved = true;
    const entities = sink.resolution();
    flush();
    workers.forEach((_, n) => post(n, { entities }));
  };
  const flush = (): void => {
    if (!batch.length) return;
    // The least busy thread takes the batch.
    let n = 0;
    for (let k = 1; k < busy.length; k++) if ((busy[k] as number) < (busy[n] as number)) n = k;
    post(n, batch);
    batch = [];
  };
  return {
    async send(job) {
      if (failure) throw failure;
      // Held caseless texts are answered only after the resolution: give it before waiting for answers.
      if (pendingChars >= maxPending) giveResolution();
      while (pendingChars >= maxPending) {
        // What waits in the batch counts as held: send it, or nothing would ever be answered.
        flush();
        await waitForAnswer();
        if (failure) throw failure;
      }
      pendingOf.set(job.id, job.text.length);
      pendingChars += job.text.length;
      batch.push(job);
      if (batch.length === BATCH) flush();
    },
    resolve() {
      giveResolution();
    },
    async finish() {
      giveResolution();
      flush();
      while (busy.some((b) => b > 0)) {
        if (failure) throw failure;
        await waitForAnswer();
      }
      if (failure) throw failure;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Reads a thread's reply back into one {@link ProfileParts} per document: its bags are stretches of
 * the reply's arrays, numbered in the thread's table, not a key array and a count array per bag.
 */
function unpack(reply: ProfileReply, table: readonly string[], sink: ProfileSink): void {
  let entry = 0;
  let sig = 0;
  const sigSize = reply.docs.length ? reply.signatures.length / reply.docs.length : 0;
  reply.docs.forEach((doc, n) => {
    const bags = SPACES.map((_, s): TableBag => {
      const length = reply.sizes[n * SPACES.length + s] as number;
      const bag = { table, ids: reply.ids, counts: reply.counts, start: entry, length };
      entry += length;
      return bag;
    });
    sink.profile({ ...doc, signature: reply.signatures.slice(sig, sig + sigSize), bags });
    sig += sigSize;
  });
}
