import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shippedLoader } from './shipped.js';

test('a shipped file is parsed once per process; an absent one gives the stand-in', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-shipped-'));
  try {
    const path = join(dir, 'words.txt');
    writeFileSync(path, 'a\nb\n');
    let parses = 0;
    const load = shippedLoader((text) => (parses++, text.split('\n').filter(Boolean)), () => ['absent']);
    assert.deepEqual(load(pathToFileURL(path)), ['a', 'b']);
    writeFileSync(path, 'changed\n');
    assert.deepEqual(load(pathToFileURL(path)), ['a', 'b'], 'the first reading is kept');
    assert.equal(parses, 1);
    assert.deepEqual(load(pathToFileURL(join(dir, 'missing.txt'))), ['absent']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
