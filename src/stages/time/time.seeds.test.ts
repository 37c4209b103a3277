import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { extractTimex } from './time.js';

const shared = path.resolve(process.cwd(), '../shared');
const goldPath = path.join(shared, 'gold', 'seeds.gold.json');

interface SeedGold {
  documents: Record<string, { lang: string; published: string }>;
  timex: Array<{ doc: string; text: string; value: string }>;
}

it('finds every gold timex of the seed articles with its value', (t) => {
  if (!existsSync(goldPath)) {
    t.skip('../shared absent');
    return;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as SeedGold;
  const missed: string[] = [];
  for (const g of gold.timex) {
    const doc = gold.documents[g.doc];
    assert.ok(doc, `gold document ${g.doc}`);
    // The seed files start with a `date YYYY-MM-DD` header that the cleaner would strip.
    const text = readFileSync(path.join(shared, 'seeds', `${g.doc}.txt`), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s/, '');
    const found = extractTimex(text, doc.lang, doc.published);
    for (const x of found) assert.equal(x.text, text.slice(x.start, x.end));
    if (!found.some((x) => x.text === g.text && x.value === g.value)) missed.push(`${g.doc}: ${g.text} = ${g.value}`);
  }
  assert.deepEqual(missed, [], `found ${gold.timex.length - missed.length} of ${gold.timex.length}`);
});
