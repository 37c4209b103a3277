import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAtOnce, profileStagesAtOnce } from './stage-bench.js';

test('stage profiles run side by side each report their own ms per article, and the line sums what they allow', async () => {
  const r = await profileStagesAtOnce('examples', '2026-01-01', 2);
  assert.equal(r.processes, 2);
  assert.equal(r.msPerArticle.length, 2);
  for (const ms of [...r.msPerArticle, ...r.alone]) assert.ok(Number.isFinite(ms) && ms > 0, `ms per article: ${ms}`);
  // Two profiles at 4 and 5 ms/article allow 250 + 200 articles/s; against 3 ms alone (2.5 and 3.5), a speed-up of 0.75 + 0.6.
  const line = formatAtOnce({ processes: 2, msPerArticle: [4, 5], alone: [2.5, 3.5] });
  assert.match(line, /speed-up 1\.35 of 2/);
  assert.match(line, /ceiling of the per-document stages 450 articles\/s/);
});
