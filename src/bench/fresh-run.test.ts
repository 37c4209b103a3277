import { test } from 'node:test';
import assert from 'node:assert/strict';
import { medianRun } from './fresh-run.js';

test('medianRun takes the middle run by seconds, whatever the order, and the lower middle of an even number', () => {
  const runs = [{ seconds: 9.1, id: 'a' }, { seconds: 7.2, id: 'b' }, { seconds: 8.4, id: 'c' }];
  assert.equal(medianRun(runs).id, 'c');
  assert.equal(medianRun([...runs].reverse()).id, 'c');
  assert.equal(medianRun([...runs, { seconds: 7.5, id: 'd' }]).id, 'd');
  assert.equal(medianRun([{ seconds: 3, id: 'only' }]).id, 'only');
  // The runs given are left in their order.
  assert.deepEqual(runs.map((r) => r.id), ['a', 'b', 'c']);
  assert.throws(() => medianRun([]), /no runs/);
});
