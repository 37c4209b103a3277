/**
 * Same-story figures on fixed random samples of the public pair data (skipped, visibly, where
 * `../shared/eval` is absent), through the product path and scored by the shared scorers, with
 * floors a little under what this version reaches, so a regression fails. The full sets are
 * measured by `../shared/tools/measure.sh similarity hien`.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../cli/main.js';
import type { Io } from '../../cli/io.js';
import { seededShuffle } from '../../pipeline/random.js';

const SHARED = resolve(process.cwd(), '../shared');
const EVAL = join(SHARED, 'eval');

function capture(): Io & { text: () => string } {
  let text = '';
  return { out: (s) => void (text += s), err: () => undefined, isTTY: false, text: () => text };
}


/** Analyses `docs` and scores the export with the shared scorer `scorer`; returns its output. */
async function measure(dir: string, scorer: string, gold: unknown): Promise<string> {
  const store = join(dir, 's.db');
  assert.equal(await main(['analyze', join(dir, 'docs'), '--store', store, '--no-timeline', '--no-progress'], capture()), 0);
  const out = capture();
  assert.equal(await main(['export', '--store', store, '--format', 'json'], out), 0);
  writeFileSync(join(dir, 'export.json'), out.text());
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));
  const r = spawnSync(process.execPath, [join(SHARED, 'tools', scorer), join(dir, 'export.json'), join(dir, 'gold.json')], { encoding: 'utf8' });
  return r.stdout;
}

function figure(out: string, name: string): number {
  const m = new RegExp(`${name} ([0-9.]+)`).exec(out);
  assert.ok(m, `${name} in: ${out}`);
  return Number(m[1]);
}

function skipWithout(t: TestContext, path: string): boolean {
  if (existsSync(path)) return false;
  t.diagnostic(`${path} absent: skipped`);
  t.skip(`${path} absent`);
  return true;
}

test('Hindi–English speech pairs: a sample of 12 pairs clusters into its stories', async (t) => {
  const src = join(EVAL, 'hien-dev');
  if (skipWithout(t, src)) return;
  const pairs = JSON.parse(readFileSync(join(src, 'pairs.json'), 'utf8')) as { a: string; b: string }[];
  const chosen = seededShuffle(pairs, 2026).slice(0, 12);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-hien-'));
  try {
    mkdirSync(join(dir, 'docs'));
    for (const p of chosen) for (const stem of [p.a, p.b]) copyFileSync(join(src, 'docs', `${stem}.txt`), join(dir, 'docs', `${stem}.txt`));
    const out = await measure(dir, 'score-pairs.mjs', chosen);
    t.diagnostic(out.trim());
    assert.ok(figure(out, 'f1') >= 0.9, out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SemEval-2022 news pairs: a sample of 120 pairs in seven languages keeps its same-story F1', async (t) => {
  const src = join(EVAL, 'news-similarity-dev', 'pairs.jsonl');
  if (skipWithout(t, src)) return;
  const rows = readFileSync(src, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {
    pair_id: string; lang1: string; lang2: string; text1: string; text2: string; Overall: number;
  });
  const chosen = seededShuffle(rows, 2026).slice(0, 120);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-semeval-'));
  try {
    mkdirSync(join(dir, 'docs'));
    const gold = chosen.map((r) => {
      const [a, b] = r.pair_id.split('_') as [string, string];
      writeFileSync(join(dir, 'docs', `${a}.txt`), `${r.text1}\n`);
      writeFileSync(join(dir, 'docs', `${b}.txt`), `${r.text2}\n`);
      return { a, b, overall: r.Overall, cross: r.lang1 !== r.lang2 };
    });
    const out = await measure(dir, 'score-similarity.mjs', gold);
    t.diagnostic(out.trim());
    assert.ok(figure(out, 'all_f1') >= 0.65, out);
    assert.ok(figure(out, 'cross_f1') >= 0.65, out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
