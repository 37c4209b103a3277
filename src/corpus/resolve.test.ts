import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDoc } from '../pipeline/doc.js';
import type { EntityMention, EntityType, LocalEntity } from '../pipeline/types.js';
import { createClusters, resolveEntities, titleCaseCaps, type DocEntities } from './resolve.js';
import { createPropagator } from './find-again.js';

type Spec = { name: string; type: EntityType; forms: string[]; roles?: string[] };

/** A document with hand-made local entities; mentions are every listed form where it first occurs. */
function docOf(id: string, lang: string, text: string, specs: Spec[]): DocEntities {
  const doc = testDoc(text, { lang, id });
  const entities: LocalEntity[] = specs.map((s) => ({ name: s.name, type: s.type, aliases: s.forms, roles: s.roles ?? [] }));
  const mentions: EntityMention[] = specs.flatMap((s, entity) =>
    s.forms.map((f) => {
      const start = text.indexOf(f);
      assert.ok(start >= 0, `${f} in ${id}`);
      return { start, end: start + f.length, text: f, type: s.type, entity, source: 'test', rule: 'test' };
    }),
  );
  return { doc: doc.id, lang: doc.lang, text: doc.text, entities, mentions };
}

const corpus: DocEntities[] = [
  docOf('a', 'en', 'Defence Minister Arjun Mehra met Hiroto Tanabe in Kolvara. Tanabe thanked the Defence Ministry.', [
    { name: 'Arjun Mehra', type: 'person', forms: ['Arjun Mehra'], roles: ['Defence Minister'] },
    { name: 'Hiroto Tanabe', type: 'person', forms: ['Hiroto Tanabe', 'Tanabe'] },
    { name: 'Kolvara', type: 'place', forms: ['Kolvara'] },
    { name: 'Defence Ministry', type: 'organization', forms: ['Defence Ministry'] },
  ]),
  docOf('b', 'en', 'Sunita Mehra and Kenji lshida spoke. Kenji Ishida left for Kolvara.', [
    { name: 'Sunita Mehra', type: 'person', forms: ['Sunita Mehra'] },
    { name: 'Kenji lshida', type: 'person', forms: ['Kenji lshida', 'Kenji Ishida'] },
    { name: 'Kolvara', type: 'place', forms: ['Kolvara'] },
  ]),
  docOf('c', 'hi', 'तानाबे ने अर्जुन मेहरा से रक्षा मंत्रालय में कहा कि कोलवारा शांत है।', [
    { name: 'तानाबे', type: 'person', forms: ['तानाबे'] },
    { name: 'अर्जुन मेहरा', type: 'person', forms: ['अर्जुन मेहरा'] },
    { name: 'रक्षा मंत्रालय', type: 'organization', forms: ['रक्षा मंत्रालय'] },
  ]),
  docOf('d', 'en', 'Mehra spoke in Tanabe, a port town.', [
    { name: 'Mehra', type: 'person', forms: ['Mehra'] },
    { name: 'Tanabe', type: 'place', forms: ['Tanabe'] },
  ]),
];

const view = (r: ReturnType<typeof resolveEntities>) =>
  r.entities.map((e) => ({ name: e.name, type: e.type, docs: e.members.map((m) => `${m.doc.slice(0, 1)}#${m.entity}`) }));

test('cross-script, surname, OCR and ministry merges; no over-merge', () => {
  // Documents get their ids from testDoc overrides: 'a', 'b', 'c', 'd'.
  const r = resolveEntities(corpus);
  assert.deepEqual(view(r), [
    { name: 'Arjun Mehra', type: 'person', docs: ['a#0', 'c#1'] },
    { name: 'Hiroto Tanabe', type: 'person', docs: ['a#1', 'c#0'] },
    { name: 'Kolvara', type: 'place', docs: ['a#2', 'b#2'] },
    { name: 'Defence Ministry', type: 'organization', docs: ['a#3', 'c#2'] },
    { name: 'Sunita Mehra', type: 'person', docs: ['b#0'] },
    { name: 'Kenji Ishida', type: 'person', docs: ['b#1'] },
    // `Mehra` alone is ambiguous (Arjun or Sunita): it stays apart. The town Tanabe is no person.
    { name: 'Mehra', type: 'person', docs: ['d#0'] },
    { name: 'Tanabe', type: 'place', docs: ['d#1'] },
  ]);
  const arjun = r.entities[0];
  assert.deepEqual(arjun?.aliases, ['अर्जुन मेहरा']);
  assert.deepEqual(arjun?.roles, ['Defence Minister']);
  for (const e of r.entities) assert.match(e.id, /^e-[0-9a-f]{12}$/);
  assert.equal(new Set(r.entities.map((e) => e.id)).size, r.entities.length);
});

test('names are found again in the caseless Hindi text, postpositions outside', () => {
  const r = resolveEntities(corpus);
  const kolvara = r.entities.find((e) => e.name === 'Kolvara');
  assert.deepEqual(r.added, [{ doc: 'c', start: 52, end: 59, text: 'कोलवारा', entity: kolvara?.id }]);
});

test('ids are stable across runs and input order does not change membership', () => {
  const a = resolveEntities(corpus);
  const b = resolveEntities([...corpus].reverse());
  assert.deepEqual(
    a.entities.map((e) => e.id).sort(),
    b.entities.map((e) => e.id).sort(),
  );
});

test('two different full names never merge, even through a shared surname form', () => {
  const r = resolveEntities([
    docOf('x', 'en', 'Shinzo Abe met Narendra Modi. Abe and Modi talked.', [
      { name: 'Shinzo Abe', type: 'person', forms: ['Shinzo Abe', 'Abe'] },
      { name: 'Narendra Modi', type: 'person', forms: ['Narendra Modi', 'Modi'] },
    ]),
    docOf('y', 'en', 'Narendra Abe spoke.', [{ name: 'Narendra Abe', type: 'person', forms: ['Narendra Abe'] }]),
  ]);
  assert.deepEqual(view(r), [
    { name: 'Shinzo Abe', type: 'person', docs: ['x#0'] },
    { name: 'Narendra Modi', type: 'person', docs: ['x#1'] },
    { name: 'Narendra Abe', type: 'person', docs: ['y#0'] },
  ]);
  assert.deepEqual(r.added, []);
});

test('full person names merge across scripts word by word, never through the surname alone', () => {
  const r = resolveEntities([
    docOf('p', 'en', 'Tarun Solanki met Leena Solvik. Solanki and Varun Solanki spoke.', [
      { name: 'Tarun Solanki', type: 'person', forms: ['Tarun Solanki', 'Solanki'] },
      { name: 'Leena Solvik', type: 'person', forms: ['Leena Solvik'] },
      { name: 'Varun Solanki', type: 'person', forms: ['Varun Solanki'] },
    ]),
    docOf('q', 'hi', 'तरुण सोलंकी और लीना सोलविक मिले। सोलंकी ने कहा।', [
      { name: 'तरुण सोलंकी', type: 'person', forms: ['तरुण सोलंकी', 'सोलंकी'] },
      { name: 'लीना सोलविक', type: 'person', forms: ['लीना सोलविक'] },
    ]),
    // Same surname, another first name: stays apart.
    docOf('s', 'hi', 'अरुण सोलंकी ने कहा।', [{ name: 'अरुण सोलंकी', type: 'person', forms: ['अरुण सोलंकी'] }]),
  ]);
  assert.deepEqual(view(r), [
    { name: 'Tarun Solanki', type: 'person', docs: ['p#0', 'q#0'] },
    { name: 'Leena Solvik', type: 'person', docs: ['p#1', 'q#1'] },
    { name: 'Varun Solanki', type: 'person', docs: ['p#2'] },
    { name: 'अरुण सोलंकी', type: 'person', docs: ['s#0'] },
  ]);
});

test('Latin spelling variants of a full name do not merge through the phonetic key', () => {
  const r = resolveEntities([
    docOf('u', 'en', 'Meena Rawal spoke.', [{ name: 'Meena Rawal', type: 'person', forms: ['Meena Rawal'] }]),
    docOf('v', 'en', 'Mina Rawal spoke.', [{ name: 'Mina Rawal', type: 'person', forms: ['Mina Rawal'] }]),
  ]);
  assert.equal(r.entities.length, 2);
});

test('canonical names prefer mixed case over a capitals-only dateline, and title-case capitals alone', () => {
  const r = resolveEntities([
    docOf('g', 'en', 'KORVANA, May 2: rain in Korvana.', [{ name: 'Korvana', type: 'place', forms: ['KORVANA', 'Korvana'] }]),
    docOf('h', 'en', 'NEW MARVEL, May 2: rain. Also VELTRO.', [
      { name: 'NEW MARVEL', type: 'place', forms: ['NEW MARVEL'] },
      { name: 'VELTRO', type: 'organization', forms: ['VELTRO'] },
    ]),
  ]);
  assert.deepEqual(r.entities.map((e) => [e.name, e.aliases]), [
    ['Korvana', ['KORVANA']],
    ['New Marvel', ['NEW MARVEL']],
    ['VELTRO', []],
  ]);
});

test('titleCaseCaps keeps acronyms and small words', () => {
  assert.equal(titleCaseCaps('NEW MARVEL'), 'New Marvel');
  assert.equal(titleCaseCaps('ISLE OF KORVA'), 'Isle of Korva');
  assert.equal(titleCaseCaps('UAE'), 'UAE');
  assert.equal(titleCaseCaps('NCR REGION'), 'NCR Region');
});

test('a one-word name that is also an ordinary Hindi word is not found again as that word', () => {
  const r = resolveEntities([
    docOf('p', 'hi', 'तीर्थयात्री गया और कोलवारा पहुंचे।', [
      { name: 'गया', type: 'place', forms: ['गया'] },
      { name: 'कोलवारा', type: 'place', forms: ['कोलवारा'] },
    ]),
    docOf('q', 'hi', 'वह कल कोलवारा गया था। सुविधाओं की कमी है।', []),
    docOf('r', 'en', 'Officials in Sweden said so.', [{ name: 'Sweden', type: 'place', forms: ['Sweden'] }]),
  ]);
  assert.deepEqual(
    r.added.map((m) => [m.doc.slice(0, 1), m.text]),
    [['q', 'कोलवारा']],
  );
});

test('a place or body is not found again as the modifier of a longer Hindi name; a person is', () => {
  const r = resolveEntities([
    docOf('p', 'hi', 'कोलवारा में रवि तेनाक ने कहा।', [
      { name: 'कोलवारा', type: 'place', forms: ['कोलवारा'] },
      { name: 'रवि तेनाक', type: 'person', forms: ['रवि तेनाक'] },
    ]),
    // A scheme and a government named by the place, a committee named after the person, then the place itself.
    docOf('q', 'hi', 'स्वच्छ कोलवारा अभियान और कोलवारा सरकार। रवि तेनाक समिति बनी। लोग कोलवारा पहुंचे।', []),
  ]);
  assert.deepEqual(
    r.added.map((m) => [m.doc, m.text]),
    [
      ['q', 'रवि तेनाक'],
      ['q', 'कोलवारा'],
    ],
  );
});

test('a Hindi adjective formed from a place name is not found again as the place', () => {
  const r = resolveEntities([
    docOf('e', 'en', 'Rain fell in Telvar.', [{ name: 'Telvar', type: 'place', forms: ['Telvar'] }]),
    docOf('p', 'hi', 'लोग तेलवार पहुंचे।', [{ name: 'तेलवार', type: 'place', forms: ['तेलवार'] }]),
    // The adjectives would match `Telvar` by their spelling skeleton; the place itself is still found.
    docOf('q', 'hi', 'तेलवारी व्यंजन और तेलवारीय संस्कृति। फिर वे तेलवार गए।', []),
  ]);
  assert.deepEqual(
    r.added.map((m) => [m.doc, m.text]),
    [['q', 'तेलवार']],
  );
});

test('names found again: what a run of words resolves to is remembered, where it may be added is not', () => {
  const find = createPropagator([
    { id: 'e-k', type: 'place', name: 'Kolvara', aliases: ['कोलवारा'] },
    { id: 'e-r', type: 'person', name: 'Ravi Tenak', aliases: ['रवि तेनाक'] },
  ]);
  const run = (doc: string, text: string, mentions: { start: number; end: number; entity: number }[] = []) =>
    find({ doc, lang: 'hi', text, entities: [], mentions }).map((m) => [m.doc, m.text, m.start, m.entity]);
  const plain = 'लोग कोलवारा पहुंचे।';
  const at = plain.indexOf('कोलवारा');
  // The same runs in four texts: before a head noun, free, already a mention, free again (and in NFD).
  assert.deepEqual(run('a', 'कोलवारा सरकार ने कहा।'), []);
  assert.deepEqual(run('b', plain), [['b', 'कोलवारा', at, 'e-k']]);
  assert.deepEqual(run('c', plain, [{ start: at, end: at + 'कोलवारा'.length, entity: 0 }]), []);
  assert.deepEqual(run('d', plain), [['d', 'कोलवारा', at, 'e-k']]);
  assert.deepEqual(run('e', `${plain} रवि तेनाक आए।`.normalize('NFD')).map((m) => m[1]), ['कोलवारा', 'रवि तेनाक'].map((s) => s.normalize('NFD')));
  assert.deepEqual(run('f', 'रवि तेनाक समिति बनी।').map((m) => m[3]), ['e-r']);
});

/** A resolution node for the union-find tests: a person when it has a full name, with the keys given. */
function nodeOf(name: string, keys: string[], options: { full?: boolean; type?: EntityType; latin?: boolean } = {}): Parameters<typeof createClusters>[0][number] {
  const type = options.type ?? 'person';
  const full = options.full ?? false;
  return {
    doc: name, entity: 0, lang: 'en', local: { name, type, aliases: [name], roles: [] }, weight: 1, keys, skeletons: [],
    full, phonetic: null, consonants: null, latin: options.latin ?? true, fullName: full ? name.toLowerCase() : null,
  };
}

test('clusters: a lone full name taken into a larger cluster still refuses another full name', () => {
  const nodes = [
    nodeOf('Rao', ['rao']),
    nodeOf('Rao', ['rao']),
    nodeOf('Asha Rao', ['asha rao'], { full: true }),
    nodeOf('Meera Rao', ['meera rao'], { full: true }),
    nodeOf('A. Rao', ['asha rao'], { full: true }),
  ];
  const uf = createClusters(nodes);
  assert.equal(uf.hasFullName(0), false);
  assert.ok(uf.union(0, 1));
  // The cluster of two bare surnames is the larger: the lone full name joins it, and brings its name.
  assert.ok(uf.union(0, 2));
  assert.equal(uf.find(2), uf.find(0));
  assert.ok(uf.hasFullName(1));
  assert.equal(uf.union(3, 1), false, 'Meera Rao shares no key with Asha Rao');
  // Another full name that shares a key with Asha Rao is welcome.
  assert.ok(uf.union(4, 0));
  assert.deepEqual([...uf.members(3)], [3]);
  assert.deepEqual([...uf.members(0)].sort(), [0, 1, 2, 4]);
  assert.deepEqual(uf.roots().length, 2);
});

test('clusters: persons never join other types, and the majority type and Latin script follow the members', () => {
  const nodes = [
    nodeOf('Kolvara', ['kolvara'], { type: 'place', latin: false }),
    nodeOf('Kolvara', ['kolvara'], { type: 'organization', latin: false }),
    nodeOf('Kolvara', ['kolvara'], { type: 'organization', latin: true }),
    nodeOf('Kolvara', ['kolvara'], { type: 'person' }),
  ];
  const uf = createClusters(nodes);
  assert.equal(uf.type(0), 'place');
  assert.equal(uf.latin(0), false);
  assert.ok(uf.union(0, 1));
  assert.equal(uf.latin(1), false);
  assert.ok(uf.union(2, 0));
  assert.equal(uf.type(0), 'organization');
  assert.equal(uf.latin(0), true);
  assert.equal(uf.union(3, 0), false);
  assert.equal(uf.type(3), 'person');
});
