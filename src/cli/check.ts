import { checkStore } from '../store/check.js';
import { openExistingStore } from './export.js';
import type { Io } from './io.js';

/** Problems listed at most; the count says how many there were. */
const SHOWN = 50;

/**
 * `dossier check [--store FILE|URL]`: reads the whole store and says whether it is consistent.
 * Exit 0 when it is, 1 when something is wrong (each problem on its own line).
 *
 * @example
 * ```ts
 * await runCheck({ store: 'dossier.db' }, processIo()); // 0
 * ```
 */
export async function runCheck(options: { store: string }, io: Io): Promise<number> {
  const store = await openExistingStore(options.store);
  try {
    const report = await checkStore(store);
    for (const p of report.problems.slice(0, SHOWN)) io.err(`problem: ${p}\n`);
    if (report.problems.length > SHOWN) io.err(`… and ${report.problems.length - SHOWN} more problems\n`);
    const stale = report.corpusStale ? '; the corpus is out of date (the next analyze or worker run updates it)' : '';
    if (report.problems.length) {
      io.out(`store ${options.store} has ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} (${report.documents} documents, ${report.events} events)${stale}\n`);
      return 1;
    }
    io.out(`store ${options.store} is consistent: ${report.documents} documents, ${report.events} events${stale}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
