import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  decodeKeptProfile, decodePacked, decodeTextProfile, encodeTextProfile, keptProfileAt, KeyTable, packProfiles, ProfileArena, textPart, textProfileBasis, textProfileLookups,
} from './profile-cache.js';
import { decodeOnThread } from './kept-thread.js';
import { finderLookups } from './find-again.js';
import { textHash } from './record.js';
import { CompactBag, createProfiler, type KeyedBag, type Space, SPACES, type StoryProfile, type TableBag } from './stories/profile.js';
import { weighCorpus } from './stories/similarity.js';
import { KernelThread } from './stories/kernel-thread.js';

const noRefs = { entityMentions: [], entityOf: (): null => null };

/** A bag in arrays of its own (a profile built here has no other kind). */
function ownArrays(bag: KeyedBag | TableBag): KeyedBag {
  assert.ok('keys' in bag, 'a bag of its own');
  return bag;
}

test('a text profile comes back from its stored form exactly, keys in order', () => {
  const text = readFileSync('examples/chamoli-landslide.txt', 'utf8');
  const profile = createProfiler()({ id: 'a', lang: 'en', title: 'Landslide in Chamoli', text, published: '2026-02-03', timex: [{ value: '2026-02-02', text: 'Monday' }], events: [] }, noRefs);
  const part = { ...textPart(profile, null), bags: textPart(profile, null).bags.map(ownArrays) };
  const table = new KeyTable(['w:unrelated']);
  const back = decodeTextProfile(encodeTextProfile(part, table), table.keys);
  assert.deepEqual(back, part);
  assert.equal(table.keys[0], 'w:unrelated', 'keys the store has keep their numbers');
  assert.ok(back.bags.some((b) => b.keys.length > 10), 'the bags are not empty');
  SPACES.forEach((space, s) => {
    if (space === 'entities') assert.equal(back.bags[s]?.keys.length, 0, 'the entity bag is not kept: it reads the resolution');
    else assert.deepEqual(back.bags[s]?.keys, [...profile.bags[space].keys()], `${space} keys in the profile's order`);
  });
  assert.deepEqual([...back.signature], [...profile.signature]);
  const known = table.keys.length;
  const hindi = readFileSync('examples/pune-trade-talks-hi.txt', 'utf8');
  const lookups = finderLookups()(hindi, 'hi');
  assert.ok(lookups && lookups.length > 100, 'a Hindi text has the keys the name finder looks it up by');
  const caseless = encodeTextProfile(textPart(profile, lookups), table);
  assert.equal(table.keys.length, known, 'a key is numbered once');
  const caselessBack = decodeTextProfile(caseless, table.keys);
  assert.equal(caselessBack.caseless, true);
  assert.deepEqual(caselessBack.lookups, lookups);
  assert.deepEqual(textProfileLookups(caseless), lookups, 'the lookups are read without the rest of the profile');
  assert.equal(textProfileLookups(encodeTextProfile(part, table)), null);
  const weighted = { ...part, published: null, bags: part.bags.map((b) => ({ keys: b.keys, counts: b.counts.map((c) => c / 3) })) };
  assert.deepEqual(decodeTextProfile(encodeTextProfile(weighted, table), table.keys), weighted, 'counts that are not whole numbers, and no date');
});

test('kept profiles read into shared arrays are the same bags, and weigh the same as bags of their own', () => {
  const profile = createProfiler();
  const names = ['chamoli-landslide.txt', 'vadodara-fire.txt', 'pune-trade-talks-hi.txt'];
  const profiles = names.map((f) => profile({ id: f, lang: f.includes('-hi') ? 'hi' : 'en', title: null, text: readFileSync(`examples/${f}`, 'utf8'), published: null, timex: [], events: [] }, noRefs));
  const table = new KeyTable();
  const data = profiles.map((p) => encodeTextProfile(textPart(p, null), table));
  // A small chunk, so that bags straddle the arena's chunks.
  const arena = new ProfileArena(64);
  const kept = data.map((d) => decodeKeptProfile(d, table.keys, arena));
  const asKept = (p: StoryProfile, k: number): StoryProfile => ({
    ...p,
    bags: Object.fromEntries(SPACES.map((space, s) => [space, space === 'entities' ? p.bags.entities : new CompactBag(kept[k]!.bags[s]!)])) as Record<Space, CompactBag>,
  });
  const fromArena = profiles.map(asKept);
  fromArena.forEach((p, k) => SPACES.forEach((space) => {
    const bag = p.bags[space] as CompactBag;
    assert.deepEqual([...bag], [...profiles[k]!.bags[space]], `${space}: the same entries in the same order`);
    if (space !== 'entities') {
      assert.ok(bag.tableBag(), 'read back as key numbers');
      assert.deepEqual(bag.arrays().keys, [...profiles[k]!.bags[space].keys()]);
    }
    const [first] = profiles[k]!.bags[space].keys();
    if (first !== undefined) assert.equal(bag.get(first), profiles[k]!.bags[space].get(first));
  }));
  // Mixed: one profile with bags of its own among kept ones, as after adding a document.
  const mixed = [fromArena[0]!, profiles[1]!, fromArena[2]!];
  const a = weighCorpus(profiles);
  const thread = new KernelThread();
  try {
    // Alone, and with half of the reports weighed on a second thread (which reads a shared copy of their counts).
    for (const b of [weighCorpus(mixed), weighCorpus(mixed, { helper: thread })]) {
      assert.deepEqual(b.stats.keys, a.stats.keys, 'keys numbered in the same order');
      assert.deepEqual(b.stats.df, a.stats.df);
      b.weighted.forEach((w, k) => SPACES.forEach((space) => {
        assert.deepEqual([...w.packed[space].keys], [...a.weighted[k]!.packed[space].keys]);
        assert.deepEqual([...w.packed[space].weights], [...a.weighted[k]!.packed[space].weights], `${space} weights of report ${k}`);
      }));
    }
  } finally {
    thread.close();
  }
});

test('profiles whose bags hold key numbers into another table (as the profile threads send them) are kept as the same bytes, keys numbered in the same order', () => {
  const profile = createProfiler();
  const names = ['chamoli-landslide.txt', 'pune-trade-talks-hi.txt', 'vadodara-fire.txt'];
  const profiles = names.map((f) => profile({ id: f, lang: f.includes('-hi') ? 'hi' : 'en', title: null, text: readFileSync(`examples/${f}`, 'utf8'), published: null, timex: [], events: [] }, noRefs));
  // The bags read back from a table in another order (a thread's), as key numbers in shared arrays.
  const other = new KeyTable(['w:unrelated']);
  const data = [...profiles].reverse().map((p) => encodeTextProfile(textPart(p, null), other));
  const arena = new ProfileArena(64);
  const numbered = data.map((d) => decodeKeptProfile(d, other.keys, arena)).reverse();
  const asNumbers = profiles.map((p, k): StoryProfile => ({
    ...p,
    bags: Object.fromEntries(SPACES.map((space, s) => [space, space === 'entities' ? p.bags.entities : new CompactBag(numbered[k]!.bags[s]!)])) as Record<Space, CompactBag>,
  }));
  assert.ok(textPart(asNumbers[0]!, null).bags.some((b) => 'table' in b && b.length > 10), 'the bags are key numbers');
  const byKeys = new KeyTable(['l:first']);
  const byNumbers = new KeyTable(['l:first']);
  const lookups = finderLookups()(readFileSync('examples/pune-trade-talks-hi.txt', 'utf8'), 'hi');
  profiles.forEach((p, k) => {
    const own = k === 1 ? lookups : null;
    assert.deepEqual(encodeTextProfile(textPart(asNumbers[k]!, own), byNumbers), encodeTextProfile(textPart(p, own), byKeys), `profile ${k}: the same bytes`);
  });
  assert.deepEqual(byNumbers.keys, byKeys.keys, 'new keys numbered in the same order');
});

test('kept profiles packed and read back together, here or on a thread, are each what reading it alone gives; a damaged one is marked', async () => {
  const profile = createProfiler();
  const names = ['chamoli-landslide.txt', 'vadodara-fire.txt', 'pune-trade-talks-hi.txt', 'vadodara-fire-hi.txt'];
  const table = new KeyTable();
  const data = names.map((f) => {
    const text = readFileSync(`examples/${f}`, 'utf8');
    const lang = f.includes('-hi') ? 'hi' : 'en';
    const p = profile({ id: f, lang, title: null, text, published: f.startsWith('pune') ? '2026-03-02' : null, timex: [], events: [] }, noRefs);
    return encodeTextProfile(textPart(p, lang === 'hi' ? finderLookups()(text, lang) : null), table);
  });
  data.splice(2, 0, data[1]!.slice(0, 30));
  const alone = (d: Uint8Array): unknown => {
    try {
      const k = decodeKeptProfile(d, table.keys, new ProfileArena(0));
      return { ...k, signature: [...k.signature], bags: k.bags.map((b) => [...b.ids.subarray(b.start, b.start + b.length)].map((id, i) => [table.keys[id], b.counts[b.start + i]])) };
    } catch {
      return 'damaged';
    }
  };
  const expected = data.map(alone);
  assert.equal(expected[2], 'damaged');
  assert.equal(expected.filter((e) => e === 'damaged').length, 1);
  // A small arena chunk here, so that bags lie in several chunks; the thread's default chunk there.
  for (const [label, decoded] of [['here', decodePacked(packProfiles(data), table.keys.length, 64)], ['on a thread', await decodeOnThread(packProfiles(data), table.keys.length)]] as const) {
    assert.ok(decoded, `${label}: answered`);
    const got = data.map((_, k) => {
      const p = keptProfileAt(decoded, k, table.keys);
      return p ? { ...p, signature: [...p.signature], bags: p.bags.map((b) => [...b.ids.subarray(b.start, b.start + b.length)].map((id, i) => [table.keys[id], b.counts[b.start + i]])) } : 'damaged';
    });
    assert.deepEqual(got, expected, label);
  }
  assert.ok(decodePacked(packProfiles(data), table.keys.length, 64).ids.length > 1, 'the bags lay in several chunks');
});

test('a damaged stored profile is refused, not read as a wrong one', () => {
  const table = new KeyTable();
  const data = encodeTextProfile({ published: null, contentHash: 'h', signature: new Uint32Array([1, 2]), caseless: false, lookups: null, bags: SPACES.map(() => ({ keys: ['k'], counts: new Float64Array([1]) })) }, table);
  assert.throws(() => decodeTextProfile(data.slice(0, data.length - 1), table.keys), /ends too soon/);
  assert.throws(() => decodeTextProfile(Uint8Array.from([...data, 0]), table.keys), /left over/);
  assert.throws(() => decodeTextProfile(data, []), /a key the store does not have/);
  assert.throws(() => decodeKeptProfile(data, [], new ProfileArena()), /a key the store does not have/);
  // A count larger than the bytes left (lookups claimed, 2^28 of them) is refused before anything is allocated.
  assert.throws(() => textProfileLookups(Uint8Array.from([4, 0x80, 0x80, 0x80, 0x80, 0x01])), /ends too soon/);
});

test('the basis changes with what a text profile reads, and only with that', () => {
  const record = {
    lang: 'en', title: 'Fire at a factory', published: '2026-03-01', timex: [{ value: '2026-03-01', text: 'Sunday' }],
    segments: ['s1', 's2', 's3'], textHash: textHash('A fire broke out.'),
  };
  const sharedOf = (shared: string[]) => (h: string): boolean => shared.includes(h);
  const basis = textProfileBasis(record, sharedOf(['s2']));
  assert.match(basis ?? '', /^[0-9a-f]{24}$/);
  assert.equal(textProfileBasis(record, sharedOf(['s2', 'other'])), basis, 'segments of other documents do not matter');
  assert.equal(textProfileBasis({ ...record, segments: ['s3', 's2', 's1'] }, sharedOf(['s2'])), basis, 'nor the order segments are listed in');
  const changed = [
    textProfileBasis(record, sharedOf([])),
    textProfileBasis(record, sharedOf(['s1', 's2'])),
    textProfileBasis({ ...record, textHash: textHash('A fire broke out!') }, sharedOf(['s2'])),
    textProfileBasis({ ...record, title: 'Fire' }, sharedOf(['s2'])),
    textProfileBasis({ ...record, lang: 'hi' }, sharedOf(['s2'])),
    textProfileBasis({ ...record, published: null }, sharedOf(['s2'])),
    textProfileBasis({ ...record, timex: [] }, sharedOf(['s2'])),
  ];
  assert.equal(new Set([basis, ...changed]).size, changed.length + 1, 'furniture, text, title, language, date and time expressions each change it');
  const { textHash: _omitted, ...older } = record;
  assert.equal(textProfileBasis(older, sharedOf(['s2'])), null, 'a record without its text hash has no basis');
});
