import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  asciiDigits,
  compileMeta,
  findDate,
  findDateline,
  hostsIn,
  localOffsetOf,
  normaliseDeclaredDate,
  parseMetaLine,
  siteOfHost,
  toIso,
} from './metadata.js';

const M = compileMeta();

test('findDate: the formats news pages use, with times and zones', () => {
  assert.deepEqual(findDate('Posted On: 02 SEP 2031 7:22PM by Press Desk', M), { date: '2031-09-02', start: 11, end: 29, time: '19:22:00' });
  assert.deepEqual(findDate('08-09-2031 at 11:21:17 am', M), { date: '2031-09-08', start: 0, end: 25, time: '11:21:17' });
  assert.deepEqual(findDate('Sep 8, 2031, 12:05 a.m. IST', M), { date: '2031-09-08', start: 0, end: 27, time: '00:05:00', zone: '+05:30' });
  assert.deepEqual(findDate('2031-03-04T10:00:00Z', M), { date: '2031-03-04', start: 0, end: 20, time: '10:00:00', zone: '+00:00' });
  assert.deepEqual(findDate('on 4th March, 2031', M), { date: '2031-03-04', start: 3, end: 18 });
  assert.deepEqual(findDate('05 मई, 2031 को', M), { date: '2031-05-05', start: 0, end: 11 });
  assert.deepEqual(findDate('०५ मई २०३१', M), { date: '2031-05-05', start: 0, end: 10 });
  assert.deepEqual(findDate('12/25/2031', M), { date: '2031-12-25', start: 0, end: 10 });
  assert.deepEqual(findDate('2031/03/04', M), { date: '2031-03-04', start: 0, end: 10 });
});

test('findDate: negative cases', () => {
  assert.equal(findDate('31 February 2031', M), null);
  assert.equal(findDate('in May the council', M), null);
  assert.equal(findDate('version 1.2.2031.4', M), null);
  assert.equal(findDate('call 12-34-5678', M), null);
  assert.equal(findDate('Maybe 5, 2031', M), null);
});

test('parseMetaLine: labelled dates, bylines with a date segment, bare date lines', () => {
  assert.deepEqual(parseMetaLine('Posted On: 02 SEP 2031 7:22PM by Press Desk', undefined, M), {
    kind: 'published',
    parts: { date: '2031-09-02', start: 11, end: 29, time: '19:22:00' },
    usedNextLine: false,
    by: 'Press Desk',
  });
  assert.deepEqual(parseMetaLine('Posted On:', '05 MAY 2031 5:47PM by Press Desk', M), {
    kind: 'published',
    parts: { date: '2031-05-05', start: 0, end: 18, time: '17:47:00' },
    usedNextLine: true,
    by: 'Press Desk',
  });
  assert.deepEqual(parseMetaLine('Written by Jane Roe | Amberly | Updated: September 8, 2031 11:21:17 am IST', undefined, M), {
    kind: 'updated',
    parts: { date: '2031-09-08', start: 41, end: 74, time: '11:21:17', zone: '+05:30' },
    usedNextLine: false,
  });
  assert.deepEqual(parseMetaLine('Thursday, Sep 08, 2031', undefined, M), {
    kind: 'date',
    parts: { date: '2031-09-08', start: 0, end: 22 },
    usedNextLine: false,
  });
  assert.deepEqual(parseMetaLine('प्रकाशित: सोमवार, ०५ मई २०३१', undefined, M), {
    kind: 'published',
    parts: { date: '2031-05-05', start: 10, end: 28 },
    usedNextLine: false,
  });
});

test('parseMetaLine: sentences with dates are not metadata', () => {
  assert.equal(parseMetaLine('The vote was held on 2 March 2031.', undefined, M), null);
  assert.equal(parseMetaLine('Updated figures released on 2 March 2031 show the harbour handled more cargo than in any year before.', undefined, M), null);
  assert.equal(parseMetaLine('2 March 2031 was the day the harbour reopened after the storm.', undefined, M), null);
  assert.equal(parseMetaLine('Posted On:', 'The council met on Monday.', M), null);
});

test('normaliseDeclaredDate, toIso and asciiDigits', () => {
  assert.equal(normaliseDeclaredDate('2031-03-04', M), '2031-03-04');
  assert.equal(normaliseDeclaredDate('2031-03-04T10:00:00.000+0530', M), '2031-03-04T10:00:00+05:30');
  assert.equal(normaliseDeclaredDate('2031-03-04T10:00:00', M), '2031-03-04');
  assert.equal(normaliseDeclaredDate('Tue, 04 Mar 2031 10:00:00 GMT', M), '2031-03-04T10:00:00+00:00');
  assert.equal(normaliseDeclaredDate('2031-02-30', M), null);
  assert.equal(normaliseDeclaredDate('soon', M), null);
  assert.equal(toIso({ date: '2031-09-02', time: '19:22:00' }, '+05:30'), '2031-09-02T19:22:00+05:30');
  assert.equal(toIso({ date: '2031-09-02', time: '19:22:00' }, null), '2031-09-02');
  assert.equal(toIso({ date: '2031-09-02' }, '+05:30'), '2031-09-02');
  assert.equal(asciiDigits('०५ मई २०२५ ٣'), '05 मई 2025 3');
});

test('publishers and offsets: hosts, news sites, places', () => {
  assert.deepEqual(hostsIn('not cleared manually by thehindu.com. See https://www.bbc.co.uk/news or photo.jpg'), [
    'thehindu.com',
    'www.bbc.co.uk',
  ]);
  assert.deepEqual(hostsIn('The minister said so. He left.'), []);
  assert.equal(siteOfHost('www.indianexpress.com')?.name, 'The Indian Express');
  assert.equal(siteOfHost('navbharattimes.indiatimes.com')?.name, 'Navbharat Times');
  assert.equal(siteOfHost('example.org'), null);
  assert.equal(localOffsetOf(['Press Desk Mumbai'], M), '+05:30');
  assert.equal(localOffsetOf(['नई दिल्ली'], M), '+05:30');
  assert.equal(localOffsetOf(['news.example.pk'], M), '+05:00');
  assert.equal(localOffsetOf(['Example Gazette', 'example.com'], M), null);
});

test('findDateline: places and where the dateline ends; negatives', () => {
  assert.deepEqual(findDateline('Port Elan [Veloria], March 14 : The council met.', M), { place: 'Port Elan', end: 31 });
  assert.deepEqual(findDateline('NEW AMBERLY: The council met.', M), { place: 'New Amberly', end: 12 });
  assert.deepEqual(findDateline('PORT-ELAN, March 14 (AFP) — The council met.', M), { place: 'Port-Elan', end: 27 });
  assert.equal(findDateline('Note: the council met.', M), null);
  assert.equal(findDateline('The council met - and voted.', M), null);
  assert.equal(findDateline('Council member Jane Roe said: no.', M), null);
});
