import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transliterateHindi, transliterateHindiWord } from './transliterate.js';

test('names come out as Indian English spells them', () => {
  const cases: [string, string][] = [
    ['राजनाथ सिंह', 'rajnath singh'],
    ['नकातानी', 'nakatani'],
    ['पहलगाम', 'pahalgam'],
    ['जापान', 'japan'],
    ['पाकिस्तान', 'pakistan'],
    ['मानेकशॉ', 'maneksho'],
    ['नरेंद्र', 'narendra'],
    ['कमलनाथ', 'kamalnath'],
    ['अमृतसर', 'amritsar'],
    ['प्रिया', 'priya'],
    ['स्वामी', 'swami'],
    ['छत्तीसगढ़', 'chhattisgarh'],
    ['ज़ुबैर', 'zubair'],
    ['चंपा', 'champa'],
  ];
  assert.deepEqual(
    cases.map(([hi]) => [hi, transliterateHindi(hi)]),
    cases,
  );
});

test('schwa stays after a cluster and in one-syllable words', () => {
  assert.equal(transliterateHindiWord('मित्र'), 'mitra');
  assert.equal(transliterateHindiWord('न'), 'na');
  // Not deleted before a consonant cluster (बनर्जी), deleted before a single consonant (समझना).
  assert.equal(transliterateHindiWord('बनर्जी'), 'banarji');
  assert.equal(transliterateHindiWord('समझना'), 'samajhna');
});

test('text keeps spaces, punctuation and Latin words', () => {
  assert.equal(transliterateHindi('अमन ने Reuters से कहा।'), 'aman ne Reuters se kaha।');
  assert.equal(transliterateHindi(''), '');
});
