import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerOnThread } from './thread-once.js';

test('a thread started for one answer gives its first message, or why there is none, and never rejects', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-thread-once-'));
  const script = (name: string, body: string): URL => {
    const path = join(dir, name);
    writeFileSync(path, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
    return pathToFileURL(path);
  };
  try {
    const square = script('square.mjs', "parentPort.once('message', (n) => { parentPort.postMessage(n * n); parentPort.postMessage(-1); });");
    assert.deepEqual(await answerOnThread<number>(square, {}, { message: 7 }), { ok: true, message: 49 }, 'the first message only');
    const bytes = new Uint8Array([1, 2, 3]);
    const sum = script('sum.mjs', "parentPort.once('message', (b) => parentPort.postMessage(b.reduce((a, x) => a + x, 0)));");
    assert.deepEqual(await answerOnThread<number>(sum, {}, { message: bytes, transfer: [bytes.buffer] }), { ok: true, message: 6 });
    assert.equal(bytes.byteLength, 0, 'the transferred buffer was moved');
    const data = script('data.mjs', 'parentPort.postMessage(workerData.x + 1);');
    assert.deepEqual(await answerOnThread<number>(data, { workerData: { x: 1 } }), { ok: true, message: 2 });
    const throws = await answerOnThread(script('throws.mjs', "throw new Error('broken');"), {});
    assert.deepEqual(throws, { ok: false, why: 'broken' });
    const silent = await answerOnThread(script('silent.mjs', ''), {});
    assert.deepEqual(silent, { ok: false, why: 'it ended (code 0) without an answer' });
    const missing = await answerOnThread(pathToFileURL(join(dir, 'missing.mjs')), {});
    assert.equal(missing.ok, false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
