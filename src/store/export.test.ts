import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleReports } from './export.js';

test('roleReports: a role is given by the documents whose own entity carries it, each once, in id order', () => {
  const local = new Map<string, readonly string[]>([
    ['d2#0', ['Minister of Trade']],
    ['d1#3', ['Minister of Trade', 'Trade Minister of Norway']],
    ['d3#1', ['Mayor of Oslo']],
  ]);
  const e = { roles: ['Minister of Trade', 'Trade Minister of Norway'], members: [{ doc: 'd2', entity: 0 }, { doc: 'd1', entity: 3 }, { doc: 'd1', entity: 3 }, { doc: 'd3', entity: 0 }] };
  assert.deepEqual(roleReports(e, local), { 'Minister of Trade': ['d1', 'd2'], 'Trade Minister of Norway': ['d1'] });
  // Another member's entity in d3 (index 1, not 0) is not this entity: its role is not counted.
  assert.deepEqual(roleReports({ roles: ['Mayor of Oslo'], members: [{ doc: 'd3', entity: 0 }] }, local), { 'Mayor of Oslo': [] });
});
