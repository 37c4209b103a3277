import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSubset, pickSubset } from './subset.js';

const items = Array.from({ length: 100 }, (_, i) => i);

test('a seeded sample is the same on every run, keeps the original order and is not a prefix', () => {
  const a = pickSubset(items, { sample: 10, seed: 7 });
  assert.deepEqual(a, pickSubset(items, { sample: 10, seed: 7 }));
  assert.equal(a.length, 10);
  assert.deepEqual(a, [...a].sort((x, y) => x - y));
  assert.notDeepEqual(a, items.slice(0, 10));
  assert.notDeepEqual(a, pickSubset(items, { sample: 10, seed: 8 }));
});

test('no subset is the full set; first N is a prefix; a sample larger than the set is the set', () => {
  assert.deepEqual(pickSubset(items), items);
  assert.deepEqual(pickSubset(items, { first: 3 }), [0, 1, 2]);
  assert.deepEqual(pickSubset(items, { sample: 500, seed: 1 }), items);
  assert.equal(describeSubset({ sample: 20, seed: 7 }), 'sample of 20 (seed 7)');
});
