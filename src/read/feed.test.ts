import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { feedDate, unescapeXml } from './feed.js';
import { readInputs } from './read.js';
import type { ReadResult } from './read.js';

// Feeds and articles made up for these tests.
const LONG = Array.from({ length: 40 }, (_, i) => `Sentence ${i} about the Port Elan harbour works.`).join(' ');

async function collect(paths: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths)) out.push(r);
  return out;
}

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-feed-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Port Elan Herald</title><language>en-gb</language>
<item><title>Harbour &amp; bridge works begin</title><link>https://herald.example/harbour</link>
<pubDate>Tue, 01 Apr 2031 10:00:00 +0200</pubDate><dc:creator>Ann Lee</dc:creator>
<description>Works begin.</description>
<content:encoded><![CDATA[<p>The harbour works began on Tuesday, the council said.</p><p>They will last a year.</p>]]></content:encoded></item>
<item><title>Ferry timetable</title><link>https://herald.example/ferry</link><description>New timetable.</description></item>
<item><title>Long description</title><guid>https://herald.example/long</guid><pubDate>Wed, 2 Apr 2031 08:30 GMT</pubDate><description>&lt;p&gt;${LONG}&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Veilleur</title>
<entry><title>Le pont rouvre</title><link rel="self" href="https://veilleur.example/self"/><link rel="alternate" href="https://veilleur.example/pont"/>
<published>2031-04-03T09:00:00+02:00</published><updated>2031-04-04T09:00:00+02:00</updated><author><name>Claire Roux</name></author>
<content type="html">&lt;p&gt;Le pont de Port Elan a rouvert mardi &amp;amp; sans incident.&lt;/p&gt;</content></entry>
<entry xml:lang="de"><title>Brücke</title><link href="https://veilleur.example/bruecke"/><updated>2031-04-05T09:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Die Brücke ist <b>offen</b>.</p></div></content></entry>
</feed>`;

const JSONFEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Varn Daily',
  language: 'en',
  authors: [{ name: 'Varn Daily desk' }],
  items: [
    { id: '1', url: 'https://varn.example/1', title: 'Storm closes port', date_published: '2031-04-06T07:00:00Z', content_html: '<p>A storm closed the port of Isle Varn.</p>', authors: [{ name: 'Tomas Reid' }] },
    { id: '2', url: 'https://varn.example/2', title: 'Port reopens', content_text: 'The port reopened on Friday.' },
    { id: '3', url: 'https://varn.example/3', summary: 'Short.' },
  ],
});

const brief = (r: ReadResult): unknown => (r.ok ? [r.doc.source.replace(/^.*\//, ''), r.doc.format, r.doc.declared] : [r.source.replace(/^.*\//, ''), r.reason]);

test('RSS: full-text items are documents with their metadata; summary-only items are one line', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'herald.rss'), RSS);
    const results = await collect([join(dir, 'herald.rss')]);
    assert.deepEqual(results.map(brief), [
      ['herald.rss#1', 'html', { title: 'Harbour & bridge works begin', url: 'https://herald.example/harbour', published: '2031-04-01T10:00:00+02:00', author: 'Ann Lee', lang: 'en-gb' }],
      ['herald.rss#3', 'html', { title: 'Long description', url: 'https://herald.example/long', published: '2031-04-02T08:30:00Z', lang: 'en-gb' }],
      ['herald.rss', '1 feed item has only a summary and a link (give the feed URL to have their pages fetched): https://herald.example/ferry'],
    ]);
    assert.ok(results[0]?.ok && results[0].doc.raw.includes('<article><p>The harbour works began'));
  });
});

test('Atom: alternate link, published before updated, entry language, escaped and inline XHTML content', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'veilleur.atom'), ATOM);
    const results = await collect([join(dir, 'veilleur.atom')]);
    assert.deepEqual(results.map(brief), [
      ['veilleur.atom#1', 'html', { title: 'Le pont rouvre', url: 'https://veilleur.example/pont', published: '2031-04-03T09:00:00+02:00', author: 'Claire Roux', lang: 'fr' }],
      ['veilleur.atom#2', 'html', { title: 'Brücke', url: 'https://veilleur.example/bruecke', published: '2031-04-05T09:00:00Z', lang: 'de' }],
    ]);
    assert.deepEqual(results.map((r) => r.ok && r.doc.raw.replace(/^.*<article>|<\/article>.*$/g, '')), [
      '<p>Le pont de Port Elan a rouvert mardi &amp; sans incident.</p>',
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Die Brücke ist <b>offen</b>.</p></div>',
    ]);
  });
});

test('JSON Feed: content_html and content_text, item or feed author and language', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'varn.json'), JSONFEED);
    await writeFile(join(dir, 'other.json'), '{"name": "not a feed"}');
    assert.deepEqual((await collect([join(dir, 'varn.json'), join(dir, 'other.json')])).map(brief), [
      ['varn.json#1', 'html', { title: 'Storm closes port', url: 'https://varn.example/1', published: '2031-04-06T07:00:00Z', author: 'Tomas Reid', lang: 'en' }],
      ['varn.json#2', 'text', { title: 'Port reopens', url: 'https://varn.example/2', author: 'Varn Daily desk', lang: 'en' }],
      ['varn.json', '1 feed item has only a summary and a link (give the feed URL to have their pages fetched): https://varn.example/3'],
      ['other.json', 'not a JSON Feed (no "version": "https://jsonfeed.org/version/…" and "items")'],
    ]);
  });
});

test('a feed in windows-1251 is decoded by its XML declaration', async () => {
  await withDir(async (dir) => {
    const body = 'Городской совет утвердил план ремонта моста.';
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><title>Мост</title><link>https://x.example/m</link><description>${body} ${LONG}</description></item></channel></rss>`;
    await writeFile(join(dir, 'ru.xml'), iconv.encode(xml, 'windows-1251'));
    const [r] = await collect([join(dir, 'ru.xml')]);
    assert.ok(r?.ok && r.doc.declared.title === 'Мост' && r.doc.raw.startsWith(body));
  });
});

test('bad feeds: an entity-expansion bomb, deep nesting, broken XML, no items, not a feed', async () => {
  await withDir(async (dir) => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    await writeFile(join(dir, 'a-bomb.rss'), `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${lol}]><rss><channel><item><title>&l9;</title></item></channel></rss>`);
    await writeFile(join(dir, 'b-deep.xml'), `<rss><channel><item><title>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</title></item></channel></rss>`);
    await writeFile(join(dir, 'c-broken.rss'), '<rss><channel><item><title>x</title></channel>');
    await writeFile(join(dir, 'd-empty.atom'), '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>');
    await writeFile(join(dir, 'e-sitemap.xml'), '<urlset><url><loc>https://x.example/</loc></url></urlset>');
    const before = process.memoryUsage().rss;
    const results = await collect([dir]);
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'memory stays bounded');
    assert.deepEqual(results.map(brief).slice(0, 2), [
      ['a-bomb.rss', 'XML entity declarations are refused (a possible entity-expansion bomb)'],
      ['b-deep.xml', 'feed markup nested deeper than 200 elements'],
    ]);
    assert.match((results[2] as { reason: string }).reason, /^invalid XML \(/);
    assert.deepEqual(results.map(brief).slice(3), [
      ['d-empty.atom', 'empty feed (no items)'],
      ['e-sitemap.xml', 'not a feed (no RSS, RDF or Atom root element)'],
    ]);
  });
});

test('feedDate keeps the zone; unescapeXml opens CDATA and entities', () => {
  assert.equal(feedDate('Tue, 1 Apr 2031 10:00:00 EST'), '2031-04-01T10:00:00-05:00');
  assert.equal(feedDate('01 Apr 31 10:00 +0530'), '2031-04-01T10:00:00+05:30');
  assert.equal(feedDate('2031-04-01T10:00:00Z'), '2031-04-01T10:00:00Z');
  assert.equal(feedDate('sometime soon'), null);
  assert.equal(unescapeXml('&lt;p&gt;A &amp;amp; B&#33;<![CDATA[ <i>c&amp;</i>]]>'), '<p>A &amp; B! <i>c&amp;</i>');
});
