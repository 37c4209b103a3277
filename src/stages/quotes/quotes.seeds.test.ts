/**
 * The seed quotes through the product path (read → clean → every stage) on unmodified input: the
 * quote stage attributes with the mentions the entity stage really found, not with the answer key's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedDocs, seedGold, seedsPresent } from '../../eval/seeds.fixture.js';

test('seed quotes are found with their gold speakers (the entity stage\'s own mentions)', async (t) => {
  if (!seedsPresent()) {
    t.skip('../shared/seeds absent: seed quote test not run');
    return;
  }
  const gold = seedGold();
  const docs = await seedDocs();
  const goldQuotes = gold.quotes ?? [];
  let found = 0;
  let attributed = 0;
  const misses: string[] = [];
  for (const g of goldQuotes) {
    const doc = docs.get(g.doc);
    assert.ok(doc, `seed ${g.doc} analysed`);
    const q = doc.quotes.find((x) => x.kind === 'direct' && x.text.includes(g.starts));
    if (q === undefined) {
      misses.push(`not found: ${g.starts}`);
      continue;
    }
    found++;
    assert.equal(q.text, doc.text.slice(q.start, q.end));
    // The speaker's local entity must hold a gold surface form of the gold speaker.
    const forms = (gold.entities ?? []).find((e) => e.canonical === g.speaker)?.mentions[g.doc] ?? [];
    const speakerForms = q.speaker === null ? [] : doc.mentions.filter((m) => m.entity === q.speaker).map((m) => m.text);
    if (speakerForms.some((f) => forms.includes(f))) attributed++;
    else misses.push(`speaker of "${g.starts}": ${speakerForms.join('/') || 'none'} (gold ${g.speaker})`);
  }
  t.diagnostic(`seed quotes found ${found}/${goldQuotes.length}, speaker right ${attributed}/${goldQuotes.length}`);
  assert.deepEqual(misses, []);
});

test('seed scare quotes and furniture names never become quotes or speakers', async (t) => {
  if (!seedsPresent()) {
    t.skip('../shared/seeds absent: seed scare-quote test not run');
    return;
  }
  const gold = seedGold();
  const docs = await seedDocs();
  for (const [id, doc] of docs) {
    for (const q of doc.quotes) {
      // Two- and three-word quoted phrases in the seeds are all scare quotes.
      if (q.kind === 'direct') assert.ok(q.text.split(/\s+/u).length >= 4, `scare quote kept: ${q.text}`);
      assert.equal(q.text, doc.text.slice(q.start, q.end));
      assert.ok(q.speakerSpan === null || q.speakerSpan.text === doc.text.slice(q.speakerSpan.start, q.speakerSpan.end));
      const speaker = q.speakerSpan?.text ?? '';
      for (const bad of gold.entities_must_not_appear?.[id] ?? []) assert.ok(!speaker.includes(bad), `${id}: ${bad} as a speaker`);
    }
  }
});
