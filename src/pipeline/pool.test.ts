/**
 * The analysis pool: threads analyse exactly what the calling thread would, and `dossier analyze`
 * stores the same documents in the same order with one thread or several.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalysisPool } from './pool.js';
import { analyzeRaw } from './run.js';
import { createStages } from './stages.js';
import { contentId } from './doc.js';
import { generateCorpus, writeCorpus } from '../bench/generate.js';
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';
import type { RawDoc } from './types.js';

function capture(): Io & { text: () => string } {
  let text = '';
  return { out: (s) => void (text += s), err: (s) => void (text += s), isTTY: false, text: () => text };
}

const TODAY = '2026-01-15';

test('threads analyse exactly what the calling thread analyses, and refusals keep their reason', async () => {
  const raws: RawDoc[] = generateCorpus('examples', 12, 3).map((f) => ({ source: f.name, format: 'text', raw: f.content, declared: {} }));
  raws.push({ source: 'empty.html', format: 'html', raw: '<html><body><nav>Home</nav></body></html>', declared: {} });
  const stages = createStages();
  const pool = createAnalysisPool({ jobs: 2, today: TODAY, inlineFirst: 0 });
  try {
    const threaded = await Promise.all(raws.map((r) => pool.analyze(r, contentId(r.raw))));
    const inline = raws.map((r) => analyzeRaw(r, stages, { id: contentId(r.raw), today: TODAY }));
    assert.deepEqual(threaded, inline);
    assert.equal(threaded.at(-1)?.ok, false, 'a page with no article is refused');
    assert.ok(threaded.filter((r) => r.ok).length >= 12);
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.analyze(raws[0] as RawDoc, 'x'), /closed/);
});

test('dossier analyze stores the same export with --jobs 1 and --jobs 2, duplicates counted once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-jobs-'));
  try {
    // More documents than one write batch holds (WRITE_BATCH_DOCS), and not a whole number of batches.
    const files = generateCorpus('examples', 150, 5);
    writeCorpus(join(dir, 'in'), files);
    // The same content under a second name: stored once, reported as already stored.
    writeCorpus(join(dir, 'in', 'again'), files.slice(0, 3));
    const exports: string[] = [];
    for (const jobs of ['1', '2']) {
      const store = join(dir, `s${jobs}.db`);
      const out = capture();
      assert.equal(await main(['analyze', join(dir, 'in'), '--store', store, '--jobs', jobs, '--no-timeline', '--no-progress'], out), 0);
      assert.match(out.text(), /153 documents read \(150 new, 3 already stored\), 0 skipped/);
      const ex = capture();
      assert.equal(await main(['export', '--store', store, '--format', 'json'], ex), 0);
      assert.equal((JSON.parse(ex.text()) as { documents: unknown[] }).documents.length, 150);
      exports.push(ex.text().replace(/"analyzed_at":"[^"]*"/g, ''));
    }
    assert.equal(exports[1], exports[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--jobs takes a positive whole number', async () => {
  const out = capture();
  assert.equal(await main(['analyze', 'examples', '--jobs', '0'], out), 2);
  assert.match(out.text(), /--jobs.*positive whole number/);
});

test('a document that ends its thread fails alone: the others that thread held are analysed again and stored', async () => {
  const small = generateCorpus('examples', 4, 7).map((f, i): RawDoc => ({ source: `s${i}.txt`, format: 'text', raw: f.content, declared: {} }));
  // ~30 MB of text cannot be analysed within 160 MB of heap; each small one can (the language data is ~90 MB).
  const huge: RawDoc = { source: 'huge.txt', format: 'text', raw: (small[0]?.raw ?? '').repeat(Math.ceil(30e6 / (small[0]?.raw.length ?? 1))), declared: {} };
  const pool = createAnalysisPool({ jobs: 2, inlineFirst: 0, today: TODAY, threadHeapMb: 160 });
  try {
    // Each thread holds TASKS_PER_THREAD documents at once: the huge one shares its thread with a small one.
    const results = await Promise.all([huge, ...small].map((raw) => pool.analyze(raw, contentId(raw.raw))));
    assert.match(results[0]?.ok ? '' : (results[0]?.reason ?? ''), /^analysis thread failed: .*memory/i);
    results.slice(1).forEach((r, i) => assert.equal(r.ok, true, `${small[i]?.source}: ${r.ok ? '' : r.reason}`));
  } finally {
    await pool.close();
  }
});

test('documents still in flight when the pool is closed fail with a reason, and are not analysed again', async () => {
  const docs = generateCorpus('examples', 6, 3).map((f, i): RawDoc => ({ source: `d${i}.txt`, format: 'text', raw: f.content, declared: {} }));
  const pool = createAnalysisPool({ jobs: 2, inlineFirst: 0, today: TODAY });
  // The threads take a second to load: none has answered when the pool closes.
  const pending = docs.map((raw) => pool.analyze(raw, contentId(raw.raw)));
  await pool.close();
  for (const r of await Promise.all(pending)) assert.match(r.ok ? 'analysed' : r.reason, /^analysis thread failed: /);
});

test('a thread that runs out of its heap fails its documents with a reason instead of ending the process; a limit above the live data analyses normally', async () => {
  const raw: RawDoc = { source: 'a.txt', format: 'text', raw: generateCorpus('examples', 1, 7)[0]?.content ?? '', declared: {} };
  // 8 MB cannot even hold the language data: every thread dies while loading, and each document says why.
  const pool = createAnalysisPool({ jobs: 2, inlineFirst: 0, today: TODAY, threadHeapMb: 8 });
  const small = createAnalysisPool({ jobs: 2, inlineFirst: 0, today: TODAY, threadHeapMb: 256 });
  try {
    const results = await Promise.all([pool.analyze(raw, 'x1'), pool.analyze(raw, 'x2')]);
    for (const r of results) assert.match(r.ok ? '' : r.reason, /^analysis thread failed: .*memory/i);
    const ok = await small.analyze(raw, contentId(raw.raw));
    assert.equal(ok.ok, true, 'a limit above the live data analyses normally');
  } finally {
    await pool.close();
    await small.close();
  }
});
