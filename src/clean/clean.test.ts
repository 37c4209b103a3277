import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Cleaned, RawDoc } from '../pipeline/types.js';
import { clean, toRawOffset } from './clean.js';
import { notAfter } from './html.js';
import { scoreExtraction, scorePubdate, shingleScore } from './extraction-eval.js';

const SHARED = resolve(process.cwd(), '../shared');

function textDoc(raw: string, declared: RawDoc['declared'] = {}): RawDoc {
  return { source: 'test.txt', format: 'text', raw, declared };
}

/** Every exact segment maps the cleaned text to the same characters of the raw input. */
function assertOffsets(raw: string, c: Cleaned): void {
  for (const s of c.offsets) {
    assert.equal(s.length, s.rawLength);
    if (s.exact) assert.equal(raw.slice(s.rawStart, s.rawStart + s.length), c.text.slice(s.cleanStart, s.cleanStart + s.length));
  }
  // Every character of the body is covered by a segment, except the paragraph separators.
  const covered = c.offsets.reduce((n, s) => n + s.length, 0);
  assert.equal(covered + Math.max(0, c.offsets.length - 1) * 2, c.text.length);
}

function reasons(c: Cleaned): string[] {
  return c.messages.map((m) => `${m.level} ${m.source} ${m.reason}`);
}

const RELEASE = [
  '      Ministry of Harbours',
  '',
  '      Minister Alia Verron opens new container terminal at Port Elan;',
  '      ',
  '      Terminal to double the cargo capacity of the western coast',
  '',
  '      Posted On: 14 MAR 2031 4:05PM by Press Desk Mumbai',
  '',
  '    Minister Alia Verron on Friday opened the new container terminal at Port Elan. The terminal will handle two million containers a year.',
  '',
  '',
  '    She said the port would hire 800 workers from the nearby districts by December.',
  '',
  '    ***',
  '    KLM/Rto/PX/QQ',
  '',
  '    (Release ID: 4455667) Visitor Counter : 12',
  '    ',
  '      Read this release in: Tamil , Marathi',
].join('\n');

test('press release: kicker, headline and deck kept; metadata read; furniture dropped', () => {
  const c = clean(textDoc(RELEASE));
  assert.deepEqual(c, {
    text: [
      'Ministry of Harbours',
      'Minister Alia Verron opens new container terminal at Port Elan;',
      'Terminal to double the cargo capacity of the western coast',
      'Minister Alia Verron on Friday opened the new container terminal at Port Elan. The terminal will handle two million containers a year.',
      'She said the port would hire 800 workers from the nearby districts by December.',
    ].join('\n\n'),
    offsets: [
      { cleanStart: 0, rawStart: 6, length: 20, rawLength: 20, exact: true },
      { cleanStart: 22, rawStart: 34, length: 63, rawLength: 63, exact: true },
      { cleanStart: 87, rawStart: 111, length: 58, rawLength: 58, exact: true },
      { cleanStart: 147, rawStart: 233, length: 134, rawLength: 134, exact: true },
      { cleanStart: 283, rawStart: 374, length: 79, rawLength: 79, exact: true },
    ],
    title: 'Minister Alia Verron opens new container terminal at Port Elan',
    publisher: 'Press Desk Mumbai',
    published: '2031-03-14T16:05:00+05:30',
    dateline: null,
    messages: c.messages,
  });
  assert.deepEqual(reasons(c), [
    'info clean/text dropped 1 line (publication metadata) at raw offset 177: "Posted On: 14 MAR 2031 4:05PM by Press Desk Mumbai"',
    'info clean/text dropped 1 line (separator) at raw offset 459: "***"',
    'info clean/text dropped 1 line (staff initials) at raw offset 467: "KLM/Rto/PX/QQ"',
    'info clean/text dropped 1 line (release id) at raw offset 486: "(Release ID: 4455667) Visitor Counter : 12"',
    'info clean/text dropped 1 line (language menu) at raw offset 540: "Read this release in: Tamil , Marathi"',
  ]);
  assertOffsets(RELEASE, c);
});

const SCRAPED = [
  ' date 2031-06-02 scorecardresearch',
  'Monday, Jun 02, 2031',
  '',
  'Floods cut off three villages in the Veloria valley: ‘We had no warning’',
  '',
  'Rescue teams reached the three villages by boat on Monday, district officials said.',
  '',
  'Advertisement',
  'Boats wait at the edge of the flooded road near Amberly. (Image: Twitter/@velorianews)',
  '',
  'The river rose by two metres overnight after heavy rain in the hills, and about 1,200 people were moved to schools on higher ground.',
  'Also Read | Dam gates opened in Kestrel district',
  '',
  'Officials said the water would recede by Wednesday if the rain eased.',
  '',
  'Subscriber Only Stories',
  'View All',
  'Why the hill towns keep flooding every mon...Premium',
  'Why the hill towns keep flooding every mon...',
  '',
  '(With PTI inputs)',
  '',
  'First published on: 02-06-2031 at 10:15:00 am',
  'Next Story',
  '0 Comment(s) *',
  '* The moderation of comments is automated and not cleared manually by thehindu.com.',
  'Top News',
  'Markets close higher on bank stocks',
  'Markets close higher on bank stocks',
  'Advertisement',
].join('\n');

test('scraped page: header, tracker, date line, ads, teasers and the trailing block go', () => {
  const c = clean(textDoc(SCRAPED, { published: '2031-06-02' }));
  assert.equal(
    c.text,
    [
      'Floods cut off three villages in the Veloria valley: ‘We had no warning’',
      'Rescue teams reached the three villages by boat on Monday, district officials said.',
      'Boats wait at the edge of the flooded road near Amberly. (Image: Twitter/@velorianews)',
      'The river rose by two metres overnight after heavy rain in the hills, and about 1,200 people were moved to schools on higher ground.',
      'Officials said the water would recede by Wednesday if the rain eased.',
    ].join('\n\n'),
  );
  assert.deepEqual(
    { title: c.title, publisher: c.publisher, published: c.published, dateline: c.dateline },
    {
      title: 'Floods cut off three villages in the Veloria valley: ‘We had no warning’',
      publisher: 'The Hindu',
      published: '2031-06-02',
      dateline: null,
    },
  );
  assert.deepEqual(reasons(c), [
    'info clean/text dropped 1 line (tracker) at raw offset 17: "scorecardresearch"',
    'info clean/text dropped 1 line (publication metadata) at raw offset 35: "Monday, Jun 02, 2031"',
    'info clean/text dropped 1 line (advertisement) at raw offset 216: "Advertisement"',
    'info clean/text dropped 1 line (teaser) at raw offset 451: "Also Read | Dam gates opened in Kestrel district"',
    // No site's phrase list: general rules (a headline-like line after the article, truncated
    // teasers, navigation, credit and metadata lines, the trailing block after "Next Story").
    'info clean/text dropped 1 line (headline-like line after the article) at raw offset 572: "Subscriber Only Stories"',
    'info clean/text dropped 1 line (navigation) at raw offset 596: "View All"',
    'info clean/text dropped 2 lines (truncated teaser) at raw offset 605: "Why the hill towns keep flooding every mon...Premium"',
    'info clean/text dropped 1 line (agency credit) at raw offset 705: "(With PTI inputs)"',
    'info clean/text dropped 1 line (publication metadata) at raw offset 724: "First published on: 02-06-2031 at 10:15:00 am"',
    'info clean/text dropped 7 lines (trailing block after "Next Story") at raw offset 770: "Next Story"',
  ]);
  assertOffsets(SCRAPED, c);
});

test('without a declared date, "First published on" (day first) gives the date, with the site\'s offset', () => {
  const raw = SCRAPED.replace(' date 2031-06-02 ', '').replace('Monday, Jun 02, 2031\n', '');
  const c = clean(textDoc(raw));
  assert.equal(c.published, '2031-06-02T10:15:00+05:30');
  assert.equal(c.publisher, 'The Hindu');
});

test('a time without any hint of the zone is not turned into a date-time', () => {
  const raw = 'Posted On: 14 MAR 2031 4:05PM\n\nThe harbour board approved the budget for the new terminal on Friday.';
  const c = clean(textDoc(raw));
  assert.deepEqual(
    { text: c.text, published: c.published, publisher: c.publisher, title: c.title },
    { text: 'The harbour board approved the budget for the new terminal on Friday.', published: '2031-03-14', publisher: null, title: null },
  );
});

test('a declared URL names the publisher; an explicit zone wins over the local offset', () => {
  const raw = 'Updated: Mar 14, 2031 11:20 GMT\n\nThe harbour board approved the budget for the new terminal on Friday.';
  const c = clean(textDoc(raw, { url: 'https://www.ndtv.com/world/harbour-budget-1234' }));
  assert.deepEqual({ published: c.published, publisher: c.publisher }, { published: '2031-03-14T11:20:00+00:00', publisher: 'NDTV' });
});

test('Hindi release: label and date on two lines, single newlines, Devanagari staff initials', () => {
  const raw = [
    'बंदरगाह मंत्रालय',
    'मंत्री ने नए बंदरगाह टर्मिनल का उद्घाटन किया',
    'Posted On:',
    '14 MAR 2031 4:05PM by PIB Delhi',
    'मंत्री श्रीमती अलिया वेरॉन ने शुक्रवार को पोर्ट एलन में नए टर्मिनल का उद्घाटन किया। उन्होंने कहा कि टर्मिनल से रोजगार बढ़ेगा।',
    'टर्मिनल हर साल बीस लाख कंटेनर संभालेगा और इससे व्यापार बढ़ेगा।',
    '***',
    'एबी/सीडी/ईएफ',
    '(रिलीज़ आईडी: 778899)',
    'आगंतुक पटल : 31',
  ].join('\n');
  const c = clean(textDoc(raw));
  assert.deepEqual(
    { text: c.text, title: c.title, published: c.published, publisher: c.publisher },
    {
      text: [
        'बंदरगाह मंत्रालय',
        'मंत्री ने नए बंदरगाह टर्मिनल का उद्घाटन किया',
        'मंत्री श्रीमती अलिया वेरॉन ने शुक्रवार को पोर्ट एलन में नए टर्मिनल का उद्घाटन किया। उन्होंने कहा कि टर्मिनल से रोजगार बढ़ेगा।',
        'टर्मिनल हर साल बीस लाख कंटेनर संभालेगा और इससे व्यापार बढ़ेगा।',
      ].join('\n\n'),
      title: 'मंत्री ने नए बंदरगाह टर्मिनल का उद्घाटन किया',
      published: '2031-03-14T16:05:00+05:30',
      publisher: 'PIB Delhi',
    },
  );
  assert.deepEqual(
    c.messages.map((m) => m.reason.replace(/ at raw offset \d+/, '')),
    [
      'dropped 2 lines (publication metadata): "Posted On:"',
      'dropped 1 line (separator): "***"',
      'dropped 1 line (staff initials): "एबी/सीडी/ईएफ"',
      'dropped 1 line (release id): "(रिलीज़ आईडी: 778899)"',
      'dropped 1 line (visitor counter): "आगंतुक पटल : 31"',
    ],
  );
  assertOffsets(raw, c);
});

test('datelines: bracketed country with date, agency, capitals; the dateline stays in the body', () => {
  const body = ' the harbour board approved the budget for the new terminal on Friday.';
  const cases: [string, string | null][] = [
    [`Port Elan [Veloria], March 14 :${body}`, 'Port Elan'],
    [`PORT ELAN (Reuters) -${body}`, 'Port Elan'],
    [`NEW AMBERLY:${body}`, 'New Amberly'],
    [`Port Elan, March 14 (PTI):${body}`, 'Port Elan'],
    [`पोर्ट एलन, 14 मार्च (भाषा):${body}`, 'पोर्ट एलन'],
    // Negative cases: a label, a title-case word with a bare colon, a sentence.
    [`Update:${body}`, null],
    [`Port Elan:${body}`, null],
    [`The mayor said:${body}`, null],
  ];
  for (const [raw, place] of cases) {
    const c = clean(textDoc(raw));
    assert.equal(c.dateline, place, raw);
    assert.equal(c.text, raw, raw);
  }
});

test('header on its own line is stripped and accounted for in the offsets', () => {
  const raw = 'date 2031-01-09\nThe harbour board approved the budget for the new terminal on Friday.';
  const c = clean(textDoc(raw, { published: '2031-01-09' }));
  assert.deepEqual(c.offsets, [{ cleanStart: 0, rawStart: 16, length: 69, rawLength: 69, exact: true }]);
  assert.equal(c.published, '2031-01-09');
  assert.equal(toRawOffset(c.offsets, 4), 20);
});

test('a declared title (JSONL) wins over the top line; without one a plain paragraph has none', () => {
  const raw = 'The harbour board approved the budget for the new terminal on Friday, officials said.';
  assert.equal(clean(textDoc(raw, { title: '  Harbour  budget approved ' })).title, 'Harbour budget approved');
  assert.equal(clean(textDoc(raw)).title, null);
});

test('negative cases: article sentences that mention furniture words are kept', () => {
  const raw = [
    'The agency said the advertisement ran for two weeks before it was withdrawn on Monday.',
    '',
    'Related talks will continue next week, the ministry said in a statement on Tuesday.',
    '',
    'Updated rules on 5 May 2031 require every port to publish its tariffs online, officials said.',
    '',
    'Next, the board will vote on the harbour budget for the coming year, its chair said.',
  ].join('\n');
  const c = clean(textDoc(raw));
  assert.equal(c.text, raw);
  assert.deepEqual(c.messages, []);
  assert.equal(c.title, null);
  assert.equal(c.published, null);
});

test('an end marker before the article does not cut it; after it, it does', () => {
  const raw = [
    'Related',
    'The harbour board approved the budget for the new terminal on Friday.',
    'Top News',
    'The board also elected a new chair for the next three years on Friday.',
  ].join('\n');
  const c = clean(textDoc(raw));
  assert.equal(c.text, 'The harbour board approved the budget for the new terminal on Friday.');
});

test('hard-wrapped lines are joined into one paragraph (raw newline kept, offsets exact)', () => {
  const raw = [
    'The harbour board approved the budget for the new terminal on Friday,',
    'and said that work would begin in the spring once the contracts were',
    'signed by all three partners.',
    '',
    'The chair thanked the staff.',
  ].join('\n');
  const c = clean(textDoc(raw));
  assert.deepEqual(c.offsets, [
    { cleanStart: 0, rawStart: 0, length: 168, rawLength: 168, exact: true },
    { cleanStart: 170, rawStart: 170, length: 28, rawLength: 28, exact: true },
  ]);
  assert.equal(c.text, raw);
});

test('toRawOffset maps through segments and returns null in separators', () => {
  const offsets = [
    { cleanStart: 0, rawStart: 10, length: 5, rawLength: 5, exact: true },
    { cleanStart: 7, rawStart: 40, length: 4, rawLength: 8, exact: false },
  ];
  assert.equal(toRawOffset(offsets, 0), 10);
  assert.equal(toRawOffset(offsets, 5), 15);
  assert.equal(toRawOffset(offsets, 6), null);
  assert.equal(toRawOffset(offsets, 7), 40);
  assert.equal(toRawOffset(offsets, 9), 44);
  assert.equal(toRawOffset(offsets, 11), 48);
  assert.equal(toRawOffset(offsets, 12), null);
  assert.equal(toRawOffset([], 0), null);
});

const PARAS = [
  'The harbour board of Port Elan approved the budget for the new container terminal on Friday, after a debate that lasted most of the day.',
  'Work will begin in the spring. The terminal is expected to handle two million containers a year when it opens.',
  'Minister Alia Verron said the project would create 800 jobs in the nearby districts.',
];

test('HTML: paragraphs from the article, metadata from the head, exact offsets where verbatim', () => {
  const html = `<!doctype html><html><head><title>Budget approved | Elan Gazette</title>
<meta property="og:title" content="Harbour budget approved">
<meta property="og:site_name" content="Elan Gazette">
<meta property="article:published_time" content="2031-03-14T09:30:00+05:30">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Harbour budget approved</h1>
<p>${PARAS[0]}</p>
<p>${PARAS[1]?.replace('spring.', 'spring.</p><p>').replace('<p>The terminal', '<p>The terminal')}</p>
<p>Minister <b>Alia Verron</b> said the project would create 800 jobs in the nearby districts.</p>
</article><footer>Copyright 2031 Elan Gazette</footer></body></html>`;
  const c = clean({ source: 'a.html', format: 'html', raw: html, declared: {} });
  assert.equal(
    c.text,
    [
      PARAS[0],
      'Work will begin in the spring.',
      'The terminal is expected to handle two million containers a year when it opens.',
      PARAS[2],
    ].join('\n\n'),
  );
  assert.deepEqual(
    { title: c.title, publisher: c.publisher, published: c.published, dateline: c.dateline, messages: c.messages },
    { title: 'Harbour budget approved', publisher: 'Elan Gazette', published: '2031-03-14T09:30:00+05:30', dateline: null, messages: [] },
  );
  assert.deepEqual(
    c.offsets.map((s) => [s.cleanStart, s.length, s.exact]),
    [
      [0, 136, true],
      [138, 30, true],
      [170, 79, true],
      [251, 84, false],
    ],
  );
  for (const s of c.offsets.filter((x) => x.exact)) {
    assert.equal(html.slice(s.rawStart, s.rawStart + s.length), c.text.slice(s.cleanStart, s.cleanStart + s.length));
  }
  const inexact = c.offsets[3];
  assert.ok(inexact && html.slice(inexact.rawStart).startsWith('Minister <b>Alia Verron</b> said'));
});

test('HTML: a page without an article gives empty text and an error', () => {
  const html = '<html><head><title>Home</title></head><body><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></body></html>';
  const c = clean({ source: 'b.html', format: 'html', raw: html, declared: {} });
  assert.deepEqual(c, {
    text: '',
    offsets: [],
    title: 'Home',
    publisher: null,
    published: null,
    dateline: null,
    messages: [{ level: 'error', reason: 'no article found in the page', source: 'clean/html' }],
  });
});

test('HTML: JSON-LD date and a date in the URL are fallbacks', () => {
  const body = `<article>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-02-03T08:00:00Z","publisher":{"name":"Amberly Post"}}</script>';
  const a = clean({ source: 'a.html', format: 'html', raw: `<html><head>${ld}</head><body>${body}</body></html>`, declared: {} });
  assert.deepEqual({ published: a.published, publisher: a.publisher }, { published: '2031-02-03T08:00:00+00:00', publisher: 'Amberly Post' });
  const b = clean({
    source: 'b.html',
    format: 'html',
    raw: `<html><body>${body}</body></html>`,
    declared: { url: 'https://news.example.org/2031/02/05/harbour-budget' },
  });
  assert.equal(b.published, '2031-02-05');
});

test('HTML: no publication date later than the crawl date (a countdown, an event announced)', () => {
  const body = `<article>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const head = '<meta property="article:published_time" content="2031-06-01T09:00:00Z">';
  const raw = `<html><head>${head}</head><body><time datetime="2031-02-03">3 Feb</time>${body}</body></html>`;
  const fetched = clean({ source: 'w.warc#0', format: 'html', raw, declared: { fetched: '2031-02-04T10:00:00Z' } });
  assert.equal(fetched.published, '2031-02-03');
  const unknown = clean({ source: 'p.html', format: 'html', raw, declared: {} });
  assert.equal(unknown.published, '2031-06-01T09:00:00+00:00');
  const url = clean({ source: 'u', format: 'html', raw: `<html><body>${body}</body></html>`, declared: { url: 'https://x.example/2031/05/01/a', fetched: '2031-04-01T00:00:00Z' } });
  assert.notEqual(url.published, '2031-05-01');
});

test('notAfter: instants with zones, else days with one day of slack', () => {
  assert.equal(notAfter('2031-04-02', '2031-04-01T20:00:00Z'), true);
  assert.equal(notAfter('2031-04-03', '2031-04-01T20:00:00Z'), false);
  assert.equal(notAfter('2031-04-01T21:00:00+05:30', '2031-04-01T20:00:00Z'), true);
  assert.equal(notAfter('2031-04-01T22:00:00Z', '2031-04-01T20:00:00Z'), false);
});

test('shingleScore: identical, disjoint and partial texts', () => {
  assert.deepEqual(shingleScore('one two three four five', 'one two three four five'), { precision: 1, recall: 1 });
  assert.deepEqual(shingleScore('one two three four five', 'six seven eight nine'), { precision: 0, recall: 0 });
  assert.deepEqual(shingleScore('one two three four five six', 'one two three four five'), { precision: 1, recall: 2 / 3 });
});

interface GoldDoc {
  published: string;
  title: string | null;
  publisher?: string;
  dateline: string | null;
  body_must_include: string[];
  body_must_exclude: string[];
}

test('seeds: body includes/excludes, title, published day, publisher and dateline match the gold', (t) => {
  const goldPath = join(SHARED, 'gold/seeds.gold.json');
  if (!existsSync(goldPath)) {
    t.skip('../shared absent');
    return;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: Record<string, GoldDoc> };
  const files = readdirSync(join(SHARED, 'seeds')).filter((f) => f.endsWith('.txt'));
  assert.equal(Object.keys(gold.documents).length, files.length);
  for (const [id, g] of Object.entries(gold.documents)) {
    const raw = readFileSync(join(SHARED, 'seeds', `${id}.txt`), 'utf8');
    const header = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(raw);
    const c = clean(textDoc(raw, header?.[1] ? { published: header[1] } : {}));
    for (const s of g.body_must_include) assert.ok(c.text.includes(s), `${id}: body should include "${s}"`);
    for (const s of g.body_must_exclude) assert.ok(!c.text.includes(s), `${id}: body should not include "${s}"`);
    assert.equal(c.title, g.title, `${id}: title`);
    assert.equal(c.published?.slice(0, 10), g.published.slice(0, 10), `${id}: published`);
    assert.equal(c.published, g.published, `${id}: published (full)`);
    if (g.publisher !== undefined) assert.equal(c.publisher, g.publisher, `${id}: publisher`);
    assert.equal(c.dateline, g.dateline, `${id}: dateline`);
    assertOffsets(raw, c);
  }
});

// Floors over eval data are checked on the full development sets (today's figures, `npm run eval:sets`).
test('article extraction on all 61 development pages: F1 >= 0.981 (measured 0.9815)', async (t) => {
  const dir = join(SHARED, 'eval/article-extraction-dev');
  if (!existsSync(dir)) {
    t.skip('../shared/eval absent: extraction floor not checked');
    return;
  }
  const s = await scoreExtraction(dir);
  assert.equal(s.pages, 61);
  const figures = `F1 ${s.f1.toFixed(4)} (P ${s.precision.toFixed(4)}, R ${s.recall.toFixed(4)})`;
  assert.ok(s.f1 >= 0.981 && s.precision >= 0.971 && s.recall >= 0.99, figures);
});

test('publication dates on all 100 development pages: accuracy >= 0.93 (measured 0.93)', async (t) => {
  const dir = join(SHARED, 'eval/pubdate-dev');
  if (!existsSync(dir)) {
    t.skip('../shared/eval absent: pubdate floor not checked');
    return;
  }
  const s = await scorePubdate(dir);
  assert.equal(s.pages, 100);
  assert.ok(s.accuracy >= 0.93, `accuracy ${s.accuracy.toFixed(3)}; misses ${JSON.stringify(s.misses)}`);
});

test('a table after the last paragraph is the article\'s (results, standings); teasers after it are not', () => {
  const para = 'The harbour league played its final round of the season on Sunday, with Port Elan taking the title.';
  const table = ['Standings after the final round (won, lost, points):', 'NORTH GROUP', 'W L PTS', 'PORT ELAN 12 3 36', 'VELLMAR 10 5 30', 'OSTBURG 7 8 21', 'SOUTH GROUP', 'KARSTAD 11 4 33', 'LINDHOLM 9 6 27'];
  const teasers = ['Harbour board approves terminal budget', 'Ferry fares to rise in spring'];
  const c = clean(textDoc([para, ...table, ...teasers].join('\n\n')));
  for (const line of table) assert.ok(c.text.includes(line), line);
  for (const line of teasers) assert.ok(!c.text.includes(line), line);
  // Two lines of figures are no table: headline-like lines after the article still go.
  const short = clean(textDoc([para, 'Markets 12:30 05 2031', 'Weather 14 20 C', ...teasers].join('\n\n')));
  assert.equal(short.text, para);
});

test('ranked results, scorers and fixtures after the last paragraph are the article\'s; a sign-off with a phone number is not', () => {
  const para = 'Port Elan beat Vellmar 2-1 in the harbour cup final on Sunday, with two goals after the break.';
  // A ranked list with a hard-wrapped caption, rows that end in a time or a score.
  const ranked = ['Women \'s 500 metres final :', '1. Ana Lind ( Vellmar ) 34.829', '2. Mia Sorel ( Ostburg ) 35.202', 'Men \'s sprint quarter-finals ( best of three', 'Karl Ruud ( Karstad ) beat Ole Berg ( Lindholm ) 2-0'];
  const c = clean(textDoc([para, ...ranked].join('\n')));
  for (const line of ranked) assert.ok(c.text.includes(line), line);
  // Two rows suffice when a label introduces them.
  const scorers = ['Scorers :', 'Port Elan - Ivo Marr ( 51st minute ) , Per Holm ( 77th )', 'Attendance : 3,900'];
  const s = clean(textDoc([para, ...scorers].join('\n')));
  for (const line of scorers) assert.ok(s.text.includes(line), line);
  // A sign-off with a phone number, or a press contact block, is furniture.
  const contact = clean(textDoc([para, '-- Port Elan newsroom +44 20 7000 0000'].join('\n')));
  assert.equal(contact.text, para);
  const press = clean(textDoc([para, 'Press contact:', 'Harbour Board', 'Telefon: +49 40 1234-5678', 'E-Mail: press @ harbour.example'].join('\n')));
  assert.equal(press.text, para);
  // Headlines with a year at the end are menu entries, not results.
  const menu = clean(textDoc([para, 'Budget 2031', 'Elections 2031', 'Harbour Cup 2031'].join('\n')));
  assert.equal(menu.text, para);
});

test('a repeated table heading is no teaser, and a quote closed after a space ends a sentence', () => {
  const para = 'The harbour league published its standings after the games played on Saturday evening.';
  const league = (name: string, rows: string[]): string[] => [name, 'NORTH GROUP', 'W L PCT', ...rows];
  const lines = [para, ...league('EAST LEAGUE', ['PORT ELAN 12 3 .800', 'VELLMAR 10 5 .667']), ...league('WEST LEAGUE', ['OSTBURG 7 8 .467', 'KARSTAD 6 9 .400'])];
  const c = clean(textDoc(lines.join('\n')));
  assert.equal(c.text.split('NORTH GROUP').length, 3, c.text);
  // Repeated short lines that head no table are still teasers.
  const teaser = clean(textDoc(['Ferry fares to rise', para, 'Ferry fares to rise', 'Harbour board meets'].join('\n')));
  assert.ok(!teaser.text.includes('Ferry fares'), teaser.text);
  // Tokenised text puts a space before the closing quote: the line still ends a sentence.
  const quoted = 'He said the harbour was " our home and our future . "';
  const q = clean(textDoc([para, quoted].join('\n')));
  assert.ok(q.text.endsWith(quoted), q.text);
});
