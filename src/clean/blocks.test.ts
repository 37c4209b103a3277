import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleBlocks, LINK_DENSE_SHARE, type Block } from './blocks.js';
import { clean } from './clean.js';
import { isRealParagraph, wordCount } from './text.js';

const b = (text: string, tag = 'P', linkShare = 0, inFigure = false): Block => ({ text, tag, linkShare, inFigure });
const texts = (blocks: Block[]): string[] => articleBlocks(blocks).map((x) => x.text);

const BODY = [
  'The council of Port Elan approved the new harbour budget on Monday after a long debate.',
  'Work on the northern quay will begin in the spring and is expected to last two years.',
  'Minister Alia Verron said the project would create eight hundred jobs in the nearby districts.',
];

test('figures, captions and credits are not the article', () => {
  const blocks = [b(BODY[0] as string), b('A crane over the old quay at dawn, seen from the ferry landing on the north side.', 'FIGCAPTION', 0, true), b('Photo agency', 'DIV', 0, true), b(BODY[1] as string)];
  assert.deepEqual(texts(blocks), [BODY[0], BODY[1]]);
});

test('link-dense blocks go unless they read as a paragraph or sit in a data table', () => {
  const blocks = [
    b(BODY[0] as string),
    b('Related: Ferry timetable changes for the winter', 'P', 0.85),
    b('Read more harbour stories here', 'H3', 1),
    b('Tide table', 'TD', 1),
    b(BODY[1] as string, 'P', 0.95),
    b(BODY[2] as string, 'P', LINK_DENSE_SHARE - 0.01),
  ];
  assert.deepEqual(texts(blocks), [BODY[0], 'Tide table', BODY[1], BODY[2]]);
});

test('short lines above the first paragraph go; long ones and everything after it stay', () => {
  const lead = 'A long standfirst that sums up the story of the harbour budget for readers who only skim the first lines of it';
  const blocks = [b('Home', 'LI', 1), b('By Ana Lind'), b('14 March 2031 | 9:30'), b(lead), b(BODY[0] as string), b('Northern quay'), b(BODY[1] as string)];
  assert.deepEqual(texts(blocks), [lead, BODY[0], 'Northern quay', BODY[1]]);
});

test('a heading after the last paragraph ends the article; one before it does not', () => {
  const blocks = [b(BODY[0] as string), b('What happens next', 'H2'), b(BODY[1] as string), b('Short closing line'), b('You may also like', 'H2'), b('Ferry fares rise'), b('Comments', 'H3')];
  assert.deepEqual(texts(blocks), [BODY[0], 'What happens next', BODY[1], 'Short closing line']);
});

test('without a real paragraph the positional rules keep everything that is not a figure or links', () => {
  const blocks = [b('Budget approved'), b('Harbour'), b('Home', 'LI', 1), b('Results', 'H2'), b('Port Elan 3, Velo 1')];
  assert.deepEqual(texts(blocks), ['Budget approved', 'Harbour', 'Results', 'Port Elan 3, Velo 1']);
});

test('a sentence in a script written without spaces counts as several words, so it can be a paragraph', () => {
  assert.equal(wordCount('The council met on Monday.'), 5);
  assert.equal(wordCount('市議会は月曜日に港の予算を承認した。'), 9);
  assert.ok(isRealParagraph('市議会は月曜日に港の新しい予算を承認した。'));
  assert.ok(isRealParagraph('大臣は「工事は春に始まり、二年で終わる見込みだ。」'));
  assert.ok(!isRealParagraph('港の予算'));
  const ja = ['市議会は月曜日に港の新しい予算を長い議論の末に承認した。', '北側の岸壁の工事は春に始まり、二年かかる見込みだという。'];
  assert.deepEqual(texts([b(ja[0] as string), b('関連記事', 'H3'), b(ja[1] as string)]), [ja[0], '関連記事', ja[1]]);
});

test('HTML: navigation, byline, captions and a trailing related box left in the pick are dropped', () => {
  const html = `<html><head><title>Harbour budget approved</title></head><body><div class="story">
<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>
<p>By Ana Lind</p><p>14 March 2031</p>
${BODY.slice(0, 2).map((p) => `<p>${p}</p>`).join('\n')}
<figure><img src="q.jpg"><figcaption>The northern quay, where the work will begin in the spring of next year.</figcaption></figure>
<p><a href="/ferry">Ferry timetable changes for the winter season</a></p>
<p>${BODY[2]}</p>
<h2>You may also like</h2><p>Ferry fares rise</p>
</div></body></html>`;
  const c = clean({ source: 'a.html', format: 'html', raw: html, declared: {} });
  assert.equal(c.text, BODY.join('\n\n'));
  for (const s of c.offsets) if (s.exact) assert.equal(html.slice(s.rawStart, s.rawStart + s.length), c.text.slice(s.cleanStart, s.cleanStart + s.length));
});

test('HTML: when the filter would leave too little for an article, the pick is kept as it is', () => {
  const links = Array.from({ length: 12 }, (_, i) => `<p><a href="/s${i}">Harbour story number ${i} about the quay and the ferries</a></p>`).join('');
  const c = clean({ source: 'l.html', format: 'html', raw: `<html><body><div>${links}</div></body></html>`, declared: {} });
  assert.ok(c.text.includes('Harbour story number 3'), c.text);
});

test('HTML: a caption in a small box around an image goes, a paragraph beside an image in the body stays', () => {
  const caption = 'Cranes stand over the northern quay of Port Elan on Monday, where the work will begin. (Photo: Harbour Office)';
  const html = `<html><head><title>Harbour</title></head><body><article>
<p>${BODY[0]}</p>
<div class="inline-image"><picture><img src="q.jpg" alt=""></picture><p><span>${caption}</span></p></div>
<p>${BODY[1]}</p>
<p><img src="map.png" alt="">${BODY[2]}</p>
</article></body></html>`;
  const c = clean({ source: 'm.html', format: 'html', raw: html, declared: {} });
  assert.equal(c.text, BODY.join('\n\n'));
});
