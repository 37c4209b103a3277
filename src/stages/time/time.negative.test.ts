import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractTimex } from './time.js';

// Things that look like dates and are not. Each text must yield exactly what is listed.
describe('extractTimex, negative cases', () => {
  const none: Array<[string, string]> = [
    ['Release ID: 4471902 Visitor Counter : 812', 'counters and ids are no years'],
    ['In the blast 26 people died and 95 of 131 towns lost power.', 'counts are no years or dates'],
    ['Ministers held 2+2 talks at 2+2 level.', '2+2 is no date'],
    ['It may be too late, they may march on.', 'modal may and the verb march are no months'],
    ['Troops march to the border. Prices may rise.', 'lower-case month names are no months'],
    ['He scored 2014 runs for the club.', 'a four-digit count without year context is no year'],
    ['The Vandor plant employs 1999 workers and 2050 engineers.', 'counts in year range without context'],
    ['Call 1800 180 1551 for help.', 'phone numbers'],
    ['Version 3.2014 and route 12/2014a.', 'parts of other numbers'],
    ['Shares fell 5.2019 percent.', 'decimals'],
    ['The 6-year-old boy and the 50-year-old pact.', 'ages are no durations'],
  ];
  for (const [text, why] of none) {
    it(`${why}: ${text}`, () => {
      assert.deepEqual(extractTimex(text, 'en', '2025-05-05'), []);
    });
  }

  it('May needs a day or a year; March the verb stays out', () => {
    assert.deepEqual(extractTimex('They may meet on 5 May; march on in May 2026.', 'en', '2025-05-05'), [
      { start: 17, end: 22, text: '5 May', value: '2025-05-05', kind: 'date', source: 'time/en', rule: 'day-month' },
      { start: 36, end: 44, text: 'May 2026', value: '2026-05', kind: 'date', source: 'time/en', rule: 'month-year' },
    ]);
  });

  it('a day number after a month is not a year (On April 22, 26 …)', () => {
    assert.deepEqual(extractTimex('On April 22, 2100 came and on May 3, 1 left.', 'en', '2025-05-05'), [
      { start: 3, end: 17, text: 'April 22, 2100', value: '2100-04-22', kind: 'date', source: 'time/en', rule: 'month-day-year' },
      { start: 30, end: 35, text: 'May 3', value: '2025-05-03', kind: 'date', source: 'time/en', rule: 'month-day' },
    ]);
  });

  it('impossible calendar dates are dropped (only the month of 30 February survives)', () => {
    assert.deepEqual(extractTimex('Due 31/02/2024 or 30 February 2023 or 2024-13-01.', 'en', '2025-05-05'), [
      { start: 21, end: 34, text: 'February 2023', value: '2023-02', kind: 'date', source: 'time/en', rule: 'month-year' },
    ]);
  });

  it('a bare number and a count are no durations or times', () => {
    assert.deepEqual(extractTimex('He has 26 men, 3 dogs and a 10:75 ratio.', 'en', '2025-05-05'), []);
  });

  it('Hindi: counts, इस without a period word, and words containing आज/कल are no dates (आजकल, nowadays, is PRESENT_REF: see time.hi.suite.test.ts)', () => {
    assert.deepEqual(extractTimex('इस संबंध में 26 लोग मारे गए, आजादी और कलपुर्जे, कलम से 1583904 रुपये।', 'hi', '2025-05-05'), []);
  });
});
