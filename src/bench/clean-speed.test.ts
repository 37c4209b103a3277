import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cleanSpeed, cleanSpeedLines } from './clean-speed.js';

const page = (n: number): string =>
  `<html><head><title>Harbour story ${n}</title></head><body><nav><a href="/">Home</a></nav><article>${Array.from(
    { length: 6 },
    (_, i) => `<p>The council of Port Elan met for the ${i + 1}th time this year to discuss the harbour budget, story ${n}.</p>`,
  ).join('')}</article></body></html>`;

test('clean speed: both methods timed on the same pages, the limit honoured, absent sets skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-clean-speed-'));
  try {
    mkdirSync(join(dir, 'html'));
    for (let n = 0; n < 4; n++) writeFileSync(join(dir, 'html', `p${n}.html.gz`), gzipSync(page(n)));
    writeFileSync(join(dir, 'html', 'notes.txt'), 'not a page');
    const s = cleanSpeed(dir, { limit: 3, rounds: 2 });
    assert.ok(s);
    assert.equal(s.pages, 3);
    assert.equal(s.rounds, 2);
    assert.ok(s.dossier.pagesPerS > 0 && s.readability.pagesPerS > 0);
    assert.ok(Math.abs(s.dossier.pagesPerS * s.dossier.seconds - 6) < 1e-6);
    assert.match(cleanSpeedLines(dir, { limit: 2 }), /^html_pages_per_s\.dossier\t[\d.]+\t\(2 development pages.*\nhtml_pages_per_s\.readability\t[\d.]+\t/);
    assert.equal(cleanSpeed(join(dir, 'absent')), null);
    assert.match(cleanSpeedLines(join(dir, 'absent')), /^html_pages_per_s\tskipped: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
