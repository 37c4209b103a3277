import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGazetteer, gazetteerKey, matchGazetteer, parseGazetteer, serializeGazetteer } from './name-gazetteer.js';

const TYPES = ['PER', 'ORG', 'LOC'];
/** Invented names. */
const SENTENCES = [
  { tokens: ['The', 'Port', 'Elan', 'Council', 'met'], spans: [{ start: 1, end: 4, type: 'ORG' }] },
  { tokens: ['She', 'left', 'Port', 'Elan'], spans: [{ start: 2, end: 4, type: 'LOC' }] },
  { tokens: ['Port', 'Elan', 'won'], spans: [{ start: 0, end: 2, type: 'ORG' }] },
  { tokens: ['Ama', 'Venn', 'spoke'], spans: [{ start: 0, end: 2, type: 'PER' }] },
];

test('a name keeps every type it was given, in lower case, and long names are left out', () => {
  const g = buildGazetteer(SENTENCES, TYPES);
  assert.equal(g.get(gazetteerKey(['port', 'elan'])), 2 | 4);
  assert.equal(g.get(gazetteerKey(['PORT', 'ELAN', 'COUNCIL'])), 2);
  assert.equal(g.get(gazetteerKey(['Ama', 'Venn'])), 1);
  assert.equal(g.has(gazetteerKey(['Ama'])), false);
  assert.equal(buildGazetteer(SENTENCES, TYPES, 2).has(gazetteerKey(['Port', 'Elan', 'Council'])), false);
});

test('matching finds every listed word sequence, nested ones too, up to the longest allowed', () => {
  const g = buildGazetteer(SENTENCES, TYPES);
  const ws = ['in', 'port', 'Elan', 'Council', 'today'];
  assert.deepEqual(matchGazetteer(g, ws, 6), [
    { start: 1, end: 3, bits: 6 },
    { start: 1, end: 4, bits: 2 },
  ]);
  assert.deepEqual(matchGazetteer(g, ws, 2), [{ start: 1, end: 3, bits: 6 }]);
  assert.deepEqual(matchGazetteer(new Map(), ws, 6), []);
});

test('the file holds hashes and bits only and reads back the same', () => {
  const g = buildGazetteer(SENTENCES, TYPES);
  const text = serializeGazetteer(g);
  assert.ok(!/Port|Elan|Ama/i.test(text));
  assert.deepEqual(parseGazetteer(text), g);
  assert.equal(text, serializeGazetteer(parseGazetteer(text)));
});

test('matching looks up exactly the keys gazetteerKey gives, whatever the case or script', () => {
  // Every sequence of these words is in the gazetteer, so matching must find all of them.
  const ws = ['ΟΔΟΣ', 'Σ', 'İstanbul', 'दिल्ली', 'PORT', 'e\u0301lan', ''];
  const g = new Map<number, number>();
  for (let a = 0; a < ws.length; a++) for (let b = a + 1; b <= ws.length; b++) g.set(gazetteerKey(ws, a, b), b - a);
  const found = matchGazetteer(g, ws, 4);
  assert.equal(found.length, 7 + 6 + 5 + 4);
  for (const m of found) assert.equal(m.bits, m.end - m.start);
});

test('a gazetteer that grows after a match is matched with its new names', () => {
  const g = buildGazetteer(SENTENCES, TYPES);
  const ws = ['Ama', 'Venn', 'and', 'Tove', 'Lind'];
  assert.deepEqual(matchGazetteer(g, ws, 6), [{ start: 0, end: 2, bits: 1 }]);
  g.set(gazetteerKey(['Tove', 'Lind']), 1);
  assert.deepEqual(matchGazetteer(g, ws, 6), [
    { start: 0, end: 2, bits: 1 },
    { start: 3, end: 5, bits: 1 },
  ]);
});
