import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHindiNameExtractor } from './names.js';

const extract = (text: string) => createHindiNameExtractor().extract(text);

test('an office followed by a postposition names nobody', () => {
  assert.deepEqual(extract('रक्षा मंत्री ने कहा कि बैठक सफल रही।'), []);
  // The country is found, but no person and no role without a name.
  assert.deepEqual(extract('जापान के रक्षा मंत्री ने पुष्पांजलि अर्पित की।'), [
    { start: 0, end: 5, text: 'जापान', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
  ]);
});

test('ordinary words, adjectives and plurals are not names', () => {
  // भारतीय (Indian) is not India; उद्योग is no organisation head; सेनाओं is a plural; स्वास्थ्य केंद्र is generic.
  assert.deepEqual(extract('भारतीय उद्योग और तीनों सेनाओं के साथ स्वास्थ्य केंद्र में बैठक हुई।'), []);
  assert.deepEqual(extract('रक्षा और सुरक्षा पर चर्चा हुई।'), []);
});

test('an office running on into ordinary words is no name', () => {
  assert.deepEqual(extract('मंत्री पद छोड़ दिया।'), []);
  assert.deepEqual(extract('प्रधानमंत्री बनने के बाद'), []);
});

test('a country written with the honorific word is a place, not a person', () => {
  assert.deepEqual(extract('श्री लंका'), [
    { start: 0, end: 9, text: 'श्री लंका', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
  ]);
});

test('common words before a place head, a near phrase or a surname name nothing', () => {
  // Adjectives before शहर/इलाके, possession with के पास (सरकार के पास = the government has).
  assert.deepEqual(extract('बड़े शहर और पहाड़ी इलाके में सरकार के पास पैसा नहीं है। अचानक सिंह दिखा।'), []);
  // An adjective ending (संवेदनशील) and a common noun before a surname (अधिकारी सिंह).
  assert.deepEqual(extract('उसके पास अधिकारी सिंह और संवेदनशील इलाके हैं।'), []);
  // A surname alone, with no full name in the text, is no mention.
  assert.deepEqual(extract('बाद में बघेल घर लौटे।'), []);
});

test('a comma after a word mid-line is no dateline', () => {
  assert.deepEqual(extract('वहां मलगांव, 4 मई को मेला लगा।'), []);
});
