import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countLetters, createLangStage, detectLanguage } from './lang.js';
import { testDoc } from '../../pipeline/doc.js';

const ctx = { referenceDate: '2026-03-04' };

test('detects English, Hindi and other languages', () => {
  assert.equal(detectLanguage('The trade ministers of both countries met in Oslo on Tuesday and signed a new agreement on fisheries.').lang, 'en');
  assert.equal(detectLanguage('विदेश मंत्री ने मंगलवार को ओस्लो में नॉर्वे की व्यापार मंत्री के साथ बैठक की और मछली पालन पर समझौता किया।').lang, 'hi');
  assert.equal(detectLanguage('Die Handelsminister beider Länder trafen sich am Dienstag in Oslo und unterzeichneten ein Abkommen.').lang, 'de');
  assert.equal(detectLanguage('Les ministres du commerce des deux pays se sont réunis mardi à Oslo et ont signé un accord.').lang, 'fr');
});

test('undetermined without letters, low confidence on very short text', () => {
  const none = detectLanguage('12345 --- 678');
  assert.equal(none.lang, 'und');
  assert.equal(none.messages[0]?.level, 'warning');
  const short = detectLanguage('Oslo talks');
  assert.ok(short.messages.some((m) => m.reason.startsWith('low-confidence')));
});

test('declared language wins over detection', () => {
  const doc = createLangStage().run(ctx, testDoc('The ministers met in Oslo on Tuesday and talked for hours.', { declared: { lang: 'HI' }, lang: 'und' }));
  assert.equal(doc.lang, 'hi');
  const detected = createLangStage().run(ctx, testDoc('The ministers met in Oslo on Tuesday and talked for hours about fish.', { lang: 'und' }));
  assert.equal(detected.lang, 'en');
});

test('countLetters counts letters as code points, in any script', () => {
  for (const text of ['', '123 !?', 'Hello, world', 'रक्षा मंत्री ने बैठक की', 'a𝐀b𝒜 c', '𝐀𝐁', 'x\uD835y', 'Ünïcödé  ÆØÅ']) {
    assert.equal(countLetters(text), text.match(/\p{L}/gu)?.length ?? 0, JSON.stringify(text));
  }
});
