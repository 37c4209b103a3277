import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countLetters, createLangStage, detectLanguage } from './lang.js';
import { testDoc } from '../../pipeline/doc.js';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectorFromJson, eld, NGRAMS_JSON } from './detector.js';

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

test('the detector read from the JSON database the build writes detects exactly what eld/medium detects', async () => {
  assert.ok(existsSync(NGRAMS_JSON), `the build writes ${NGRAMS_JSON.pathname} (npm run build)`);
  const fromJson = await detectorFromJson();
  assert.ok(fromJson, 'eld takes the JSON database');
  const packaged = (await import('eld/medium')).eld;
  assert.notEqual(eld, packaged, 'the stage does not load the packaged module when the JSON is there');
  const dir = new URL('../../../examples/', import.meta.url);
  const texts = [
    ...readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => readFileSync(new URL(f, dir), 'utf8').slice(0, 4000)),
    'Die Handelsminister beider Länder trafen sich am Dienstag in Oslo.', 'Los ministros se reunieron el martes en Oslo.',
    'Министры встретились во вторник в Осло.', '部长们星期二在奥斯陆会面。', 'ministers', '', '12345',
  ];
  assert.ok(texts.length > 8, 'examples to detect');
  for (const text of texts) {
    const a = packaged.detect(text);
    const b = (fromJson as typeof packaged).detect(text);
    assert.equal(b.language, a.language, text.slice(0, 40));
    assert.deepEqual(b.getScores(), a.getScores(), text.slice(0, 40));
    assert.equal(b.isReliable(), a.isReliable(), text.slice(0, 40));
  }
});

test('without a readable JSON database there is no detector from it (the stage then loads eld/medium)', async () => {
  assert.equal(await detectorFromJson(new URL('./no-such-database.json', NGRAMS_JSON)), null);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-eld-'));
  try {
    const damaged = join(dir, 'eld-medium.json');
    writeFileSync(damaged, '{"type":');
    assert.equal(await detectorFromJson(pathToFileURL(damaged)), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
