/**
 * The analysis job queue for many workers: pg-boss on the PostgreSQL store's database. A job
 * carries one raw document (so a worker on another machine needs no shared files); its id is derived
 * from the document's content hash, so the same document queued twice is one job.
 */
import PgBoss from 'pg-boss';
import type { RawDoc } from '../pipeline/types.js';

/** The queue's name in pg-boss. */
export const ANALYZE_QUEUE = 'dossier-analyze';

/** What one job carries. */
export interface AnalyzeJobData {
  id: string;
  raw: RawDoc;
  /** Analyse again even when the document is stored (`analyze --enqueue --force`). */
  force?: boolean;
}

/** A job that failed for good, with the reason kept. */
export interface FailedJob {
  job: string;
  source: string;
  reason: string;
  failedAt: string | null;
}

/** Jobs by state. */
export type QueueCounts = Record<'created' | 'retry' | 'active' | 'completed' | 'failed', number>;

/** Options of {@link openQueue}. */
export interface QueueOptions {
  /** Seconds an active job may run before it counts as abandoned (its worker died) and is retried. */
  expireInSeconds?: number;
  /** Retries after a failure or an abandoned run. */
  retryLimit?: number;
  /** Seconds between pg-boss's checks for abandoned jobs (default pg-boss's own). */
  superviseSeconds?: number;
}

/** The queue as Dossier uses it. */
export interface AnalyzeQueue {
  /** Queues a document; false when a job for the same content exists already (unless forced). */
  enqueue(data: AnalyzeJobData): Promise<boolean>;
  /** Takes up to `n` jobs (none when the queue is empty). */
  take(n: number): Promise<PgBoss.Job<AnalyzeJobData>[]>;
  complete(job: string): Promise<void>;
  fail(job: string, reason: string): Promise<void>;
  counts(): Promise<QueueCounts>;
  failed(limit: number): Promise<FailedJob[]>;
  close(): Promise<void>;
}

/**
 * A stable UUID for a content id (a hex hash): the job id, so a document is queued once.
 *
 * @example
 * ```ts
 * jobIdOf('3f2a…'); // '3f2a…-…' (8-4-4-4-12 hex)
 * ```
 */
export function jobIdOf(contentId: string): string {
  const hex = contentId.replace(/[^0-9a-f]/gi, '').toLowerCase().padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Opens (creating on first use) the analysis queue in the database at `url`.
 *
 * @example
 * ```ts
 * const queue = await openQueue('postgres://postgres@127.0.0.1/dossier');
 * await queue.enqueue({ id, raw });
 * ```
 */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<AnalyzeQueue> {
  const boss = new PgBoss({
    connectionString: url, schedule: false, max: 4,
    ...(options.superviseSeconds !== undefined ? { maintenanceIntervalSeconds: options.superviseSeconds } : {}),
  });
  // pg-boss reports background errors (a dropped connection during maintenance) as events; the
  // next call that needs the database reports them to the user.
  boss.on('error', () => undefined);
  await boss.start();
  if (!(await boss.getQueue(ANALYZE_QUEUE))) {
    await boss.createQueue(ANALYZE_QUEUE, {
      name: ANALYZE_QUEUE,
      policy: 'standard',
      retryLimit: options.retryLimit ?? 2,
      expireInSeconds: options.expireInSeconds ?? 300,
    });
  }
  const db = boss.getDb() as { executeSql(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };
  return {
    async enqueue(data) {
      // A forced re-analysis is a new job; otherwise the content decides the job id, so it is queued once.
      return (await boss.send(ANALYZE_QUEUE, data, data.force ? {} : { id: jobIdOf(data.id) })) !== null;
    },
    take(n) {
      return boss.fetch<AnalyzeJobData>(ANALYZE_QUEUE, { batchSize: n });
    },
    complete(job) {
      return boss.complete(ANALYZE_QUEUE, job);
    },
    fail(job, reason) {
      return boss.fail(ANALYZE_QUEUE, job, { reason });
    },
    async counts() {
      const { rows } = await db.executeSql('SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state', [ANALYZE_QUEUE]);
      const out: QueueCounts = { created: 0, retry: 0, active: 0, completed: 0, failed: 0 };
      for (const r of rows) if (String(r.state) in out) out[String(r.state) as keyof QueueCounts] = Number(r.n);
      return out;
    },
    async failed(limit) {
      const { rows } = await db.executeSql(
        `SELECT id, data->'raw'->>'source' AS source, output, completed_on FROM pgboss.job
         WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $2`,
        [ANALYZE_QUEUE, limit],
      );
      return rows.map((r) => ({
        job: String(r.id),
        source: String(r.source ?? '?'),
        reason: reasonOf(r.output),
        failedAt: r.completed_on instanceof Date ? r.completed_on.toISOString() : null,
      }));
    },
    async close() {
      await boss.stop({ graceful: false, wait: true });
    },
  };
}

/** The reason a failed job's output holds: ours (`{ reason }`), or pg-boss's error of an abandoned run. */
function reasonOf(output: unknown): string {
  if (output && typeof output === 'object') {
    const o = output as { reason?: unknown; message?: unknown; value?: unknown };
    if (typeof o.reason === 'string') return o.reason;
    if (typeof o.message === 'string') return o.message;
    if (typeof o.value === 'string') return o.value;
  }
  return output === null || output === undefined ? 'no reason recorded' : JSON.stringify(output);
}
