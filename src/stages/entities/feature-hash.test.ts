import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BlockStore, FeatureBuffer, FNV_START, fnvAppend, hashString } from './feature-hash.js';

/** A sentence's features as plain arrays. */
function collect(b: FeatureBuffer): { hashes: number[]; offsets: number[] } {
  const f = b.done();
  return { hashes: [...f.hashes], offsets: [...f.offsets] };
}

test('feature buffers that reuse pooled arrays never share them', () => {
  // Interleaved buffers, long sentences (arrays grown) and short ones, many times over.
  for (let round = 0; round < 20; round++) {
    const a = new FeatureBuffer();
    const b = new FeatureBuffer();
    const n = round % 2 ? 600 : 3;
    const wantA = { hashes: [] as number[], offsets: [0] };
    const wantB = { hashes: [] as number[], offsets: [0] };
    for (let t = 0; t < n; t++) {
      for (let k = 0; k < 3; k++) {
        a.add(t * 10 + k);
        wantA.hashes.push(t * 10 + k);
        b.add(round * 1000 + t);
        wantB.hashes.push(round * 1000 + t);
      }
      a.next();
      wantA.offsets.push(wantA.hashes.length);
      if (t % 2 === 0) {
        b.next();
        wantB.offsets.push(wantB.hashes.length);
      }
    }
    const fa = a.done();
    assert.deepEqual(collect(b), wantB);
    assert.deepEqual({ hashes: [...fa.hashes], offsets: [...fa.offsets] }, wantA, 'an answer is not changed by later buffers');
  }
});

test('a buffer goes on after done without changing what done returned', () => {
  const b = new FeatureBuffer();
  b.add(1);
  b.next();
  const first = b.done();
  const other = new FeatureBuffer(); // may take the arrays b worked in
  other.add(9);
  other.add(9);
  other.next();
  b.add(2);
  b.next();
  assert.deepEqual(collect(other), { hashes: [9, 9], offsets: [0, 2] });
  assert.deepEqual([...first.hashes], [1]);
  assert.deepEqual([...first.offsets], [0, 1]);
  assert.deepEqual(collect(b), { hashes: [1, 2], offsets: [0, 1, 2] });
});

test('fnvAppend carries hashString on piece by piece', () => {
  for (const s of ['', 'a', 'delhi', 'नरेंद्र मोदी', 'port elan council']) {
    for (let cut = 0; cut <= s.length; cut++) {
      assert.equal(fnvAppend(fnvAppend(FNV_START, s.slice(0, cut)), s.slice(cut)) >>> 0, hashString(s));
    }
  }
});

test('word blocks: their hashes join the token in place, marked covered, with each token its slots and roles', () => {
  const store = new BlockStore(3);
  const w = store.add([[11, 12], [], [13]]);
  const v = store.add([[21], [22], []]);
  assert.deepEqual([w, v], [0, 1]);
  assert.deepEqual([store.roleStart(v, 0), store.roleStart(v, 1), store.roleStart(v, 2), store.roleStart(v, 3)], [3, 4, 5, 5]);
  const b = new FeatureBuffer();
  b.add(1);
  b.next(); // a token before any block: no blocks
  b.add(2);
  b.addBlock(store, w, 0);
  b.addBlock(store, w, 1); // an empty role adds nothing but is still the token's
  b.next();
  b.addBlock(store, w, 2);
  b.add(3);
  b.addBlock(store, v, 1);
  b.next();
  const f = b.done();
  assert.deepEqual([...f.hashes], [1, 2, 11, 12, 13, 3, 22]);
  assert.deepEqual([...f.offsets], [0, 1, 4, 7]);
  assert.ok(f.blocks);
  assert.equal(f.blocks.store, store);
  assert.deepEqual([...f.blocks.covered], [0, 0, 1, 1, 1, 0, 1]);
  assert.deepEqual([...f.blocks.offsets], [0, 0, 2, 4]);
  assert.deepEqual([...f.blocks.slots], [w, w, w, v]);
  assert.deepEqual([...f.blocks.roles], [0, 1, 2, 1]);
  const plain = new FeatureBuffer();
  plain.add(4);
  plain.next();
  assert.equal(plain.done().blocks, undefined, 'no blocks, no block record');
  assert.throws(() => store.add([[1]]), /3 roles/);
});

test('word blocks: a long sentence grows the covered marks with the hashes; a cleared store keeps its first words', () => {
  const store = new BlockStore(1);
  store.add([[5]]);
  const w = store.add([Array.from({ length: 40 }, (_, i) => i + 100)]);
  const b = new FeatureBuffer();
  for (let t = 0; t < 50; t++) {
    b.addBlock(store, w, 0);
    b.add(7);
    b.next();
  }
  const f = b.done();
  assert.equal(f.hashes.length, 50 * 41);
  assert.equal(f.blocks?.covered.length, 50 * 41);
  for (let t = 0; t < 50; t++) {
    assert.equal(f.blocks?.covered[t * 41 + 39], 1);
    assert.equal(f.blocks?.covered[t * 41 + 40], 0);
    assert.equal(f.hashes[t * 41 + 40], 7);
  }
  assert.equal(f.blocks?.generation, 0);
  store.clear(1);
  assert.equal(store.generation, 1);
  assert.equal(store.add([[9, 9]]), 1, 'the slot after the kept words is given again');
  assert.deepEqual([...store.hashes.subarray(0, 3)], [5, 9, 9]);
  for (let k = 0; k < 300; k++) store.add([[k]]);
  assert.equal(store.hashes[store.roleStart(301, 0)], 299);
  // Words of many hashes each, across the growth of the shared array.
  const wide = new BlockStore(3);
  for (let k = 0; k < 200; k++) {
    const slot = wide.add([Array.from({ length: 7 }, (_, i) => k * 100 + i), [k], Array.from({ length: 5 }, () => k + 1)]);
    assert.deepEqual([...wide.hashes.subarray(wide.roleStart(slot, 0), wide.roleStart(slot, 3))], [...Array.from({ length: 7 }, (_, i) => k * 100 + i), k, ...Array.from({ length: 5 }, () => k + 1)]);
  }
  assert.equal(wide.hashes[wide.roleStart(0, 1)], 0);
  assert.equal(wide.hashes[wide.roleStart(199, 1)], 199);
});

test('a word keeps its slot within a generation and gets a new one after the store is cleared', () => {
  const store = new BlockStore(1);
  store.add([[1]]);
  const word = { slot: -1, slotGeneration: -1 };
  assert.equal(store.slotOf(word), -1, 'no slot before it is added');
  const slot = store.addFor(word, [[7, 8]]);
  assert.equal(store.slotOf(word), slot);
  assert.deepEqual([...store.hashes.slice(store.roleStart(slot, 0), store.roleStart(slot, 1))], [7, 8]);
  store.clear(1);
  assert.equal(store.slotOf(word), -1, 'a slot from an older generation is gone');
  assert.equal(store.addFor(word, [[9]]), slot, 'added again after the kept words, in the new generation');
  assert.equal(store.slotOf(word), slot);
});
