/**
 * The body of an analysis thread (see `pool.ts`, run by piscina): builds the per-document stages
 * once per thread, then answers each {@link AnalysisJob} with the result of `analyzeRaw`.
 */
import { analyzeRaw, type AnalyzeResult } from './run.js';
import { createStages } from './stages.js';
import type { AnalysisJob } from './pool.js';

const stages = createStages();

export default function analyzeJob(job: AnalysisJob): AnalyzeResult {
  return analyzeRaw(job.raw, stages, { id: job.id, today: job.today });
}
