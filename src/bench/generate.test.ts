import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, mulberry32, personsFromGold, shiftDates, writeCorpus } from './generate.js';
import { EN_MONTHS } from './variants.js';

// Compiled to dist/bench/: the repository's examples/ folder is two levels up.
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const EXAMPLES_GOLD = fileURLToPath(new URL('../../test/examples.gold.json', import.meta.url));

/** A tiny invented examples folder: one English and one Hindi article plus an answer key. */
function miniExamples(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  writeFileSync(
    path.join(dir, 'a.txt'),
    'date 2025-11-10\nOslo fishing talks\n\nOSLO, November 10 : Fisheries Minister Tarun Vale met officials in Oslo on Monday. "We will share the quota," Vale said. They last met in June 2024.\n',
  );
  writeFileSync(path.join(dir, 'b.txt'), 'date 2025-11-11\nपुणे, 11 नवंबर : मंत्री तरुण वाले ने मंगलवार को पुणे में बैठक की। वाले ने कहा कि समझौता 2026 तक होगा।\n');
  writeFileSync(path.join(dir, 'notes.md'), 'not an article');
  writeFileSync(
    path.join(dir, 'gold.json'),
    JSON.stringify({ entities: [{ canonical: 'Tarun Vale', type: 'person', mentions: { a: ['Tarun Vale', 'Vale'], b: ['तरुण वाले', 'वाले'] } }] }),
  );
  return dir;
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

test('mulberry32 is deterministic for a seed and stays in [0, 1)', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const c = mulberry32(43);
  const seqA = Array.from({ length: 50 }, () => a());
  const seqB = Array.from({ length: 50 }, () => b());
  const seqC = Array.from({ length: 50 }, () => c());
  assert.deepEqual(seqA, seqB);
  assert.notDeepEqual(seqA, seqC);
  assert.ok(seqA.every((x) => x >= 0 && x < 1));
  assert.ok(new Set(seqA).size === 50);
});

test('shiftDates moves English day-month, month-year, bare month and year forms', () => {
  assert.equal(
    shiftDates('PUNE, March 3 : they met in March last year and again on March 3, 2026; target 2030.', '2026-03-03', 35),
    'PUNE, April 7 : they met in April last year and again on April 7, 2026; target 2030.',
  );
  assert.equal(shiftDates('The floods of June 2025 and the rain of 3 June 2025.', '2026-03-02', -70), 'The floods of March 2025 and the rain of 25 March 2025.');
  assert.equal(shiftDates('Posted On: 03 MAR 2026 7:40PM by PIB Mumbai', '2026-03-03', 7), 'Posted On: 10 MAR 2026 7:40PM by PIB Mumbai');
  assert.equal(shiftDates('Posted On: 29 DEC 2025 7:40PM', '2025-12-29', 7), 'Posted On: 05 JAN 2026 7:40PM');
  assert.equal(shiftDates('Trade crossed $2 billion in 2025.', '2026-03-03', 364), 'Trade crossed $2 billion in 2026.');
});

test('shiftDates moves Hindi dates and keeps their form', () => {
  assert.equal(
    shiftDates('पुणे, 3 मार्च : बैठक पिछले साल मार्च में हुई थी और लाइसेंस जनवरी में समाप्त हुआ। 05 मई, 2025 को', '2026-03-03', 28),
    'पुणे, 31 मार्च : बैठक पिछले साल मार्च में हुई थी और लाइसेंस जनवरी में समाप्त हुआ। 02 जून, 2025 को',
  );
  assert.equal(shiftDates('दिल्ली, 20 सितम्बर : 2024 में', '2025-09-20', 14), 'दिल्ली, 4 अक्टूबर : 2024 में');
});

test('shiftDates leaves numbers that are not dates alone (negative cases)', () => {
  const text = 'A delegation of 40 Norwegian companies, Rs 4 lakh each, 17 workers at 9 am. (Release ID: 2234567) Visitor Counter : 12. May we go? It was 31 February.';
  assert.equal(shiftDates(text, '2026-03-03', 70), text);
  assert.equal(shiftDates('No dates here.', '2026-03-03', 700), 'No dates here.');
  assert.throws(() => shiftDates('March 3', 'yesterday', 7), /not YYYY-MM-DD/);
});

test('personsFromGold splits canonical names and picks up Devanagari forms', () => {
  assert.deepEqual(
    personsFromGold({
      entities: [
        { canonical: 'Tarun Vale', type: 'person', mentions: { a: ['Tarun Vale', 'Vale'], b: ['वाले', 'तरुण वाले'] } },
        { canonical: 'Ada Mae Lin', type: 'person', mentions: { a: ['Lin'] } },
        { canonical: 'Oslo', type: 'place', mentions: { a: ['Oslo'] } },
        { canonical: 'Cher', type: 'person', mentions: { a: ['Cher'] } },
      ],
    }),
    [
      { given: { en: 'Tarun', hi: 'तरुण' }, surname: { en: 'Vale', hi: 'वाले' } },
      { given: { en: 'Ada Mae' }, surname: { en: 'Lin' } },
    ],
  );
  assert.deepEqual(personsFromGold(null), []);
  assert.deepEqual(personsFromGold({ entities: 'nope' }), []);
});

test('generateCorpus on a small invented folder: count, header, names, substitutions', (t) => {
  const dir = miniExamples();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = generateCorpus(dir, 6, 5, path.join(dir, 'gold.json'));
  assert.equal(files.length, 6);
  assert.deepEqual(
    files.map((f) => f.name),
    ['bench-00001-a.txt', 'bench-00002-b.txt', 'bench-00003-a.txt', 'bench-00004-b.txt', 'bench-00005-a.txt', 'bench-00006-b.txt'],
  );
  for (const file of files) {
    assert.match(file.content, /^date \d{4}-\d{2}-\d{2}\n/);
    for (const original of ['Tarun', 'Vale', 'Oslo', 'OSLO', 'तरुण', 'वाले', 'पुणे']) {
      assert.ok(!file.content.includes(original), `${file.name} still contains ${original}`);
    }
  }
  const english = files[0]?.content ?? '';
  // The quote's speaker is renamed consistently: the full name and the later surname-only mention.
  const full = /Fisheries Minister (\p{L}+) (\p{L}+) met officials in (\p{L}+(?: \p{L}+)?) on Monday/u.exec(english);
  assert.ok(full, english);
  assert.ok(english.includes(`," ${full[2]} said.`), english);
  assert.ok(english.includes(`${(full[3] ?? '').toUpperCase()}, `), english);
  // The Hindi variant got Devanagari names, not Latin ones.
  const hindi = files[1]?.content ?? '';
  assert.match(hindi, /मंत्री \p{Script=Devanagari}+ \p{Script=Devanagari}+ ने मंगलवार को/u);
  assert.doesNotMatch(hindi.split('\n')[1] ?? '', /[A-Za-z]/);
  assert.deepEqual(generateCorpus(dir, 0, 5), []);
});

test('generateCorpus keeps dates consistent with the header and weekdays true', (t) => {
  const dir = miniExamples();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of generateCorpus(dir, 40, 11, path.join(dir, 'gold.json')).filter((f) => f.name.endsWith('-a.txt'))) {
    const header = /^date (\d{4})-(\d{2})-(\d{2})\n/.exec(file.content);
    assert.ok(header);
    const [, y, m, d] = header.map(Number);
    const dateline = /, (\p{L}+) (\d+) : /u.exec(file.content);
    assert.equal(dateline?.[1], EN_MONTHS[(m ?? 0) - 1]);
    assert.equal(Number(dateline?.[2]), d);
    // 2025-11-10 was a Monday; a whole number of weeks later it still is.
    assert.equal(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d)).getUTCDay(), 1);
  }
});

test('generateCorpus is deterministic for a seed and differs across seeds', (t) => {
  if (!existsSync(EXAMPLES)) {
    t.skip('examples/ absent');
    return;
  }
  const first = generateCorpus(EXAMPLES, 30, 7, EXAMPLES_GOLD);
  assert.deepEqual(generateCorpus(EXAMPLES, 30, 7, EXAMPLES_GOLD), first);
  const other = generateCorpus(EXAMPLES, 30, 8, EXAMPLES_GOLD);
  assert.deepEqual(other.map((f) => f.name), first.map((f) => f.name));
  assert.ok(other.every((f, i) => f.content !== first[i]?.content));
});

test('generateCorpus over examples/: every output distinct, renamed, with a header', (t) => {
  if (!existsSync(EXAMPLES)) {
    t.skip('examples/ absent');
    return;
  }
  const templates = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort();
  const files = generateCorpus(EXAMPLES, 500, 1, EXAMPLES_GOLD);
  assert.equal(files.length, 500);
  assert.equal(new Set(files.map((f) => sha(f.content))).size, 500);
  assert.equal(new Set(files.map((f) => f.name)).size, 500);
  assert.equal(files[templates.length]?.name, `bench-${String(templates.length + 1).padStart(5, '0')}-${templates[0]?.replace(/\.txt$/, '')}.txt`);

  const people = personsFromGold(JSON.parse(readFileSync(EXAMPLES_GOLD, 'utf8')));
  assert.ok(people.length >= 4);
  const originals = people.flatMap((p) => [p.surname.en, p.surname.hi].filter((s): s is string => s !== undefined));
  for (const file of files) {
    assert.match(file.content, /^date \d{4}-\d{2}-\d{2}\n/);
    for (const name of originals) assert.ok(!file.content.includes(name), `${file.name} still contains ${name}`);
    const template = readFileSync(path.join(EXAMPLES, file.name.replace(/^bench-\d+-/, '')), 'utf8');
    assert.ok(file.content.length > template.length * 0.9 && file.content.length < template.length * 1.1);
  }
});

test('writeCorpus writes every file and refuses paths', (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-out-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const target = path.join(dir, 'nested', 'corpus');
  const written = writeCorpus(target, [
    { name: 'x.txt', content: 'date 2026-01-05\nHello.' },
    { name: 'y.txt', content: 'date 2026-01-06\nनमस्ते।' },
  ]);
  assert.deepEqual(written, [path.join(target, 'x.txt'), path.join(target, 'y.txt')]);
  assert.equal(readFileSync(path.join(target, 'y.txt'), 'utf8'), 'date 2026-01-06\nनमस्ते।');
  assert.throws(() => writeCorpus(target, [{ name: '../escape.txt', content: '' }]), /not a plain file name/);
  assert.equal(existsSync(path.join(dir, 'nested', 'escape.txt')), false);
});

test('generateCorpus explains a folder without articles', (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-empty-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.throws(() => generateCorpus(dir, 3), /no \.txt files in .*point it at the examples\/ folder/);
  assert.throws(() => generateCorpus(dir, -1), /count must be a whole number/);
});
