import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFast, matchAllFast } from './scan.js';
import { seededShuffle } from './random.js';

/** Every match of `re` in `text` as index, text, groups and lastIndex after, by `next`. */
function allMatches(re: RegExp, text: string, next: (re: RegExp, text: string) => RegExpExecArray | null): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = next(re, text); m; m = next(re, text)) {
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? null)}:${JSON.stringify([...m])}:${re.lastIndex}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  out.push(`end:${re.lastIndex}`);
  return out;
}

const PATTERNS: RegExp[] = [
  /(?<![\p{L}\p{M}\p{N}])(?<m>may|mai|march)(?![\p{L}\p{M}\p{N}])/giu,
  /(?<![\p{L}\p{M}\p{N}]|-)(?<n>[0-9]{1,2})(?:\s+(?<u>days?|दिन))?/giu,
  /(?<=\s)said/gu,
  /(?<![\p{L}\p{M}\p{N}_])(?:सोमवार|मंगलवार)(?![\p{L}\p{M}\p{N}_])/giu,
  /(?<![a-z])x*/gi, // empty matches
  /(?<!a)b|c/g, // top-level alternation: scanned as is
  /(?<!(a))b/g, // capturing group in the lookbehind: scanned as is
  /(?<!a)(b)\1/g,
  /(?<![\p{L}])😀+/gu, // astral characters
  /(?<=[\p{L}])[\p{L}]/gu,
];

const PIECES = ['may', 'May', 'mai', '-', ' ', 'x', 'a', 'b', 'bb', 'c', '12', '3', ' days', 'सोमवार', 'को', 'दिन', '😀', '\n', 'said', 'unsaid', 'march', 'é'];

test('execFast finds exactly the matches and lastIndex of exec', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const text = seededShuffle([...PIECES, ...PIECES.slice(0, seed % PIECES.length)], seed).join(seed % 3 === 0 ? ' ' : '');
    for (const re of PATTERNS) {
      const copy = new RegExp(re.source, re.flags);
      assert.deepEqual(allMatches(re, text, execFast), allMatches(copy, text, (r, t) => r.exec(t)), `${re} on ${JSON.stringify(text)}`);
    }
  }
});

test('matchAllFast gives what matchAll gives', () => {
  for (let seed = 1; seed <= 100; seed++) {
    const text = seededShuffle(PIECES, seed).join(seed % 2 === 0 ? ' ' : '');
    for (const re of PATTERNS) {
      const show = (ms: RegExpExecArray[] | RegExpMatchArray[]): string[] => ms.map((m) => `${m.index}:${JSON.stringify([...m])}:${JSON.stringify(m.groups ?? null)}`);
      const expected = show([...text.matchAll(new RegExp(re.source, re.flags))]);
      assert.deepEqual(show(matchAllFast(re, text)), expected, `${re} on ${JSON.stringify(text)}`);
      assert.equal(re.lastIndex, 0);
    }
  }
});

test('execFast starts from lastIndex and resets it after the last match', () => {
  const re = /(?<![\p{L}])ab/gu;
  re.lastIndex = 3;
  assert.equal(execFast(re, 'ab ab xab')?.index, 3);
  assert.equal(re.lastIndex, 5);
  assert.equal(execFast(re, 'ab ab xab'), null);
  assert.equal(re.lastIndex, 0);
  re.lastIndex = 99;
  assert.equal(execFast(re, 'ab'), null);
  assert.equal(re.lastIndex, 0);
});
