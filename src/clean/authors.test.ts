import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bylineNames, isPersonName } from './authors.js';
import { cleanHtml } from './html.js';
import { decodeBytes } from '../read/charset.js';

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

/**
 * Authors annotated by hand on a few development pages of `../shared/eval/pubdate-dev` (file stem →
 * the people the page credits; [] where it credits nobody or only the site). Names only, no text.
 */
const ANNOTATED: Record<string, string[]> = {
  '1500330653': ['Katrina Creer'],
  'der-farang.com-Grab-Bote': ['Björn Jahner'],
  'computerbild.de-streamingcloud': ['Robert Ladenthin'],
  'mediapart.fr.violences': ['Elba'],
  '1545738097': [],
  '1588107198': [],
  '1731695567': [],
  '1798244877': [],
  'wolfsrebellen-netz.forumieren.com.regeln': [],
  'gnu.org.gpl': [],
  'pixabay.com.tos': [],
  'blog.todamax.net': [],
};

test('authors on annotated development pages: precision 1.0, recall printed', (t) => {
  const dir = join(SHARED, 'eval/pubdate-dev/html');
  if (!existsSync(dir)) {
    t.skip('../shared/eval absent: author annotations not checked');
    return;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [stem, gold] of Object.entries(ANNOTATED)) {
    const decoded = decodeBytes(readFileSync(join(dir, `${stem}.html`)), { html: true });
    assert.ok(!('reason' in decoded));
    const got = cleanHtml({ source: stem, format: 'html', declared: {}, raw: decoded.text }).authors ?? [];
    for (const g of got) {
      if (gold.includes(g)) tp++;
      else fp++;
    }
    fn += gold.filter((g) => !got.includes(g)).length;
    assert.ok(got.every((g) => gold.includes(g)), `${stem}: ${JSON.stringify(got)} not in ${JSON.stringify(gold)}`);
  }
  t.diagnostic(`authors: precision ${(tp / Math.max(1, tp + fp)).toFixed(2)} recall ${(tp / Math.max(1, tp + fn)).toFixed(2)} on ${Object.keys(ANNOTATED).length} pages`);
  assert.ok(tp / Math.max(1, tp + fn) >= 0.7);
});
