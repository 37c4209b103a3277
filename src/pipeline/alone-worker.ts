/**
 * A thread that analyses one document and ends (see `analyzeAlone` in `pool.ts`): where a document
 * whose pool thread died is analysed again, so that only a document that ends a thread of its own fails.
 */
import { parentPort, workerData } from 'node:worker_threads';
import analyzeJob from './worker.js';
import type { AnalysisJob } from './pool.js';

parentPort?.postMessage(analyzeJob(workerData as AnalysisJob));
