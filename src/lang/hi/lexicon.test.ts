import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MONTHS_EN, WEEKDAYS_EN } from '../en/lexicon.js';
import { MONTHS_HI, REPORTING_VERBS_HI, WEEKDAYS_HI } from './lexicon.js';
import { HI_TIME } from './time.js';
import { CLEAN_HI } from './clean.js';
import { HI_QUOTES } from './quotes.js';
import { HINDI_STOP_WORDS } from './entities.js';

test('months, weekdays and reporting verbs have one definition that every stage reads', () => {
  // The time stage also reads English month and weekday names written in Latin script inside Hindi text.
  assert.deepEqual(HI_TIME.months, { ...MONTHS_EN, ...MONTHS_HI });
  assert.deepEqual(HI_TIME.weekdays, { ...WEEKDAYS_EN, ...WEEKDAYS_HI });
  assert.equal(CLEAN_HI.months, MONTHS_HI);
  assert.deepEqual(CLEAN_HI.weekdays, Object.keys(WEEKDAYS_HI));
  for (const w of [...Object.keys(MONTHS_HI), ...Object.keys(WEEKDAYS_HI)]) assert.ok(HINDI_STOP_WORDS.includes(w), w);
  assert.equal(HI_QUOTES.reportingVerbs, REPORTING_VERBS_HI);
});

test('every spelling is known to every stage: अप्रेल, वीरवार, इतवार', () => {
  assert.equal(MONTHS_HI['अप्रेल'], 4);
  assert.ok(HINDI_STOP_WORDS.includes('अप्रेल'));
  assert.ok(CLEAN_HI.weekdays.includes('इतवार'));
});
