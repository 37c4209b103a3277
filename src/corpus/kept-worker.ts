/**
 * The thread of `kept-thread.ts`, for one answer: reads back the packed kept text profiles it is
 * handed, or reads them from a store file first, and sends them back as columns, their arrays moved,
 * not copied.
 */
import { parentPort } from 'node:worker_threads';
import { decodedBuffers, decodePacked, packProfiles, type PackedProfiles, textProfileCaseless, textProfileLookups } from './profile-cache.js';
import { readKeptProfilesFile } from '../store/sqlite.js';

type Ask = { packed: PackedProfiles; keys: number } | { file: string };

/** The finder's lookups of each caseless profile (null: none, or bytes too damaged to say; undefined: not caseless). */
function caselessLookups(datas: readonly Uint8Array[], caseless: Uint8Array): (Uint32Array | null | undefined)[] {
  return datas.map((d, k) => {
    if (caseless[k] !== 1) return undefined;
    try {
      return textProfileLookups(d);
    } catch {
      return null;
    }
  });
}

parentPort?.once('message', (m: Ask) => {
  try {
    if ('file' in m) {
      // First which profiles there are, so the caller can plan while they are read back.
      const read = readKeptProfilesFile(m.file);
      const caseless = Uint8Array.from(read.datas, (d) => (textProfileCaseless(d) ? 1 : 0));
      parentPort?.postMessage({ head: { keys: read.keys, ids: read.ids, bases: read.bases, caseless, lookups: caselessLookups(read.datas, caseless) } });
      const decoded = decodePacked(packProfiles(read.datas), read.keys);
      parentPort?.postMessage({ decoded }, decodedBuffers(decoded));
      return;
    }
    const decoded = decodePacked(m.packed, m.keys);
    parentPort?.postMessage({ decoded }, decodedBuffers(decoded));
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
