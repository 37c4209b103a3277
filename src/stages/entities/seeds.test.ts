import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testDoc } from '../../pipeline/doc.js';
import { createEnglishNameExtractor } from '../../lang/en/names.js';
import { createEntityStage } from './entities.js';

interface GoldEntity {
  canonical: string;
  mentions: Record<string, string[]>;
}
interface Gold {
  documents: Record<string, { lang: string }>;
  entities: GoldEntity[];
  entities_must_not_appear: Record<string, string[]>;
}

const shared = path.resolve(process.cwd(), '../shared');

/** The seed text without its `date` header and without the teaser block that follows the article. */
function seedText(id: string): string {
  let text = readFileSync(path.join(shared, 'seeds', `${id}.txt`), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2} /, '');
  const furniture = /^(?:Subscriber Only Stories|Top News|Latest News|Advertisement)\s*$/m.exec(text);
  if (furniture) text = text.slice(0, furniture.index);
  return text;
}

function occurrences(text: string, form: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    // Whole words only: `Japan` in `Japanese` is not an occurrence.
    if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + form.length] ?? '')) continue;
    out.push([i, i + form.length]);
  }
  return out;
}

test('English seeds: gold surface forms found, grouped per document, furniture names absent', (t) => {
  if (!existsSync(path.join(shared, 'gold', 'seeds.gold.json'))) {
    t.skip('../shared absent');
    return;
  }
  const gold = JSON.parse(readFileSync(path.join(shared, 'gold', 'seeds.gold.json'), 'utf8')) as Gold;
  const stage = createEntityStage({ extractors: { en: createEnglishNameExtractor() } });
  const english = Object.entries(gold.documents).filter(([, d]) => d.lang === 'en').map(([id]) => id);
  let forms = 0;
  let found = 0;
  let groups = 0;
  let grouped = 0;
  const missed: string[] = [];
  const split: string[] = [];
  for (const id of english) {
    const text = seedText(id);
    const doc = stage.run({ referenceDate: '2025-05-05' }, testDoc(text));
    for (const m of doc.mentions) assert.equal(m.text, text.slice(m.start, m.end));
    for (const ent of gold.entities) {
      const fs = ent.mentions[id];
      if (!fs) continue;
      const indexes = new Set<number>();
      for (const form of fs) {
        forms++;
        const hits = doc.mentions.filter((m) => occurrences(text, form).some(([s, e]) => m.start < e && s < m.end && m.rule !== 'nominal-role'));
        if (hits.length > 0) found++;
        else missed.push(`${id}: ${form}`);
        for (const h of hits) if (h.text.length >= form.length - 1 || form.includes(h.text)) indexes.add(h.entity);
      }
      groups++;
      if (indexes.size === 1) grouped++;
      else split.push(`${id}: ${ent.canonical} → ${[...indexes].map((i) => doc.entities[i]?.name).join(' | ')}`);
    }
    for (const bad of gold.entities_must_not_appear[id] ?? []) {
      assert.ok(!doc.mentions.some((m) => m.text.includes(bad)), `${id}: ${bad} must not appear`);
    }
  }
  t.diagnostic(`forms found ${found}/${forms}; entities grouped ${grouped}/${groups}`);
  if (missed.length > 0) t.diagnostic(`missed: ${missed.join('; ')}`);
  if (split.length > 0) t.diagnostic(`split: ${split.join('; ')}`);
  assert.ok(found / forms >= 0.95, `forms found ${found}/${forms}`);
  assert.ok(grouped / groups >= 0.97, `entities grouped ${grouped}/${groups}`);
});

test('English seeds: roles of the ministers', (t) => {
  if (!existsSync(path.join(shared, 'seeds'))) {
    t.skip('../shared absent');
    return;
  }
  const stage = createEntityStage({ extractors: { en: createEnglishNameExtractor() } });
  const roles = (id: string): Record<string, string[]> => {
    const doc = stage.run({ referenceDate: '2025-05-05' }, testDoc(seedText(id)));
    return Object.fromEntries(doc.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.roles]));
  };
  const r1 = roles('001_1f225d7d2b1b847b');
  assert.deepEqual(r1['Rajnath Singh'], ['Defence Minister of India']);
  assert.deepEqual(r1['Nakatani'], ['Defence Minister of Japan']);
  const r3 = roles('003_fd6cdc87a9270c9c');
  assert.deepEqual(r3['Yasukazu Hamada'], ['Defence Minister of Japan']);
});
