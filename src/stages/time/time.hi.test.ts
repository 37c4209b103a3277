import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractTimex } from './time.js';

// Invented sentences. Escapes mark what the eye cannot see: U+200D (zero-width joiner inside
// अगस्‍त) and U+095E (precomposed फ़, which NFC text writes as फ + nukta).
describe('extractTimex, Hindi', () => {
  it('वे रविवार को आएंगे।', () => {
    assert.deepEqual(extractTimex('वे रविवार को आएंगे।', 'hi', '2025-05-07'), [
      { start: 3, end: 9, text: 'रविवार', value: '2025-05-11', kind: 'date', source: 'time/hi', rule: 'weekday' },
    ]);
  });

  it('वे रविवार को आए।', () => {
    assert.deepEqual(extractTimex('वे रविवार को आए।', 'hi', '2025-05-07'), [
      { start: 3, end: 9, text: 'रविवार', value: '2025-05-04', kind: 'date', source: 'time/hi', rule: 'weekday' },
    ]);
  });

  it('a past participle ending in -गी is not the future: बुधवार को लगी आग', () => {
    assert.deepEqual(extractTimex('बुधवार को लगी आग।', 'hi', '2026-03-05').map((t) => t.value), ['2026-03-04']);
    assert.deepEqual(extractTimex('बैठक बुधवार को होगी।', 'hi', '2026-03-05').map((t) => t.value), ['2026-03-11']);
  });

  it('keeps postpositions (को, से) outside the span', () => {
    // आई closes a past-tense clause, so 3 June, after a 5 May reference, is last year's.
    assert.deepEqual(extractTimex('मीरा 3 जून को आई और 2021 से यहीं है।', 'hi', '2025-05-05'), [
      { start: 5, end: 10, text: '3 जून', value: '2024-06-03', kind: 'date', source: 'time/hi', rule: 'day-month' },
      { start: 20, end: 24, text: '2021', value: '2021', kind: 'date', source: 'time/hi', rule: 'year' },
    ]);
  });
});
