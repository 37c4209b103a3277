import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordAlternation, wordRegex } from './words.js';

test('whole words in any script, longest first, flexible spaces', () => {
  assert.equal(wordAlternation(['talks', 'held talks']), 'held\\s+talks|talks');
  assert.deepEqual('They held  talks; talkshow.'.match(wordRegex(['talks', 'held talks']) as RegExp), ['held  talks']);
  assert.equal('बैठकें हुईं'.match(wordRegex(['बैठक']) as RegExp), null);
  assert.deepEqual('दो बैठक हुई'.match(wordRegex(['बैठक']) as RegExp), ['बैठक']);
  assert.equal(wordRegex([]), null);
  assert.equal(wordRegex(['a.b'], 'u')?.test('axb'), false);
});
