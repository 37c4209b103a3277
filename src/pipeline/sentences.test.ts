import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSentenceEnd, splitSentences } from './sentences.js';
import { SENTENCES_EN } from '../lang/en/sentences.js';
import { SENTENCES_HI } from '../lang/hi/sentences.js';

test('English: splits on end marks and line breaks, keeping offsets', () => {
  const text = 'Mr. Rao met Dr. Ines Alva in Oslo. “We agreed,” he said! Was it late?\nThen he left.';
  assert.deepEqual(splitSentences(text, SENTENCES_EN), [
    { start: 0, end: 34, text: 'Mr. Rao met Dr. Ines Alva in Oslo.' },
    { start: 35, end: 56, text: '“We agreed,” he said!' },
    { start: 57, end: 69, text: 'Was it late?' },
    { start: 70, end: 83, text: 'Then he left.' },
  ]);
});

test('Hindi: splits on the danda, not after डॉ.', () => {
  assert.deepEqual(splitSentences('डॉ. राव आए। फिर वे लौटे।', SENTENCES_HI), [
    { start: 0, end: 11, text: 'डॉ. राव आए।' },
    { start: 12, end: 24, text: 'फिर वे लौटे।' },
  ]);
});

test('does not split after initials, abbreviations or inside numbers', () => {
  assert.equal(
    splitSentences('External Affairs Minister S. Jaishankar arrived at 4.30 p.m. on Jan. 5 in the U.S. capital.', SENTENCES_EN).length,
    1,
  );
});

test('plural titles (Sens., Reps.) do not end a sentence', () => {
  assert.equal(splitSentences('The vote led Sens. Lal Verma and Mira Sen to object, as did Reps. Dana Ruiz and Ravi Das.', SENTENCES_EN).length, 1);
});

test('a quote closing after the full stop stays in its sentence', () => {
  assert.deepEqual(splitSentences('He said, "It is done." Then he left.', SENTENCES_EN).map((s) => s.text), [
    'He said, "It is done."',
    'Then he left.',
  ]);
});

test('isSentenceEnd: abbreviations and initials do not end a sentence', () => {
  assert.equal(isSentenceEnd('Mr. Lal left. Then', 2, '.!?', ['mr']), false);
  assert.equal(isSentenceEnd('Mr. Lal left. Then', 12, '.!?', ['mr']), true);
  assert.equal(isSentenceEnd('S. Rao left', 1, '.!?', []), false);
  assert.equal(isSentenceEnd('v1.2 is out', 2, '.!?', []), false);
});
