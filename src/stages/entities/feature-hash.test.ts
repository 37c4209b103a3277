import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureBuffer, FNV_START, fnvAppend, hashString } from './feature-hash.js';

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
