/**
 * Hostile input, generated (fast-check): random bytes under every file name the readers take,
 * random Unicode, random markup and random news-like text. Whatever comes in, reading and analysing
 * never throw, never hang, and what comes out is whole: every span holds the text it claims, every
 * exact offset segment maps the cleaned text back to the raw input, and memory stays bounded.
 *
 * Runs are seeded (DOSSIER_FC_SEED overrides the seed, DOSSIER_FC_RUNS the number of runs per
 * property) so a failure reproduces; fast-check prints the seed and the shrunk input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { readInputs } from '../read/read.js';
import { documentProblems } from '../store/check.js';
import { analyzeRaw } from './run.js';
import { createStages } from './stages.js';
import type { Doc, RawDoc } from './types.js';

const SEED = Number(process.env.DOSSIER_FC_SEED ?? 20261129);
const RUNS = Number(process.env.DOSSIER_FC_RUNS ?? 60);
/** Far above what one small document takes (a few ms): only a hang or a blow-up gets near it. */
const MAX_MS_PER_DOC = 5000;

const stages = createStages();

/** Problems of an analysed document: broken spans, and exact offset segments that do not map back. */
function problems(doc: Doc): string[] {
  const out = documentProblems(doc);
  for (const s of doc.offsets) {
    if (s.cleanStart < 0 || s.cleanStart + s.length > doc.text.length || s.rawStart < 0 || s.rawStart + s.rawLength > doc.raw.length) {
      out.push(`offset segment ${JSON.stringify(s)} lies outside the text or the raw input`);
    } else if (s.exact && doc.text.slice(s.cleanStart, s.cleanStart + s.length) !== doc.raw.slice(s.rawStart, s.rawStart + s.rawLength)) {
      out.push(`exact offset segment ${JSON.stringify(s)} does not map back to the raw input`);
    }
  }
  return out;
}

/** Analyses one raw document and asserts the result is a document that is whole, or a reason. */
function analyseWhole(raw: RawDoc): void {
  const started = performance.now();
  const r = analyzeRaw(raw, stages, { today: '2026-01-01' });
  const ms = performance.now() - started;
  assert.ok(ms < MAX_MS_PER_DOC, `analysis took ${Math.round(ms)} ms`);
  if (r.ok) assert.deepEqual(problems(r.doc), []);
  else assert.ok(r.reason.length > 0, 'a refused document says why');
}

const raw = (content: string, format: RawDoc['format']): RawDoc => ({ source: `generated.${format === 'html' ? 'html' : 'txt'}`, format, raw: content, declared: {} });

/** Words and marks the stages react to, so random text reaches their rules, not only their early exits. */
const NEWS_PIECES = [
  'Rajnath Singh', 'Gen Nakatani', 'said', 'told reporters', '"', '“', '”', "'", '‘', '’', '«', '»', ',', '.', '\n\n', ' ', ' ', ' ',
  'Monday', 'on May 5, 2025', 'last year', '2019', '05/05/2025', 'Tokyo', 'New Delhi', 'the Ministry of Defence', 'Minister',
  'रक्षा मंत्री', 'राजनाथ सिंह', 'ने कहा कि', 'सोमवार को', '२६ लोगों', '।', 'killed 26 people', 'met', 'flood', 'Mr', 'Dr.', 'U.S.',
  '(', ')', '-', '—', '…', '\u200D', '\u0301', 'İ', 'ß', '🙂', 'date 2025-05-05\n', 'he said', 'according to officials',
];
const newsText = fc.array(fc.constantFrom(...NEWS_PIECES), { maxLength: 300 }).map((parts) => parts.join(''));

const { tree } = fc.letrec<{ tree: string; node: string }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 6 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(newsText, fc.string({ unit: 'binary', maxLength: 40 })),
    fc
      .tuple(
        fc.constantFrom('p', 'div', 'article', 'script', 'style', 'h1', 'title', 'meta', 'a', 'span', 'br', 'time', 'li', 'table', 'iframe', 'svg', 'x-y', '!--'),
        fc.string({ maxLength: 20 }),
        tie('tree'),
        fc.boolean(),
      )
      .map(([tag, attr, inner, close]) => `<${tag} ${attr}>${inner}${close ? `</${tag}>` : ''}`),
  ),
}));

test('random Unicode text is analysed into a whole document or refused with a reason', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => analyseWhole(raw(s, 'text'))),
    { seed: SEED, numRuns: RUNS },
  );
});

test('random news-like text (names, dates, quotation marks, two scripts) gives whole documents', () => {
  fc.assert(fc.property(newsText, (s) => analyseWhole(raw(s, 'text'))), { seed: SEED, numRuns: RUNS * 2 });
});

test('random markup is cleaned and analysed into a whole document or refused with a reason', () => {
  fc.assert(fc.property(tree, (html) => analyseWhole(raw(`<html><body>${html}</body></html>`, 'html'))), { seed: SEED, numRuns: RUNS });
});

test('random bytes under every name the readers take: a document or a reason per input, never a throw', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  const names = ['a.txt', 'a.html', 'a.jsonl', 'a.rss', 'a.atom', 'a.xml', 'a.json', 'a.warc', 'a.txt.gz', 'a.warc.gz', 'a.jsonl.gz'];
  try {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom(...names), fc.boolean(), async (bytes, name, gzipped) => {
        const path = join(dir, name);
        // A `.gz` name gets real gzip of the random bytes half the time, so the readers behind it are reached too.
        writeFileSync(path, name.endsWith('.gz') && gzipped ? gzipSync(bytes) : bytes);
        for await (const r of readInputs([path])) {
          if (r.ok) analyseWhole(r.doc);
          else assert.ok(r.reason.length > 0, `${r.source}: a refused input says why`);
        }
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('memory stays bounded over many hostile documents', () => {
  const before = process.memoryUsage().rss;
  fc.assert(fc.property(fc.oneof(newsText, tree), (s) => analyseWhole(raw(s, s.startsWith('<') ? 'html' : 'text'))), { seed: SEED + 1, numRuns: RUNS * 3 });
  const grownMb = (process.memoryUsage().rss - before) / 1048576;
  assert.ok(grownMb < 300, `resident memory grew by ${Math.round(grownMb)} MB`);
});
