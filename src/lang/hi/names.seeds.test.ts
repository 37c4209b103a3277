import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHindiNameExtractor } from './names.js';
import { seedDocs, seedGold, seedsPresent } from '../../eval/seeds.fixture.js';

test('the Hindi seed: every gold Hindi surface form but those only found by propagation is proposed', async (t) => {
  if (!seedsPresent()) {
    t.skip('../shared/seeds absent: Hindi seed name test not run');
    return;
  }
  const gold = seedGold();
  const docs = await seedDocs();
  const hiDocs = Object.entries(gold.documents).filter(([, d]) => d.lang === 'hi').map(([id]) => id);
  assert.ok(hiDocs.length > 0, 'the gold file lists a Hindi document');
  const extractor = createHindiNameExtractor();
  for (const id of hiDocs) {
    // The cleaned text, as the pipeline gives it to the extractor.
    const text = docs.get(id)?.text ?? '';
    const proposed = new Set(extractor.extract(text).map((c) => `${c.type}:${c.text}`));
    const expected = (gold.entities ?? []).flatMap((e) => (e.mentions[id] ?? []).map((m) => `${e.type}:${m}`));
    const missing = expected.filter((e) => !proposed.has(e));
    // Names without any title or head word (a small town) are left to cross-document propagation.
    assert.ok(missing.length <= 1, `missing in ${id}: ${missing.join(', ')}`);
    assert.ok(expected.length - missing.length >= 8, `found ${expected.length - missing.length} of ${expected.length}`);
  }
});
