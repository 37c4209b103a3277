import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { candidatePairs, clusterStories, findCopies, pairCosines } from './cluster.js';
import { type KernelRunner, KernelThread } from './kernel-thread.js';
import { jaccardEstimate, minhash, shingles } from './minhash.js';
import { MODEL } from './model.js';
import { createProfiler, normalizeNumber, type ProfileInput, type StoryProfile } from './profile.js';
import { FEATURES, corpusStats, packedCosine, pairFeatures, sharedEvidence, shorterTerms, weigh, weighCorpus, type WeightedProfile } from './similarity.js';
import { documentGroups, fitLogistic, fold, prf } from './train.js';
import { sharedFurniture } from './furniture.js';

const profiler = createProfiler();
const noRefs = { entityMentions: [], entityOf: () => null };

function doc(id: string, lang: string, text: string, extra: Partial<ProfileInput> = {}): StoryProfile {
  return profiler({ id, lang, title: null, text, published: null, timex: [], events: [], ...extra }, noRefs);
}

const FLOOD = 'Floods in Assam have displaced 26,000 people after the Brahmaputra burst its banks near Guwahati on Tuesday. ' +
  'Rescue teams of the disaster response force evacuated villages in Morigaon district, officials said.';
const FLOOD_2 = 'The Brahmaputra burst its banks near Guwahati, and 26,000 people in Morigaon district were displaced by the floods; ' +
  'disaster response teams evacuated villages across Assam on Tuesday.';
const FOOTBALL = 'Mohun Bagan beat East Bengal 3-1 in the Kolkata derby at the Salt Lake stadium on Saturday evening, ' +
  'with two late goals from the substitute striker sealing the win before a crowd of 60,000 supporters.';
const ELECTION = 'The election commission announced that polling for the municipal corporation will be held in four phases, ' +
  'with counting of votes scheduled for the second week of December across 245 wards.';

test('digits of any script are one number: २६ and 26 meet', () => {
  assert.equal(normalizeNumber('२६'), '26');
  assert.equal(normalizeNumber('1,000'), '1000');
  assert.equal(normalizeNumber('٢٠٢٤'), '2024');
  const hi = doc('h', 'hi', 'असम में बाढ़ से २६ लोगों की मौत हो गई।');
  const en = doc('e', 'en', 'Floods in Assam killed 26 people.');
  assert.ok(hi.bags.numbers.has('#26') && en.bags.numbers.has('#26'));
});

test('Hindi words meet English through the lexicon and through transliteration', () => {
  const hi = doc('h', 'hi', 'पुलिस ने बाढ़ के बाद अस्पताल में घायलों से मुलाकात की।');
  const en = doc('e', 'en', 'The police visited the injured in hospital after the flood.');
  for (const key of ['p:flood', 'p:hospit']) {
    assert.ok(hi.bags.pivot.has(key), `${key} in the Hindi pivot terms`);
    assert.ok(en.bags.pivot.has(key), `${key} in the English pivot terms`);
  }
  // पुलिस is English written in Devanagari: no lexicon needed.
  const policeKey = [...en.bags.translit.keys()].find((k) => k === 'k:pls');
  assert.ok(policeKey && hi.bags.translit.has(policeKey));
});

test('a German report and an English report of one event share pivot terms', () => {
  const de = doc('d', 'de', 'Die Regierung hat den Anschlag auf das Krankenhaus verurteilt.');
  const en = doc('e', 'en', 'The government condemned the attack on the hospital.');
  const shared = [...de.bags.pivot.keys()].filter((k) => en.bags.pivot.has(k));
  assert.ok(shared.includes('p:govern') && shared.includes('p:hospit'), shared.join(' '));
});

test('MinHash estimates the overlap of near-duplicates and of unrelated texts', () => {
  const words = (t: string): string[] => t.toLowerCase().split(/\W+/).filter(Boolean);
  const a = minhash(shingles(words(FLOOD), 4));
  const b = minhash(shingles(words(`${FLOOD} Updated at 10:40.`), 4));
  const c = minhash(shingles(words(FOOTBALL), 4));
  assert.ok(jaccardEstimate(a, b) > 0.7);
  assert.ok(jaccardEstimate(a, c) < 0.2);
});

test('a thousand copies of one article are one story of a thousand reports, flagged as copies', () => {
  const copies = Array.from({ length: 1000 }, (_, i) => doc(`c${String(i).padStart(4, '0')}`, 'en', i % 2 ? FLOOD : `${FLOOD}\n`));
  const originals = findCopies(copies).filter((root, i) => root === i);
  assert.equal(originals.length, 1);
  const stories = clusterStories([...copies, doc('x', 'en', FOOTBALL)], MODEL);
  const big = stories.find((s) => s.members.length > 1);
  assert.equal(big?.members.length, 1000);
  assert.equal(big?.members.filter((m) => m.copyOf !== null).length, 999);
  assert.equal(stories.length, 2);
});

test('two reports of one flood are one story; a derby and an election are stories of their own', () => {
  const stories = clusterStories([doc('a', 'en', FLOOD), doc('b', 'en', FLOOD_2), doc('c', 'en', FOOTBALL), doc('d', 'en', ELECTION)], MODEL);
  const of = (id: string): number => stories.findIndex((s) => s.members.some((m) => m.doc === id));
  assert.equal(of('a'), of('b'));
  assert.equal(new Set([of('a'), of('c'), of('d')]).size, 3);
  const flood = stories[of('a')];
  assert.ok(flood?.members.every((m) => m.score > 0 && m.score <= 1));
  assert.ok(flood?.members.some((m) => m.shared.length > 0), 'the shared terms that joined them are kept');
});

test('documents of only numbers or only stop words join nothing and break nothing', () => {
  const stories = clusterStories([
    doc('n1', 'en', '1 2 3 4 5 6 7 8 9 10 11 12'),
    doc('n2', 'en', '1 2 3 4 5 6 7 8 9 10 11 12 13'),
    doc('s1', 'en', 'the of and to in is was it that for on with as by'),
    doc('s2', 'en', 'and the of to in was is it for that with on by as'),
    doc('e', 'en', ''),
    doc('a', 'en', FLOOD),
  ], MODEL);
  for (const s of stories) {
    const ids = s.members.map((m) => m.doc);
    if (ids.includes('a')) assert.deepEqual(ids, ['a']);
  }
  assert.ok(stories.every((s) => s.members.every((m) => Number.isFinite(m.score))));
});

test('the stories do not depend on the order reports come in', () => {
  const docs = [doc('a', 'en', FLOOD), doc('b', 'en', FLOOD_2), doc('c', 'en', FOOTBALL), doc('d', 'en', ELECTION), doc('e', 'en', `${FOOTBALL} `)];
  const key = (ps: StoryProfile[]): string =>
    JSON.stringify(clusterStories(ps, MODEL).map((s) => s.members.map((m) => m.doc).sort()).sort());
  const once = key(docs);
  for (let seed = 1; seed <= 5; seed++) {
    const shuffled = [...docs].sort((x, y) => ((x.doc.charCodeAt(0) * seed) % 7) - ((y.doc.charCodeAt(0) * seed) % 7));
    assert.equal(key(shuffled), once);
  }
});

test('publication dates far apart keep near-identical reports apart', () => {
  const stories = clusterStories([
    doc('a', 'en', FLOOD, { published: '2024-07-02' }),
    doc('b', 'en', FLOOD_2, { published: '2025-07-02' }),
  ], MODEL);
  assert.equal(stories.length, 2);
});

test('furniture shared by several pages is blanked where a page is mostly its own text', () => {
  const notice = 'We use cookies and other technologies to give you the full functionality of our website.';
  const texts = [`${FLOOD}\n${notice}`, `${FOOTBALL}\n${notice}`, `${ELECTION}\n${notice}`];
  const strip = sharedFurniture(texts);
  assert.ok(!strip(texts[0] as string).includes('cookies'));
  assert.equal(strip(texts[0] as string).length, (texts[0] as string).length, 'offsets stay valid');
  // Three copies of one story share every line: a copied story, not furniture.
  const copies = sharedFurniture([FLOOD, FLOOD, FLOOD]);
  assert.equal(copies(FLOOD), FLOOD);
});

test('the shipped model has a weight for every feature the code computes', () => {
  assert.deepEqual([...MODEL.features], [...FEATURES]);
  assert.equal(MODEL.weights.length, FEATURES.length);
  assert.ok(MODEL.threshold > 0 && MODEL.threshold < 1);
});

test('the shorter report\'s size is a pair feature, the same whichever report comes first', () => {
  const short = doc('s', 'en', 'Floods in Assam.');
  const long = doc('l', 'en', FLOOD);
  const stats = corpusStats([short, long]);
  const [ws, wl] = [weigh(short, stats), weigh(long, stats)];
  assert.equal(shorterTerms(ws, wl), Math.log1p(short.bags.terms.size));
  assert.equal(shorterTerms(wl, ws), shorterTerms(ws, wl));
  assert.ok(short.bags.terms.size < long.bags.terms.size);
  const near = { docs: 2, of: () => 0 };
  assert.equal(pairFeatures(ws, wl, near)[FEATURES.indexOf('shorter_terms')], shorterTerms(ws, wl));
});

test('cross-validation by document: documents joined by gold pairs are one group, so one fold', () => {
  const groups = documentGroups([['d', 'e'], ['b', 'c'], ['a', 'b'], ['f', 'f']]);
  assert.equal(groups.get('c'), 'a');
  assert.equal(groups.get('b'), 'a');
  assert.equal(groups.get('e'), 'd');
  assert.equal(groups.get('f'), 'f');
  assert.notEqual(groups.get('d'), groups.get('a'));
  // The same pairs in another order give the same groups.
  assert.deepEqual(new Map([...documentGroups([['a', 'b'], ['f', 'f'], ['b', 'c'], ['d', 'e']])].sort()), new Map([...groups].sort()));
  for (const g of groups.values()) assert.ok(fold(g) >= 0 && fold(g) < 5);
});

test('logistic fitting separates separable data, and F1 is counted as defined', () => {
  const samples = [
    ...Array.from({ length: 20 }, (_, i) => ({ x: [0.6 + i / 100], y: 1 as const, weight: 1 })),
    ...Array.from({ length: 20 }, (_, i) => ({ x: [0.1 + i / 100], y: 0 as const, weight: 1 })),
  ];
  const w = fitLogistic(samples, 0.01);
  assert.ok((w[0] as number) > 0);
  const items = samples.map((s) => ({ y: s.y, p: 1 / (1 + Math.exp(-((w[0] as number) * (s.x[0] as number) + (w[1] as number)))) }));
  assert.deepEqual(prf(items, 0.5), { p: 1, r: 1, f1: 1 });
  assert.deepEqual(prf([{ p: 0.9, y: 0 }, { p: 0.1, y: 1 }], 0.5), { p: 0, r: 0, f1: 0 });
});

test('packed cosines and shared evidence agree with a plain dot product over the keys', () => {
  // Random sparse bags over a small vocabulary, so pairs share some keys and not others.
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const bag = (): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i < 12; i++) m.set(`w:k${Math.floor(rand() * 30)}`, 1 + Math.floor(rand() * 4));
    return m;
  };
  const profiles = Array.from({ length: 6 }, (_, i) => {
    const p = doc(`d${i}`, 'en', 'x');
    return { ...p, bags: { ...p.bags, terms: bag() } };
  });
  const stats = corpusStats(profiles);
  const weighted = profiles.map((p) => weigh(p, stats));
  const plain = (i: number): Map<string, number> => {
    const v = weighted[i]?.packed.terms;
    return new Map(Array.from(v?.keys ?? [], (k, n) => [stats.keys[k] as string, v?.weights[n] as number]));
  };
  for (let i = 0; i < weighted.length; i++) {
    assert.ok(Math.abs(packedCosine(weighted[i]!.packed.terms, weighted[i]!.packed.terms) - 1) < 1e-9, 'unit length');
    for (let j = 0; j < weighted.length; j++) {
      const a = plain(i);
      const b = plain(j);
      let dot = 0;
      for (const [k, w] of a) dot += w * (b.get(k) ?? 0);
      assert.ok(Math.abs(packedCosine(weighted[i]!.packed.terms, weighted[j]!.packed.terms) - dot) < 1e-12);
      const shared = [...a.keys()].filter((k) => b.has(k));
      assert.deepEqual(new Set(sharedEvidence(weighted[i]!, weighted[j]!, 100)), new Set(shared));
    }
  }
});

test('an undated report keeps only dates whose year it writes: "Monday" resolved against the day of analysis joins nothing', () => {
  const timex = (text: string, value: string) => ({ start: 0, end: text.length, text, value, kind: 'date' as const, source: 'time/en', rule: 'test' });
  const undated = doc('u', 'en', 'The minister met the delegation.', { timex: [timex('Monday', '2026-11-23'), timex('10 January 2020', '2020-01-10')] });
  assert.deepEqual([...undated.bags.dates.keys()], ['d:2020-01-10']);
  const dated = doc('d', 'en', 'The minister met the delegation.', { published: '2026-11-24', timex: [timex('Monday', '2026-11-23')] });
  assert.ok(dated.bags.dates.has('d:2026-11-23'), 'a dated report anchors its relative dates');
});

test('a second thread takes half of the candidate lookup and of the pair cosines: the same pairs, cosines and stories', () => {
  // Reports that overlap: windows of sentences of the example articles, in English and Hindi.
  const ps: StoryProfile[] = [];
  for (const file of readdirSync('examples').filter((f) => f.endsWith('.txt'))) {
    const sentences = readFileSync(`examples/${file}`, 'utf8').split(/(?<=[.।])\s+/).filter((x) => x.length > 20);
    for (let from = 0; from + 3 <= sentences.length; from++) ps.push(doc(`${file}-${from}`, file.endsWith('-hi.txt') ? 'hi' : 'en', sentences.slice(from, from + 4).join(' ')));
  }
  const thread = new KernelThread();
  const tasks: string[] = [];
  const counted: KernelRunner = { start: (task) => (tasks.push(task.kind), thread.start(task)) };
  const failing: KernelRunner = { start: () => () => null };
  const vectors = (w: WeightedProfile[]): number[][] => w.flatMap((x) => Object.values(x.packed).flatMap((v) => [[...v.keys], [...v.weights]]));
  try {
    const alone = weighCorpus(ps).weighted;
    const { weighted } = weighCorpus(ps, { helper: counted });
    assert.deepEqual(vectors(weighted), vectors(alone), 'weighed on two threads: the same vectors');
    assert.deepEqual(vectors(weighCorpus(ps, { helper: failing }).weighted), vectors(alone), 'weighed where the thread did not');
    assert.deepEqual(vectors(alone), vectors(ps.map((p) => weigh(p, corpusStats(ps)))), 'the same as weighing each report');
    const plain = candidatePairs(weighted);
    assert.ok(ps.length > 30 && plain.a.length > 100, `${ps.length} reports, ${plain.a.length} pairs`);
    for (const [helper, label] of [[counted, 'on two threads'], [failing, 'a half the thread did not do, done here']] as const) {
      const split = candidatePairs(weighted, helper);
      assert.deepEqual([[...split.a], [...split.b]], [[...plain.a], [...plain.b]], `${label}: the same pairs`);
      assert.deepEqual([...pairCosines(weighted, plain, helper)], [...pairCosines(weighted, plain)], `${label}: the same cosines`);
    }
  } finally {
    thread.close();
  }
  assert.deepEqual(tasks, ['weigh', 'candidates', 'cosines'], 'the thread was given one half of each');
  assert.equal(JSON.stringify(clusterStories(ps, MODEL, { threads: 2, minReports: 0 })), JSON.stringify(clusterStories(ps, MODEL)), 'the same stories');
});
