import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
import type { Io } from './io.js';
import type { ExportJson } from '../store/export.js';
import { analyzeRaw } from '../pipeline/run.js';
import { createStages } from '../pipeline/stages.js';
import { openStore } from '../store/open.js';
import { spawnSync } from 'node:child_process';

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false, stdout: () => out, stderr: () => err };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-cli-'));
}

const ARTICLE = 'date 2026-03-03\nOSLO, March 3 : Trade Minister Anaya Rao on Tuesday held talks with Norway\'s Trade Minister Marta Lind in Oslo. ' +
  '"We agreed to double the trade in fish," Rao said after the meeting.\n\nThe two ministers also discussed shipping routes and port fees, officials said.';

test('--version and --help exit 0', async () => {
  const io = capture();
  assert.equal(await main(['--version'], io), 0);
  assert.match(io.stdout(), /^\d+\.\d+\.\d+\n$/);
  const help = capture();
  assert.equal(await main(['--help'], help), 0);
  assert.match(help.stdout(), /analyze/);
  assert.match(help.stdout(), /export/);
  assert.match(help.stdout(), /eval/);
  const sub = capture();
  assert.equal(await main(['analyze', '--help'], sub), 0);
  assert.match(sub.stdout(), /--store/);
});

test('usage errors exit 2 with a one-line message and a hint', async () => {
  const unknown = capture();
  assert.equal(await main(['frobnicate'], unknown), 2);
  assert.match(unknown.stderr(), /unknown command/);
  assert.match(unknown.stderr(), /--help/);
  const noStore = capture();
  assert.equal(await main(['export', '--store', '/no/such/store.db'], noStore), 2);
  assert.match(noStore.stderr(), /no store at \/no\/such\/store\.db \(run 'dossier analyze/);
  const badFormat = capture();
  assert.equal(await main(['export', '--format', 'xml'], badFormat), 2);
  const noGold = capture();
  assert.equal(await main(['eval'], noGold), 2);
  assert.match(noGold.stderr(), /--gold/);
});

test('bad inputs are reported by name, the run goes on, and a re-run is a no-op', async () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'good.txt'), ARTICLE);
  writeFileSync(join(inputs, 'empty.txt'), '');
  writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 12, 0]));
  // Latin-1 text is now detected and read; these bytes are no charset at all.
  writeFileSync(join(inputs, 'badutf8.txt'), Buffer.from([0x61, 0xc0, 0x80]));
  writeFileSync(join(inputs, 'nav.html'), '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>');
  closeSync(openSync(join(inputs, 'huge.txt'), 'w'));
  truncateSync(join(inputs, 'huge.txt'), 50 * 1024 * 1024);
  const store = join(dir, 'x.db');

  const io = capture();
  const code = await main(['analyze', inputs, '--store', store], io);
  assert.equal(code, 0, io.stderr());
  for (const name of ['empty.txt', 'binary.txt', 'badutf8.txt', 'nav.html', 'huge.txt']) {
    assert.match(io.stderr(), new RegExp(`skipped .*${name.replace('.', '\\.')}: \\S`), name);
  }
  assert.match(io.stdout(), /6 documents read \(1 new, 0 already stored\), 5 skipped, \d+ events? in /);

  const again = capture();
  assert.equal(await main(['analyze', join(inputs, 'good.txt'), '--store', store, '--no-timeline'], again), 0);
  assert.match(again.stdout(), /^1 document read \(0 new, 1 already stored\), 0 skipped/);

  const exp = capture();
  assert.equal(await main(['export', '--store', store, '--format', 'json'], exp), 0);
  const json = JSON.parse(exp.stdout()) as ExportJson;
  assert.equal(json.documents.length, 1);
  assert.equal(json.documents[0]?.source, join(inputs, 'good.txt'));
  assert.equal(json.documents[0]?.published, '2026-03-03');
  rmSync(dir, { recursive: true, force: true });
});

test('a run in which every input fails exits 1; a missing path is one of them', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  const io = capture();
  assert.equal(await main(['analyze', join(dir, 'empty.txt'), join(dir, 'missing.txt'), '--store', join(dir, 'x.db')], io), 1);
  assert.match(io.stderr(), /empty\.txt: empty file/);
  assert.match(io.stderr(), /skipped .*missing\.txt: no such file or directory/);
  assert.match(io.stdout(), /2 documents read \(0 new, 0 already stored\), 2 skipped/);
  rmSync(dir, { recursive: true, force: true });
});

test('every exported span is the text at its offsets', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  const store = join(dir, 'x.db');
  assert.equal(await main(['analyze', dir, '--store', store], capture()), 0);
  const io = capture();
  await main(['export', '--store', store], io);
  const json = JSON.parse(io.stdout()) as ExportJson;
  const body = new Map(json.documents.map((d) => [d.id, d.body]));
  const spans = [
    ...json.entities.flatMap((e) => e.mentions),
    ...json.quotes,
    ...json.timex,
    ...json.events.flatMap((e) => e.mentions),
  ];
  assert.ok(spans.length > 5, `only ${spans.length} spans`);
  for (const s of spans) assert.equal(body.get(s.doc)?.slice(s.start, s.end), s.text);
  const quote = json.quotes.find((q) => q.text.startsWith('We agreed'));
  const rao = json.entities.find((e) => e.id === quote?.speaker);
  assert.equal(rao?.name, 'Anaya Rao');
  rmSync(dir, { recursive: true, force: true });
});

test('a run interrupted after storing documents is completed by the next run', async () => {
  const dir = tempDir();
  const store = join(dir, 'x.db');
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  // Simulate a crash: a document reached the store, the corpus stages never ran.
  const raw = { source: 'b.txt', format: 'text' as const, raw: 'date 2026-03-05\nBERGEN, March 5 : Fisheries Minister Tove Berg opened a new port in Bergen on Thursday.', declared: { published: '2026-03-05' } };
  const analyzed = analyzeRaw(raw, createStages());
  assert.ok(analyzed.ok);
  const s = await openStore({ path: store });
  await s.putDocument(analyzed.doc);
  await s.close();

  assert.equal(await main(['analyze', join(dir, 'a.txt'), '--store', store, '--no-timeline'], capture()), 0);
  const io = capture();
  await main(['export', '--store', store], io);
  const json = JSON.parse(io.stdout()) as ExportJson;
  assert.equal(json.documents.length, 2);
  assert.ok(json.entities.some((e) => e.name === 'Tove Berg'), 'the interrupted document reached the corpus');
  rmSync(dir, { recursive: true, force: true });
});

test('output piped to a reader that stops early (export | head) ends quietly, without a stack trace', async () => {
  const dir = tempDir();
  try {
    const store = join(dir, 'd.db');
    assert.equal(await main(['analyze', 'examples', '--store', store, '--no-timeline', '--no-progress'], capture()), 0);
    const bin = new URL('../../bin/dossier.js', import.meta.url).pathname;
    // The export is larger than a pipe holds, so writes go on after `head` has gone.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" export --store "${store}" --format json | head -c 100 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
