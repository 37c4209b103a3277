import cliProgress from 'cli-progress';
import { readSources } from './sources.js';
import type { ReadResult } from '../read/read.js';
import { createAnalysisPool, type AnalysisPool } from '../pipeline/pool.js';
import { contentId } from '../pipeline/doc.js';
import { refreshCorpus } from '../corpus/run.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { Doc } from '../pipeline/types.js';
import { formatTimeline } from './timeline.js';
import type { Io } from './io.js';

export interface AnalyzeOptions {
  store: string;
  /** Re-analyse documents already in the store (after upgrading Dossier, say). */
  force?: boolean;
  maxBytes?: number;
  /** Print the timeline (default) or only the summary. */
  timeline?: boolean;
  /** Show a progress bar on a terminal (default true). */
  progress?: boolean;
  /** Threads for the per-document stages (default: the machine's cores). */
  jobs?: number;
  /** A file listing URLs to fetch and analyse, one a line. */
  urls?: string;
  /** Inputs already read (by `dossier watch`), analysed instead of `paths`. */
  inputs?: AsyncIterable<ReadResult>;
}

export interface AnalyzeSummary {
  read: number;
  added: number;
  unchanged: number;
  skipped: { source: string; reason: string }[];
  events: number;
  /** Seconds the corpus stages took (0 when nothing new needed them). */
  corpusSeconds: number;
}

/**
 * `dossier analyze PATH...`: reads, cleans and analyses every input, stores what is new, reruns
 * the corpus stages, prints the timeline and a summary line. Bad inputs are listed with their
 * reason and the run goes on; returns the exit code (0, or 1 when every input failed).
 *
 * @example
 * ```ts
 * const code = await runAnalyze(['examples/'], { store: 'dossier.db' }, processIo());
 * ```
 */
export async function runAnalyze(paths: string[], options: AnalyzeOptions, io: Io): Promise<{ code: number; summary: AnalyzeSummary }> {
  const store = await openStore({ path: options.store });
  try {
    return await analyzeInto(store, paths, options, io);
  } finally {
    await store.close();
  }
}

/** Documents written to the store in one transaction, at most. */
export const WRITE_BATCH_DOCS = 64;
/** Characters of raw input and text written in one transaction, at most (a batch of large pages ends sooner). */
export const WRITE_BATCH_CHARS = 16_000_000;

/** What became of one input, reported in input order. */
type Outcome =
  | { kind: 'stored'; doc: Doc; source: string }
  | { kind: 'unchanged'; source: string }
  | { kind: 'skipped'; source: string; reason: string };

async function analyzeInto(store: Store, paths: string[], options: AnalyzeOptions, io: Io): Promise<{ code: number; summary: AnalyzeSummary }> {
  const summary: AnalyzeSummary = { read: 0, added: 0, unchanged: 0, skipped: [], events: 0, corpusSeconds: 0 };
  // The threads (each with its own taggers and lexicons) are closed before the corpus stages run, so
  // the run's peak memory is the larger of the two phases, not their sum.
  const pool = createAnalysisPool(options.jobs !== undefined ? { jobs: options.jobs } : {});
  try {
    await storeDocuments(pool, store, paths, options, io, summary);
  } finally {
    await pool.close();
  }
  return finish(store, options, io, summary);
}

/** Reads, analyses and stores every input, counting outcomes into `summary`. */
async function storeDocuments(pool: AnalysisPool, store: Store, paths: string[], options: AnalyzeOptions, io: Io, summary: AnalyzeSummary): Promise<void> {
  const bar = options.progress !== false && io.isTTY
    ? new cliProgress.SingleBar({ format: 'documents: {value} | {rate}/s | {source}', stream: process.stderr, clearOnComplete: true, noTTYOutput: false }, cliProgress.Presets.shades_classic)
    : null;
  const started = Date.now();
  bar?.start(0, 0, { rate: 0, source: '' });
  // Inputs are analysed concurrently but their outcomes are written strictly in input order, so the
  // store (and its document order) is the same with any number of threads. `inFlight` holds the
  // ids not yet written, so the same content twice in one run is analysed once.
  const queue: Promise<Outcome>[] = [];
  const inFlight = new Set<string>();
  const window = pool.jobs * 8;
  // Analysed documents are written a batch at a time, each batch one transaction: a commit per
  // document cost more than the insert itself (SQLite's WAL, PostgreSQL's round trip and commit).
  // A run stopped in between loses at most the batch being filled, which the next run analyses again.
  let batch: Doc[] = [];
  let batchChars = 0;
  const progress = (source: string): void => {
    const done = summary.added + summary.unchanged + summary.skipped.length;
    bar?.setTotal(summary.read);
    bar?.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)), source });
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    batchChars = 0;
    await store.putDocuments(docs);
    for (const d of docs) inFlight.delete(d.id);
    summary.added += docs.length;
    progress(docs[docs.length - 1]?.source ?? '');
  };
  const writeNext = async (): Promise<void> => {
    const outcome = await (queue.shift() as Promise<Outcome>);
    if (outcome.kind === 'stored') {
      batch.push(outcome.doc);
      batchChars += outcome.doc.raw.length + outcome.doc.text.length;
      if (batch.length >= WRITE_BATCH_DOCS || batchChars >= WRITE_BATCH_CHARS) await flush();
      return;
    }
    if (outcome.kind === 'unchanged') summary.unchanged++;
    else summary.skipped.push({ source: outcome.source, reason: outcome.reason });
    progress(outcome.source);
  };
  for await (const input of options.inputs ?? readSources(paths, { ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.urls !== undefined ? { urlsFile: options.urls } : {}) })) {
    summary.read++;
    if (!input.ok) {
      queue.push(Promise.resolve({ kind: 'skipped', source: input.source, reason: input.reason }));
    } else {
      const raw = input.doc;
      const id = contentId(raw.raw);
      if (inFlight.has(id) || (!options.force && (await store.hasDocument(id)))) {
        queue.push(Promise.resolve({ kind: 'unchanged', source: raw.source }));
      } else {
        inFlight.add(id);
        queue.push(
          pool.analyze(raw, id).then((result): Outcome => {
            if (result.ok) return { kind: 'stored', doc: result.doc, source: raw.source };
            inFlight.delete(id);
            return { kind: 'skipped', source: raw.source, reason: result.reason };
          }),
        );
      }
    }
    while (queue.length > window) await writeNext();
  }
  while (queue.length > 0) await writeNext();
  await flush();
  bar?.stop();
}

/** Reruns the corpus stages when needed, prints the timeline and the summary; returns the exit code. */
async function finish(store: Store, options: AnalyzeOptions, io: Io, summary: AnalyzeSummary): Promise<{ code: number; summary: AnalyzeSummary }> {
  const corpusStarted = Date.now();
  // On a terminal, one status line names the corpus step running and the seconds so far (a large store
  // takes minutes), rewritten in place and cleared when done.
  const onStep = options.progress !== false && io.isTTY
    ? (step: string): void => io.err(`\rcorpus: ${step}… (${Math.round((Date.now() - corpusStarted) / 1000)} s)\x1b[K`)
    : undefined;
  if (await refreshCorpus(store, { ...(onStep ? { onStep } : {}), ...(options.jobs !== undefined ? { jobs: options.jobs } : {}) })) summary.corpusSeconds = (Date.now() - corpusStarted) / 1000;
  if (onStep) io.err('\r\x1b[K');
  // The whole corpus state is loaded only to print the timeline (at 20,000 articles it is ~100 MB).
  if (options.timeline !== false) {
    const corpus = await store.corpus();
    summary.events = corpus.events.length;
    io.out(formatTimeline(corpus, await store.languages()));
  } else summary.events = await store.countEvents();
  for (const s of summary.skipped) io.err(`skipped ${s.source}: ${s.reason}\n`);
  io.out(
    `${summary.read} document${summary.read === 1 ? '' : 's'} read (${summary.added} new, ${summary.unchanged} already stored), ` +
      `${summary.skipped.length} skipped, ${summary.events} event${summary.events === 1 ? '' : 's'} in ${options.store}\n`,
  );
  const allFailed = summary.read > 0 && summary.skipped.length === summary.read;
  if (summary.read === 0) io.err('no inputs found (give .txt, .html, .jsonl files or folders holding them)\n');
  return { code: allFailed || summary.read === 0 ? 1 : 0, summary };
}
