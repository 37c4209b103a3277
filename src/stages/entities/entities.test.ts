import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from '../../pipeline/doc.js';
import { createEnglishNameExtractor } from '../../lang/en/names.js';
import type { NameCandidate } from './contract.js';
import { attachNominalRoles, createEntityStage, groupMentions, isAcronymOf, mergeRoles, nameKey, pickExtractor, removeOverlaps, voteType } from './entities.js';

const en = createEnglishNameExtractor();
const stage = createEntityStage({ extractors: { en } });
const ctx = { referenceDate: '2025-05-05' };
const cand = (start: number, end: number, text: string, type: NameCandidate['type'], rule: string, extra: Partial<NameCandidate> = {}): NameCandidate => ({
  start,
  end,
  text,
  type,
  ...extra,
  source: 'test',
  rule,
});

test('removeOverlaps keeps the longest, then the earliest', () => {
  const a = cand(0, 9, 'New Delhi', 'place', 'gazetteer');
  const b = cand(4, 9, 'Delhi', 'place', 'gazetteer');
  const c = cand(12, 17, 'Tokyo', 'place', 'gazetteer');
  assert.deepEqual(removeOverlaps([b, c, a]), [a, c]);
});

test('nameKey folds OCR confusables, & and the X Ministry form', () => {
  assert.equal(nameKey('Takeshi lwaya'), nameKey('Takeshi Iwaya'));
  assert.equal(nameKey('Jammu & Kashmir'), nameKey('Jammu and Kashmir'));
  assert.equal(nameKey('Defence Ministry'), 'ministry of defence');
  assert.notEqual(nameKey('Kenzo Ueda'), nameKey('Kenzo Ueno'));
});

test('isAcronymOf matches initials and hyphen parts, not unrelated names', () => {
  assert.equal(isAcronymOf('TRF', 'The Resistance Front'), true);
  assert.equal(isAcronymOf('LeT', 'Lashkar-e-Taiba'), true);
  assert.equal(isAcronymOf('ASEAN', 'Association of South East Asian Nations'), true);
  assert.equal(isAcronymOf('RBI', 'The Resistance Front'), false);
});

test('voteType: a person title beats context; nothing typed gives other', () => {
  assert.equal(voteType([cand(0, 4, 'Sato', 'place', 'context'), cand(9, 13, 'Sato', 'person', 'title')]), 'person');
  assert.equal(voteType([cand(0, 4, 'Sato', null, 'name')]), 'other');
});

test('mergeRoles drops a role subsumed by the same role with a country', () => {
  assert.deepEqual(mergeRoles(['Defence Minister', 'Defence Minister of India', 'Defence Minister']), ['Defence Minister of India']);
});

test('stage groups surname mentions, OCR variants and acronyms into local entities', () => {
  const text = 'Defence Minister Arjun Malhotra met Mr Kenzo lshida. Malhotra said Kenzo Ishida agreed. The Ravenna Liberation Front (RLF) was named; RLF denied it.';
  const doc = stage.run(ctx, testDoc(text));
  assert.deepEqual(doc.entities, [
    { name: 'Arjun Malhotra', type: 'person', aliases: ['Arjun Malhotra', 'Malhotra'], roles: ['Defence Minister'] },
    { name: 'Kenzo Ishida', type: 'person', aliases: ['Kenzo lshida', 'Kenzo Ishida'], roles: [] },
    { name: 'Ravenna Liberation Front', type: 'organization', aliases: ['Ravenna Liberation Front', 'RLF'], roles: [] },
  ]);
  assert.deepEqual(doc.mentions[0], { start: 17, end: 31, text: 'Arjun Malhotra', type: 'person', entity: 0, source: 'entities/en', rule: 'title', title: 'Defence Minister' });
  assert.deepEqual(doc.mentions.map((m) => [m.text, m.entity]), [
    ['Arjun Malhotra', 0],
    ['Kenzo lshida', 1],
    ['Malhotra', 0],
    ['Kenzo Ishida', 1],
    ['Ravenna Liberation Front', 2],
    ['RLF', 2],
    ['RLF', 2],
  ]);
  for (const m of doc.mentions) assert.equal(m.text, text.slice(m.start, m.end));
});

test('Defence Ministry joins Ministry of Defence; Jammu & Kashmir joins Jammu and Kashmir', () => {
  const text = 'The Ministry of Defence said so. Later the Defence Ministry agreed on Jammu and Kashmir and Jammu & Kashmir.';
  const doc = stage.run(ctx, testDoc(text));
  assert.deepEqual(doc.entities, [
    { name: 'Ministry of Defence', type: 'organization', aliases: ['Ministry of Defence', 'Defence Ministry'], roles: [] },
    { name: 'Jammu and Kashmir', type: 'place', aliases: ['Jammu and Kashmir', 'Jammu & Kashmir'], roles: [] },
  ]);
});

test('nominal roles attach to the unique matching entity and add the country', () => {
  const text = 'Defence Minister Arjun Malhotra met his Japanese counterpart, General Ueda. The Indian defence minister spoke. Then the Japanese Defense Minister left.';
  const doc = stage.run(ctx, testDoc(text));
  assert.deepEqual(doc.entities, [
    { name: 'Arjun Malhotra', type: 'person', aliases: ['Arjun Malhotra'], roles: ['Defence Minister of India'] },
    { name: 'Ueda', type: 'person', aliases: ['Ueda'], roles: ['Defence Minister of Japan'] },
  ]);
  assert.deepEqual(
    doc.mentions.filter((m) => m.rule === 'nominal-role'),
    [
      { start: 80, end: 103, text: 'Indian defence minister', type: 'person', entity: 0, source: 'entities/en', rule: 'nominal-role' },
      { start: 120, end: 145, text: 'Japanese Defense Minister', type: 'person', entity: 1, source: 'entities/en', rule: 'nominal-role' },
    ],
  );
});

test('an ambiguous nominal role attaches to nobody', () => {
  const grouping = groupMentions('', [
    cand(0, 4, 'Sato', 'person', 'title', { role: 'Defence Minister of Japan' }),
    cand(10, 14, 'Rana', 'person', 'title', { role: 'Defence Minister of India' }),
  ]);
  const out = attachNominalRoles(grouping, [cand(20, 36, 'Defence Minister', null, 'nominal-role', { role: 'Defence Minister' })]);
  assert.equal(out.mentions.length, 2);
});

test('extractor choice: own language, English for Latin script, none otherwise (with a message)', () => {
  assert.equal(pickExtractor({ en }, 'fr', 'Paris'), en);
  assert.equal(pickExtractor({ en }, 'de', 'Berlin'), null);
  assert.equal(pickExtractor({ en }, 'und', 'Berlin is big'), en);
  assert.equal(pickExtractor({ en }, 'hi', 'भारत'), null);
  const hi = { lang: 'hi', extract: () => [] };
  assert.equal(pickExtractor({ en, hi }, 'mr', 'मुंबई येथे'), hi);
  assert.equal(pickExtractor({ en, hi }, 'ar', 'مرحبا'), null);
  const doc = stage.run(ctx, testDoc('भारत और जापान', { lang: 'hi' }));
  assert.deepEqual(doc.entities, []);
  assert.equal(doc.messages[0]?.source, 'entities');
});
