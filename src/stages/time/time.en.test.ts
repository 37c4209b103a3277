import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDoc } from '../../pipeline/doc.js';
import { createTimeStage, extractTimex } from './time.js';

// Invented sentences; the reference date follows each text.
describe('extractTimex, English', () => {
  it('On April 22, 26 villagers fled Korvan.', () => {
    assert.deepEqual(extractTimex('On April 22, 26 villagers fled Korvan.', 'en', '2025-05-05'), [
      { start: 3, end: 11, text: 'April 22', value: '2025-04-22', kind: 'date', source: 'time/en', rule: 'month-day' },
    ]);
  });

  it('The treaty was signed on 22 April 2025 in Meldra.', () => {
    assert.deepEqual(extractTimex('The treaty was signed on 22 April 2025 in Meldra.', 'en', '2025-05-05'), [
      { start: 25, end: 38, text: '22 April 2025', value: '2025-04-22', kind: 'date', source: 'time/en', rule: 'day-month-year' },
    ]);
  });

  it('It opened on April 22, 2025.', () => {
    assert.deepEqual(extractTimex('It opened on April 22, 2025.', 'en', '2025-05-05'), [
      { start: 13, end: 27, text: 'April 22, 2025', value: '2025-04-22', kind: 'date', source: 'time/en', rule: 'month-day-year' },
    ]);
  });

  it('Elections were held in November 2024 and the party formed in October 2019.', () => {
    assert.deepEqual(extractTimex('Elections were held in November 2024 and the party formed in October 2019.', 'en', '2025-05-05'), [
      { start: 23, end: 36, text: 'November 2024', value: '2024-11', kind: 'date', source: 'time/en', rule: 'month-year' },
      { start: 61, end: 73, text: 'October 2019', value: '2019-10', kind: 'date', source: 'time/en', rule: 'month-year' },
    ]);
  });

  it('The ban came in 2023 after talks began in 2014.', () => {
    assert.deepEqual(extractTimex('The ban came in 2023 after talks began in 2014.', 'en', '2025-05-05'), [
      { start: 16, end: 20, text: '2023', value: '2023', kind: 'date', source: 'time/en', rule: 'year' },
      { start: 42, end: 46, text: '2014', value: '2014', kind: 'date', source: 'time/en', rule: 'year' },
    ]);
  });

  it('The minister arrived in Tarsk on Monday.', () => {
    assert.deepEqual(extractTimex('The minister arrived in Tarsk on Monday.', 'en', '2025-05-05'), [
      { start: 33, end: 39, text: 'Monday', value: '2025-05-05', kind: 'date', source: 'time/en', rule: 'weekday' },
    ]);
  });

  it('Zorin met Aldo today, yesterday and tomorrow.', () => {
    assert.deepEqual(extractTimex('Zorin met Aldo today, yesterday and tomorrow.', 'en', '2025-05-05'), [
      { start: 15, end: 20, text: 'today', value: '2025-05-05', kind: 'date', source: 'time/en', rule: 'deictic' },
      { start: 22, end: 31, text: 'yesterday', value: '2025-05-04', kind: 'date', source: 'time/en', rule: 'deictic' },
      { start: 36, end: 44, text: 'tomorrow', value: '2025-05-06', kind: 'date', source: 'time/en', rule: 'deictic' },
    ]);
  });

  it('I met Zorin in Vantor in November last year.', () => {
    assert.deepEqual(extractTimex('I met Zorin in Vantor in November last year.', 'en', '2025-05-05'), [
      { start: 25, end: 43, text: 'November last year', value: '2024-11', kind: 'date', source: 'time/en', rule: 'month+relative-year' },
    ]);
  });

  it('Last year was dry; earlier this year it rained.', () => {
    assert.deepEqual(extractTimex('Last year was dry; earlier this year it rained.', 'en', '2025-05-05'), [
      { start: 0, end: 9, text: 'Last year', value: '2024', kind: 'date', source: 'time/en', rule: 'relative-year' },
      { start: 19, end: 36, text: 'earlier this year', value: '2025', kind: 'date', source: 'time/en', rule: 'relative-year' },
    ]);
  });

  it('This month, next month and last week.', () => {
    assert.deepEqual(extractTimex('This month, next month and last week.', 'en', '2025-05-05'), [
      { start: 0, end: 10, text: 'This month', value: '2025-05', kind: 'date', source: 'time/en', rule: 'relative-month' },
      { start: 12, end: 22, text: 'next month', value: '2025-06', kind: 'date', source: 'time/en', rule: 'relative-month' },
      { start: 27, end: 36, text: 'last week', value: '2025-W18', kind: 'date', source: 'time/en', rule: 'relative-week' },
    ]);
  });

  it('The visit came within six months, five months after the crash.', () => {
    assert.deepEqual(extractTimex('The visit came within six months, five months after the crash.', 'en', '2025-05-05'), [
      { start: 22, end: 32, text: 'six months', value: 'P6M', kind: 'duration', source: 'time/en', rule: 'duration' },
      { start: 34, end: 45, text: 'five months', value: 'P5M', kind: 'duration', source: 'time/en', rule: 'duration' },
    ]);
  });

  it('Filed 2025-05-05, updated 08-09-2022 and 13/09/2022 and 09/13/2022.', () => {
    assert.deepEqual(extractTimex('Filed 2025-05-05, updated 08-09-2022 and 13/09/2022 and 09/13/2022.', 'en', '2025-05-05'), [
      { start: 6, end: 16, text: '2025-05-05', value: '2025-05-05', kind: 'date', source: 'time/en', rule: 'iso-date' },
      { start: 26, end: 36, text: '08-09-2022', value: '2022-09-08', kind: 'date', source: 'time/en', rule: 'numeric-date' },
      { start: 41, end: 51, text: '13/09/2022', value: '2022-09-13', kind: 'date', source: 'time/en', rule: 'numeric-date' },
      { start: 56, end: 66, text: '09/13/2022', value: '2022-09-13', kind: 'date', source: 'time/en', rule: 'numeric-date' },
    ]);
  });

  it('Three years ago the Belmar dam broke.', () => {
    assert.deepEqual(extractTimex('Three years ago the Belmar dam broke.', 'en', '2025-05-05'), [
      { start: 0, end: 15, text: 'Three years ago', value: '2022', kind: 'date', source: 'time/en', rule: 'duration-shift' },
    ]);
  });

  it('Prices rose in mid-2014 and early 2020.', () => {
    assert.deepEqual(extractTimex('Prices rose in mid-2014 and early 2020.', 'en', '2025-05-05'), [
      { start: 15, end: 23, text: 'mid-2014', value: '2014', kind: 'date', source: 'time/en', rule: 'year' },
      { start: 28, end: 38, text: 'early 2020', value: '2020', kind: 'date', source: 'time/en', rule: 'year' },
    ]);
  });

  it('Ministers from Orlev meet next Monday.', () => {
    assert.deepEqual(extractTimex('Ministers from Orlev meet next Monday.', 'en', '2025-05-05'), [
      { start: 26, end: 37, text: 'next Monday', value: '2025-05-12', kind: 'date', source: 'time/en', rule: 'relative-weekday' },
    ]);
  });

  it('Posted On: 14 MAR 2021 6:05PM by desk', () => {
    assert.deepEqual(extractTimex('Posted On: 14 MAR 2021 6:05PM by desk', 'en', '2025-05-05'), [
      { start: 11, end: 29, text: '14 MAR 2021 6:05PM', value: '2021-03-14T18:05', kind: 'time', source: 'time/en', rule: 'day-month-year+time' },
    ]);
  });

  it('Thursday, Sep 08, 2022 | Korvan', () => {
    assert.deepEqual(extractTimex('Thursday, Sep 08, 2022 | Korvan', 'en', '2025-05-05'), [
      { start: 0, end: 22, text: 'Thursday, Sep 08, 2022', value: '2022-09-08', kind: 'date', source: 'time/en', rule: 'weekday+month-day-year' },
    ]);
  });

  it('Talks opened in Tokyo on Thursday, marking 70 years of ties.', () => {
    assert.deepEqual(extractTimex('Talks opened in Tokyo on Thursday, marking 70 years of ties.', 'en', '2022-09-08'), [
      { start: 25, end: 33, text: 'Thursday', value: '2022-09-08', kind: 'date', source: 'time/en', rule: 'weekday' },
      { start: 43, end: 51, text: '70 years', value: 'P70Y', kind: 'duration', source: 'time/en', rule: 'duration' },
    ]);
  });

  it('Abel expects to meet Varga in Lisbon later this month.', () => {
    assert.deepEqual(extractTimex('Abel expects to meet Varga in Lisbon later this month.', 'en', '2019-09-02'), [
      { start: 37, end: 53, text: 'later this month', value: '2019-09', kind: 'date', source: 'time/en', rule: 'relative-month' },
    ]);
  });

  it('They will meet on Monday.', () => {
    assert.deepEqual(extractTimex('They will meet on Monday.', 'en', '2025-05-07'), [
      { start: 18, end: 24, text: 'Monday', value: '2025-05-12', kind: 'date', source: 'time/en', rule: 'weekday' },
    ]);
  });

  it('They met on Monday.', () => {
    assert.deepEqual(extractTimex('They met on Monday.', 'en', '2025-05-07'), [
      { start: 12, end: 18, text: 'Monday', value: '2025-05-05', kind: 'date', source: 'time/en', rule: 'weekday' },
    ]);
  });

  it('On December 20 the Ostra plant closed.', () => {
    assert.deepEqual(extractTimex('On December 20 the Ostra plant closed.', 'en', '2025-01-10'), [
      { start: 3, end: 14, text: 'December 20', value: '2024-12-20', kind: 'date', source: 'time/en', rule: 'month-day' },
    ]);
  });

  it('Profits fell in the third quarter and rose in fourth-quarter trading.', () => {
    assert.deepEqual(extractTimex('Profits fell in the third quarter and rose in fourth-quarter trading.', 'en', '2025-05-05'), [
      { start: 16, end: 33, text: 'the third quarter', value: '2024-Q3', kind: 'date', source: 'time/en', rule: 'quarter' },
      { start: 46, end: 60, text: 'fourth-quarter', value: '2024-Q4', kind: 'date', source: 'time/en', rule: 'quarter' },
    ]);
  });

  it('A year ago the Ostra mill shut; a decade earlier it boomed.', () => {
    assert.deepEqual(extractTimex('A year ago the Ostra mill shut; a decade earlier it boomed.', 'en', '2025-05-05'), [
      { start: 0, end: 10, text: 'A year ago', value: '2024', kind: 'date', source: 'time/en', rule: 'duration-shift' },
      { start: 32, end: 48, text: 'a decade earlier', value: '2015', kind: 'date', source: 'time/en', rule: 'duration-shift' },
    ]);
  });

  it('Voting will start 9 a.m. Tuesday in Meldra.', () => {
    assert.deepEqual(extractTimex('Voting will start 9 a.m. Tuesday in Meldra.', 'en', '2025-05-05'), [
      { start: 18, end: 32, text: '9 a.m. Tuesday', value: '2025-05-06T09:00', kind: 'time', source: 'time/en', rule: 'weekday+time' },
    ]);
  });

  it('takes a date-time reference by its calendar date only', () => {
    assert.deepEqual(extractTimex('Polls close today.', 'en', '2025-05-05T23:30:00-11:00'), [
      { start: 12, end: 17, text: 'today', value: '2025-05-05', kind: 'date', source: 'time/en', rule: 'deictic' },
    ]);
  });

  it('resolves nothing relative when the reference is unusable, but keeps absolute dates', () => {
    assert.deepEqual(extractTimex('On Monday, not on 22 April 2025.', 'en', 'unknown'), [
      { start: 18, end: 31, text: '22 April 2025', value: '2025-04-22', kind: 'date', source: 'time/en', rule: 'day-month-year' },
    ]);
  });

  it('uses digit-only rules for a language without a lexicon', () => {
    assert.deepEqual(extractTimex('Am 2025-05-05 sagte Lena am Montag etwas.', 'de', '2025-05-05'), [
      { start: 3, end: 13, text: '2025-05-05', value: '2025-05-05', kind: 'date', source: 'time/en', rule: 'iso-date' },
    ]);
  });
});

describe('extractTimex, English: TimeML classes beyond calendar dates', () => {
  // Invented sentences; reference Wednesday 7 May 2025.
  const cases: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
    ['Voting starts Tuesday.', [['Tuesday', '2025-05-13']]],
    ['Voting started Tuesday.', [['Tuesday', '2025-05-06']]],
    ['More rain is forecast for Tuesday, officials said.', [['Tuesday', '2025-05-13']]],
    ['Rain was forecast for Tuesday.', [['Tuesday', '2025-05-06']]],
    ['Prices are high now, and recently they rose further.', [['now', 'PRESENT_REF'], ['recently', 'PAST_REF']]],
    ['In the future, and in the near term.', [['the future', 'FUTURE_REF'], ['the near term', 'FUTURE_REF']]],
    ['Net income rose in the third quarter. A year earlier it had fallen.', [['the third quarter', '2024-Q3'], ['A year earlier', '2023-Q3']]],
    ['It earned $5 million in the quarter, up from $3 million in the year-earlier quarter.', [['the quarter', '2025-Q1'], ['the year-earlier quarter', '2024-Q1']]],
    ['Sales fell in the past two weeks and for several years before.', [['the past two weeks', 'P2W'], ['several years', 'PXY']]],
    ['They met last summer and again this weekend.', [['last summer', '2024-SU'], ['this weekend', '2025-W19-WE']]],
    ['In the 1990s and the early 1980s, in the 20th century.', [['the 1990s', '199'], ['the early 1980s', '198'], ['the 20th century', '19']]],
    ['Police arrived Saturday night and left at noon Sunday.', [['Saturday night', '2025-05-03'], ['noon Sunday', '2025-05-04T12:00']]],
    ['Police arrived Saturday morning.', [['Saturday morning', '2025-05-03TMO']]],
    ['Last night the storm hit; this morning it cleared.', [['Last night', '2025-05-06TNI'], ['this morning', '2025-05-07TMO']]],
    ['The council meets every week.', [['every week', 'P1W']]],
    ['The deal closed on March 3. The same day, shares rose.', [['March 3', '2025-03-03'], ['The same day', '2025-03-03']]],
    ['It happened in nineteen ninety-six.', [['nineteen ninety-six', '1996']]],
    ['Sales for the year ended June 30 rose.', [['the year', 'P1Y'], ['June 30', '2024-06-30']]],
    ['The talks lasted for a week.', [['a week', 'P1W']]],
    ['Fiscal 2024 results beat 1998 levels.', [['Fiscal 2024', '2024'], ['1998', '1998']]],
    ['It took more than four hours.', [['more than four hours', 'PT4H']]],
    ['Trains run daily; the fair opened on Thanksgiving Day.', [['daily', 'P1D'], ['Thanksgiving Day', '2024-11-28']]],
    ['Voters go to the polls on Election Day.', [['Election Day', '2024-11-05']]],
    ['The raid began on April 30. By 6 a.m. it was over.', [['April 30', '2025-04-30'], ['6 a.m.', '2025-04-30T06:00']]],
    // Initials and abbreviations end no sentence: the modal before them still reaches the date.
    ['Mr. Varga will succeed Anna P. Lind Nov. 1.', [['Nov. 1', '2025-11-01']]],
    ['Lumo will meet with Ostra Corp. on Friday.', [['Friday', '2025-05-09']]],
    ['The council named a new chief, effective Oct. 1.', [['Oct. 1', '2025-10-01']]],
    ['The talks, set to resume Monday, were delayed.', [['Monday', '2025-05-12']]],
    ['On Tuesday, the league will hold its vote.', [['Tuesday', '2025-05-13']]],
    ['On Tuesday, the league held its vote.', [['Tuesday', '2025-05-06']]],
    // The quarter just ended stays this year in future text; a named quarter anchors `a year earlier`.
    ['Lumo will report first-quarter results.', [['first-quarter', '2025-Q1']]],
    ['Lumo earned $4 million in the first quarter ended March 31, up from $3 million a year earlier.', [['the first quarter', '2025-Q1'], ['March 31', '2025-03-31'], ['a year earlier', '2024-Q1']]],
    ['Varga, 52 years old, left after a 6-year-old case.', []],
    ['He spoke on "This Week" about last week.', [['last week', '2025-W18']]],
    ['In the past, prices fell; over the past year they rose.', [['the past', 'PAST_REF'], ['the past year', '2024']]],
    ['The offer was renewed last Oct. 23.', [['Oct. 23', '2024-10-23']]],
    ['Police came Friday evening and left Friday night.', [['Friday evening', '2025-05-02TEV'], ['Friday night', '2025-05-02']]],
    ['The rally went on for weeks and the camp stood for centuries.', [['weeks', 'PXW'], ['centuries', 'PXCE']]],
    ['The boy will stay at least two more weeks.', [['at least two more weeks', 'P2W']]],
    ['Shares hit a high for the year; over the year they rose.', [['the year', '2025'], ['the year', 'P1Y']]],
    ['He told "60 Minutes" it took 60 minutes.', [['60 minutes', 'PT60M']]],
    ['The vote was on May 5. By mid afternoon, and at 4 in the morning.', [['May 5', '2025-05-05'], ['mid afternoon', '2025-05-05TAF'], ['4 in the morning', '2025-05-05T04:00']]],
    ['The mill grew for a couple of years and may grow over the next couple of weeks.', [['a couple of years', 'P2Y'], ['the next couple of weeks', 'P2W']]],
    ['Fares doubled over the past decade, the most this century.', [['the past decade', 'P10Y'], ['this century', 'P100Y']]],
    ['The guild was founded in 1871 and has 1450 members since 1902.', [['1871', '1871'], ['1902', '1902']]],
    ['It sold 1650 looms, a record of 1712.', []],
    ['Thirty members had filed reports by Tuesday.', [['Tuesday', '2025-05-06']]],
    ['The offer had been scheduled to expire at midnight Friday.', [['midnight Friday', '2025-05-02T24']]],
    ['He had said he would come on Friday.', [['Friday', '2025-05-09']]],
    ['They camped there for 3 1/2 years and talked for two and a half hours.', [['3 1/2 years', 'P3Y6M'], ['two and a half hours', 'PT2H30M']]],
    ['A minute and a half later the bell rang; rates rose 2 1/2 points.', [['A minute and a half', 'PT1M30S']]],
    ['Prices were this low in the winter of nineteen eighty-two and in the spring of 1990.', [['the winter of nineteen eighty-two', '1982-WI'], ['the spring of 1990', '1990-SP']]],
    ['The fair runs on June 12 and 13. On June 14 and 300 guests came.', [['June 12', '2025-06-12'], ['13', '2025-06-13'], ['June 14', '2025-06-14']]],
    ['Under current rules and the then current price, the current year looks good.', [['current', 'PRESENT_REF'], ['then current', 'PAST_REF'], ['the current year', '2025']]],
    ['Sales rose in the fourth quarter. In the 2023 period they fell; the quarter was mild.', [['the fourth quarter', '2024-Q4'], ['the 2023 period', '2023-Q4'], ['the quarter', '2024-Q4']]],
    // `the previous`, `the following` count from the last date the text named, else from the reference.
    ['Shares fell Friday, 4% below the previous Friday.', [['Friday', '2025-05-02'], ['the previous Friday', '2025-04-25']]],
    ['The ship docked on March 3 and left the following Monday.', [['March 3', '2025-03-03'], ['the following Monday', '2025-03-10']]],
    ['The plant shut on March 3 and reopened the following week.', [['March 3', '2025-03-03'], ['the following week', '2025-W11']]],
    ['The previous Friday was calm.', [['The previous Friday', '2025-05-02']]],
    ['Next Friday is a holiday.', [['Next Friday', '2025-05-09']]],
    // A half of a year is TimeML's H1/H2; other modifiers keep the granularity.
    ['Output rose in the second half of 2024 and may fall in the first half of next year.', [['the second half of 2024', '2024-H2'], ['the first half of next year', '2026-H1']]],
    ['Sales slowed in the last half of 2023 and in early 2024.', [['the last half of 2023', '2023-H2'], ['early 2024', '2024']]],
    // `a quarter of` is a fraction.
    ['Funds hold more than a quarter of the market and three quarters of the bonds.', []],
    ['The loss lasted for a quarter.', [['a quarter', 'P1Q']]],
    // `Now,` opening a sentence is a discourse marker; `now` inside a clause is the present.
    ['Now, he says, the plan is dead. Prices are now low. "Now, we wait."', [['now', 'PRESENT_REF']]],
    // A present-tense verb of a plan before a weekday puts it ahead (news style: `meet Monday`).
    ['Varga and Lind meet separately Monday in Tarsk.', [['Monday', '2025-05-12']]],
    ['Varga met Lind Monday in Tarsk.', [['Monday', '2025-05-05']]],
    // Durations without a count: the plural still to come, an infix after the article, one-unit adjectives.
    ['Prices may fall in the weeks ahead and in the years to come.', [['the weeks ahead', 'PXW'], ['the years to come', 'PXY']]],
    ['The loan may run for an additional year; the appeal could take as long as a month.', [['an additional year', 'P1Y'], ['a month', 'P1M']]],
    ['After a day-long strike and a year-long fight, the hour-long talk began.', [['day-long', 'P1D'], ['year-long', 'P1Y'], ['hour-long', 'PT1H']]],
    ['As long as a deal holds, the mill runs.', []],
    // `this past` points back like `last`; `local time` stays with its clock, which then joins its day.
    ['It was calm this past weekend and this past Sunday.', [['this past weekend', '2025-W18-WE'], ['this past Sunday', '2025-05-04']]],
    ['The storm hit at 3 p.m. local time on Monday.', [['3 p.m. local time on Monday', '2025-05-05T15:00']]],
    // `overnight` after a preposition is the night before the day the text named last; not in `overnight rates`.
    ['Shares fell on March 3, hit by overnight losses in Tokyo.', [['March 3', '2025-03-03'], ['overnight', '2025-03-02TNI']]],
    ['Shares fell on March 3, hit by overnight rates in Tokyo.', [['March 3', '2025-03-03']]],
    // A present-tense verb of lasting before `until` points ahead; the past tense does not.
    ['The offer remains open until Friday.', [['Friday', '2025-05-09']]],
    ['The offer remained open until Friday.', [['Friday', '2025-05-02']]],
    // `the month` after a word placing a time in it: the month named last, else the reference's.
    ['The deal should close by the end of the month.', [['the end of the month', '2025-05']]],
    ['Talks began on March 3 and ended later in the month; he was paid for the month.', [['March 3', '2025-03-03'], ['the month', '2025-03']]],
    // Sets of seasons and parts of the day.
    ['The fair is held every spring; he runs every morning.', [['every spring', 'XXXX-SP'], ['every morning', 'XXXX-XX-XXTMO']]],
    // `later in the day` is the day the text named last.
    ['The mayor spoke on March 3. Later in the day the bridge closed.', [['March 3', '2025-03-03'], ['Later in the day', '2025-03-03']]],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => {
      assert.deepEqual(extractTimex(sentence, 'en', '2025-05-07').map((t) => [t.text, t.value]), expected.map(([t, v]) => [t, v]));
    });
  }
});

describe('createTimeStage', () => {
  it('fills doc.timex against the published date', () => {
    const doc = testDoc('Zorin landed on Thursday.', { lang: 'en', published: '2022-09-08' });
    const out = createTimeStage().run({ referenceDate: '2030-01-01' }, doc);
    assert.equal(out.id, doc.id);
    assert.deepEqual(out.timex, [
      { start: 16, end: 24, text: 'Thursday', value: '2022-09-08', kind: 'date', source: 'time/en', rule: 'weekday' },
    ]);
    assert.deepEqual(out.messages, []);
  });

  it('falls back to the context date and warns when there is no usable date at all', () => {
    const doc = testDoc('Zorin landed yesterday.', { lang: 'en' });
    assert.deepEqual(createTimeStage().run({ referenceDate: '2025-05-05' }, doc).timex, [
      { start: 13, end: 22, text: 'yesterday', value: '2025-05-04', kind: 'date', source: 'time/en', rule: 'deictic' },
    ]);
    const out = createTimeStage().run({ referenceDate: '' }, doc);
    assert.deepEqual(out.timex, []);
    assert.equal(out.messages.length, 1);
    assert.equal(out.messages[0]?.source, 'time');
  });
});
