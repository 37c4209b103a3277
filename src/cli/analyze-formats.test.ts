import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { main } from './main.js';
import type { Io } from './io.js';
import type { ExportJson } from '../store/export.js';

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false, stdout: () => out, stderr: () => err };
}

// A made-up report.
const TEXT =
  'PORT ELAN, March 30: The city council of Port Elan on Tuesday approved a plan to repair the old river bridge. ' +
  'Mayor Ines Dalca said work would begin in May and cost four million crowns. Residents have complained about traffic on the bridge for years, ' +
  'and the council said a ferry would run while the bridge is closed.';

function warcRecord(uri: string, date: string, html: string): Buffer {
  const block = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: ${date}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

test('analyze a WARC.gz cut short and an RSS feed: documents stored with their url, the cut reported, the run goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-formats-'));
  try {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const page = `<html><head><title>Bridge plan approved</title></head><body><article><h1>Bridge plan approved</h1><p>${TEXT}</p></article></body></html>`;
    const whole = gzipSync(warcRecord('https://news.example/bridge', '2031-04-01T10:00:01Z', page));
    const cut = gzipSync(warcRecord('https://news.example/other', '2031-04-01T10:00:02Z', page.replace('Bridge', 'Ferry')));
    writeFileSync(join(inputs, 'crawl.warc.gz'), Buffer.concat([whole, cut.subarray(0, 30)]));
    writeFileSync(join(inputs, 'herald.rss'),
      `<rss><channel><item><title>Ferry runs during works</title><link>https://herald.example/ferry</link><pubDate>Wed, 02 Apr 2031 09:00:00 GMT</pubDate>` +
      `<description><![CDATA[<p>${TEXT.replace('approved a plan', 'confirmed a plan')}</p>]]></description>` +
      `<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>${TEXT.replace('approved', 'confirmed')}</p>]]></content:encoded></item></channel></rss>`);
    const store = join(dir, 'x.db');
    const io = capture();
    assert.equal(await main(['analyze', inputs, '--store', store, '--no-timeline', '--jobs', '1'], io), 0, io.stderr());
    assert.equal(io.stderr().split('\n').filter((l) => l.startsWith('skipped')).length, 1, io.stderr());
    assert.match(io.stderr(), /skipped .*crawl\.warc\.gz: truncated gzip \(unexpected end of file\) after decompressed byte \d+/);
    const exp = capture();
    assert.equal(await main(['export', '--store', store, '--format', 'json'], exp), 0);
    const docs = (JSON.parse(exp.stdout()) as ExportJson).documents.map((d) => [d.url, d.fetched, d.published?.slice(0, 10) ?? null]);
    assert.deepEqual(docs.sort(), [
      ['https://herald.example/ferry', null, '2031-04-02'],
      ['https://news.example/bridge', '2031-04-01T10:00:01Z', null],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
