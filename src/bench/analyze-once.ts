/**
 * One `dossier analyze FOLDER --store STORE --jobs N` in this fresh process, as the benches measure it
 * ({@link analyzeInFreshProcess}): prints one JSON line with the documents read, added and skipped, the
 * events stored, the seconds, the corpus-stage seconds and the process's peak resident memory (the
 * kernel's high-water mark, worker threads included). A process of its own, so the peak is the run's own
 * and not the heap an earlier run in the same process left behind.
 *
 * Usage: `node dist/bench/analyze-once.js STORE FOLDER JOBS`
 */
import { runAnalyze } from '../cli/analyze.js';

const [store, folder, jobsArg] = process.argv.slice(2);
const jobs = Number(jobsArg);
if (!store || !folder || !Number.isInteger(jobs) || jobs < 1) {
  process.stderr.write('usage: analyze-once.js STORE FOLDER JOBS\n');
  process.exit(2);
}
const started = process.hrtime.bigint();
const { summary } = await runAnalyze([folder], { store, timeline: false, progress: false, jobs }, {
  out: (): void => undefined,
  err: (s: string): void => void process.stderr.write(s),
  isTTY: false,
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// resourceUsage().maxRSS is in kilobytes.
process.stdout.write(`${JSON.stringify({
  read: summary.read, added: summary.added, skipped: summary.skipped.length, events: summary.events,
  seconds, corpusSeconds: summary.corpusSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024,
})}\n`);
