/**
 * A second thread for the inner loops of story grouping (`kernels.ts`): the calling thread hands it
 * one half of a loop over shared memory, runs the other half, then waits for it. The grouping is
 * otherwise one thread's work, so on a machine of two cores the other core sat idle through it.
 * The wait is a blocking `Atomics.wait`, which keeps `clusterStories` synchronous; a half the thread
 * did not finish (it failed, or took far longer than it should) is run by the calling thread instead,
 * so the result never depends on the thread.
 */
import { Worker } from 'node:worker_threads';
import type { CandidateTables, VectorTable, WeighTables } from './kernels.js';

/** What the thread is asked to do; every array is a view of a `SharedArrayBuffer`. */
export type KernelTask =
  | { kind: 'candidates'; tables: CandidateTables; from: number; to: number; out: Float64Array }
  | { kind: 'cosines'; table: VectorTable; a: Int32Array; b: Int32Array; from: number; to: number; out: Float64Array }
  | { kind: 'weigh'; tables: WeighTables; from: number; to: number };

/** A task with its control words: state (0 running, 1 done, 2 failed) and, for candidates, the codes written. */
export type KernelMessage = KernelTask & { control: Int32Array };

/** How long the calling thread waits for a half before running it itself. */
const WAIT_MS = 120_000;

/** An array of `length`; with `shared`, in memory a posted message shares instead of copying. */
export function int32Array(length: number, shared: boolean): Int32Array {
  return shared ? new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * Math.max(1, length)), 0, length) : new Int32Array(length);
}

/** {@link int32Array} of doubles. */
export function float64Array(length: number, shared: boolean): Float64Array {
  return shared ? new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT * Math.max(1, length)), 0, length) : new Float64Array(length);
}

/** Whether every array of a task is a view of shared memory (so that the thread writes where the caller reads). */
export function isShared(...arrays: { buffer: ArrayBufferLike }[]): boolean {
  return arrays.every((x) => x.buffer instanceof SharedArrayBuffer);
}

/** What runs a half of a loop elsewhere: {@link KernelThread}, or a stand-in in tests. */
export interface KernelRunner {
  /**
   * Starts `task`; the function returned waits for it and says whether it was done (for candidates,
   * how many codes it wrote), or null when it was not (the caller then runs the half itself).
   */
  start(task: KernelTask): () => number | null;
}

export class KernelThread implements KernelRunner {
  readonly #worker: Worker;

  constructor() {
    this.#worker = new Worker(new URL('./kernel-worker.js', import.meta.url));
    // Never keeps the process alive; an error is seen as a half not done.
    this.#worker.unref();
    this.#worker.on('error', () => undefined);
  }

  start(task: KernelTask): () => number | null {
    const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    this.#worker.postMessage({ ...task, control } satisfies KernelMessage);
    return () => {
      const deadline = Date.now() + WAIT_MS;
      while (Atomics.load(control, 0) === 0) {
        if (Date.now() > deadline) return null;
        Atomics.wait(control, 0, 0, 200);
      }
      return Atomics.load(control, 0) === 1 ? Atomics.load(control, 1) : null;
    };
  }

  close(): void {
    void this.#worker.terminate();
  }
}
