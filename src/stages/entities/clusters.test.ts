import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterKey, learnClusters, parseClusters, serializeClusters } from './clusters.js';
import { hashString } from './feature-hash.js';

/** Invented sentences: weekdays and towns fill different slots of the same frames. */
function corpus(): string[][] {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const towns = ['Ruvelo', 'Port Elan', 'Kastor', 'Meridia', 'Tolven'];
  const out: string[][] = [];
  for (let r = 0; r < 6; r++) {
    for (const d of days) out.push(['The', 'council', 'met', 'on', d, 'and', 'voted', '.']);
    for (const d of days) out.push(['Talks', 'resume', 'on', d, 'morning', '.']);
    for (const t of towns) out.push(['She', 'lives', 'in', ...t.split(' '), ',', 'near', 'the', 'coast', '.']);
    for (const t of towns) out.push(['Flights', 'to', ...t.split(' '), 'were', 'cancelled', '.']);
  }
  return out;
}

test('words used in the same slots share a cluster, words of other slots do not', () => {
  const c = learnClusters(corpus(), { fine: 4, mid: 2, coarse: 2, seed: 3, minCount: 3 });
  const fine = (w: string): number | undefined => c.get(clusterKey(w))?.[0];
  assert.equal(fine('Monday'), fine('Friday'));
  assert.equal(fine('Tuesday'), fine('Thursday'));
  assert.equal(fine('Ruvelo'), fine('Kastor'));
  assert.notEqual(fine('Monday'), fine('Ruvelo'));
});

test('the same text and seed give the same file; the file holds no words', () => {
  const a = serializeClusters(learnClusters(corpus(), { fine: 4, mid: 2, coarse: 2, seed: 9 }));
  const b = serializeClusters(learnClusters(corpus(), { fine: 4, mid: 2, coarse: 2, seed: 9 }));
  assert.equal(a, b);
  assert.doesNotMatch(a, /monday|ruvelo|council/i);
  for (const line of a.trim().split('\n')) assert.match(line, /^[0-9a-z]+\t\d+\t\d+\t\d+$/);
});

test('the cluster tree nests: one fine cluster is always under one mid and one coarse cluster', () => {
  const c = learnClusters(corpus(), { fine: 6, mid: 3, coarse: 2, seed: 5 });
  const midOf = new Map<number, number>();
  const coarseOf = new Map<number, number>();
  for (const [f, m, k] of c.values()) {
    assert.equal(midOf.get(f) ?? m, m);
    assert.equal(coarseOf.get(m) ?? k, k);
    midOf.set(f, m);
    coarseOf.set(m, k);
  }
});

test('a file read back gives each word its ids under the hash of its lookup key', () => {
  const table = parseClusters(serializeClusters(new Map([['bank', [3, 1, 0]], ['0000', [7, 2, 1]]])));
  assert.deepEqual(table.get(hashString(clusterKey('Bank'))), [3, 1, 0]);
  assert.deepEqual(table.get(hashString(clusterKey('1996'))), [7, 2, 1]);
  assert.equal(table.get(hashString('river')), undefined);
});
