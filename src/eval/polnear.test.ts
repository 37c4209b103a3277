import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { naiveNameMentions, scoreQuotes } from './polnear.js';

const dir = path.resolve(process.cwd(), '../shared/eval/attribution-dev/dev');

test('naive name mentions drop sentence-initial function words and group by surname', () => {
  const { mentions, entities } = naiveNameMentions('The Ann Lee plan. Lee left.');
  assert.deepEqual(mentions.map((m) => [m.start, m.end, m.text, m.entity]), [[4, 11, 'Ann Lee', 0], [18, 21, 'Lee', 0]]);
  assert.deepEqual(entities, [{ name: 'Ann Lee', type: 'person', aliases: ['Ann Lee'], roles: [] }]);
});

test('PolNeAR dev, all 84 articles: direct quotes and attribution at today\'s figures', (t) => {
  if (!existsSync(dir)) {
    t.skip('../shared/eval absent: PolNeAR floor not checked');
    return;
  }
  const s = scoreQuotes(dir);
  t.diagnostic(`P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} attribution ${s.attribution.toFixed(3)} (${s.gold} gold, ${s.predicted} predicted)`);
  assert.equal(s.articles, 84);
  // Measured on the full dev split: P 0.8411 R 0.6806 F1 0.7524, attribution 0.5355.
  assert.ok(s.precision >= 0.841, `precision ${s.precision}`);
  assert.ok(s.f1 >= 0.752, `F1 ${s.f1}`);
  assert.ok(s.attribution >= 0.535, `attribution ${s.attribution}`);
});
