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
  assert.deepEqual(texts('He praised the Special Strategic & Global Partnership.'), []);
});

// `Guard` and `Honour` were listed as generic words for one seed sentence; without them they come out
// as untyped names. What is missing is general: knowing common nouns (a lexicon of words mostly seen
// in lower case), not more words in GENERIC_WORDS.
test('common nouns capitalised in a ceremony name are not names', { todo: 'needs a common-noun lexicon' }, () => {
  assert.deepEqual(texts('He inspected the Guard of Honour.'), []);
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

test('sentence-initial common words, number words and currencies are not names', () => {
  assert.deepEqual(en.extract('Residents fled. Twelve homes were lost. Rs 40 crore was sanctioned.'), []);
  assert.deepEqual(en.extract('Geologists warned of cracks. Thick fog followed.'), []);
});

test('a capitalised label before a colon is not a dateline; a lone word is kept when seen mid-sentence', () => {
  assert.deepEqual(en.extract('ISSUER : a county board').filter((c) => c.rule === 'dateline' || c.type === 'place'), []);
  assert.deepEqual(en.extract('Morvath won. Fans cheered Morvath loudly.').map((c) => c.text), ['Morvath', 'Morvath']);
});

test('event and contest names are not persons by shape', () => {
  assert.deepEqual(en.extract('They played in the Corvel Open Championships last week.'), [
    { start: 19, end: 44, text: 'Corvel Open Championships', type: null, source: 'entities/en', rule: 'name' },
  ]);
});

test('a given name like Mohammed does not make a person an organisation', () => {
  assert.deepEqual(en.extract('Police arrested Ali Mohammed on Friday.').map((c) => [c.text, c.type]), [['Ali Mohammed', 'person']]);
});

test('an X-e-Y name is an organisation by its hyphen link, whatever its last word', () => {
  assert.deepEqual(en.extract('The attack was claimed by Harkat-ul-Ansar on Tuesday.').map((c) => [c.text, c.type]), [['Harkat-ul-Ansar', 'organization']]);
});
