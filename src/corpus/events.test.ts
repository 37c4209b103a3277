import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStorylines, clusterEvents, sameEvent, type FrameRef } from './events.js';
import type { EventFrame } from '../pipeline/types.js';

function ref(doc: string, kind: string, role: EventFrame['role'], date: string | null, place: string | null, participants: string[], start = 0): FrameRef {
  return {
    doc, place, participants,
    frame: { start, end: start + 5, text: 'talks', source: 'test', rule: 'test', kind, role, date, place: null, participants: [], facts: {} },
  };
}

const names = (id: string): string => ({ oslo: 'Oslo', pune: 'Pune', rao: 'Anaya Rao', lind: 'Marta Lind', kim: 'Jae Kim' })[id] ?? id;

test('reports of one meeting in two languages cluster; a different meeting does not', () => {
  const refs = [
    ref('en1', 'meeting', 'main', '2026-03-03', 'oslo', ['rao', 'lind']),
    ref('hi1', 'meeting', 'main', '2026-03-03', 'oslo', ['rao']),
    ref('en2', 'meeting', 'main', '2026-03-04', null, ['lind']),
    ref('en3', 'meeting', 'main', '2025-05-20', 'pune', ['rao', 'lind']),
    ref('en4', 'attack', 'main', '2026-03-03', 'oslo', []),
  ];
  const events = clusterEvents(refs, names);
  assert.deepEqual(events.map((e) => [e.kind, e.date, e.location, e.reports]).sort(), [
    ['attack', '2026-03-03', 'oslo', ['en4']],
    ['meeting', '2025-05-20', 'pune', ['en3']],
    ['meeting', '2026-03-03', 'oslo', ['en1', 'hi1', 'en2']],
  ]);
  assert.equal(events[0]?.date, '2025-05-20', 'oldest first');
  const big = events.find((e) => e.reports.length === 3);
  assert.equal(big?.title, 'Meeting in Oslo: Anaya Rao, Marta Lind');
  assert.deepEqual(big?.participants, ['rao', 'lind']);
});

test('mentioned events merge by place when one side is undated, and by month within a document', () => {
  const refs = [
    ref('a', 'attack', 'mentioned', null, 'pune', []),
    ref('b', 'attack', 'mentioned', '2026-01-12', 'pune', []),
    ref('c', 'attack', 'mentioned', '2026-01-12', null, []),
    ref('a', 'meeting', 'mentioned', '2025-11', 'oslo', [], 10),
    ref('a', 'meeting', 'mentioned', '2025-11', 'pune', [], 40),
  ];
  const events = clusterEvents(refs, names);
  assert.equal(events.length, 2);
  const attack = events.find((e) => e.kind === 'attack');
  assert.deepEqual([attack?.date, attack?.location, attack?.reports, attack?.mentions.length], ['2026-01-12', 'pune', [], 3]);
});

test('conflicting dates or places keep events apart', () => {
  assert.equal(sameEvent(ref('a', 'meeting', 'main', '2026-03-03', 'oslo', ['rao']), ref('b', 'meeting', 'main', '2026-03-09', 'oslo', ['rao'])), false);
  assert.equal(sameEvent(ref('a', 'meeting', 'main', '2026-03-03', 'oslo', ['rao']), ref('b', 'meeting', 'main', '2026-03-03', 'pune', ['rao'])), false);
  assert.equal(sameEvent(ref('a', 'meeting', 'main', '2026-03-03', null, ['rao']), ref('b', 'attack', 'main', '2026-03-03', null, ['rao'])), false);
  // Kinds of one family ("talks" in one report, "pact" in another) can be one event.
  assert.equal(sameEvent(ref('a', 'meeting', 'main', '2026-03-03', null, ['rao']), ref('b', 'agreement', 'main', '2026-03-03', null, ['rao'])), true);
  assert.equal(sameEvent(ref('a', 'other', 'main', '2026-03-03', 'oslo', []), ref('b', 'other', 'main', '2026-03-03', 'oslo', [])), false);
});

test('storylines link same-kind events sharing two participants, or mentioned in a report of one', () => {
  const refs = [
    ref('r1', 'meeting', 'main', '2024-02-01', 'oslo', ['rao', 'lind']),
    ref('r2', 'meeting', 'main', '2026-03-03', 'pune', ['rao', 'lind', 'kim']),
    ref('r2', 'meeting', 'mentioned', '2025-07', 'oslo', [], 50),
    ref('r3', 'attack', 'main', '2026-03-01', 'pune', ['rao', 'lind']),
  ];
  const events = clusterEvents(refs, names);
  const stories = buildStorylines(events, names);
  assert.equal(stories.length, 1);
  const dates = stories[0]?.events.map((id) => events.find((e) => e.id === id)?.date);
  assert.deepEqual(dates, ['2024-02-01', '2025-07', '2026-03-03']);
  assert.equal(stories[0]?.title, 'Meetings: Anaya Rao, Marta Lind');
});

test('one person at twenty unrelated meetings links none of them', () => {
  const refs = Array.from({ length: 20 }, (_, i) =>
    ref(`r${i}`, 'meeting', 'main', `2025-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`, `city${i}`, ['pm', `guest${i}`]));
  const events = clusterEvents(refs, names);
  assert.equal(events.length, 20);
  assert.deepEqual(buildStorylines(events, names), []);
});

test('holders of one office count as one participant: a minister who changed still links the meetings', () => {
  const refs = [
    ref('r1', 'meeting', 'main', '2019-09-02', 'tokyo', ['singh', 'iwaya']),
    ref('r2', 'meeting', 'main', '2022-09-08', 'tokyo', ['singh', 'hamada']),
    ref('r3', 'meeting', 'main', '2023-01-05', 'paris', ['singh', 'dupont']),
  ];
  const roles = (id: string): string[] => (id === 'iwaya' || id === 'hamada' ? ['Defence Minister of Japan'] : []);
  const events = clusterEvents(refs, names);
  const lines = buildStorylines(events, names, roles);
  assert.equal(lines.length, 1);
  assert.deepEqual(lines[0]?.events.map((id) => events.find((e) => e.id === id)?.date), ['2019-09-02', '2022-09-08']);
});

test('a same-day frame naming other people and no place is another event', () => {
  assert.equal(sameEvent(ref('a', 'meeting', 'main', '2026-03-03', 'pune', ['rao', 'lind']), ref('b', 'visit', 'mentioned', '2026-03-03', null, ['kim'])), false);
  // Nobody named on either side: date and compatible place are enough.
  assert.equal(sameEvent(ref('a', 'flood', 'mentioned', '2025-06-03', null, []), ref('b', 'flood', 'mentioned', '2025-06-03', 'pune', [])), true);
  assert.equal(sameEvent(ref('a', 'flood', 'mentioned', '2025-06', null, []), ref('b', 'flood', 'mentioned', '2025-06-03', null, [])), true);
  assert.equal(sameEvent(ref('a', 'flood', 'mentioned', '2025-06', 'oslo', []), ref('b', 'flood', 'mentioned', '2025-06-03', 'pune', [])), false);
});
