import { test } from 'node:test';
import assert from 'node:assert/strict';
import { helpersFor, isLatinName, ministryOrder, nameKeys, normalizeName, ocrFold, personNameKey, phoneticWord, skeleton } from './keys.js';

test('Latin names: normalised, ministry order, OCR fold, skeleton', () => {
  assert.deepEqual(nameKeys('Defence Ministry', 'en', 'organization'), [
    'ministry of defence',
    'ocr:ministry of defence',
    '~mnstr f dfns',
  ]);
  assert.deepEqual(nameKeys('Kenji lshida', 'en', 'person'), ['kenji lshida', 'ocr:kenji ishida', '~knj lsd']);
  assert.deepEqual(nameKeys('Kenji Ishida', 'en', 'person'), ['kenji ishida', 'ocr:kenji ishida', '~knj sd']);
});

test('a leading title gives a title-less key; a lone surname only an nt: key', () => {
  assert.deepEqual(nameKeys('General Tanabe', 'en', 'person'), ['general tanabe', 'ocr:generai tanabe', 'nt:tanabe', '~gnrl tnb']);
  assert.ok(nameKeys('Dr Arjun Mehra', 'en', 'person').includes('arjun mehra'));
  assert.ok(!nameKeys('General Tanabe', 'en', 'person').includes('tanabe'));
});

test('Hindi names meet their English counterparts', () => {
  const en = new Set(nameKeys('Ministry of Defence', 'en', 'organization'));
  assert.ok(nameKeys('रक्षा मंत्रालय', 'hi', 'organization').some((k) => en.has(k)));
  assert.ok(nameKeys('जम्मू और कश्मीर', 'hi', 'place').includes('jammu and kashmir'));
  assert.ok(nameKeys('भारत', 'hi', 'place').includes('india'));
  assert.deepEqual(nameKeys('अर्जुन मेहरा', 'hi', 'person'), ['अर्जुन मेहरा', 'arjun mehra', 'ocr:arjun mehra', '~rjn mr']);
  // Persons are transliterated, never glossed: no English word keys.
  assert.ok(!nameKeys('विजय सेना', 'hi', 'person').includes('vijay army'));
});

test('the pieces', () => {
  assert.equal(normalizeName('The Jammu & Kashmir Police'), 'jammu and kashmir police');
  assert.equal(normalizeName('Lashkar-e-Taiba'), 'lashkar e taiba');
  assert.equal(normalizeName('São Tomé'), 'sao tome');
  assert.equal(ministryOrder('home ministry'), 'ministry of home');
  assert.equal(ministryOrder('ministry of home affairs'), 'ministry of home affairs');
  assert.equal(ocrFold('l1ly'), 'iiiy');
  assert.equal(skeleton('manekshaw centre'), skeleton('maneksho sentar'));
  assert.notEqual(skeleton('shinzo abe'), skeleton('narendra modi'));
  assert.equal(isLatinName('Gen Tanabe'), true);
  assert.equal(isLatinName('तानाबे'), false);
  assert.equal(helpersFor('तानाबे', 'und')?.transliterate('तानाबे'), 'tanabe');
  assert.equal(helpersFor('Tanabe', 'en'), null);
});

test('phonetic words fold vowel length, au/o, final schwa, silent e, doubled consonants, w/v, sh/s', () => {
  assert.equal(phoneticWord('ishaan'), 'isVn');
  assert.equal(phoneticWord('ishan'), 'isVn');
  assert.equal(phoneticWord('Rathore'), 'ratVr');
  assert.equal(phoneticWord('rathaur'), 'ratVr');
  assert.equal(phoneticWord('Solbakken'), phoneticWord('solbakkan'));
  assert.equal(phoneticWord('Meera'), phoneticWord('mira'));
  assert.equal(phoneticWord('Dwivedi'), phoneticWord('dvivedi'));
  // The first vowel keeps its class: Rohan and Rehan, Amit and Umit differ.
  assert.notEqual(phoneticWord('rohan'), phoneticWord('rehan'));
  assert.notEqual(phoneticWord('amit'), phoneticWord('umit'));
});

test('person name keys match full names across scripts word by word; a single word has none', () => {
  assert.equal(personNameKey('Tarun Solanki', 'en'), 'pn:tarVn solVnkV');
  assert.equal(personNameKey('तरुण सोलंकी', 'hi'), 'pn:tarVn solVnkV');
  assert.equal(personNameKey('Dr Tarun Solanki', 'en'), 'pn:tarVn solVnkV');
  assert.equal(personNameKey('सोलंकी', 'hi'), null);
  assert.notEqual(personNameKey('Varun Solanki', 'en'), personNameKey('तरुण सोलंकी', 'hi'));
});
