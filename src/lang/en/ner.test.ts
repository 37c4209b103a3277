import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NameCandidate } from '../../stages/entities/contract.js';
import { refineCandidates } from '../../stages/entities/entities.js';
import { createEnglishTaggedExtractor, DEFAULT_MERGE, EN_LABELS, expandedRankNames, loadEnglishModel, mergeCandidates, overlapFinder, tagEnglish } from './ner.js';
import { docContext, sentenceFeatures, sentenceRanges, shapeOf, tokenizeEn } from './ner-features.js';
import { decodeWithMargins } from '../../stages/entities/tagger.js';

const cand = (text: string, whole: string, sub: string, type: NameCandidate['type'], rule: string, extra: Partial<NameCandidate> = {}): NameCandidate => {
  const start = whole.indexOf(sub);
  return { start, end: start + sub.length, text: sub, type, ...extra, source: 'test', rule };
};

test('tokenizeEn splits punctuation and possessives, keeps initials, dotted acronyms and hyphenated words', () => {
  const text = "Japan's envoy (Mr. P. Venn) left the U.S. for Chester-le-Street, Ruvelo.";
  assert.deepEqual(
    tokenizeEn(text).map((t) => t.text),
    ['Japan', "'s", 'envoy', '(', 'Mr.', 'P.', 'Venn', ')', 'left', 'the', 'U.S.', 'for', 'Chester-le-Street', ',', 'Ruvelo', '.'],
  );
  for (const t of tokenizeEn(text)) assert.equal(text.slice(t.start, t.end), t.text);
  // Already tokenized text comes back as it is.
  const conll = 'Somerset 83 and 174 ( P. Simmons 4-38 ) , Leicestershire 296 .';
  assert.deepEqual(tokenizeEn(conll).map((t) => t.text), conll.split(' '));
});

test('sentenceRanges ends sentences at line breaks and at full stops before a capital', () => {
  const text = 'Arata spoke. Venn left\nThe end';
  assert.deepEqual(sentenceRanges(text, tokenizeEn(text)), [
    [0, 3],
    [3, 5],
    [5, 7],
  ]);
});

test('shapes and features: one feature list per token, document facts change the features', () => {
  assert.equal(shapeOf('Leicestershire'), 'Xx');
  assert.equal(shapeOf('U.S.'), 'X.X.');
  assert.equal(shapeOf('1996-08-30'), 'd-d-d');
  const words = ['Bank', 'of', 'Ruvelo', 'rose'];
  const plain = sentenceFeatures(words, docContext([words]));
  assert.equal(plain.offsets.length, words.length + 1);
  const withLower = sentenceFeatures(words, docContext([words, ['the', 'bank', 'said']]));
  assert.ok((withLower.offsets[1] ?? 0) > (plain.offsets[1] ?? 0), 'a word also seen in lower case gets one more feature');
});

test('context aggregation: a capitalised word sees the neighbours of its other mentions, not its own', () => {
  const sent = ['Arata', 'left', '.'];
  const alone = docContext([sent]);
  const featsOf = (ctx: ReturnType<typeof docContext>): number[] => {
    const f = sentenceFeatures(sent, ctx);
    return [...f.hashes.subarray(f.offsets[0] ?? 0, f.offsets[1] ?? 0)];
  };
  assert.deepEqual(featsOf(alone), featsOf({ ...alone, contexts: new Map() }), 'its own neighbours are not counted');
  const both = docContext([sent, ['Mr', 'Arata', 'said', '.']]);
  const withOther = featsOf(both);
  const without = new Set(featsOf({ ...both, contexts: new Map() }));
  assert.equal(withOther.filter((h) => !without.has(h)).length, 2, 'the other mention adds its left (Mr) and right (said) neighbours');
});

test('mergeCandidates: titled rule names win, a rank the tagger keeps stays, titles alone and generic names go', () => {
  const text = 'Raksha Mantri Shri Kenji Arata met Defence Minister Gen Orla Venn San and the Cooperation Agreement was signed by Raksha Mantri.';
  const tagged = [
    cand('', text, 'Shri Kenji Arata', 'person', 'tagger'),
    cand('', text, 'Gen Orla Venn San', 'person', 'tagger'),
    cand('', text, 'Cooperation Agreement', 'other', 'tagger'),
    { ...cand('', text, 'Raksha Mantri', 'person', 'tagger'), start: text.lastIndexOf('Raksha Mantri'), end: text.lastIndexOf('Raksha Mantri') + 13 },
  ];
  const rules = [
    cand('', text, 'Kenji Arata', 'person', 'title', { title: 'Raksha Mantri Shri', role: 'Defence Minister of India' }),
    cand('', text, 'Orla Venn', 'person', 'title', { title: 'Defence Minister Gen', role: 'Defence Minister' }),
  ];
  const out = mergeCandidates(tagged, rules, text, DEFAULT_MERGE);
  assert.deepEqual(
    out.map((c) => [c.text, c.type]),
    [
      ['Kenji Arata', 'person'],
      ['Gen Orla Venn', 'person'],
    ],
  );
  assert.equal(out[0]?.role, 'Defence Minister of India');
  assert.equal(out[1]?.role, 'Defence Minister');
});

test('the shipped English model loads and tags invented names by their context', (t) => {
  const model = loadEnglishModel();
  if (!model) {
    t.skip('ner-en.tsv absent: run npm run train:ner');
    return;
  }
  assert.deepEqual(model.labels, EN_LABELS);
  const text = 'Kenji Arata , chairman of Ruvelo Holdings Corp , said on Monday in Tarvelburg that the company would expand .';
  const found = tagEnglish(model, text).map((c) => [c.text, c.type]);
  assert.deepEqual(found, [
    ['Kenji Arata', 'person'],
    ['Ruvelo Holdings Corp', 'organization'],
    ['Tarvelburg', 'place'],
  ]);
  // Through the extractor and the entity stage's refiners: the title stays outside the name.
  const doc = 'Prime Minister Orla Venn arrived in Tarvelburg. Venn said the talks went well.';
  const names = refineCandidates(doc, createEnglishTaggedExtractor(model).extract(doc));
  const venn = names.entities.find((e) => e.name === 'Orla Venn');
  assert.ok(venn, JSON.stringify(names.entities));
  assert.equal(venn.type, 'person');
  assert.deepEqual(venn.aliases, ['Orla Venn', 'Venn']);
  assert.ok(venn.roles.includes('Prime Minister'));
});

test('a written-out rank before a surname the text also gives with that abbreviation as given name joins the name', () => {
  const text = 'Colonel Arakawa met the press. Col Arakawa, whose given name is Col, later told Major Ito and General Sato that Gen Sato had left.';
  const out = expandedRankNames(
    [
      cand('', text, 'Arakawa', 'person', 'title', { title: 'Colonel' }),
      cand('', text, 'Col Arakawa', 'person', 'tagger'),
      { ...cand('', text, 'Ito', 'person', 'title'), title: 'Major' },
      cand('', text, 'Sato', 'person', 'title', { title: 'General' }),
      { ...cand('', text, 'Gen Sato', 'person', 'tagger') },
    ],
    text,
  );
  const arakawa = out[0] as NameCandidate;
  assert.equal(arakawa.text, 'Colonel Arakawa');
  assert.equal(text.slice(arakawa.start, arakawa.end), 'Colonel Arakawa');
  assert.equal(arakawa.title, undefined);
  // Major Ito: no `Maj Ito` in the text, so Major stays a title.
  assert.equal(out[2]?.text, 'Ito');
  assert.equal(out[2]?.title, 'Major');
  assert.equal(out[3]?.text, 'General Sato');
  // Nothing to expand: the candidates come back as they were.
  const plain = [cand('', 'General Sato spoke.', 'Sato', 'person', 'title', { title: 'General' })];
  assert.deepEqual(expandedRankNames(plain, 'General Sato spoke.'), plain);
});

test('overlapFinder gives what testing every tagger name gives, in order, sorted input or not', () => {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const tag = (start: number, end: number): NameCandidate => ({ start, end, text: '', type: 'person', source: 't', rule: 'tagger' });
  for (let round = 0; round < 200; round++) {
    const tagged: NameCandidate[] = [];
    let at = 0;
    for (let k = rand(6); k > 0; k--) {
      at += rand(3);
      const len = 1 + rand(4);
      tagged.push(tag(at, at + len));
      at += len;
    }
    if (round % 4 === 0 && tagged.length > 1) tagged.reverse();
    const find = overlapFinder(tagged);
    for (let q = 0; q < 20; q++) {
      const span = { start: rand(at + 2), end: rand(at + 2) };
      assert.deepEqual(find(span), tagged.filter((t) => span.start < t.end && t.start < span.end));
    }
  }
});

test('the shipped model scores word blocks as the same features one by one, to the last bit', (t) => {
  const model = loadEnglishModel();
  if (!model) {
    t.skip('ner-en.tsv absent');
    return;
  }
  const text = 'Defence Minister Rajnath Singh met Gen Nakatani in New Delhi on Monday.\nThe Bank of Ruvelo said rates would rise. Singh said the talks went well.\nUS TRADE TALKS STALL';
  const toks = tokenizeEn(text);
  const sents = sentenceRanges(text, toks).map(([a, b]) => toks.slice(a, b).map((x) => x.text));
  const ctx = docContext(sents);
  for (const s of sents) {
    const f = sentenceFeatures(s, ctx);
    assert.ok(f.blocks, 'features come with word blocks');
    const a = decodeWithMargins(model, f);
    const b = decodeWithMargins(model, { hashes: f.hashes, offsets: f.offsets });
    assert.deepEqual(a.tags, b.tags);
    assert.ok(a.margins.every((m, i) => Object.is(m, b.margins[i])));
  }
});
