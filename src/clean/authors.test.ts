import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bylineNames, isPersonName } from './authors.js';
import { cleanHtml } from './html.js';
import { scoreAuthors, scorePages, type AuthorAnnotations } from './authors-eval.js';

const SHARED = resolve(process.cwd(), '../shared');

test('bylines give people, never times, desks, agencies, publishers or photo credits', () => {
  assert.deepEqual(bylineNames('By Jane Roe and John Poe'), ['Jane Roe', 'John Poe']);
  assert.deepEqual(bylineNames('Von Jana Beispiel, 12.03.2031'), ['Jana Beispiel']);
  for (const bad of ['3 Hours Ago', 'Hours Ago', 'News Desk', 'Press Trust of India', 'Photo: Getty Images', 'Staff Reporter', 'www.example.com', 'admin', 'Example Daily'])
    assert.equal(isPersonName(bad), false, bad);
  assert.equal(isPersonName('Ed de Leon'), true);
});

test('authors from JSON-LD (people only), meta tags and byline elements; the site is no author', () => {
  const body = '<p>' + 'The harbour council of Port Elan voted on Monday to widen the northern breakwater. '.repeat(6) + '</p>';
  const ld = { '@type': 'NewsArticle', headline: 'Vote', author: [{ '@type': 'Person', name: 'Ines Varga' }, { '@type': 'Organization', name: 'Example Gazette' }] };
  const a = cleanHtml({ source: 'a.html', format: 'html', declared: {}, raw: `<html><head><title>Vote - Example Gazette</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Vote</h1>${body}</article></body></html>` });
  assert.deepEqual(a.authors, ['Ines Varga']);
  const b = cleanHtml({ source: 'b.html', format: 'html', declared: {}, raw: `<html><head><title>Vote - Example Gazette</title><meta name="author" content="Example Gazette"></head><body><article><h1>Vote</h1><p class="byline">By Tomas Brandt | 2 hours ago</p>${body}</article></body></html>` });
  assert.deepEqual(b.authors, ['Tomas Brandt']);
  const c = cleanHtml({ source: 'c.html', format: 'html', declared: {}, raw: `<html><head><title>Vote</title></head><body><article><h1>Vote</h1><figure><figcaption class="credit">Photo: Ada Rusk</figcaption></figure>${body}</article></body></html>` });
  assert.equal(c.authors, undefined);
});

test('bylines: initials, co-authors in every language, a date after the names, the site after a comma', () => {
  assert.deepEqual(bylineNames('By Sarah E. Needleman'), ['Sarah E. Needleman']);
  assert.deepEqual(bylineNames('Bruce Y. Lee'), ['Bruce Y. Lee']);
  assert.deepEqual(bylineNames('Ana López y Juan Pérez'), ['Ana López', 'Juan Pérez']);
  assert.deepEqual(bylineNames('Текст: Ирина Орлова'), ['Ирина Орлова']);
  assert.deepEqual(bylineNames('By Jane Roe and John Poe Monday, November 18, 2031, 04:05 pm'), ['Jane Roe', 'John Poe']);
  assert.deepEqual(bylineNames('By April Ryan'), ['April Ryan']);
  assert.equal(isPersonName('Dr. Smith went home'), false);
});

test('the byline readers see: its full list beside structured data, the narrowest element, not a site account', () => {
  const body = '<p>' + 'The harbour council of Port Elan voted on Monday to widen the northern breakwater. '.repeat(6) + '</p>';
  const page = (head: string, byline: string, cls = ''): string =>
    `<html class="${cls}"><head><title>Vote</title>${head}</head><body><article><h1>Vote</h1>${byline}${body}</article></body></html>`;
  const ld = (name: string): string => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Person', name } })}</script>`;
  // Structured data names one of three: the byline's list wins.
  const a = cleanHtml({ source: 'a.html', format: 'html', declared: {}, raw: page(ld('Ines Varga'), '<p class="byline">By Ines Varga, Tomas Brandt and Ada Rusk</p>') });
  assert.deepEqual(a.authors, ['Ines Varga', 'Tomas Brandt', 'Ada Rusk']);
  // Structured data names someone the byline does not (the account that uploaded it): the byline.
  const b = cleanHtml({ source: 'b.html', format: 'html', declared: {}, raw: page(ld('Kurt Uploader'), '<span class="single-header-byline">By Ines Varga</span>') });
  assert.deepEqual(b.authors, ['Ines Varga']);
  // A wrapper holding the names, then the paper and time: the narrower element; a class on <html> that
  // names a sidebar does not make the whole page a sidebar.
  const c = cleanHtml({ source: 'c.html', format: 'html', declared: {}, raw: page('', '<div class="byline-section"><span class="author">Ines Varga and Tomas J. Brandt</span> Port Elan Courier Published 10:02 AM</div>', 'one-sidebar') });
  assert.deepEqual(c.authors, ['Ines Varga', 'Tomas J. Brandt']);
  // Nested elements read with a space between them, and the site's name after a comma is no author.
  const d = cleanHtml({ source: 'd.html', format: 'html', declared: { url: 'https://edition.elancourier.example/2031/vote' }, raw: page('', '<div class="author-byline">By <a>Ines Varga</a>, <span>ElanCourier Business</span></div>') });
  assert.deepEqual(d.authors, ['Ines Varga']);
});

/** Authors annotated by hand on development pages of `../shared/eval` and on the seeds (names only, no text). */
const ANNOTATED = JSON.parse(readFileSync(resolve(process.cwd(), 'test/authors.annotated.json'), 'utf8')) as AuthorAnnotations;

test('authors on the annotated development pages and seeds: precision >= 0.97, recall >= 0.85', async (t) => {
  if (!existsSync(join(SHARED, 'eval/pubdate-dev/html'))) {
    t.skip('../shared/eval absent: author annotations not checked');
    return;
  }
  const scores = await scoreAuthors(SHARED, ANNOTATED);
  const all = scorePages(Object.values(scores).flatMap((s) => s.misses));
  for (const [set, s] of Object.entries(scores)) t.diagnostic(`authors ${set}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} on ${s.pages} pages`);
  const predicted = Object.values(scores).reduce((n, s) => n + s.predicted, 0);
  const annotated = Object.values(scores).reduce((n, s) => n + s.annotated, 0);
  const correct = Object.values(scores).reduce((n, s) => n + s.correct, 0);
  assert.ok(correct / predicted >= 0.97, `precision ${correct}/${predicted}; wrong pages: ${JSON.stringify(all.misses.map((m) => m.page))}`);
  assert.ok(correct / annotated >= 0.85, `recall ${correct}/${annotated}`);
  assert.equal(scores['seeds']?.predicted, 0, 'the seeds credit no person (PIB Delhi and image credits are no authors)');
});

test('scorePages: a name counts once per page, case and spacing aside', () => {
  const s = scorePages([
    { page: 'a', annotated: ['Jane Roe', 'John Poe'], got: ['JANE  ROE', 'Example Business'] },
    { page: 'b', annotated: [], got: [] },
  ]);
  assert.deepEqual([s.predicted, s.annotated, s.correct, s.precision, s.recall], [2, 2, 1, 0.5, 0.5]);
  assert.deepEqual(s.misses.map((m) => m.page), ['a']);
});
