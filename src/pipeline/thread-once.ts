/**
 * A thread started for one answer: the pieces of work handed to a short-lived thread of their own
 * (kept profiles read back while the entities are resolved, a document analysed again alone).
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The thread's first message, or why there is none. */
export type ThreadAnswer<T> = { ok: true; message: T } | { ok: false; why: string };

/**
 * Starts the thread of `script` (with `options`: its `workerData`, its `resourceLimits`), sends it
 * `input` if given (the `transfer` list moved, not copied) and resolves with its first message; the
 * thread is then ended. Never rejects: a thread that fails to start, throws or ends (out of memory,
 * say) before answering gives `{ ok: false, why }`.
 *
 * @example
 * ```ts
 * const r = await answerOnThread<number>(new URL('./square.js', import.meta.url), {}, { message: 7 });
 * if (r.ok) r.message; // 49
 * ```
 */
export function answerOnThread<T>(script: URL, options: WorkerOptions, input?: { message: unknown; transfer?: ArrayBuffer[] }): Promise<ThreadAnswer<T>> {
  return new Promise((resolve) => {
    let settled = false;
    let thread: Worker | null = null;
    const settle = (answer: ThreadAnswer<T>): void => {
      if (settled) return;
      settled = true;
      void thread?.terminate();
      resolve(answer);
    };
    try {
      thread = new Worker(script, options);
    } catch (err) {
      settle({ ok: false, why: err instanceof Error ? err.message : String(err) });
      return;
    }
    thread.once('message', (message: T) => settle({ ok: true, message }));
    thread.once('error', (err) => settle({ ok: false, why: err.message }));
    thread.once('exit', (code) => settle({ ok: false, why: `it ended (code ${code}) without an answer` }));
    if (input) thread.postMessage(input.message, input.transfer ?? []);
  });
}
