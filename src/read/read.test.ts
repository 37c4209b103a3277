import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeBytes, firstInvalidUtf8, parseDateHeader, readInputs } from './read.js';
import type { ReadResult } from './read.js';

async function collect(paths: string[], maxBytes?: number): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, maxBytes === undefined ? {} : { maxBytes })) out.push(r);
  return out;
}

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-read-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a .txt file with a date header on the same line as the text', async () => {
  await withDir(async (dir) => {
    const raw = ' date 2031-03-04 Port Elan [Veloria], March 4 : The council met.\n';
    await writeFile(join(dir, 'a.txt'), raw);
    assert.deepEqual(await collect([join(dir, 'a.txt')]), [
      {
        ok: true,
        doc: { source: join(dir, 'a.txt'), format: 'text', raw, declared: { published: '2031-03-04' } },
      },
    ]);
  });
});

test('a folder is walked recursively in sorted order, hidden entries skipped, sources joined', async () => {
  await withDir(async (dir) => {
    await mkdir(join(dir, 'sub'));
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, 'b.txt'), 'Second text.');
    await writeFile(join(dir, 'a.html'), '<p>First</p>');
    await writeFile(join(dir, 'sub', 'c.txt.gz'), gzipSync(Buffer.from('Gzipped text.')));
    await writeFile(join(dir, '.hidden.txt'), 'secret');
    await writeFile(join(dir, '.git', 'x.txt'), 'secret');
    await writeFile(join(dir, 'z.pdf'), '%PDF-1.4');
    const results = await collect([dir + '/']);
    assert.deepEqual(results, [
      { ok: true, doc: { source: `${dir}/a.html`, format: 'html', raw: '<p>First</p>', declared: {} } },
      { ok: true, doc: { source: `${dir}/b.txt`, format: 'text', raw: 'Second text.', declared: {} } },
      { ok: true, doc: { source: `${dir}/sub/c.txt.gz`, format: 'text', raw: 'Gzipped text.', declared: {} } },
      {
        ok: false,
        source: `${dir}/z.pdf`,
        reason: 'unsupported format .pdf (expected .txt, .html, .htm, .jsonl, .warc, .rss, .atom, .xml or .json feeds, optionally .gz)',
      },
    ]);
  });
});

test('.htm and .html.gz are html', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'a.htm'), '<p>x</p>');
    await writeFile(join(dir, 'b.html.gz'), gzipSync(Buffer.from('<p>y</p>')));
    const results = await collect([dir]);
    assert.deepEqual(
      results.map((r) => (r.ok ? [r.doc.source, r.doc.format, r.doc.raw] : r.reason)),
      [
        [`${dir}/a.htm`, 'html', '<p>x</p>'],
        [`${dir}/b.html.gz`, 'html', '<p>y</p>'],
      ],
    );
  });
});

test('JSONL: one document per line, blank lines ignored, bad lines reported by line number', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'feed.jsonl');
    const lines = [
      JSON.stringify({ text: 'Alpha text.', title: 'Alpha', url: 'https://example.org/a', published: '2031-01-02', lang: 'en' }),
      '',
      '{"text": broken',
      JSON.stringify({ html: '<p>Beta</p>' }),
      JSON.stringify({ title: 'No body' }),
      '[1, 2]',
    ];
    await writeFile(file, lines.join('\n') + '\n');
    assert.deepEqual(await collect([file]), [
      {
        ok: true,
        doc: {
          source: `${file}#1`,
          format: 'text',
          raw: 'Alpha text.',
          declared: { title: 'Alpha', url: 'https://example.org/a', published: '2031-01-02', lang: 'en' },
        },
      },
      { ok: false, source: `${file}#3`, reason: 'invalid JSON on line 3' },
      { ok: true, doc: { source: `${file}#4`, format: 'html', raw: '<p>Beta</p>', declared: {} } },
      { ok: false, source: `${file}#5`, reason: 'line 5 has neither "text" nor "html" (a non-empty string is needed)' },
      { ok: false, source: `${file}#6`, reason: 'line 6 is not a JSON object' },
    ]);
  });
});

test('JSONL gzipped', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'feed.jsonl.gz');
    await writeFile(file, gzipSync(Buffer.from(JSON.stringify({ text: 'Gamma.' }) + '\n')));
    assert.deepEqual(await collect([file]), [
      { ok: true, doc: { source: `${file}#1`, format: 'text', raw: 'Gamma.', declared: {} } },
    ]);
  });
});

test('bad inputs yield reasons and the walk goes on', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'a-empty.txt'), '');
    await writeFile(join(dir, 'b-blank.txt'), ' \n\n ');
    await writeFile(join(dir, 'c-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    await writeFile(join(dir, 'd-latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f]));
    await writeFile(join(dir, 'e-corrupt.txt.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]));
    await writeFile(join(dir, 'f-big.txt'), 'x'.repeat(2048));
    await writeFile(join(dir, 'g-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Bom text.')]));
    await writeFile(join(dir, 'h-controls.txt'), Buffer.from('\u0001\u0002\u0003\u0004ab'));
    await writeFile(join(dir, 'i-empty.jsonl'), '\n\n');
    const results = await collect([dir, join(dir, 'missing.txt')], 1024);
    assert.deepEqual(results, [
      { ok: false, source: `${dir}/a-empty.txt`, reason: 'empty file' },
      { ok: false, source: `${dir}/b-blank.txt`, reason: 'empty file (whitespace only)' },
      { ok: false, source: `${dir}/c-binary.txt`, reason: 'binary file, not text' },
      { ok: true, doc: { source: `${dir}/d-latin1.txt`, format: 'text', raw: 'café o', declared: {} } },
      { ok: false, source: `${dir}/e-corrupt.txt.gz`, reason: 'corrupt gzip: unexpected end of file' },
      { ok: false, source: `${dir}/f-big.txt`, reason: 'file too large (0.0 MB > 0.0 MB limit; use --max-bytes)' },
      { ok: true, doc: { source: `${dir}/g-bom.txt`, format: 'text', raw: 'Bom text.', declared: {} } },
      { ok: false, source: `${dir}/h-controls.txt`, reason: 'binary file, not text' },
      { ok: false, source: `${dir}/i-empty.jsonl`, reason: 'empty file (whitespace only)' },
      { ok: false, source: join(dir, 'missing.txt'), reason: 'no such file or directory' },
    ]);
  });
});

test('too-large message in MB, and the size is checked before reading', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'big.txt');
    await writeFile(file, Buffer.alloc(3 * 1024 * 1024, 0x61));
    assert.deepEqual(await collect([file], 1024 * 1024), [
      { ok: false, source: file, reason: 'file too large (3.0 MB > 1.0 MB limit; use --max-bytes)' },
    ]);
  });
});

test('a gzip that inflates beyond the limit is refused', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'bomb.txt.gz');
    await writeFile(file, gzipSync(Buffer.alloc(4096, 0x61)));
    assert.deepEqual(await collect([file], 1024), [
      { ok: false, source: file, reason: 'decompressed content too large (> 0.0 MB limit; use --max-bytes)' },
    ]);
  });
});

test('an unreadable file says permission denied', async (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root: permissions are not enforced');
    return;
  }
  await withDir(async (dir) => {
    const file = join(dir, 'locked.txt');
    await writeFile(file, 'Locked text.');
    await chmod(file, 0o000);
    assert.deepEqual(await collect([file]), [{ ok: false, source: file, reason: 'cannot read: permission denied' }]);
    await chmod(file, 0o600);
  });
});

test('parseDateHeader: only at the very start, with a valid date', () => {
  assert.deepEqual(parseDateHeader('date 2031-03-04\nText'), { date: '2031-03-04', start: 0, end: 15 });
  assert.deepEqual(parseDateHeader('  date 2031-03-04 Text'), { date: '2031-03-04', start: 2, end: 17 });
  assert.equal(parseDateHeader('Text date 2031-03-04'), null);
  assert.equal(parseDateHeader('date 2031-13-04 Text'), null);
  assert.equal(parseDateHeader('date 2031-03-045'), null);
  assert.equal(parseDateHeader('dated 2031-03-04'), null);
});

test('decodeBytes and firstInvalidUtf8', () => {
  assert.deepEqual(decodeBytes(new TextEncoder().encode('\uFEFFनमस्ते')), { text: 'नमस्ते', charset: 'utf-8', via: 'bom' });
  assert.deepEqual(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x61, 0x00])), { text: 'a', charset: 'utf-16le', via: 'bom' });
  assert.equal(firstInvalidUtf8(new TextEncoder().encode('ok ✓')), 6);
  assert.equal(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80])), 0);
  assert.equal(firstInvalidUtf8(Uint8Array.from([0x41, 0xe2, 0x9c])), 1);
});
