/**
 * The measured half of `npm run bench:scale`: adds the articles of one folder to an existing store in
 * this fresh process, as `dossier analyze MORE --store STORE` would, and prints one JSON line with the
 * seconds, the corpus-stage seconds and the process's peak resident memory (the kernel's high-water mark,
 * worker threads included). A separate process, so the peak is the addition's own and not the heap the
 * run that built the store left behind.
 *
 * Usage: `node dist/bench/scale-add.js STORE FOLDER JOBS`
 */
import { runAnalyze } from '../cli/analyze.js';

const [store, folder, jobsArg] = process.argv.slice(2);
const jobs = Number(jobsArg);
if (!store || !folder || !Number.isInteger(jobs) || jobs < 1) {
  process.stderr.write('usage: scale-add.js STORE FOLDER JOBS\n');
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
process.stdout.write(`${JSON.stringify({ added: summary.added, seconds, corpusSeconds: summary.corpusSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
