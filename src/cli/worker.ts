/**
 * `dossier analyze … --enqueue`, `dossier worker` and `dossier jobs`: analysis spread over any
 * number of processes and machines through a job queue in the PostgreSQL store's database.
 */
import { readInputs } from '../read/read.js';
import { contentId } from '../pipeline/doc.js';
import { createAnalysisPool } from '../pipeline/pool.js';
import { refreshCorpus } from '../corpus/run.js';
import { openStore } from '../store/open.js';
import { isPostgresUrl, redactUrl } from '../store/postgres.js';
import { openQueue, type AnalyzeQueue, type QueueOptions } from '../queue/queue.js';
import type { Store } from '../store/store.js';
import { CliError, type Io } from './io.js';

function needPostgres(store: string, what: string): void {
  if (!isPostgresUrl(store)) {
    throw new CliError(`${what} needs a PostgreSQL store (--store postgres://…); '${store}' is an embedded file`, 2);
  }
}

async function withQueue<T>(store: string, options: QueueOptions, body: (queue: AnalyzeQueue) => Promise<T>): Promise<T> {
  let queue: AnalyzeQueue;
  try {
    queue = await openQueue(store, options);
  } catch (err) {
    throw new CliError(`cannot open the job queue in ${redactUrl(store)}: ${err instanceof Error ? err.message : String(err)}`, 1);
  }
  try {
    return await body(queue);
  } finally {
    await queue.close();
  }
}

/**
 * `dossier analyze PATH… --store postgres://… --enqueue`: reads every input and queues each new
 * document as one job; workers analyse them. Returns the exit code.
 *
 * @example
 * ```ts
 * await runEnqueue(['crawl/'], { store: 'postgres://postgres@127.0.0.1/dossier' }, processIo());
 * ```
 */
export async function runEnqueue(paths: string[], options: { store: string; maxBytes?: number; force?: boolean }, io: Io): Promise<number> {
  needPostgres(options.store, '--enqueue');
  const store = await openStore({ path: options.store });
  try {
    return await withQueue(options.store, {}, async (queue) => {
      let read = 0;
      let queued = 0;
      let stored = 0;
      let waiting = 0;
      const skipped: string[] = [];
      for await (const input of readInputs(paths, options.maxBytes ? { maxBytes: options.maxBytes } : {})) {
        read++;
        if (!input.ok) {
          skipped.push(`skipped ${input.source}: ${input.reason}`);
          continue;
        }
        const id = contentId(input.doc.raw);
        if (!options.force && (await store.hasDocument(id))) stored++;
        else if (await queue.enqueue({ id, raw: input.doc, ...(options.force ? { force: true } : {}) })) queued++;
        else waiting++;
      }
      for (const line of skipped) io.err(`${line}\n`);
      io.out(
        `${read} document${read === 1 ? '' : 's'} read: ${queued} queued, ${stored} already stored, ` +
          `${waiting} already queued or failed (see dossier jobs), ${skipped.length} skipped\n`,
      );
      if (read === 0) io.err('no inputs found (give .txt, .html, .jsonl files or folders holding them)\n');
      return read === 0 || skipped.length === read ? 1 : 0;
    });
  } finally {
    await store.close();
  }
}

/** Options of {@link runWorker}. */
export interface WorkerOptions {
  store: string;
  /** Analysis threads, and jobs taken at a time per thread (default: the cores). */
  concurrency?: number;
  /** Stop when the queue is empty (after updating the corpus), instead of waiting for new jobs. */
  untilIdle?: boolean;
  /** Seconds between polls of an empty queue (default 2). */
  pollSeconds?: number;
  /** For tests: how an abandoned job is recognised. */
  queue?: QueueOptions;
  /** Stops the loop (SIGINT/SIGTERM in the CLI). */
  signal?: AbortSignal;
}

/**
 * `dossier worker --store postgres://… [--concurrency N] [--until-idle]`: takes jobs, analyses,
 * stores each document (once: by content hash), and updates the corpus whenever the queue runs
 * dry after new documents (corpus updates are serialised across workers by the store). A document
 * the pipeline refuses fails its job with the reason, kept for `dossier jobs`.
 */
export async function runWorker(options: WorkerOptions, io: Io): Promise<number> {
  needPostgres(options.store, 'dossier worker');
  const store = await openStore({ path: options.store });
  const pool = createAnalysisPool(options.concurrency !== undefined ? { jobs: options.concurrency, inlineFirst: 0 } : { inlineFirst: 0 });
  try {
    return await withQueue(options.store, options.queue ?? {}, async (queue) => {
      let done = 0;
      let failed = 0;
      let dirty = false;
      for (;;) {
        if (options.signal?.aborted) break;
        const jobs = await queue.take(pool.jobs * 4);
        if (jobs.length === 0) {
          // A worker about to exit also brings a corpus up to date that another worker left stale.
          if (dirty || options.untilIdle) {
            await updateCorpus(store, io);
            dirty = false;
          }
          if (options.untilIdle) break;
          await sleep((options.pollSeconds ?? 2) * 1000, options.signal);
          continue;
        }
        await Promise.all(
          jobs.map(async (job) => {
            try {
              if (!job.data.force && (await store.hasDocument(job.data.id))) {
                await queue.complete(job.id);
                return;
              }
              const result = await pool.analyze(job.data.raw, job.data.id);
              if (result.ok) {
                await store.putDocument(result.doc);
                await queue.complete(job.id);
                done++;
                dirty = true;
              } else {
                await queue.fail(job.id, result.reason);
                failed++;
              }
            } catch (err) {
              await queue.fail(job.id, err instanceof Error ? err.message : String(err)).catch(() => undefined);
              failed++;
            }
          }),
        );
        if (Math.floor(done / 100) > Math.floor((done - jobs.length) / 100)) io.err(`worker: ${done} analysed, ${failed} failed\n`);
      }
      io.out(`worker: ${done} document${done === 1 ? '' : 's'} analysed, ${failed} failed\n`);
      return 0;
    });
  } finally {
    await pool.close();
    await store.close();
  }
}

async function updateCorpus(store: Store, io: Io): Promise<void> {
  await refreshCorpus(store, { onStep: (step) => io.err(`worker: corpus: ${step}…\n`) });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/**
 * `dossier jobs --store postgres://…`: jobs by state, and the failed ones with their reasons.
 */
export async function runJobs(options: { store: string; limit?: number }, io: Io): Promise<number> {
  needPostgres(options.store, 'dossier jobs');
  return withQueue(options.store, {}, async (queue) => {
    const c = await queue.counts();
    io.out(`queued ${c.created + c.retry}, running ${c.active}, done ${c.completed}, failed ${c.failed}\n`);
    for (const f of await queue.failed(options.limit ?? 50)) {
      io.out(`failed\t${f.failedAt ?? '-'}\t${f.source}\t${f.reason}\n`);
    }
    return 0;
  });
}
