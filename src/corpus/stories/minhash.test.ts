import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fmix32, minhash, SIGNATURE_SIZE, shingles, shingleSignature } from './minhash.js';
import { hashString } from '../../stages/entities/feature-hash.js';

/** The signature by its definition: per row k, the least `fmix32(hash ^ seed_k)` over the distinct shingles. */
function reference(tokens: string[], n: number): Uint32Array {
  const items = tokens.length < n ? (tokens.length ? [tokens.join(' ')] : []) : [...new Set(tokens.slice(0, tokens.length - n + 1).map((_, i) => tokens.slice(i, i + n).join(' ')))];
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const item of items) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) sig[k] = Math.min(sig[k] as number, fmix32(hashString(item) ^ Math.imul(k + 1, 0x9e3779b1)));
  }
  return sig;
}

// Few distinct words, so that shingles repeat; any Unicode, astral letters included.
const words = fc.array(fc.oneof(fc.constantFrom('flood', 'बाढ़', 'a', '𝒜x', ''), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 40 });

test('the shingle signature is the MinHash of the distinct shingles, built without their strings', () => {
  fc.assert(
    fc.property(words, fc.integer({ min: 1, max: 5 }), (tokens, n) => {
      const expected = reference(tokens, n);
      assert.deepEqual(shingleSignature(tokens, n), expected);
      assert.deepEqual(minhash(shingles(tokens, n)), expected);
    }),
    { numRuns: 300 },
  );
});

test('an empty sequence has the signature that matches nothing', () => {
  assert.ok(shingleSignature([], 4).every((v) => v === 0xffffffff));
});
