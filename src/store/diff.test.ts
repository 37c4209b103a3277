import { test } from 'node:test';
import assert from 'node:assert/strict';
import { increasingRun, placePositions, planTable, POSITION_STEP, type StoredUnit } from './diff.js';
import { addedKeys, corpusToWrite, rowHash } from './rows.js';
import { sampleCorpus } from './contract.fixture.js';
import { mulberry32 } from '../pipeline/random.js';

const increasing = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || (xs[i - 1] as number) < x);

test('increasingRun marks a longest strictly increasing run of the known positions', () => {
  assert.deepEqual(increasingRun([3, 1, 2, null, 4]), [false, true, true, false, true]);
  assert.deepEqual(increasingRun([5, 5, 6]).filter(Boolean).length, 2, 'equal positions are not increasing');
  assert.deepEqual(increasingRun([]), []);
  assert.deepEqual(increasingRun([null, null]), [false, false]);
});

test('placePositions keeps the rows already in order and fits the others into the gaps', () => {
  assert.deepEqual(placePositions([10, null, 20, 5]), [10, 15, 20, 20 + POSITION_STEP]);
  assert.deepEqual(placePositions([null, null]), [POSITION_STEP, 2 * POSITION_STEP]);
  assert.deepEqual(placePositions([null, 100]), [100 - POSITION_STEP, 100]);
  // No room between 1 and 2: every row is numbered afresh.
  const fresh = placePositions([1, null, 2]);
  assert.ok(increasing(fresh));
  assert.deepEqual(fresh, [POSITION_STEP, 2 * POSITION_STEP, 3 * POSITION_STEP]);
});

test('placePositions always increases and moves few rows, over many random edits', () => {
  const random = mulberry32(11);
  let rows = Array.from({ length: 200 }, (_, i) => ({ key: `r${i}`, pos: (i + 1) * POSITION_STEP }));
  let fresh = 200;
  for (let round = 0; round < 300; round++) {
    const next: { key: string; pos: number | null }[] = rows.filter(() => random() > 0.02);
    for (let k = 0; k < 5; k++) next.splice(Math.floor(random() * (next.length + 1)), 0, { key: `r${fresh++}`, pos: null });
    if (random() < 0.3 && next.length > 2) next.push(...next.splice(Math.floor(random() * next.length), 1));
    const placed = placePositions(next.map((r) => r.pos));
    assert.ok(increasing(placed), `round ${round}: positions increase`);
    const changed = next.filter((r, i) => r.pos !== placed[i]).length;
    // New rows and a moved one get positions; kept rows keep theirs unless a gap ran out (all renumbered).
    assert.ok(changed <= 6 || changed === next.length, `round ${round}: ${changed} positions written`);
    rows = next.map((r, i) => ({ key: r.key, pos: placed[i] as number }));
  }
});

test('planTable deletes what went, inserts what came, updates what changed and leaves the rest', () => {
  const stored: StoredUnit[] = [
    { ref: 'a', key: 'a', pos: 10, hash: 'A' },
    { ref: 'b', key: 'b', pos: 20, hash: 'B' },
    { ref: 'c', key: 'c', pos: 30, hash: 'C' },
    { ref: 'd', key: 'd', pos: 40, hash: null },
  ];
  const plan = planTable(stored, [{ key: 'c', hash: 'C' }, { key: 'a', hash: 'A' }, { key: 'e', hash: 'E' }, { key: 'b', hash: 'B2' }], true);
  assert.deepEqual(plan.remove, ['d']);
  // 'a' and 'b' keep 10 and 20 (the longest run in order); 'c' moves before 'a', 'e' goes between them.
  assert.deepEqual(plan.move, [{ ref: 'c', pos: 10 - POSITION_STEP }]);
  assert.deepEqual(plan.insert, [{ at: 2, pos: 15 }]);
  assert.deepEqual(plan.update, [{ at: 3, ref: 'b', pos: 20 }]);
  const same = planTable(stored, stored.map((s) => ({ key: s.key, hash: s.hash ?? '' })), true);
  assert.deepEqual([same.remove, same.insert, same.move], [[], [], []]);
  assert.deepEqual(same.update.map((u) => u.ref), ['d'], 'a row never hashed is written once');
  assert.throws(() => planTable([], [{ key: 'x', hash: '1' }, { key: 'x', hash: '2' }], true), /holds x twice/);
});

test('added mentions are keyed by their content, a repeated one numbered', () => {
  const m = { doc: 'd', start: 0, end: 4, text: 'Oslo', entity: 'e1' };
  const keys = addedKeys([m, { ...m, start: 1 }, m]);
  assert.equal(new Set(keys).size, 3);
  assert.equal(keys[2], `${keys[0]}#1`);
});

test('row hashes tell apart columns that would concatenate alike', () => {
  assert.notEqual(rowHash(['ab', 'c']), rowHash(['a', 'bc']));
  assert.notEqual(rowHash([null]), rowHash(['']));
  assert.notEqual(rowHash([1]), rowHash(['1']));
  assert.equal(rowHash(['x', 2, null]), rowHash(['x', 2, null]));
});

test('a change anywhere in an event, however deep, changes its hash', () => {
  const base = corpusToWrite(sampleCorpus()).events[0]?.hash;
  const edits: ((s: ReturnType<typeof sampleCorpus>) => void)[] = [
    (s) => void (s.events[0]!.mentions[0]!.end = 4),
    (s) => void s.events[0]!.reports.reverse(),
    (s) => void (s.events[0]!.similarity![0]!.shared = []),
    (s) => void (s.events[0]!.facts = { killed: 1 }),
    (s) => void (s.events[0]!.summary = ''),
  ];
  for (const edit of edits) {
    const s = sampleCorpus();
    edit(s);
    assert.notEqual(corpusToWrite(s).events[0]?.hash, base);
  }
});

test('entity members are one row per document, by local index; a local entity in two entities is refused', () => {
  const rows = corpusToWrite(sampleCorpus()).members.map((u) => u.row);
  assert.deepEqual(rows, [{ doc_id: 'd1', members: '[[0,"e1"],[1,"e2"]]' }, { doc_id: 'd2', members: '[[1,"e1"]]' }]);
  const bad = sampleCorpus();
  bad.entities[1]!.members.push({ doc: 'd2', entity: 1 });
  assert.throws(() => corpusToWrite(bad), /member of two corpus entities/);
});
