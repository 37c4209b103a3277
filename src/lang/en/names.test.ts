import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnglishNameExtractor, tokenize } from './names.js';

const en = createEnglishNameExtractor();
const S = 'entities/en';

test('title and honorific are stripped into title, office into role (Hindi title in Latin script)', () => {
  assert.deepEqual(en.extract('Raksha Mantri Shri Arjun Malhotra met officials.'), [
    { start: 19, end: 33, text: 'Arjun Malhotra', type: 'person', title: 'Raksha Mantri Shri', role: 'Defence Minister of India', source: S, rule: 'title' },
  ]);
});

test('office of a country before an honorific: role with country, the country is a place', () => {
  assert.deepEqual(en.extract('He met Defence Minister of Japan Mr Kenzo Ueda in Osaka.'), [
    { start: 27, end: 32, text: 'Japan', type: 'place', source: S, rule: 'gazetteer' },
    { start: 36, end: 46, text: 'Kenzo Ueda', type: 'person', title: 'Defence Minister of Japan Mr', role: 'Defence Minister of Japan', source: S, rule: 'title' },
    { start: 50, end: 55, text: 'Osaka', type: 'place', source: S, rule: 'gazetteer' },
  ]);
});

test("possessive country and rank and Japanese suffix: Japan's Defence Minister Gen X San", () => {
  assert.deepEqual(en.extract("We met Japan's Defence Minister Gen Ueda San today."), [
    { start: 7, end: 12, text: 'Japan', type: 'place', source: S, rule: 'gazetteer' },
    { start: 36, end: 40, text: 'Ueda', type: 'person', title: "Japan's Defence Minister Gen San", role: 'Defence Minister of Japan', source: S, rule: 'title' },
  ]);
});

test('demonym + office, Minister of X, Union, and counterpart roles', () => {
  assert.deepEqual(en.extract('Union Home Minister Arjun Malhotra met his Japanese counterpart, Kenzo Ueda.'), [
    { start: 20, end: 34, text: 'Arjun Malhotra', type: 'person', title: 'Union Home Minister', role: 'Home Minister of India', source: S, rule: 'title' },
    { start: 65, end: 75, text: 'Kenzo Ueda', type: 'person', role: 'Home Minister of Japan', source: S, rule: 'counterpart' },
  ]);
  assert.deepEqual(en.extract("Talks with Norway's Minister of Defence Solberg ended."), [
    { start: 11, end: 17, text: 'Norway', type: 'place', source: S, rule: 'gazetteer' },
    { start: 40, end: 47, text: 'Solberg', type: 'person', title: "Norway's Minister of Defence", role: 'Defence Minister of Norway', source: S, rule: 'title' },
  ]);
  assert.deepEqual(en.extract('Later, Japanese Prime Minister Kenzo Ueda left.'), [
    { start: 31, end: 41, text: 'Kenzo Ueda', type: 'person', title: 'Japanese Prime Minister', role: 'Prime Minister of Japan', source: S, rule: 'title' },
  ]);
});

test('role given before a comma, and in apposition after the name', () => {
  assert.deepEqual(en.extract('He called on Prime Minister of Norway, Mr Lars Dahl.'), [
    { start: 31, end: 37, text: 'Norway', type: 'place', source: S, rule: 'gazetteer' },
    { start: 42, end: 51, text: 'Lars Dahl', type: 'person', title: 'Mr', role: 'Prime Minister of Norway', source: S, rule: 'title' },
  ]);
  const out = en.extract('Lars Dahl, the Prime Minister of Norway, spoke.');
  assert.deepEqual(out[1], { start: 15, end: 39, text: 'Prime Minister of Norway', type: null, role: 'Prime Minister of Norway', source: S, rule: 'nominal-role' });
  assert.deepEqual(out[0], { start: 0, end: 9, text: 'Lars Dahl', type: 'person', role: 'Prime Minister of Norway', source: S, rule: 'title' });
});

test('organisations (The stays out when the initials do not include it): of-phrases, -e- links, parenthesised acronyms, parenthesised words inside a name', () => {
  assert.deepEqual(en.extract('The Ravenna Liberation Front (RLF) is a wing of the Jaish-e-Qamar (JeQ), banned under the Unlawful Gatherings (Control) Act.'), [
    { start: 4, end: 28, text: 'Ravenna Liberation Front', type: 'organization', source: S, rule: 'org-head' },
    { start: 30, end: 33, text: 'RLF', type: 'organization', source: S, rule: 'acronym-paren' },
    { start: 52, end: 65, text: 'Jaish-e-Qamar', type: 'organization', source: S, rule: 'org-link' },
    { start: 67, end: 70, text: 'JeQ', type: 'organization', source: S, rule: 'acronym-paren' },
    { start: 90, end: 123, text: 'Unlawful Gatherings (Control) Act', type: null, source: S, rule: 'name' },
  ]);
  assert.deepEqual(en.extract('They met the Ministry of Science and Technology and Tanaka-san.'), [
    { start: 13, end: 47, text: 'Ministry of Science and Technology', type: 'organization', source: S, rule: 'org-head' },
    { start: 52, end: 58, text: 'Tanaka', type: 'person', title: 'san', source: S, rule: 'title' },
  ]);
});

test('places: gazetteer with & and and, compounds split, context and -based', () => {
  assert.deepEqual(en.extract('All funds for Jammu & Kashmir and Karnataka were cleared at Ruvelo.'), [
    { start: 14, end: 29, text: 'Jammu & Kashmir', type: 'place', source: S, rule: 'gazetteer' },
    { start: 34, end: 43, text: 'Karnataka', type: 'place', source: S, rule: 'gazetteer' },
    { start: 60, end: 66, text: 'Ruvelo', type: 'place', source: S, rule: 'context' },
  ]);
  assert.deepEqual(en.extract('The India-Norway talks drew a Tavira-based firm.'), [
    { start: 4, end: 9, text: 'India', type: 'place', source: S, rule: 'gazetteer' },
    { start: 10, end: 16, text: 'Norway', type: 'place', source: S, rule: 'gazetteer' },
    { start: 30, end: 36, text: 'Tavira', type: 'place', source: S, rule: 'place-compound' },
  ]);
});

test('persons by reporting verb, initials with full stops, OCR l for I', () => {
  assert.deepEqual(en.extract('Officials met Mr. R. K. Varma. Dorvak said no.'), [
    { start: 18, end: 29, text: 'R. K. Varma', type: 'person', title: 'Mr.', source: S, rule: 'title' },
    { start: 31, end: 37, text: 'Dorvak', type: 'person', source: S, rule: 'reporting-verb' },
  ]);
  assert.deepEqual(en.extract('They met Mr Kenzo lshida there.'), [
    { start: 12, end: 24, text: 'Kenzo lshida', type: 'person', title: 'Mr', source: S, rule: 'title' },
  ]);
});

test('nominal role mentions carry the country of the demonym', () => {
  assert.deepEqual(en.extract('Earlier, the Indian defence minister spoke.'), [
    { start: 13, end: 36, text: 'Indian defence minister', type: null, role: 'Defence Minister of India', source: S, rule: 'nominal-role' },
  ]);
});

test('tokenize keeps offsets, possessives and hyphen compounds', () => {
  const toks = tokenize("Japan's Delhi-based unit").map((t) => [t.start, t.end, t.text, t.poss, t.tail ?? null]);
  assert.deepEqual(toks, [
    [0, 5, 'Japan', true, null],
    [8, 13, 'Delhi', false, 'based'],
    [20, 24, 'unit', false, null],
  ]);
});

test('a jurisdiction before an office is split off; honorifics after the office go to the title', () => {
  assert.deepEqual(en.extract("Velora's Disaster Management Minister Dr Anika Morven visited."), [
    { start: 0, end: 6, text: 'Velora', type: 'place', source: S, rule: 'jurisdiction' },
    { start: 41, end: 53, text: 'Anika Morven', type: 'person', title: 'Disaster Management Minister Dr', role: 'Disaster Management Minister', source: S, rule: 'title' },
  ]);
  assert.deepEqual(en.extract('Kestrel District Magistrate Tomas Ferrow said the road was shut by the district.'), [
    { start: 0, end: 7, text: 'Kestrel', type: 'place', source: S, rule: 'jurisdiction' },
    { start: 28, end: 40, text: 'Tomas Ferrow', type: 'person', title: 'District Magistrate', role: 'District Magistrate', source: S, rule: 'title' },
  ]);
});

test('offices built from common nouns and connectors', () => {
  assert.deepEqual(en.extract('Chief Fire Officer Oren Valdt said the fire was out.'), [
    { start: 19, end: 29, text: 'Oren Valdt', type: 'person', title: 'Chief Fire Officer', role: 'Chief Fire Officer', source: S, rule: 'title' },
  ]);
  assert.deepEqual(en.extract('Trade and Industry Minister Shri Ravel Oskan spoke.'), [
    { start: 33, end: 44, text: 'Ravel Oskan', type: 'person', title: 'Trade and Industry Minister Shri', role: 'Trade and Industry Minister', source: S, rule: 'title' },
  ]);
});

test('organisation head words win over a rank word inside the name', () => {
  assert.deepEqual(en.extract('Staff at Morwen General Hospital and Corvel Fine Chemicals were safe.'), [
    { start: 9, end: 32, text: 'Morwen General Hospital', type: 'organization', source: S, rule: 'org-head' },
    { start: 37, end: 58, text: 'Corvel Fine Chemicals', type: 'organization', source: S, rule: 'org-head' },
  ]);
});

test('datelines, multi-word places before honorific-like words, person-shaped names, dotted acronyms', () => {
  assert.deepEqual(en.extract('TARVELLO, March 4 : Officials met.'), [{ start: 0, end: 8, text: 'TARVELLO', type: 'place', source: S, rule: 'dateline' }]);
  assert.deepEqual(en.extract('Talks with Pell Arunde and Sri Lanka ended.'), [
    { start: 11, end: 22, text: 'Pell Arunde', type: 'person', source: S, rule: 'name-shape' },
    { start: 27, end: 36, text: 'Sri Lanka', type: 'place', source: S, rule: 'gazetteer' },
  ]);
  assert.deepEqual(en.extract('Envoys of the U.S. met.'), [{ start: 14, end: 18, text: 'U.S.', type: 'place', source: S, rule: 'gazetteer' }]);
});
