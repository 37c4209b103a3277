/**
 * Events mentioned in passing go to the first story whose event they are the same as, among the
 * stories sharing a block with them: the indexed lookup must pick exactly what comparing a mention
 * with every story would.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockKeys, sameEvent, type FrameRef } from '../events.js';
import { mulberry32 } from '../../pipeline/random.js';
import type { EventFrame } from '../../pipeline/types.js';
import type { Story } from './cluster.js';
import { storyEvents, type ReportInfo } from './story-events.js';

const KINDS = ['meeting', 'visit', 'flood', 'fire', 'attack', 'election', 'other'];
const DATES = [null, '2025-06', '2025-06-30', '2025-07-01', '2025-07-02', '2025-07', '2025'];
const PLACES = [null, 'e-oslo', 'e-pune', 'e-laos'];
const PEOPLE = ['e-rao', 'e-soto', 'e-kim', 'e-ito'];

test('a mention goes to the first story in its blocks that sameEvent accepts, as by comparing with every story', () => {
  const random = mulberry32(17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const frame = (role: EventFrame['role']): EventFrame => ({
    kind: pick(KINDS), role, date: pick(DATES), place: null, participants: [], facts: {}, start: 0, end: 4, text: 'text', source: 'rule', rule: 'test',
  } as EventFrame);
  const who = (): string[] => [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(PEOPLE)))];
  const refs: FrameRef[] = [];
  const stories: Story[] = [];
  const reports = new Map<string, ReportInfo>();
  const storyRefs: FrameRef[] = [];
  for (let i = 0; i < 300; i++) {
    const doc = `d${String(i).padStart(3, '0')}`;
    const main: FrameRef = { doc, frame: frame('main'), place: pick(PLACES), participants: who() };
    refs.push(main);
    stories.push({ members: [{ doc, score: 1, copyOf: null, shared: [] }] });
    reports.set(doc, { lang: 'en', title: doc, lead: [], publisher: null, url: null, published: null });
    // A story of one report has that report's frame as its event.
    storyRefs.push({ ...main, doc: '' });
  }
  const mentions: FrameRef[] = [];
  for (let i = 0; i < 600; i++) {
    const m: FrameRef = { doc: `d${String(i % 300).padStart(3, '0')}`, frame: { ...frame('mentioned'), start: 10 + i, end: 14 + i }, place: pick(PLACES), participants: who() };
    mentions.push(m);
    refs.push(m);
  }
  const events = storyEvents(stories, refs, reports, (id) => id);
  let attached = 0;
  for (const m of mentions) {
    const keys = blockKeys(m);
    const expected = storyRefs.findIndex((s) => s.frame.kind !== 'other' && blockKeys(s).some((k) => keys.includes(k)) && sameEvent(m, s));
    const found = events.findIndex((e) => e.mentions.some((x) => x.doc === m.doc && x.start === m.frame.start && x.end === m.frame.end));
    if (expected >= 0) {
      attached++;
      assert.equal(found, expected, `mention ${m.frame.start}`);
    } else assert.ok(found < 0 || found >= stories.length, `mention ${m.frame.start} attached to story ${found}, which it is not the same event as`);
  }
  assert.ok(attached > 50 && attached < mentions.length, `${attached} of ${mentions.length} mentions attached`);
});
