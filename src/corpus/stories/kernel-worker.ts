/** The thread of `kernel-thread.ts`: runs the half of a loop it is given and says when it is done. */
import { parentPort } from 'node:worker_threads';
import { candidatesInRange, cosinesInRange, pairCode, weighRange } from './kernels.js';
import type { KernelMessage } from './kernel-thread.js';

parentPort?.on('message', (task: KernelMessage) => {
  let state = 1;
  try {
    if (task.kind === 'candidates') {
      const { tables, out } = task;
      let written = 0;
      candidatesInRange(tables, task.from, task.to, (i, j) => {
        out[written++] = pairCode(i, j, tables.n);
      });
      Atomics.store(task.control, 1, written);
    } else if (task.kind === 'cosines') {
      cosinesInRange(task.table, task.a, task.b, task.from, task.to, task.out);
    } else {
      weighRange(task.tables, task.from, task.to);
    }
  } catch {
    state = 2;
  }
  Atomics.store(task.control, 0, state);
  Atomics.notify(task.control, 0);
});
