import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHindiTaggedExtractor, HI_LABELS, HI_MERGE, loadHindiModel, tagHindi } from './ner.js';
import { hindiSentenceFeatures, hiSentenceRanges, tokenizeHiNer } from './ner-features.js';
import { decodeWithMargins } from '../../stages/entities/tagger.js';

test('tokenizeHiNer keeps words whole (vowel signs, virama) and splits danda and punctuation', () => {
  const text = 'श्री अमन ने, दिल्ली में कहा।';
  const toks = tokenizeHiNer(text);
  assert.deepEqual(toks.map((t) => t.text), ['श्री', 'अमन', 'ने', ',', 'दिल्ली', 'में', 'कहा', '।']);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(hiSentenceRanges('क ख। ग', tokenizeHiNer('क ख। ग')), [
    [0, 3],
    [3, 4],
  ]);
  assert.equal(hindiSentenceFeatures(['राम', 'ने', 'कहा']).offsets.length, 4);
});

test('Hindi merge: an office alone is not a name', () => {
  assert.ok(HI_MERGE.isTitle('रक्षा मंत्री'));
  assert.ok(!HI_MERGE.isTitle('राजनाथ सिंह'));
});

test('the shipped Hindi model loads and tags names in a plain sentence', (t) => {
  const model = loadHindiModel();
  if (!model) {
    t.skip('ner-hi.tsv absent: run npm run train:ner');
    return;
  }
  assert.deepEqual(model.labels, HI_LABELS);
  const text = 'प्रधानमंत्री नरेंद्र मोदी ने दिल्ली में कहा कि भारत तैयार है।';
  const found = tagHindi(model, text).map((c) => [c.text, c.type]);
  assert.deepEqual(found, [
    ['नरेंद्र मोदी', 'person'],
    ['दिल्ली', 'place'],
    ['भारत', 'place'],
  ]);
  // The rules' title stays outside the name.
  const names = createHindiTaggedExtractor(model).extract('रक्षा मंत्री श्री राजनाथ सिंह ने कहा।');
  const singh = names.find((c) => c.text === 'राजनाथ सिंह');
  assert.ok(singh, JSON.stringify(names));
  assert.equal(singh.type, 'person');
  assert.ok(!names.some((c) => c.text.includes('मंत्री')));
});

test('the shipped Hindi model scores word blocks as the same features one by one', (t) => {
  const model = loadHindiModel();
  if (!model) {
    t.skip('ner-hi.tsv absent');
    return;
  }
  const text = 'रक्षा मंत्री श्री राजनाथ सिंह ने नई दिल्ली में कहा कि भारत और जापान मिलकर काम करेंगे। 12 मार्च को वे टोक्यो गए।';
  const toks = tokenizeHiNer(text);
  for (const [a, b] of hiSentenceRanges(text, toks)) {
    const f = hindiSentenceFeatures(toks.slice(a, b).map((x) => x.text));
    assert.ok(f.blocks, 'features come with word blocks');
    const x = decodeWithMargins(model, f);
    const y = decodeWithMargins(model, { hashes: f.hashes, offsets: f.offsets });
    assert.deepEqual(x.tags, y.tags);
    assert.ok(x.margins.every((m, i) => Object.is(m, y.margins[i])));
  }
});
