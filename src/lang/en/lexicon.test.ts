import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MONTHS_EN, REPORTING_VERBS_EN, WEEKDAYS_EN } from './lexicon.js';
import { EN_TIME } from './time.js';
import { CLEAN_EN } from './clean.js';
import { EN_QUOTES } from './quotes.js';
import { MONTHS, REPORTING_VERBS, WEEKDAYS } from './entities.js';

test('months, weekdays and reporting verbs have one definition that every stage reads', () => {
  assert.equal(EN_TIME.months, MONTHS_EN);
  assert.equal(EN_TIME.weekdays, WEEKDAYS_EN);
  assert.equal(CLEAN_EN.months, MONTHS_EN);
  assert.deepEqual(CLEAN_EN.weekdays, Object.keys(WEEKDAYS_EN));
  assert.deepEqual([...MONTHS], Object.keys(MONTHS_EN));
  assert.deepEqual([...WEEKDAYS], Object.keys(WEEKDAYS_EN));
  assert.equal(EN_QUOTES.reportingVerbs, REPORTING_VERBS_EN);
  for (const v of REPORTING_VERBS_EN.filter((x) => !x.includes(' ') && x !== 'say')) assert.ok(REPORTING_VERBS.has(v), v);
});

test('a bare plural reporting verb is no evidence that one name is a person', () => {
  assert.equal(REPORTING_VERBS.has('say'), false);
  assert.equal(REPORTING_VERBS.has('says'), true);
});
