import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testDoc } from '../../pipeline/doc.js';
import { extractQuotes } from './quotes.js';
import { naiveMentions, type GoldEntity } from './seed-mentions.js';

const shared = path.resolve(process.cwd(), '../shared');

interface Gold {
  documents: Record<string, { lang: string }>;
  entities: GoldEntity[];
  quotes: Array<{ doc: string; speaker: string; starts: string }>;
}

test('seed quotes are found with their gold speakers (mentions built from gold surface forms)', (t) => {
  if (!existsSync(path.join(shared, 'gold/seeds.gold.json'))) {
    t.skip('../shared absent');
    return;
  }
  const gold = JSON.parse(readFileSync(path.join(shared, 'gold/seeds.gold.json'), 'utf8')) as Gold;
  let found = 0;
  let attributed = 0;
  const misses: string[] = [];
  for (const g of gold.quotes) {
    const text = readFileSync(path.join(shared, 'seeds', `${g.doc}.txt`), 'utf8');
    const { mentions, entities } = naiveMentions(text, g.doc, gold.entities);
    const doc = testDoc(text, { lang: gold.documents[g.doc]?.lang ?? 'en', mentions, entities });
    const q = extractQuotes(doc).find((x) => x.kind === 'direct' && x.text.startsWith(g.starts));
    if (q === undefined) {
      misses.push(`not found: ${g.starts}`);
      continue;
    }
    found++;
    assert.equal(q.text, text.slice(q.start, q.end));
    const name = q.speaker === null ? null : entities[q.speaker]?.name;
    if (name === g.speaker) attributed++;
    else misses.push(`speaker of "${g.starts}": ${String(name)} (gold ${g.speaker})`);
  }
  t.diagnostic(`seed quotes found ${found}/${gold.quotes.length}, speaker right ${attributed}/${gold.quotes.length}`);
  assert.deepEqual(misses, []);
});

test('seed scare quotes and furniture names never become quotes or speakers', (t) => {
  if (!existsSync(path.join(shared, 'gold/seeds.gold.json'))) {
    t.skip('../shared absent');
    return;
  }
  const gold = JSON.parse(readFileSync(path.join(shared, 'gold/seeds.gold.json'), 'utf8')) as Gold;
  for (const id of Object.keys(gold.documents)) {
    const text = readFileSync(path.join(shared, 'seeds', `${id}.txt`), 'utf8');
    const { mentions, entities } = naiveMentions(text, id, gold.entities);
    const quotes = extractQuotes(testDoc(text, { lang: gold.documents[id]?.lang ?? 'en', mentions, entities }));
    for (const q of quotes) {
      // Two- and three-word quoted phrases in the seeds are all scare quotes.
      if (q.kind === 'direct') assert.ok(q.text.split(/\s+/u).length >= 4, `scare quote kept: ${q.text}`);
      assert.equal(q.text, text.slice(q.start, q.end));
      assert.ok(q.speakerSpan === null || q.speakerSpan.text === text.slice(q.speakerSpan.start, q.speakerSpan.end));
    }
  }
});
