import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventStage, datesCompatible, extractEvents, findTriggers } from './events.js';
import { EVENTS_EN } from '../../lang/en/events.js';
import { EVENTS_HI } from '../../lang/hi/events.js';
import { testDoc } from '../../pipeline/doc.js';
import type { EntityMention, EntityType, LocalEntity, Timex } from '../../pipeline/types.js';

/** Builds mentions and entities for the given names, at their first occurrence after `from`. */
function annotate(text: string, names: [string, EntityType, number?][]): { mentions: EntityMention[]; entities: LocalEntity[] } {
  const entities: LocalEntity[] = [];
  const mentions: EntityMention[] = [];
  for (const [name, type, from = 0] of names) {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    let idx = entities.findIndex((e) => e.name === name);
    if (idx < 0) idx = entities.push({ name, type, aliases: [name], roles: [] }) - 1;
    mentions.push({ start, end: start + name.length, text: name, type, entity: idx, source: 'test', rule: 'test' });
  }
  return { mentions, entities };
}

function timex(text: string, surface: string, value: string): Timex {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, value, kind: 'date', source: 'test', rule: 'test' };
}

const EN = 'Oslo, March 3 : Trade Minister Anaya Kulkarni on Tuesday held talks with her counterpart Marta Lindqvist ' +
  'and condemned the bombing in Bergen in which 12 people were killed. ' +
  'The two leaders recalled their meeting at Pune, India in May last year.';

test('English: main meeting with date, dateline place and participants; mentioned attack and past meeting', () => {
  const ann = annotate(EN, [['Oslo', 'place'], ['Anaya Kulkarni', 'person'], ['Marta Lindqvist', 'person'], ['Bergen', 'place'], ['Pune', 'place'], ['India', 'place']]);
  const doc = testDoc(EN, { ...ann, dateline: 'Oslo', published: '2026-03-03', timex: [timex(EN, 'Tuesday', '2026-03-03'), timex(EN, 'May last year', '2025-05')] });
  const frames = extractEvents(doc, EVENTS_EN);
  const talks = EN.indexOf('held talks');
  const bombing = EN.indexOf('bombing');
  const meeting = EN.indexOf('meeting');
  assert.deepEqual(frames, [
    { start: talks, end: talks + 10, text: 'held talks', source: 'events/en', rule: 'main:meeting', kind: 'meeting', role: 'main',
      date: '2026-03-03', place: 0, participants: [1, 2], facts: {} },
    { start: bombing, end: bombing + 7, text: 'bombing', source: 'events/en', rule: 'mentioned:attack', kind: 'attack', role: 'mentioned',
      date: null, place: 3, participants: [1, 2], facts: { killed: 12 } },
    { start: meeting, end: meeting + 7, text: 'meeting', source: 'events/en', rule: 'mentioned:meeting', kind: 'meeting', role: 'mentioned',
      date: '2025-05', place: 4, participants: [1, 2], facts: {} },
  ]);
});

test('possessive place chain picks the possessed place', () => {
  const text = 'The minister spoke about the attack in Kerala\'s Kochi last week.';
  const ann = annotate(text, [['Kerala', 'place'], ['Kochi', 'place']]);
  const frames = extractEvents(testDoc(text, { ...ann, published: '2026-01-10' }), EVENTS_EN);
  assert.equal(frames[0]?.kind, 'attack');
  assert.equal(frames[0]?.place, 1);
});

test('Hindi: place before the trigger with a postposition, date from the sentence', () => {
  const text = 'विदेश मंत्री अनया कुलकर्णी ने 3 मार्च, 2026 को ओस्लो में नॉर्वे की मंत्री के साथ बैठक की।';
  const ann = annotate(text, [['अनया कुलकर्णी', 'person'], ['ओस्लो', 'place'], ['नॉर्वे', 'place']]);
  const frames = extractEvents(testDoc(text, { ...ann, lang: 'hi', published: '2026-03-03', timex: [timex(text, '3 मार्च, 2026', '2026-03-03')] }), EVENTS_HI);
  assert.equal(frames.length, 1);
  assert.deepEqual({ kind: frames[0]?.kind, date: frames[0]?.date, place: frames[0]?.place, participants: frames[0]?.participants, text: frames[0]?.text },
    { kind: 'meeting', date: '2026-03-03', place: 1, participants: [0], text: 'बैठक' });
});

test('a report with no trigger still has a main frame dated by publication', () => {
  const frames = extractEvents(testDoc('Prices rose sharply across the region.', { published: '2026-02-01' }), EVENTS_EN);
  assert.deepEqual(frames.map((f) => [f.kind, f.role, f.date, f.rule]), [['other', 'main', '2026-02-01', 'main:no-trigger']]);
});

test('triggers: longest phrase wins, whole words only', () => {
  assert.deepEqual(findTriggers('A terrorist attack, not an attacker; talks followed.', EVENTS_EN).map((t) => t.text), ['terrorist attack', 'talks']);
  assert.deepEqual(findTriggers('दोनों देशों के बीच बैठकें और बैठक हुई', EVENTS_HI).map((t) => t.text), ['बैठक']);
});

test('date compatibility is prefix-based', () => {
  assert.equal(datesCompatible('2024-11', '2024-11-05'), true);
  assert.equal(datesCompatible('2024-11', '2024-12'), false);
});

test('stage: unknown language gets a message, no frames', () => {
  const doc = createEventStage({ lexicons: [EVENTS_EN] }).run({ referenceDate: '2026-01-01' }, testDoc('Les ministres se sont réunis.', { lang: 'fr' }));
  assert.deepEqual(doc.events, []);
  assert.match(doc.messages[0]?.reason ?? '', /no event rules/);
});

test('a definite reference to the main kind ("the talks") is the main event, not a new one', () => {
  const text = 'Anaya Kulkarni held talks in Oslo on Tuesday. She said on Friday that the talks went well. Their meeting in Pune in May 2025 was shorter.';
  const ann = annotate(text, [['Anaya Kulkarni', 'person'], ['Oslo', 'place'], ['Pune', 'place']]);
  const doc = testDoc(text, { ...ann, published: '2026-03-03', timex: [timex(text, 'Tuesday', '2026-03-03'), timex(text, 'Friday', '2026-02-27'), timex(text, 'May 2025', '2025-05')] });
  assert.deepEqual(extractEvents(doc, EVENTS_EN).map((f) => [f.role, f.text, f.date]), [
    ['main', 'held talks', '2026-03-03'],
    ['mentioned', 'meeting', '2025-05'],
  ]);
});

test('the place may stand on the other side of the trigger', () => {
  const en = 'In Bergen, the ministers held talks on Tuesday.';
  const a = annotate(en, [['Bergen', 'place']]);
  assert.equal(extractEvents(testDoc(en, { ...a, published: '2026-03-03' }), EVENTS_EN)[0]?.place, 0);
  const hi = 'दोनों मंत्रियों की पिछली बैठक मार्च में ओस्लो में हुई थी।';
  const h = annotate(hi, [['ओस्लो', 'place']]);
  assert.equal(extractEvents(testDoc(hi, { ...h, lang: 'hi', published: '2026-03-03' }), EVENTS_HI)[0]?.place, 0);
});

test('a definite reference to another kind of the same family is a mentioned event', () => {
  const text = 'A landslide buried homes near Pune on Monday. It came nine months after the floods on June 3 last year.';
  const doc = testDoc(text, { published: '2026-03-03', timex: [timex(text, 'Monday', '2026-03-02'), timex(text, 'June 3 last year', '2025-06-03')] });
  assert.deepEqual(extractEvents(doc, EVENTS_EN).map((f) => [f.role, f.kind, f.date]), [
    ['main', 'landslide', '2026-03-02'],
    ['mentioned', 'flood', '2025-06-03'],
  ]);
});

test('planned or expected mentions make no event; the same mention in the past does', () => {
  const lead = 'Lisbon, June 2 : Energy Minister Ravi Menon held talks with Portuguese officials on Tuesday. ';
  const mentioned = (sentence: string, lex = EVENTS_EN, lang = 'en', published = '2026-06-02'): string[] => {
    const text = lead + sentence;
    const ann = annotate(text, [['Lisbon', 'place'], ['Ravi Menon', 'person'], ['Porto', 'place']]);
    const doc = testDoc(text, { ...ann, lang, dateline: 'Lisbon', published, timex: [timex(text, 'Tuesday', '2026-06-02')] });
    return extractEvents(doc, lex).filter((f) => f.role === 'mentioned').map((f) => f.kind);
  };
  assert.deepEqual(mentioned('He condemned an attack in Porto.'), ['attack']);
  assert.deepEqual(mentioned('Militants plan to attack in Porto.'), []);
  assert.deepEqual(mentioned('The exercise in Porto ended.'), ['exercise']);
  assert.deepEqual(mentioned('The upcoming exercise in Porto was discussed.'), []);
  assert.deepEqual(mentioned('An exercise in Porto will be held soon.'), []);
  // "May" the month is not the modal.
  assert.deepEqual(mentioned('He condemned the May attack in Porto.'), ['attack']);
});

test('a mentioned event dated after the report has not happened yet', () => {
  const text = 'Lisbon, June 2 : Energy Minister Ravi Menon held talks on Tuesday. A summit in Porto in September is on the agenda.';
  const ann = annotate(text, [['Lisbon', 'place'], ['Ravi Menon', 'person'], ['Porto', 'place']]);
  const at = (published: string): string[] => {
    const doc = testDoc(text, { ...ann, dateline: 'Lisbon', published, timex: [timex(text, 'Tuesday', published), timex(text, 'September', '2026-09')] });
    return extractEvents(doc, EVENTS_EN).filter((f) => f.role === 'mentioned').map((f) => f.date ?? '');
  };
  assert.deepEqual(at('2026-06-02'), []);
  assert.deepEqual(at('2026-10-01'), ['2026-09']);
});

test('Hindi: a meeting that "will be held" makes no event, one that was held does', () => {
  const lead = 'विदेश मंत्री अनया कुलकर्णी ने 3 मार्च, 2026 को ओस्लो में नॉर्वे की मंत्री के साथ बैठक की। ';
  const mentioned = (sentence: string): string[] => {
    const text = lead + sentence;
    const ann = annotate(text, [['अनया कुलकर्णी', 'person'], ['ओस्लो', 'place'], ['नॉर्वे', 'place'], ['बर्गेन', 'place']]);
    const doc = testDoc(text, { ...ann, lang: 'hi', published: '2026-03-03', timex: [timex(text, '3 मार्च, 2026', '2026-03-03')] });
    return extractEvents(doc, EVENTS_HI).filter((f) => f.role === 'mentioned').map((f) => f.kind);
  };
  assert.deepEqual(mentioned('उन्होंने बर्गेन में हुए हमले की निंदा की।'), ['attack']);
  assert.deepEqual(mentioned('बर्गेन में अगली वार्ता होगी।'), []);
  assert.deepEqual(mentioned('बर्गेन में युद्धाभ्यास हुआ।'), ['exercise']);
  assert.deepEqual(mentioned('अगले महीने बर्गेन में युद्धाभ्यास प्रस्तावित है।'), []);
  // "Next" alone is no future: the attack in Bergen the next day happened.
  assert.deepEqual(mentioned('अगले दिन बर्गेन में हमला हुआ।'), ['attack']);
});
