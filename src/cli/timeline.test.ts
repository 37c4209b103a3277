import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTimeline } from './timeline.js';
import type { CorpusEvent, CorpusState } from '../store/store.js';

function event(over: Partial<CorpusEvent>): CorpusEvent {
  return { id: 'v', kind: 'other', title: 'T', date: null, location: null, participants: [], reports: [], mentions: [], facts: {}, ...over };
}

test('the timeline prints story titles, cut at a word when long, and leaves out bare events one document mentions', () => {
  const corpus: CorpusState = {
    entities: [{ id: 'p', name: 'Pune', type: 'place', aliases: [], roles: [], members: [] }],
    addedMentions: [],
    storylines: [],
    events: [
      event({ id: 'a', title: `Floods displace thousands in Assam as the Brahmaputra bursts its banks ${'and more words '.repeat(8)}`,
        date: '2026-03-02', reports: ['d1', 'd2'] }),
      event({ id: 'b', kind: 'attack', title: 'Attack', date: '2005', mentions: [{ doc: 'd1', start: 0, end: 6, text: 'attack' }] }),
      event({ id: 'f', kind: 'flood', title: 'Flood', date: '2025-06-03',
        mentions: [{ doc: 'd1', start: 0, end: 5, text: 'flood' }, { doc: 'd2', start: 0, end: 4, text: 'बाढ़' }] }),
      event({ id: 'c', kind: 'meeting', title: 'Meeting in Pune', date: '2025-03', location: 'p', mentions: [{ doc: 'd2', start: 0, end: 7, text: 'meeting' }] }),
    ],
  };
  const lines = formatTimeline(corpus, new Map([['d1', 'en'], ['d2', 'hi']])).trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0] as string, /^2026-03-02 {2}- +Floods displace thousands in Assam .*… {2}— 2 reports \(en, hi\)$/);
  assert.ok((lines[0] as string).length < 150);
  assert.match(lines[1] as string, /Flood {2}— mentioned in 2 documents$/);
  assert.match(lines[2] as string, /Meeting in Pune {2}— mentioned in 1 document$/);
});
