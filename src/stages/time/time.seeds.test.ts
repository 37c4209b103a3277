/**
 * The seed timex through the product path (read → clean → every stage) on unmodified input: relative
 * dates resolve against the publication date the cleaner found, not the gold one.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { seedDocs, seedGold, seedsPresent } from '../../eval/seeds.fixture.js';

it('finds every gold timex of the seed articles with its value', async (t) => {
  if (!seedsPresent()) {
    t.skip('../shared/seeds absent: seed timex test not run');
    return;
  }
  const gold = seedGold();
  const docs = await seedDocs();
  const missed: string[] = [];
  for (const g of gold.timex ?? []) {
    const doc = docs.get(g.doc);
    assert.ok(doc, `seed ${g.doc} analysed`);
    for (const x of doc.timex) assert.equal(x.text, doc.text.slice(x.start, x.end));
    if (!doc.timex.some((x) => x.text === g.text && x.value === g.value)) missed.push(`${g.doc}: ${g.text} = ${g.value}`);
  }
  assert.deepEqual(missed, [], `found ${(gold.timex ?? []).length - missed.length} of ${(gold.timex ?? []).length}`);
});
