import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { testDoc } from '../pipeline/doc.js';
import type { EntityType } from '../pipeline/types.js';
import { resolveEntities, type DocEntities } from './resolve.js';

/** Latin/Devanagari name pairs written for these tests (`test/name-pairs.json`). */
interface NamePairs {
  link: { type: EntityType; latin: string; devanagari: string }[];
  apart: { latinType: EntityType; latin: string; devanagariType: EntityType; devanagari: string }[];
}
const pairs = JSON.parse(readFileSync(new URL('../../test/name-pairs.json', import.meta.url), 'utf8')) as NamePairs;

/** A one-sentence document naming one entity, as a tagger would hand it to resolution. */
function docNaming(id: string, lang: string, name: string, type: EntityType): DocEntities {
  const text = lang === 'hi' ? `${name} के बारे में खबर आई।` : `News came about ${name}.`;
  const doc = testDoc(text, { lang, id });
  const start = text.indexOf(name);
  return {
    doc: doc.id,
    lang,
    text: doc.text,
    entities: [{ name, type, aliases: [name], roles: [] }],
    mentions: [{ start, end: start + name.length, entity: 0 }],
  };
}

/** Whether corpus resolution makes the two names one entity. */
function linked(latin: string, latinType: EntityType, devanagari: string, devanagariType: EntityType): boolean {
  const r = resolveEntities([docNaming('en-doc', 'en', latin, latinType), docNaming('hi-doc', 'hi', devanagari, devanagariType)]);
  return r.entities.some((e) => new Set(e.members.map((m) => m.doc)).size === 2);
}

test('cross-script linking on Latin/Devanagari name pairs from many countries: precision >= 0.97, recall >= 0.90', (t) => {
  assert.ok(pairs.link.length >= 80, 'at least 80 pairs that must link');
  assert.ok(pairs.apart.length >= 30, 'near misses that must not link');
  const missed = pairs.link.filter((p) => !linked(p.latin, p.type, p.devanagari, p.type));
  const wrong = pairs.apart.filter((p) => linked(p.latin, p.latinType, p.devanagari, p.devanagariType));
  const found = pairs.link.length - missed.length;
  const precision = found / (found + wrong.length);
  const recall = found / pairs.link.length;
  const figures = `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}; missed ${JSON.stringify(missed.map((p) => `${p.latin}/${p.devanagari}`))}; linked near misses ${JSON.stringify(wrong.map((p) => `${p.latin}/${p.devanagari}`))}`;
  t.diagnostic(figures);
  assert.ok(precision >= 0.97 && recall >= 0.9, figures);
});
