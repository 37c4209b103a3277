import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from '../../pipeline/doc.js';
import type { EntityMention } from '../../pipeline/types.js';
import { extractQuotes } from './quotes.js';
import { findQuoteCandidates } from './marks.js';

const mention = (text: string, name: string, entity: number): EntityMention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type: 'person', entity, source: 'test', rule: 'test' };
};

test('apostrophes are not quote marks', () => {
  const text = 'Japan’s navy and the sailors’ union don’t agree. The ’90s were loud, rock ’n’ roll too. It\'s Ravi\'s boat.';
  assert.deepEqual(findQuoteCandidates(text), []);
  assert.deepEqual(extractQuotes(testDoc(text)), []);
});

test('a possessive name is not the speaker (Mira Sen’s aide wrote)', () => {
  const text = 'The navy and the union do not agree, Mira Sen’s aide wrote.';
  const doc = testDoc(text, { mentions: [mention(text, 'Mira Sen', 0)],
    entities: [{ name: 'Mira Sen', type: 'person', aliases: ['Mira Sen'], roles: [] }] });
  assert.deepEqual(extractQuotes(doc), [{
    start: 0, end: 35, text: 'The navy and the union do not agree', source: 'quotes/en', rule: 'reported:clause-said:unresolved',
    kind: 'reported', speakerSpan: { start: 37, end: 52, text: 'Mira Sen’s aide' }, speaker: null,
  }]);
});

test('scare quotes and embedded phrases are not quotes', () => {
  assert.deepEqual(extractQuotes(testDoc('The plan is a “testament” to the ‘2+2’ dialogue and the so-called “green corridor scheme”.')), []);
  assert.deepEqual(extractQuotes(testDoc('The leaders met on the “free and open” sea route of all nations.')), []);
  assert.deepEqual(extractQuotes(testDoc('It is a so-called “green corridor scheme” of the port.')), []);
  assert.deepEqual(extractQuotes(testDoc('“Legend in the Coal Fields.”\n\nThe book sold well.')), []);
  assert.deepEqual(extractQuotes(testDoc('He read “War and Peace” twice.')), []);
});

test('a quote without attribution gets no speaker when no person or organisation is near', () => {
  const text = 'Heavy rain fell on Delhi all week.\n\n“Every child deserves a safe classroom.”';
  const doc = testDoc(text, { mentions: [{ ...mention(text, 'Delhi', 0), type: 'place' }],
    entities: [{ name: 'Delhi', type: 'place', aliases: ['Delhi'], roles: [] }] });
  assert.deepEqual(extractQuotes(doc), [{
    start: 37, end: 75, text: 'Every child deserves a safe classroom.', source: 'quotes/en', rule: 'direct:unattributed',
    kind: 'direct', speakerSpan: null, speaker: null,
  }]);
});

test('a quote without attribution gets no speaker from a name far away', () => {
  const text = `Lal Verma visited the school.${'\n\nThe roof was repaired and the walls were painted over the summer months.'.repeat(12)}\n\n“Every child deserves a safe classroom.”`;
  const doc = testDoc(text, { mentions: [mention(text, 'Lal Verma', 0)],
    entities: [{ name: 'Lal Verma', type: 'person', aliases: ['Lal Verma'], roles: [] }] });
  assert.deepEqual(extractQuotes(doc).map((q) => [q.rule, q.speaker]), [['direct:unattributed', null]]);
});

test('a pronoun with no person before it stays unresolved', () => {
  assert.deepEqual(extractQuotes(testDoc('“We never agreed to this,” he said.')), [{
    start: 1, end: 24, text: 'We never agreed to this', source: 'quotes/en', rule: 'direct:post:unresolved',
    kind: 'direct', speakerSpan: { start: 27, end: 29, text: 'he' }, speaker: null,
  }]);
});

test('feet and inches are not quote marks; an anonymous speaker keeps its span', () => {
  const text = 'The player is 6\'2" tall and "very quick on the ball," the coach said.';
  assert.deepEqual(extractQuotes(testDoc(text)), [{
    start: 29, end: 51, text: 'very quick on the ball', source: 'quotes/en', rule: 'direct:post:unresolved',
    kind: 'direct', speakerSpan: { start: 54, end: 63, text: 'the coach' }, speaker: null,
  }]);
});

test('an unclosed single quote is dropped; an unclosed double quote stops at the paragraph end', () => {
  assert.deepEqual(findQuoteCandidates('Read ‘Section 12 or the rules t...\nNext line.'), []);
  assert.deepEqual(findQuoteCandidates('He said, “We will win\nNext.'), [
    { open: 9, close: 21, start: 10, end: 21, chain: 0, closed: false, single: false },
  ]);
});

test('a language without quote data still finds quotes, but no speakers', () => {
  const text = 'Lal Verma sagte: „Wir bauen die Brücke bis Juni fertig.“';
  const doc = testDoc(text, { lang: 'de', mentions: [mention(text, 'Lal Verma', 0)],
    entities: [{ name: 'Lal Verma', type: 'person', aliases: ['Lal Verma'], roles: [] }] });
  assert.deepEqual(extractQuotes(doc), [{
    start: 18, end: 55, text: 'Wir bauen die Brücke bis Juni fertig.', source: 'quotes/de', rule: 'direct:unattributed',
    kind: 'direct', speakerSpan: null, speaker: null,
  }]);
});
