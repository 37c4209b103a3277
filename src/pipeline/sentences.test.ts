import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

test('splits on end marks, danda and line breaks, keeping offsets', () => {
  const text = 'Mr. Rao met Dr. Ines Alva in Oslo. “We agreed,” he said! Was it late?\nनई बैठक हुई। फिर वे लौटे।';
  assert.deepEqual(splitSentences(text), [
    { start: 0, end: 34, text: 'Mr. Rao met Dr. Ines Alva in Oslo.' },
    { start: 35, end: 56, text: '“We agreed,” he said!' },
    { start: 57, end: 69, text: 'Was it late?' },
    { start: 70, end: 82, text: 'नई बैठक हुई।' },
    { start: 83, end: 95, text: 'फिर वे लौटे।' },
  ]);
});

test('does not split after initials, abbreviations or inside numbers', () => {
  assert.deepEqual(
    splitSentences('External Affairs Minister S. Jaishankar arrived at 4.30 p.m. on Jan. 5 in the U.S. capital.').length,
    1,
  );
});

test('a quote closing after the full stop stays in its sentence', () => {
  assert.deepEqual(splitSentences('He said, "It is done." Then he left.').map((s) => s.text), [
    'He said, "It is done."',
    'Then he left.',
  ]);
});
