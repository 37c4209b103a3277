import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompactBag } from './profile.js';
import { mulberry32 } from '../../pipeline/random.js';

test('a CompactBag reads exactly as the map it was made from, in the same order', () => {
  const random = mulberry32(7);
  for (let round = 0; round < 50; round++) {
    const map = new Map<string, number>();
    const n = Math.floor(random() * 40);
    for (let i = 0; i < n; i++) map.set(`k${Math.floor(random() * 60)}`, Math.floor(random() * 5) + random());
    const seen: string[] = [];
    const bag = new CompactBag(map, (k) => (seen.push(k), k));
    assert.equal(bag.size, map.size);
    assert.deepEqual([...bag], [...map]);
    assert.deepEqual([...bag.keys()], [...map.keys()]);
    assert.deepEqual([...bag.values()], [...map.values()]);
    const each: [string, number][] = [];
    bag.forEach((v, k) => each.push([k, v]));
    assert.deepEqual(each, [...map]);
    for (let i = 0; i < 60; i++) {
      assert.equal(bag.get(`k${i}`), map.get(`k${i}`));
      assert.equal(bag.has(`k${i}`), map.has(`k${i}`));
    }
    assert.deepEqual(seen, [...map.keys()], 'every key goes through the intern table once');
  }
});
