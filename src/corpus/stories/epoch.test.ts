/**
 * Story epochs: an epoch with nothing added is the full run, byte for byte; within an epoch, the
 * added reports give the same stories whether they come at once or in shuffled batches of any size.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../../bench/generate.js';
import { seededShuffle } from '../../pipeline/random.js';
import { clusterStories, type Story } from './cluster.js';
import { storyEpoch } from './epoch.js';
import { MODEL } from './model.js';
import { createProfiler, type StoryProfile } from './profile.js';

/** Story profiles of generated articles (`date` line, title, body), without the per-document stages. */
function profiles(count: number, seed: number, prefix: string): StoryProfile[] {
  const profiler = createProfiler();
  return generateCorpus('examples', count, seed).map((f, i) => {
    const lines = f.content.split('\n');
    const published = /^date (\d{4}-\d{2}-\d{2})/.exec(lines[0] ?? '')?.[1] ?? null;
    const body = lines.slice(published ? 1 : 0).join('\n').trim();
    const title = body.split('\n')[0] ?? null;
    return profiler(
      { id: `${prefix}${String(i).padStart(4, '0')}-${f.name}`, lang: /[\u0900-\u097F]/.test(body) ? 'hi' : 'en', title, text: body, published, timex: [], events: [] },
      { entityMentions: [], entityOf: () => null },
    );
  });
}

const json = (stories: Story[]): string => JSON.stringify(stories);
const docsOf = (stories: Story[]): string[][] => stories.map((s) => s.members.map((m) => m.doc).sort()).sort();

test('an epoch with nothing added gives exactly the full run', () => {
  for (const [count, seed] of [[80, 1], [240, 4]] as const) {
    const ps = profiles(count, seed, 'a');
    const full = clusterStories(ps, MODEL);
    assert.ok(full.some((s) => s.members.length > 2), 'some story has several reports');
    assert.equal(json(storyEpoch(seededShuffle(ps, 9), MODEL).stories()), json(full), `${count} reports`);
  }
});

test('within an epoch, shuffled batches give the same stories as one batch', () => {
  // Enough reports that most have more candidates than they pick, so the picking rule is exercised.
  const base = profiles(400, 1, 'b');
  const more = profiles(200, 2, 'n');
  // Copies of base reports and of added ones, under other ids.
  const copies = [...base.slice(0, 5), ...more.slice(0, 5)].map((p) => ({ ...p, doc: `c-${p.doc}` }));
  const added = [...more, ...copies];
  const once = storyEpoch(base, MODEL);
  once.add(added);
  const expected = once.stories();
  assert.equal(once.size, base.length + added.length);
  assert.equal(new Set(expected.flatMap((s) => s.members.map((m) => m.doc))).size, once.size, 'every report in exactly one story');
  // The test means something: added reports join base stories, form stories of their own, and copies are found.
  const baseDocs = new Set(base.map((p) => p.doc));
  assert.ok(expected.some((s) => s.members.some((m) => baseDocs.has(m.doc)) && s.members.some((m) => m.doc.startsWith('n'))), 'an added report joins a base story');
  assert.ok(expected.some((s) => s.members.filter((m) => m.doc.startsWith('n') && m.copyOf === null).length > 1 && s.members.every((m) => !baseDocs.has(m.doc))), 'added reports form a story together');
  assert.ok(expected.some((s) => s.members.some((m) => m.doc.startsWith('c-b') && m.copyOf !== null && baseDocs.has(m.copyOf))), 'a copy of a base report');
  for (const [k, seed] of [[2, 3], [3, 7], [7, 11]] as const) {
    const order = seededShuffle(added, seed);
    const epoch = storyEpoch(seededShuffle(base, seed), MODEL);
    const size = Math.ceil(order.length / k);
    for (let i = 0; i < order.length; i += size) epoch.add(order.slice(i, i + size));
    assert.equal(json(epoch.stories()), json(expected), `${k} batches, seed ${seed}`);
  }
  // One report at a time, too.
  const single = storyEpoch(base, MODEL);
  for (const p of seededShuffle(added, 5)) single.add([p]);
  assert.equal(json(single.stories()), json(expected), 'one report at a time');
});

test('a rebuild over everything is the full run again, and close to the epoch', () => {
  const base = profiles(160, 1, 'b');
  const more = profiles(120, 2, 'n');
  const epoch = storyEpoch(base, MODEL);
  epoch.add(more);
  const full = clusterStories([...base, ...more], MODEL);
  assert.equal(json(storyEpoch([...more, ...base], MODEL).stories()), json(full));
  // Frozen statistics shift a few decisions, not the grouping as a whole: the pairs of reports the epoch
  // puts in one story are mostly those the full run does (F1 of one against the other). Pairs, not whole
  // stories, so that one report placed otherwise in a story of forty counts as one report, not one story.
  const agreement = pairAgreement(epoch.stories(), full);
  assert.ok(agreement >= 0.8, `same-story pairs of the epoch against the full run: F1 ${agreement.toFixed(3)}`);
  assert.ok(docsOf(full).some((s) => s.length > 2), 'some story has several reports');
});

/** F1 of the same-story pairs of one grouping against another's. */
function pairAgreement(x: Story[], y: Story[]): number {
  const storyOf = (stories: Story[]): Map<string, number> => new Map(stories.flatMap((s, i) => s.members.map((m) => [m.doc, i] as const)));
  const [sx, sy] = [storyOf(x), storyOf(y)];
  const docs = [...sy.keys()].sort();
  let both = 0;
  let onlyX = 0;
  let onlyY = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const inX = sx.get(docs[i] as string) === sx.get(docs[j] as string);
      const inY = sy.get(docs[i] as string) === sy.get(docs[j] as string);
      if (inX && inY) both++;
      else if (inX) onlyX++;
      else if (inY) onlyY++;
    }
  }
  return both ? (2 * both) / (2 * both + onlyX + onlyY) : 0;
}

test('a report given twice is an error', () => {
  const ps = profiles(20, 1, 'x');
  const epoch = storyEpoch(ps.slice(0, 10), MODEL);
  assert.throws(() => epoch.add([ps[0] as StoryProfile]), /given twice/);
  epoch.add([ps[10] as StoryProfile]);
  assert.throws(() => epoch.add([ps[10] as StoryProfile]), /given twice/);
});
