import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHindiNameExtractor, tokenizeHindi } from './names.js';

const extract = (text: string) => createHindiNameExtractor().extract(text);

test('office and honorific before a person; the office in English as role', () => {
  assert.deepEqual(extract('गृह मंत्री श्री अमन वर्मा ने लखनऊ में कहा।'), [
    { start: 16, end: 25, text: 'अमन वर्मा', type: 'person', title: 'गृह मंत्री श्री', role: 'Home Minister', source: 'entities/hi', rule: 'office+name' },
    { start: 29, end: 33, text: 'लखनऊ', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
  ]);
});

test('an office before a predicate word or a scheme name is no person', () => {
  assert.deepEqual(extract('परिषद में सभी राज्यों के उप राज्यपाल शामिल होते हैं।').filter((c) => c.type === 'person'), []);
  assert.deepEqual(extract('प्रधानमंत्री ग्राम सड़क योजना के तहत काम हुआ।').filter((c) => c.type === 'person'), []);
  // Nor the words before a body or facility head named after the office; a government follows a person.
  assert.deepEqual(extract('जिले में मुख्यमंत्री जन सेवा केंद्र खुले।').filter((c) => c.type === 'person'), []);
  assert.deepEqual(extract('तब मुख्यमंत्री अमन वर्मा सरकार ने कहा।').filter((c) => c.type === 'person').map((c) => c.text), ['अमन वर्मा']);
  // A form of address after an office is no name.
  assert.deepEqual(extract('मुख्यमंत्री महोदय, मैं बोलना चाहता हूं।').filter((c) => c.type === 'person'), []);
  // An honorific is enough evidence, and a name followed by a postposition stays.
  assert.deepEqual(extract('मुख्यमंत्री अमन वर्मा ने कहा और प्रधानमंत्री कमला देवी हैं।').filter((c) => c.type === 'person').map((c) => c.text), ['अमन वर्मा', 'कमला देवी']);
});

test('a country before the office qualifies the role', () => {
  const text = 'नेपाल के विदेश मंत्री श्रीमती सीता थापा गुरुंग ने दौरा किया।';
  assert.deepEqual(extract(text), [
    { start: 0, end: 5, text: 'नेपाल', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
    { start: 30, end: 46, text: 'सीता थापा गुरुंग', type: 'person', title: 'विदेश मंत्री श्रीमती', role: 'Foreign Minister of Nepal', source: 'entities/hi', rule: 'office+name' },
  ]);
});

test('composed offices and abbreviated honorifics', () => {
  assert.deepEqual(extract('केंद्रीय रक्षा मंत्री जसवंत राठौर, प्रधानमंत्री कमला देवी की ओर से'), [
    { start: 22, end: 33, text: 'जसवंत राठौर', type: 'person', title: 'केंद्रीय रक्षा मंत्री', role: 'Union Defence Minister', source: 'entities/hi', rule: 'office+name' },
    { start: 48, end: 57, text: 'कमला देवी', type: 'person', title: 'प्रधानमंत्री', role: 'Prime Minister', source: 'entities/hi', rule: 'office+name' },
  ]);
  assert.deepEqual(extract('डॉ. रमेश कुलकर्णी पुणे पहुंचे।'), [
    { start: 4, end: 17, text: 'रमेश कुलकर्णी', type: 'person', title: 'डॉ', source: 'entities/hi', rule: 'honorific+name' },
    { start: 18, end: 22, text: 'पुणे', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
  ]);
});

test('organisations before their head word, facilities with a proper name', () => {
  assert.deepEqual(extract('कृषि मंत्रालय और भारतीय सेना ने वेलिंगकर भवन में बैठक की।'), [
    { start: 0, end: 13, text: 'कृषि मंत्रालय', type: 'organization', source: 'entities/hi', rule: 'modifier+head' },
    { start: 17, end: 28, text: 'भारतीय सेना', type: 'organization', source: 'entities/hi', rule: 'modifier+head' },
    { start: 32, end: 44, text: 'वेलिंगकर भवन', type: 'place', source: 'entities/hi', rule: 'name+head' },
  ]);
});

test('gazetteer places with hyphens and several words', () => {
  assert.deepEqual(extract('जम्मू-कश्मीर और नई दिल्ली'), [
    { start: 0, end: 12, text: 'जम्मू-कश्मीर', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
    { start: 16, end: 25, text: 'नई दिल्ली', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
  ]);
});

test('tokenizer keeps vowel signs inside words and reports UTF-16 offsets', () => {
  assert.deepEqual(tokenizeHindi('श्री अमन ने,'), [
    { text: 'श्री', start: 0, end: 4 },
    { text: 'अमन', start: 5, end: 8 },
    { text: 'ने', start: 9, end: 11 },
  ]);
});

test('a word before a known surname is a person without any title; the surname alone recurs', () => {
  assert.deepEqual(extract('सुनील बघेल ने कहा कि बाद में बघेल घर लौटे।'), [
    { start: 0, end: 10, text: 'सुनील बघेल', type: 'person', source: 'entities/hi', rule: 'surname' },
    { start: 29, end: 33, text: 'बघेल', type: 'person', source: 'entities/hi', rule: 'surname-repeat' },
  ]);
});

test('places by context: before a district or village head, found again where they recur', () => {
  assert.deepEqual(extract('टेहला जिले के कोरवा गांव में बारिश हुई। कोरवा के लोग परेशान हैं।'), [
    { start: 0, end: 5, text: 'टेहला', type: 'place', source: 'entities/hi', rule: 'place-context' },
    { start: 14, end: 19, text: 'कोरवा', type: 'place', source: 'entities/hi', rule: 'place-context' },
    { start: 40, end: 45, text: 'कोरवा', type: 'place', source: 'entities/hi', rule: 'place-context-repeat' },
  ]);
});

test('a dateline at the start of a line names a place', () => {
  assert.deepEqual(extract('मलगांव, 4 मई : मलगांव में मेला लगा।'), [
    { start: 0, end: 6, text: 'मलगांव', type: 'place', source: 'entities/hi', rule: 'dateline' },
    { start: 15, end: 21, text: 'मलगांव', type: 'place', source: 'entities/hi', rule: 'dateline-repeat' },
  ]);
});

test('district headquarters and state capitals are in the gazetteer', () => {
  assert.deepEqual(extract('गांधीनगर और नैनीताल'), [
    { start: 0, end: 8, text: 'गांधीनगर', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
    { start: 12, end: 19, text: 'नैनीताल', type: 'place', source: 'entities/hi', rule: 'gazetteer' },
  ]);
});
