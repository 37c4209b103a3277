/**
 * Kept text profiles read back on a thread of their own. On a large store a refresh reads back tens of
 * thousands of kept profiles (~0.8 s at 21,000), which the calling thread did after resolving the
 * entities while the other core had little left to do; the bytes depend on nothing the resolution
 * decides, so a thread reads them back while the calling thread resolves.
 */
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
