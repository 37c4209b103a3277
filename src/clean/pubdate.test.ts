import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanHtml } from './html.js';
import type { HtmlCleaned } from './html.js';
import { atOffset, dateInUrl, datelineDate } from './pubdate.js';
import { compileMeta, findDate } from './metadata.js';

const M = compileMeta();
/** Invented article paragraphs, long enough for Readability to take them as the article. */
const BODY = [
  'The harbour council of Port Elan voted on Monday to widen the northern breakwater before the storm season begins next year.',
  'Engineers told the council that the present wall had been damaged twice in the last decade and could not protect the fishing fleet.',
  'The work will be paid for from the regional budget and is expected to take eighteen months, the council said in a statement.',
  'Fishermen welcomed the decision but asked that the harbour stay open while the builders are at work on the new wall.',
].map((p) => `<p>${p}</p>`).join('');

function page(head: string, top: string, extra = ''): HtmlCleaned {
  const raw = `<html><head><title>Council votes to widen breakwater</title>${head}</head><body>${extra}<article><h1>Council votes to widen breakwater</h1>${top}${BODY}</article><footer><p>© 2034 Example Gazette</p></footer></body></html>`;
  return cleanHtml({ source: 'p.html', format: 'html', raw, declared: {} }, M);
}

test('JSON-LD datePublished inside a nested @graph dates the page', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Gazette' }, { '@type': 'NewsArticle', headline: 'Council votes', datePublished: '2031-03-04T08:00:00+01:00', dateModified: '2031-03-09T08:00:00+01:00' }] };
  const c = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '');
  assert.equal(c.published, '2031-03-04T08:00:00+01:00');
  assert.equal(c.publishedFrom, 'json-ld');
});

test('the earliest of the page\'s structured publication dates wins, never the modification date', () => {
  const ld = { '@type': 'NewsArticle', headline: 'Council votes', datePublished: '2031-03-06', dateModified: '2031-03-09' };
  const c = page(`<meta property="article:published_time" content="2031-03-05T10:00:00Z"><meta property="article:modified_time" content="2031-03-01T10:00:00Z"><script type="application/ld+json">${JSON.stringify(ld)}</script>`, '');
  assert.equal(c.published?.slice(0, 10), '2031-03-05');
  assert.equal(c.publishedFrom, 'meta');
});

test('a byline under the headline dates the page in other languages; update lines and copyright do not', () => {
  assert.equal(page('', '<ul class="info"><li>27 juin 2031</li><li>Par Elba</li></ul>').published, '2031-06-27');
  assert.equal(page('', '<small>Donnerstag, 15.2.2031, 19:51</small>').published, '2031-02-15');
  assert.equal(page('', '<p>تم نشره الجمعة 24 نيسان / أبريل 2031</p>').published, '2031-04-24');
  assert.equal(page('', '<p>Von: Jana Beispiel | 31.10.23</p>').published, '2023-10-31');
  assert.equal(page('', '<p>发布时间：2031年6月4日</p>').published, '2031-06-04');
  const updated = page('', '<p>Aktualisiert am 3. März 2031</p>');
  assert.notEqual(updated.publishedFrom, 'byline');
  const copyright = page('', '<p>© 12 May 2030 Example Gazette</p>');
  assert.notEqual(copyright.published, '2030-05-12');
});

test('a <time> under the headline beats one in a sidebar listed earlier in the page', () => {
  const sidebar = '<aside><ul><li><a href="/x">Another story</a> <time datetime="2031-07-30">30 juil.</time></li></ul></aside>';
  const c = page('', '<div class="byline"><time datetime="2031-06-27">27 juin 2031</time></div>', sidebar);
  assert.equal(c.published, '2031-06-27');
});

test('a UTC publication time is read at the offset the page\'s own date-times use', () => {
  const head = '<meta property="article:published_time" content="2031-05-02T02:54:29.000Z">';
  const script = '<script>var shows = [{"date":"Fri, 01 May 2031 23:00:00 -0400"},{"date":"Sat, 02 May 2031 06:00:00 -0400"}]</script>';
  const c = page(head, '', script);
  assert.equal(c.published, '2031-05-01T22:54:29-04:00');
  assert.equal(atOffset('2031-05-02T02:54:29+00:00', '+05:30'), '2031-05-02T08:24:29+05:30');
});

test('only a last update line dates a page that has nothing else, and then as an update', () => {
  const c = page('', '', '<p>Date of last revision: August 9, 2031</p>');
  assert.equal(c.published, '2031-08-09');
  assert.equal(c.publishedFrom, 'updated');
});

test('dateline dates, URL dates and dates in many languages', () => {
  assert.equal(datelineDate('Karlsruhe, (12.11.2031). The churches remember the dead.', M), '2031-11-12');
  assert.equal(datelineDate('The council met on 12.11.2031 to vote.', M), null);
  assert.equal(dateInUrl('https://example.org/news/2031/02/18/story/'), '2031-02-18');
  assert.equal(findDate('24 de abril de 2031', M)?.date, '2031-04-24');
  assert.equal(findDate('24 апреля 2031 г.', M)?.date, '2031-04-24');
  assert.equal(findDate('2031년 4월 24일', M)?.date, '2031-04-24');
  assert.equal(findDate('19. Juli 2031', M)?.date, '2031-07-19');
  assert.equal(findDate('2031.04.24 09:20', M)?.date, '2031-04-24');
});
