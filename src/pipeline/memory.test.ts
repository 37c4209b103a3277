import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectGarbage } from './memory.js';

test('a full collection frees what nothing holds any more', () => {
  // 64 MB in array buffers that only a local variable holds.
  let held: Float64Array[] | null = Array.from({ length: 64 }, () => new Float64Array(1 << 17).fill(1));
  const before = process.memoryUsage().arrayBuffers;
  assert.ok(before >= 64 * 2 ** 20, 'the buffers are allocated');
  assert.equal(held.length, 64);
  held = null;
  assert.equal(collectGarbage(), true, 'this Node gives the collector');
  assert.equal(collectGarbage(), true, 'and again');
  assert.ok(process.memoryUsage().arrayBuffers < before - 32 * 2 ** 20, 'most of the buffers are freed');
});
