/**
 * Helpers of the crash-safety tests (`crash.*.test.ts`): run the CLI and kill it, check the store.
 * Test-only.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus, writeCorpus } from '../bench/generate.js';
import { checkStore } from './check.js';
import { openStore } from './open.js';

const BIN = resolve('bin/dossier.js');
export const KILLS = 50;

/** Runs the CLI; with `killAfter`, kills it with SIGKILL after that many ms. Resolves with the exit code (null when killed). */
export function run(args: string[], killAfter?: number): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    const timer = killAfter === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfter);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      done(code);
    });
  });
}

export async function assertConsistent(store: string, when: string): Promise<number> {
  if (!store.startsWith('postgres') && !existsSync(store)) return 0;
  const s = await openStore({ path: store });
  try {
    const report = await checkStore(s);
    assert.deepEqual(report.problems, [], `store inconsistent after ${when}`);
    return report.documents;
  } finally {
    await s.close();
  }
}

export async function documentsOnce(store: string, expected: number): Promise<void> {
  const s = await openStore({ path: store });
  try {
    const ids: string[] = [];
    for await (const d of s.documents({ raw: false })) ids.push(d.id);
    assert.equal(ids.length, expected, 'every document stored');
    assert.equal(new Set(ids).size, ids.length, 'no document stored twice');
  } finally {
    await s.close();
  }
}

export function corpus(dir: string): { path: string; count: number } {
  const files = generateCorpus('examples', 40, 9);
  writeCorpus(join(dir, 'in'), files);
  return { path: join(dir, 'in'), count: files.length };
}

