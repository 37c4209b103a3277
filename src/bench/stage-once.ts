/**
 * One stage profile ({@link profileStages}) in this process, for the bench's measure of how the
 * per-document stages scale when several run at once ({@link profileStagesAtOnce}): prints one JSON
 * line with the articles profiled and the milliseconds they took in all.
 *
 * Usage: `node dist/bench/stage-once.js FOLDER TODAY`
 */
import { profileStages } from './stage-bench.js';

const [folder, today] = process.argv.slice(2);
if (!folder || !today) {
  process.stderr.write('usage: stage-once.js FOLDER TODAY\n');
  process.exit(2);
}
const p = await profileStages([folder], today);
process.stdout.write(`${JSON.stringify({ articles: p.articles, ms: Object.values(p.ms).reduce((a, b) => a + b, 0) })}\n`);
