import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from '../../pipeline/doc.js';
import type { Doc, EntityMention, LocalEntity } from '../../pipeline/types.js';
import { extractQuotes } from './quotes.js';

/** People and every occurrence of their names as mentions (test scaffolding). */
function people(text: string, names: string[]): Doc {
  const entities: LocalEntity[] = names.map((n) => ({ name: n, type: 'person', aliases: [n], roles: [] }));
  const mentions: EntityMention[] = [];
  names.forEach((n, entity) => {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) {
      mentions.push({ start: i, end: i + n.length, text: n, type: 'person', entity, source: 'test', rule: 'test' });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return testDoc(text, { lang: 'en', mentions, entities });
}

const direct = (doc: Doc): string[] => extractQuotes(doc, { model: null }).filter((q) => q.kind === 'direct').map((q) => q.text);

test('an aside set off by commas after the reporting verb does not split an interrupted quotation', () => {
  const text = '“Every bridge needs a pillar,” Pillai said, referring to the budget, “and this one has none at all.”';
  const qs = extractQuotes(people(text, ['Pillai']), { model: null });
  assert.equal(qs.length, 1);
  assert.deepEqual(qs[0]?.parts?.map((p) => p.text), ['Every bridge needs a pillar', 'and this one has none at all.']);
  assert.equal(qs[0]?.speaker, 0);
});

test('a participle with its own words after “said,” belongs to that attribution; “adding,” introduces a new quotation', () => {
  const one = '“The port cannot wait another year for the dredgers,” Mira Sen said, stressing how much the town had lost. “We need them now.”';
  assert.equal(direct(people(one, ['Mira Sen'])).length, 1);
  const two = '“The port cannot wait another year for the dredgers,” Mira Sen said, adding, “The council has the money.”';
  assert.equal(direct(people(two, ['Mira Sen'])).length, 2);
});

test('“A,” he said, but “B.” is one quotation', () => {
  const text = 'Lal Verma spoke on Monday. “I like the mayor,” he said, but “when it comes to the port, she has never listened to us.”';
  const qs = extractQuotes(people(text, ['Lal Verma']), { model: null }).filter((q) => q.kind === 'direct');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]?.parts?.length, 2);
  assert.equal(qs[0]?.speaker, 0);
});

test('titles of works and names run into the sentence are not quotations', () => {
  const book = 'In her 2019 memoir, “Rivers of Gold,” Mira Sen argued that the dams had failed the valley.';
  assert.ok(!direct(people(book, ['Mira Sen'])).some((t) => t.includes('Rivers of Gold') && t.length < 20));
  const headline = 'Pillai ‘The Builder’ Could Fix The Port, Mira Sen Says.';
  assert.ok(!direct(people(headline, ['Pillai', 'Mira Sen'])).includes('The Builder'));
  // A capitalised slogan that is said, closed by its comma, stays a quotation.
  const slogan = '“Build The Port Now,” Pillai said.';
  assert.deepEqual(direct(people(slogan, ['Pillai'])), ['Build The Port Now']);
});

test('a coordinator after quoted words ends their clause before the next predicate', () => {
  const text = 'Lal Verma accused the board of being “asleep at the wheel” and wanted residents to check out what he called the “secret memo.”';
  const qs = direct(people(text, ['Lal Verma']));
  assert.deepEqual(qs, ['the board of being “asleep at the wheel”', 'the “secret memo.”']);
});

test('a later cue with no comma after the quoted words is not their attribution', () => {
  // `said` opens a clause of its own after `and`; the quoted phrase has no cue of its own and is too short to stand alone.
  const text = 'Lal Verma wanted the board to stop “dreaming about new bridges” and said he would stay.';
  assert.deepEqual(extractQuotes(people(text, ['Lal Verma']), { model: null }).filter((q) => q.kind === 'direct'), []);
});

test('reported speech: a subordinate clause before “X said” and a relative clause’s verb are not what was said', () => {
  const sub = people('But when the council cut the funding two years later, the ministry said enough.', []);
  assert.deepEqual(extractQuotes(sub).filter((q) => q.kind === 'reported'), []);
  const rel = people('He took over the contracts of Delta Works, another firm that had announced its closure.', []);
  assert.deepEqual(extractQuotes(rel).filter((q) => q.kind === 'reported'), []);
  // The ordinary closing attribution still holds.
  const plain = people('The bridge will open in June, the ministry said.', []);
  assert.deepEqual(extractQuotes(plain).map((q) => q.text), ['The bridge will open in June']);
});
