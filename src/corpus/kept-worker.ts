/**
 * The thread of `kept-thread.ts`: reads back the packed kept text profiles it is handed, once, and
 * sends them back as columns, their arrays moved, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { decodedBuffers, decodePacked, type PackedProfiles } from './profile-cache.js';

parentPort?.once('message', (m: { packed: PackedProfiles; keys: number }) => {
  try {
    const decoded = decodePacked(m.packed, m.keys);
    parentPort?.postMessage({ decoded }, decodedBuffers(decoded));
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
