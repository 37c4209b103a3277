import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageModels, trainAveraged } from './ensemble.js';
import { serializeModel, trainTagger, type TrainingSentence } from './tagger.js';

import { LABELS, toyFeatures } from './toy.fixture.js';

/** Invented sentences: a name after `mr`, a place after `in`. */
function toyData(n: number): TrainingSentence[] {
  const given = ['Orla', 'Kenji', 'Ama', 'Tove', 'Ravi'];
  const places = ['Tarvel', 'Ruvelo', 'Ostra', 'Kemble', 'Irun'];
  return Array.from({ length: n }, (_, k) => {
    const words = ['mr', given[k % 5] as string, 'went', 'in', places[(k * 3) % 5] as string];
    return { features: toyFeatures(words), labels: ['O', 'B-PER', 'O', 'O', 'B-LOC'] };
  });
}

test('one run is the plain perceptron, byte for byte', () => {
  const opts = { labels: LABELS, epochs: 3, seed: 4 };
  assert.equal(serializeModel(trainAveraged(toyData(30), opts, 1)), serializeModel(trainTagger(toyData(30), opts)));
});

test('the average of runs is the mean of their weights and is deterministic', () => {
  const opts = { labels: LABELS, epochs: 3, seed: 4 };
  const a = trainTagger(toyData(30), opts);
  const b = trainTagger(toyData(30), { ...opts, seed: 4 + 1009 });
  const avg = trainAveraged(toyData(30), opts, 2);
  for (let i = 0; i < avg.weights.length; i++) assert.ok(Math.abs((avg.weights[i] as number) - ((a.weights[i] as number) + (b.weights[i] as number)) / 2) < 1e-4);
  assert.equal(serializeModel(avg), serializeModel(trainAveraged(toyData(30), opts, 2)));
  assert.notEqual(serializeModel(avg), serializeModel(a));
});

test('models with different features are not averaged', () => {
  const a = trainTagger(toyData(30), { labels: LABELS, epochs: 2, seed: 1 });
  const b = trainTagger(toyData(10).map((s) => ({ ...s, features: toyFeatures(['x', 'y']), labels: ['O', 'O'] })), { labels: LABELS, epochs: 2, seed: 1 });
  assert.throws(() => averageModels([a, b]), /different features/);
  assert.throws(() => averageModels([]), /no models/);
});
