import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnglishNameExtractor } from './names.js';

const en = createEnglishNameExtractor();
const texts = (s: string): string[] => en.extract(s).map((c) => c.text);

test('sentence-initial function words and common words are not names', () => {
  assert.deepEqual(texts('The talks ended. During the day it rained. Earlier, they left.'), []);
  assert.deepEqual(texts('Condemning the attack, they left. Discuss ways to discuss it.'), []);
});

test('months, weekdays and May are not names', () => {
  assert.deepEqual(texts('May was warm. On Monday, in June and in SEP 2019 they met.'), []);
});

test('demonyms used as adjectives are not names', () => {
  assert.deepEqual(texts('Japanese and Indian officials met the Japanese side.'), []);
});

test('generic capitalised words alone are not names', () => {
  assert.deepEqual(texts('The Defence and Government teams met the Minister of the Ministry.'), []);
  assert.deepEqual(texts('He praised the Special Strategic & Global Partnership and the Guard of Honour.'), []);
});

test('a title without a name is not a name (only a nominal role)', () => {
  assert.deepEqual(
    en.extract('Defence Minister praised them.').map((c) => [c.text, c.rule]),
    [['Defence Minister', 'nominal-role']],
  );
});

test('headline-case lines keep only names the body confirms', () => {
  assert.deepEqual(texts('Make Recurring Payments On Your Credit Cards Through Velmar Pay\nThe body talks about rain.'), []);
});

test('pronouns and single letters are not names', () => {
  assert.deepEqual(texts('I said He would. X posted it.'), []);
});
