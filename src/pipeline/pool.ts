/**
 * Per-document analysis on several cores. The per-document stages are pure functions of the raw
 * input, its id and the fallback date, so they can run in worker threads; the caller keeps the store
 * and writes results in input order, which makes a run with any number of threads store exactly
 * what a single-threaded run stores.
 */
import { Piscina } from 'piscina';
import { availableParallelism } from 'node:os';
import { answerOnThread } from './thread-once.js';
import { analyzeRaw, type AnalyzeResult } from './run.js';
import { createStages } from './stages.js';
import type { RawDoc, Stage } from './types.js';

/** What a worker thread is asked to do: analyse one raw document. */
export interface AnalysisJob {
  raw: RawDoc;
  id: string;
  today: string;
}

/** Options of {@link createAnalysisPool}. */
export interface PoolOptions {
  /** Worker threads (default: the machine's cores). 1 analyses on the calling thread. */
  jobs?: number;
  /** Fallback date `YYYY-MM-DD` for documents without one (default: today), the same for every thread. */
  today?: string;
  /**
   * Documents analysed on the calling thread before any worker starts (default 32): a run of a few
   * documents does not pay for starting threads that each load every stage's language data.
   */
  inlineFirst?: number;
  /**
   * With more than one thread, the threads start loading after this many documents (default 8,
   * at most `inlineFirst`), while the calling thread still analyses up to `inlineFirst`: their ~1 s
   * of loading overlaps that work instead of following it, and a run of a few documents starts none.
   */
  startThreadsAfter?: number;
  /** Each thread's old-generation heap limit in MB (default {@link THREAD_HEAP_MB}). */
  threadHeapMb?: number;
}

/**
 * The default heap limit of an analysis thread, in MB. A thread's live data is ~90 MB (language data
 * and taggers); without a limit V8 sizes a thread's heap as for a large machine and lets garbage grow it
 * by ~20 MB per 1,000 documents (two threads: 1,410 MB peak on 20,000 generated articles). Under a limit
 * of at most 1 GB V8 collects sooner and the threads stay near 150 MB each. A document that truly needs
 * more fails alone, with its reason, and the thread is replaced.
 */
export const THREAD_HEAP_MB = 1024;

/**
 * Documents each thread holds at once. With two, a thread that finishes one starts the next at once
 * instead of waiting for the calling thread to hand it over (which waits while that thread writes a
 * batch): 20,000 generated articles on two threads, 41.5 → 39.3 s of analysis (three runs each).
 */
export const TASKS_PER_THREAD = 2;

/** Analyses raw documents on a pool of threads; `analyze` answers in any order, `close` ends the threads. */
export interface AnalysisPool {
  readonly jobs: number;
  analyze(raw: RawDoc, id: string): Promise<AnalyzeResult>;
  close(): Promise<void>;
}

/**
 * Analyses one document on a thread started for it, which ends when it answers. Never rejects: a
 * thread that dies (out of memory, say) or fails to start gives a failed result with the reason.
 */
async function analyzeAlone(job: AnalysisJob, heapMb: number): Promise<AnalyzeResult> {
  const answer = await answerOnThread<AnalyzeResult>(new URL('./alone-worker.js', import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  return answer.ok ? answer.message : { ok: false, reason: `analysis thread failed: ${answer.why}` };
}

/** The number of threads `--jobs` defaults to: the cores Node may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Creates an analysis pool on `piscina` threads. When a thread dies (out of memory on a pathological
 * input, say), piscina replaces it, and the documents it held are analysed again one at a time on a
 * thread of their own: only a document that ends that thread too fails, with a reason.
 *
 * @example
 * ```ts
 * const pool = createAnalysisPool({ jobs: 2 });
 * const result = await pool.analyze(raw, contentId(raw.raw));
 * await pool.close();
 * ```
 */
export function createAnalysisPool(options: PoolOptions = {}): AnalysisPool {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const inlineFirst = jobs === 1 ? Infinity : (options.inlineFirst ?? 32);
  const startAfter = jobs === 1 ? Infinity : Math.min(inlineFirst, options.startThreadsAfter ?? 8);
  const heapMb = options.threadHeapMb ?? THREAD_HEAP_MB;
  let stages: Stage[] | null = null;
  let threads: Piscina<AnalysisJob, AnalyzeResult> | null = null;
  let submitted = 0;
  let closed = false;
  /** The documents of threads that died, analysed again one after another (one thread of ~150 MB at a time). */
  let retries: Promise<unknown> = Promise.resolve();
  const retry = (job: AnalysisJob): Promise<AnalyzeResult> => {
    const result = retries.then(() => analyzeAlone(job, heapMb));
    retries = result;
    return result;
  };

  return {
    jobs,
    async analyze(raw, id) {
      if (closed) throw new Error('analysis pool is closed');
      submitted++;
      if (submitted > startAfter && !threads) {
        threads = new Piscina({
          filename: new URL('./worker.js', import.meta.url).href,
          minThreads: jobs,
          maxThreads: jobs,
          concurrentTasksPerWorker: TASKS_PER_THREAD,
          idleTimeout: 1000,
          resourceLimits: { maxOldGenerationSizeMb: heapMb },
        });
        // A thread that dies between tasks (out of memory while loading, say) is replaced by piscina; its
        // error must not end the process: the documents it held already failed, and are analysed again.
        threads.on('error', () => undefined);
      }
      if (submitted <= inlineFirst) return analyzeRaw(raw, (stages ??= createStages()), { id, today });
      stages = null; // from here on the threads hold the language data
      if (!threads) throw new Error('analysis threads not started'); // cannot happen: startAfter <= inlineFirst
      const job = { raw, id, today };
      try {
        return await threads.run(job);
      } catch (err) {
        // Closed meanwhile (a run that stops on an error): nothing to analyse again.
        if (closed) return { ok: false, reason: `analysis thread failed: ${err instanceof Error ? err.message : String(err)}` };
        // Its thread died, maybe for another document it held: analysed again alone, only a document
        // that ends a thread of its own fails, with the reason.
        return retry(job);
      }
    },
    async close() {
      closed = true;
      await threads?.destroy();
      await retries;
    },
  };
}
