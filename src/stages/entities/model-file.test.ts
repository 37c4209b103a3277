import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseModel, serializeModel, WEIGHT_SCALE, type TaggerModel } from './tagger.js';
import { FeatureTable } from './feature-hash.js';
import { mulberry32 } from '../../pipeline/random.js';

/** A model with random weights (negative, zero, large), hashes spread over 32 bits. */
function randomModel(seed: number): TaggerModel {
  const next = mulberry32(seed);
  const labels = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
  const L = labels.length;
  const n = 500;
  const hashes = Uint32Array.from({ length: n }, () => Math.floor(next() * 2 ** 32));
  const weights = Float32Array.from({ length: n * L }, () => (next() < 0.3 ? 0 : (next() - 0.5) * 10 ** Math.floor(next() * 6)));
  const transitions = Float32Array.from({ length: (L + 1) * L }, () => (next() - 0.5) * 20);
  return { labels, hashes, table: new FeatureTable(hashes), weights, transitions };
}

test('a model file reads back to its rounded weights, also with CRLF line ends and stray blank lines', () => {
  for (let seed = 1; seed <= 5; seed++) {
    const model = randomModel(seed);
    const file = serializeModel(model);
    const read = parseModel(file);
    const L = model.labels.length;
    assert.deepEqual(read.labels, model.labels);
    const rowOf = new Map(Array.from(read.hashes, (h, i) => [h, i]));
    for (let i = 0; i < model.hashes.length; i++) {
      const row = rowOf.get(model.hashes[i] as number);
      for (let y = 0; y < L; y++) {
        const q = Math.round((model.weights[i * L + y] as number) * WEIGHT_SCALE);
        const got = row === undefined ? 0 : (read.weights[row * L + y] as number);
        assert.equal(got + 0, Math.fround(q / WEIGHT_SCALE) + 0, `feature ${i} label ${y}`); // -0 and 0 alike
      }
    }
    for (const variant of [file.replace(/\n/g, '\r\n'), file.replace(/\n(?=[0-9a-z])/, '\n\n'), `${file}\n\n`]) {
      const other = parseModel(variant);
      assert.deepEqual([...other.hashes], [...read.hashes]);
      assert.deepEqual([...other.weights], [...read.weights]);
      assert.deepEqual([...other.transitions], [...read.transitions]);
    }
  }
});
