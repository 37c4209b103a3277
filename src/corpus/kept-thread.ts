/**
 * Kept text profiles read back on a thread of their own. On a large store a refresh reads back tens of
 * thousands of kept profiles (~0.8 s at 21,000), which the calling thread did after resolving the
 * entities while the other core had little left to do; the bytes depend on nothing the resolution
 * decides, so a thread reads them back while the calling thread resolves.
 */
import { Worker } from 'node:worker_threads';
import { answerOnThread } from '../pipeline/thread-once.js';
import type { DecodedProfiles, PackedProfiles } from './profile-cache.js';

/**
 * Reads back `packed` (as `decodePacked` does, given the number of keys the store's table holds) on a
 * new thread, which ends when it has answered. `packed.bytes`' buffer is moved to the thread, not
 * copied: the caller must not use it again. Null when the thread failed or stopped: the caller then
 * reads the profiles back itself, so the result never depends on the thread.
 *
 * @example
 * ```ts
 * const decoding = decodeOnThread(packProfiles(datas), keyTable.keys.length);
 * // … other work …
 * const decoded = (await decoding) ?? decodeHere();
 * ```
 */
export async function decodeOnThread(packed: PackedProfiles, keys: number): Promise<DecodedProfiles | null> {
  const answer = await answerOnThread<{ decoded?: DecodedProfiles; error?: string }>(new URL('./kept-worker.js', import.meta.url), {}, {
    message: { packed, keys },
    transfer: [packed.bytes.buffer as ArrayBuffer],
  });
  return answer.ok ? (answer.message.decoded ?? null) : null;
}

/** What a thread tells of the kept text profiles of a store file as soon as it has read them ({@link readKeptOnThread}). */
export interface KeptHead {
  /** Keys the store's table held when they were read: none of the profiles names another. */
  keys: number;
  /** Per profile (as the decoded columns number them): its document and its basis. */
  ids: string[];
  bases: string[];
  /** Per profile: 1 for a caseless text (read from its bytes' first field). */
  caseless: Uint8Array;
  /** Per profile: the finder's lookups of a caseless text (null: none, or too damaged to say; undefined for a cased one). */
  lookups: (Uint32Array | null | undefined)[];
}

/** Kept text profiles being read from a store file on a thread: first which there are, then the profiles read back. */
export interface KeptFromFile {
  /** Null: the thread failed before it had read them. */
  head: Promise<KeptHead | null>;
  /** Null: the thread failed before it had read them back (the caller then reads them itself). */
  decoded: Promise<DecodedProfiles | null>;
}

/**
 * Reads the kept text profiles of the store file `file` on a new thread, which first answers which
 * there are (documents, bases, caseless flags and the finder's lookups: what the caller needs to
 * plan the texts step), then reads them back and answers the profiles, and ends. The calling thread
 * meanwhile reads the corpus records and resolves the entities, and never holds the profiles' bytes.
 * Neither answer ever rejects; null means the thread failed, and the caller reads what it lacks
 * itself, so the result never depends on the thread.
 *
 * @example
 * ```ts
 * const early = readKeptOnThread('dossier.db');
 * // … read the records …
 * const head = await early.head; // null: read them here
 * // … resolve …
 * const decoded = await early.decoded;
 * ```
 */
export function readKeptOnThread(file: string): KeptFromFile {
  let settleHead: (h: KeptHead | null) => void = () => undefined;
  let settleDecoded: (d: DecodedProfiles | null) => void = () => undefined;
  const head = new Promise<KeptHead | null>((resolve) => (settleHead = resolve));
  const decoded = new Promise<DecodedProfiles | null>((resolve) => (settleDecoded = resolve));
  let thread: Worker | null = null;
  const fail = (): void => {
    settleHead(null);
    settleDecoded(null);
    void thread?.terminate();
  };
  try {
    thread = new Worker(new URL('./kept-worker.js', import.meta.url));
  } catch {
    fail();
    return { head, decoded };
  }
  thread.on('message', (m: { head?: KeptHead; decoded?: DecodedProfiles; error?: string }) => {
    if (m.head) settleHead(m.head);
    else if (m.decoded) {
      settleDecoded(m.decoded);
      void thread?.terminate();
    } else fail();
  });
  thread.once('error', fail);
  thread.once('exit', fail);
  thread.postMessage({ file });
  return { head, decoded };
}
