/**
 * What lets a refresh keep the names found again in a kept caseless text: a text that looks up none
 * of the keys whose value changed between two resolutions finds exactly what it found before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../pipeline/random.js';
import { changedLookups, createPropagator, finderLookups, finderMaps, type NamedEntity, touches } from './find-again.js';

const texts = ['chamoli-landslide-hi.txt', 'pune-trade-talks-hi.txt', 'vadodara-fire-hi.txt'].map((f) => readFileSync(`examples/${f}`, 'utf8'));

// Names of the Hindi examples, in both scripts, and a few that none of them has.
const pool: NamedEntity[] = [
  { id: 'e-joshimath', type: 'place', name: 'Joshimath', aliases: ['जोशीमठ'] },
  { id: 'e-chamoli', type: 'place', name: 'Chamoli', aliases: [] },
  { id: 'e-dehradun', type: 'place', name: 'Dehradun', aliases: ['देहरादून'] },
  { id: 'e-uttarakhand', type: 'place', name: 'Uttarakhand', aliases: [] },
  { id: 'e-pune', type: 'place', name: 'Pune', aliases: ['पुणे'] },
  { id: 'e-norway', type: 'place', name: 'Norway', aliases: ['नॉर्वे'] },
  { id: 'e-rathore', type: 'person', name: 'Ishaan Rathore', aliases: ['ईशान राठौर'] },
  { id: 'e-solbakken', type: 'person', name: 'Ingrid Solbakken', aliases: [] },
  { id: 'e-vadodara', type: 'place', name: 'Vadodara', aliases: [] },
  { id: 'e-nandesari', type: 'place', name: 'Nandesari', aliases: [] },
  { id: 'e-narmada', type: 'organization', name: 'Narmada Fine Chemicals', aliases: [] },
  { id: 'e-konoike', type: 'person', name: 'Taro Konoike', aliases: [] },
  { id: 'e-gaya', type: 'place', name: 'Gaya', aliases: ['गया'] },
  { id: 'e-kashmir', type: 'place', name: 'Kashmir', aliases: ['कश्मीर'] },
];

/** A resolution drawn from the pool: about two thirds of its entities. */
function draw(random: () => number): NamedEntity[] {
  return pool.filter(() => random() < 0.7);
}

/** The next resolution: one entity more or fewer, or one under another id or type, or without its aliases. */
function change(before: NamedEntity[], random: () => number): NamedEntity[] {
  const k = Math.floor(random() * before.length);
  const e = before[k] as NamedEntity;
  const r = random();
  const absent = pool.filter((p) => !before.some((b) => b.id === p.id));
  if (r < 0.25 && absent.length) return [...before, absent[Math.floor(random() * absent.length)] as NamedEntity];
  if (r < 0.5) return before.filter((_, i) => i !== k);
  const changed: NamedEntity = r < 0.65 ? { ...e, id: `${e.id}-2` } : r < 0.8 ? { ...e, type: e.type === 'person' ? 'place' : 'person' } : { ...e, aliases: [] };
  return before.map((b, i) => (i === k ? changed : b));
}

test('a text that looks up no changed key finds what it found before; one that does may not', () => {
  const lookups = finderLookups();
  const looked = texts.map((t) => lookups(t, 'hi') as Uint32Array);
  assert.ok(looked.every((l) => l.length > 100));
  let kept = 0;
  let touched = 0;
  let differed = 0;
  const random = mulberry32(7);
  for (let round = 0; round < 60; round++) {
    const before = draw(random);
    const after = change(before, random);
    const changed = changedLookups(finderMaps(before), finderMaps(after));
    const findBefore = createPropagator(before);
    const findAfter = createPropagator(after);
    texts.forEach((text, k) => {
      const doc = { doc: `d${k}`, lang: 'hi', text, entities: [], mentions: [] };
      const a = findBefore(doc);
      const b = findAfter(doc);
      if (!touches(looked[k] as Uint32Array, changed)) {
        kept++;
        assert.deepEqual(b, a, `round ${round}, text ${k}: no changed key looked up, the same names found`);
      } else {
        touched++;
        if (JSON.stringify(a) !== JSON.stringify(b)) differed++;
      }
    });
  }
  assert.ok(kept > 20 && touched > 20, `both cases drawn (${kept} kept, ${touched} touched)`);
  assert.ok(differed > 10, `the changes drawn do change what is found (${differed} times)`);
});

test('the same names give no changed key; a name, an id or a type that changes gives its keys', () => {
  const maps = (e: NamedEntity[]): ReturnType<typeof finderMaps> => finderMaps(e);
  assert.equal(changedLookups(maps(pool), maps([...pool].reverse())).length, 0, 'order does not matter');
  const rathore = pool.find((e) => e.id === 'e-rathore') as NamedEntity;
  const others = pool.filter((e) => e !== rathore);
  const text = texts[1] as string;
  const looked = finderLookups()(text, 'hi') as Uint32Array;
  for (const [label, after] of [
    ['left out', others],
    ['another id', [...others, { ...rathore, id: 'e-rathore-2' }]],
    ['no longer a person', [...others, { ...rathore, type: 'organization' as const }]],
  ] as const) {
    const changed = changedLookups(maps(pool), maps([...after]));
    assert.ok(changed.length > 0, `${label}: keys changed`);
    assert.ok(touches(looked, changed), `${label}: the text that names him looks one of them up`);
    assert.ok(!touches(finderLookups()(texts[0] as string, 'hi') as Uint32Array, changed), `${label}: a text that does not name him does not`);
  }
  assert.equal(finderLookups()('Ishaan Rathore spoke.', 'en'), null, 'a cased text is not looked up');
});

test('each kind of key a run is looked up by is among a text\'s lookups', () => {
  const cases: { label: string; text: string; before: NamedEntity[]; after: NamedEntity[] }[] = [
    // Found by its transliteration alone (the surname's skeleton is too short to be a key).
    { label: 'transliteration', text: 'कल बताया गया कि कोनोइके अगले सप्ताह आएंगे।', before: [{ id: 'e-k', type: 'person', name: 'Taro Konoike', aliases: [] }], after: [{ id: 'e-k-2', type: 'person', name: 'Taro Konoike', aliases: [] }] },
    // Found by its skeleton (`panjabi` ~ `Punjab`) unless the place's own Hindi name is the adjective's base.
    { label: 'adjective base', text: 'कल एक पंजाबी गायक ने दिल्ली में गाया।', before: [{ id: 'e-p', type: 'place', name: 'Punjab', aliases: ['पंजाब'] }], after: [{ id: 'e-p', type: 'place', name: 'Punjab', aliases: [] }] },
    { label: 'surface form', text: 'कल जोशीमठ में बारिश हुई।', before: [], after: [{ id: 'e-j', type: 'place', name: 'Joshimath', aliases: ['जोशीमठ'] }] },
  ];
  for (const { label, text, before, after } of cases) {
    const doc = { doc: 'd', lang: 'hi', text, entities: [], mentions: [] };
    assert.notDeepEqual(createPropagator(after)(doc), createPropagator(before)(doc), `${label}: the change changes what is found`);
    assert.ok(touches(finderLookups()(text, 'hi') as Uint32Array, changedLookups(finderMaps(before), finderMaps(after))), `${label}: so the text looks a changed key up`);
  }
});
