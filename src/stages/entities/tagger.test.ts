import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BlockStore, FeatureBuffer, FeatureTable, feature, hashString, type SentenceFeatures } from './feature-hash.js';
import { allowedTransitions, decode, decodeWithMargins, parseModel, serializeModel, tagSpans, trainTagger, type TaggerModel, type TrainingSentence } from './tagger.js';

import { LABELS, toyFeatures } from './toy.fixture.js';

/** A toy language: names after `mr` are persons (one or two words), capitalised words after `in` are places. */
function toyData(n: number, seed: number): Array<{ words: string[]; tags: string[] }> {
  const given = ['Orla', 'Kenji', 'Ama', 'Tove', 'Ravi'];
  const family = ['Venn', 'Arata', 'Mensah', 'Lind', 'Rao'];
  const places = ['Tarvel', 'Ruvelo', 'Ostra', 'Kemble', 'Irun'];
  const out: Array<{ words: string[]; tags: string[] }> = [];
  let x = seed;
  const pick = <T>(xs: readonly T[]): T => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return xs[x % xs.length] as T;
  };
  for (let k = 0; k < n; k++) {
    const two = k % 2 === 0;
    const words = ['mr', pick(given), ...(two ? [pick(family)] : []), 'went', 'in', pick(places), 'today'];
    const tags = ['O', 'B-PER', ...(two ? ['I-PER'] : []), 'O', 'O', 'B-LOC', 'O'];
    out.push({ words, tags });
  }
  return out;
}

function toTraining(data: Array<{ words: string[]; tags: string[] }>): TrainingSentence[] {
  return data.map((d) => ({ features: toyFeatures(d.words), labels: d.tags }));
}

test('the perceptron learns a toy tagging problem it has not seen the sentences of', () => {
  const model = trainTagger(toTraining(toyData(60, 1)), { labels: LABELS, epochs: 5, seed: 3 });
  const unseen = ['mr', 'Tove', 'Lind', 'went', 'in', 'Kemble', 'today'];
  assert.deepEqual(decode(model, toyFeatures(unseen)), ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  // A capitalised word in a new place is still read from its context.
  assert.deepEqual(decode(model, toyFeatures(['mr', 'Zed', 'went', 'in', 'Quarn', 'today'])), ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O']);
});

test('training is deterministic: the same data and seed give the same file byte for byte', () => {
  const a = serializeModel(trainTagger(toTraining(toyData(40, 2)), { labels: LABELS, epochs: 3, seed: 9 }));
  const b = serializeModel(trainTagger(toTraining(toyData(40, 2)), { labels: LABELS, epochs: 3, seed: 9 }));
  assert.equal(a, b);
  const c = serializeModel(trainTagger(toTraining(toyData(40, 2)), { labels: LABELS, epochs: 3, seed: 10 }));
  assert.ok(c.startsWith('#labels\tO\tB-PER'));
});

test('a serialised model decodes as the model it was written from', () => {
  const model = trainTagger(toTraining(toyData(60, 4)), { labels: LABELS, epochs: 4, seed: 5 });
  const back = parseModel(serializeModel(model));
  assert.deepEqual(back.labels, LABELS);
  for (const d of toyData(20, 77)) assert.deepEqual(decode(back, toyFeatures(d.words)), decode(model, toyFeatures(d.words)));
});

/** A hand-made model whose emissions alone would put I-PER first and I-PER after B-LOC. */
function trapModel(): TaggerModel {
  const L = LABELS.length;
  const hashes = Uint32Array.of(feature(1, 1), feature(1, 2));
  const weights = new Float32Array(2 * L);
  // Token kind 1 prefers I-PER strongly, then B-LOC; token kind 2 prefers I-PER, then B-PER.
  weights.set([0, -1, 5, 3, 0], 0);
  weights.set([0, 2, 5, 0, 0], L);
  return { labels: LABELS, hashes, table: new FeatureTable(hashes), weights, transitions: new Float32Array((L + 1) * L) };
}

test('decoding never puts I-X after O, at the start, or after another type', () => {
  const b = new FeatureBuffer();
  for (const kind of [1, 2]) {
    b.add(feature(1, kind));
    b.next();
  }
  const tags = decode(trapModel(), b.done());
  assert.notEqual(tags[0], 'I-PER');
  assert.ok(!(tags[0] === 'B-LOC' && tags[1] === 'I-PER'));
  assert.deepEqual(tags, ['B-LOC', 'B-PER']);
  const ok = allowedTransitions(LABELS);
  const L = LABELS.length;
  assert.equal(ok[0 * L + 2], 0); // O → I-PER
  assert.equal(ok[3 * L + 2], 0); // B-LOC → I-PER
  assert.equal(ok[1 * L + 2], 1); // B-PER → I-PER
  assert.equal(ok[L * L + 4], 0); // start → I-LOC
});

test('margins are zero on O tokens and positive on name tokens; decodeWithMargins agrees with decode', () => {
  const model = trainTagger(toTraining(toyData(60, 1)), { labels: LABELS, epochs: 5, seed: 3 });
  const f = toyFeatures(['mr', 'Ama', 'Rao', 'went', 'in', 'Ostra', 'today']);
  const d = decodeWithMargins(model, f);
  assert.deepEqual(d.tags, decode(model, f));
  assert.equal(d.margins[0], 0);
  assert.ok((d.margins[1] ?? 0) > 0 && (d.margins[5] ?? 0) > 0);
});

test('tagSpans reads BIO labels into typed spans', () => {
  assert.deepEqual(tagSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
});

test('FeatureTable finds every stored hash and nothing else', () => {
  const hs = Array.from({ length: 1000 }, (_, i) => feature(7, i));
  const t = new FeatureTable(hs);
  hs.forEach((h, i) => assert.equal(t.get(h), i));
  assert.equal(t.get(feature(8, 1)), -1);
  assert.equal(hashString('abc'), hashString('xabc', 1));
});

/** The toy features with each word's own and previous-word features as word blocks in `store` (the same hashes per token). */
function toyBlockFeatures(words: readonly string[], store: BlockStore, slots: Map<string, number>): SentenceFeatures {
  const of = (w: string): number => {
    let slot = slots.get(w);
    if (slot === undefined) slots.set(w, (slot = store.add([[feature(1, hashString(w.toLowerCase())), feature(3, /^[A-Z]/.test(w) ? 1 : 0)], [feature(2, hashString(w.toLowerCase()))]])));
    return slot;
  };
  const b = new FeatureBuffer();
  words.forEach((w, i) => {
    b.addBlock(store, of(w), 0);
    if (i > 0) b.addBlock(store, of(words[i - 1] as string), 1);
    else b.add(feature(2, hashString('<s>')));
    b.next();
  });
  return b.done();
}

test('word blocks decode as the same features one by one, with exact weights and without, and after their store is cleared', () => {
  const trained = trainTagger(toTraining(toyData(60, 1)), { labels: LABELS, epochs: 5, seed: 3 });
  // Trained weights are averages (not multiples of 2^-30: summed in feature order); written and read back they are hundredths (exact).
  const models = [trained, parseModel(serializeModel(trained))];
  const store = new BlockStore(2);
  const slots = new Map<string, number>();
  const same = (model: TaggerModel, blocks: SentenceFeatures, plain: SentenceFeatures): void => {
    assert.deepEqual([...blocks.offsets], [...plain.offsets]);
    const a = decodeWithMargins(model, blocks);
    const b = decodeWithMargins(model, plain);
    assert.deepEqual(a.tags, b.tags);
    assert.ok(a.margins.every((m, i) => Object.is(m, b.margins[i])), 'the same margins to the last bit');
    assert.deepEqual(decode(model, blocks), decode(model, plain));
  };
  for (const model of [...models, ...models]) {
    for (const d of [...toyData(20, 5), { words: ['mr', 'Ama', 'mr', 'Ama', 'in', 'Ostra'] }]) same(model, toyBlockFeatures(d.words, store, slots), toyFeatures(d.words));
  }
  const words = ['mr', 'Tove', 'Lind', 'went', 'in', 'Kemble', 'today'];
  const before = toyBlockFeatures(words, store, slots);
  store.clear(0);
  slots.clear();
  // The slots now hold other words: features made before the clear are summed one by one.
  toyBlockFeatures(['in', 'Kemble', 'mr', 'went', 'today', 'Lind', 'Tove'], store, slots);
  same(models[1] as TaggerModel, before, toyFeatures(words));
});
