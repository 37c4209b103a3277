/**
 * Scores the time stage on TimeML documents (TempEval-3's TimeBank + AQUAINT): the TIMEX3 tags
 * inside `<TEXT>` are the gold, the TIMEX3 with `functionInDocument="CREATION_TIME"` is the
 * reference date. Metrics as in TempEval-3: relaxed span F1 (any overlap), strict span F1
 * (same offsets), and value F1 = relaxed F1 × value accuracy on the relaxed matches.
 *
 * @example
 * ```ts
 * const score = scoreTimeML('../shared/eval/timex-dev/TBAQ-cleaned', 20);
 * score.relaxedF1; // e.g. 0.8
 * ```
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createTimexExtractor } from '../stages/time/time.js';
import { pickSubset, type Subset } from './subset.js';

/** One gold TIMEX3 with offsets into the tag-free text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  value: string;
  type: string;
}

/** A TimeML document reduced to what scoring needs. */
export interface TimeMLDoc {
  /** The creation time's `value` (the reference date), or null. */
  dct: string | null;
  /** The content of `<TEXT>` with every tag removed and entities decoded. */
  text: string;
  timex: GoldTimex[];
}

/** Precision, recall and F1 of one matching criterion. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimeMLScore {
  docs: number;
  gold: number;
  system: number;
  relaxed: Prf;
  strict: Prf;
  /** Share of relaxed matches whose value is exactly the gold value. */
  valueAccuracy: number;
  relaxedF1: number;
  strictF1: number;
  /** relaxedF1 × valueAccuracy. */
  valueF1: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1] ?? ''] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return out;
}

/**
 * Reads a TimeML document with a small tag scanner: the text of `<TEXT>` without tags, the
 * TIMEX3 spans in it (offsets into that text), and the creation time.
 *
 * @example
 * ```ts
 * parseTimeML('<DCT><TIMEX3 value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
 *   + '<TEXT>On <TIMEX3 value="1998-01-07">Wednesday</TIMEX3>.</TEXT>');
 * // { dct: '1998-01-08', text: 'On Wednesday.', timex: [{ start: 3, end: 12, text: 'Wednesday', value: '1998-01-07', type: '' }] }
 * ```
 */
export function parseTimeML(xml: string): TimeMLDoc {
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>/g)) {
    const attrs = attributes(m[1] ?? '');
    if (attrs.functionInDocument === 'CREATION_TIME') {
      dct = attrs.value ?? null;
      break;
    }
  }
  const open = xml.search(/<TEXT>/);
  const close = xml.search(/<\/TEXT>/);
  const body = open >= 0 ? xml.slice(open + '<TEXT>'.length, close > open ? close : undefined) : '';
  let text = '';
  const timex: GoldTimex[] = [];
  const stack: Array<{ start: number; value: string; type: string }> = [];
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>/g)) {
    text += decodeEntities(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      const top = stack.pop();
      if (top) timex.push({ start: top.start, end: text.length, text: text.slice(top.start, text.length), value: top.value, type: top.type });
    } else if (m[4] !== '/') {
      const attrs = attributes(m[3] ?? '');
      stack.push({ start: text.length, value: attrs.value ?? '', type: attrs.type ?? '' });
    }
  }
  text += decodeEntities(body.slice(last));
  return { dct, text, timex };
}

function listTml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listTml(full));
    else if (name.endsWith('.tml')) out.push(full);
  }
  return out;
}

function prf(matchedSystem: number, system: number, matchedGold: number, gold: number): Prf {
  const precision = system ? matchedSystem / system : 0;
  const recall = gold ? matchedGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

interface Spanish {
  start: number;
  end: number;
}

/** One-to-one matching, greedy in text order: each gold span takes the first free system span it accepts. */
function match<G extends Spanish, S extends Spanish>(gold: G[], system: S[], ok: (g: G, s: S) => boolean): Array<[G, S]> {
  const used = new Set<number>();
  const pairs: Array<[G, S]> = [];
  for (const g of gold) {
    const i = system.findIndex((s, k) => !used.has(k) && ok(g, s));
    const s = system[i];
    if (i >= 0 && s) {
      used.add(i);
      pairs.push([g, s]);
    }
  }
  return pairs;
}

/**
 * Scores `extractTimex` (English rules) on the `.tml` files under `dir` (recursively, in path
 * order), the subset of them when given.
 *
 * @example
 * ```ts
 * const { relaxedF1, strictF1, valueF1 } = scoreTimeML('../shared/eval/timex-dev/TBAQ-cleaned');
 * ```
 */
export function scoreTimeML(dir: string, subset?: Subset): TimeMLScore {
  const files = pickSubset(listTml(dir), subset);
  const extract = createTimexExtractor();
  let gold = 0;
  let system = 0;
  let relaxedHits = 0;
  let strictHits = 0;
  let valueHits = 0;
  for (const file of files) {
    const doc = parseTimeML(readFileSync(file, 'utf8'));
    const found = extract(doc.text, 'en', doc.dct ?? '');
    gold += doc.timex.length;
    system += found.length;
    const relaxed = match(doc.timex, found, (g, s) => g.start < s.end && s.start < g.end);
    relaxedHits += relaxed.length;
    valueHits += relaxed.filter(([g, s]) => g.value === s.value).length;
    strictHits += match(doc.timex, found, (g, s) => g.start === s.start && g.end === s.end).length;
  }
  const relaxed = prf(relaxedHits, system, relaxedHits, gold);
  const strict = prf(strictHits, system, strictHits, gold);
  const valueAccuracy = relaxedHits ? valueHits / relaxedHits : 0;
  return {
    docs: files.length,
    gold,
    system,
    relaxed,
    strict,
    valueAccuracy,
    relaxedF1: relaxed.f1,
    strictF1: strict.f1,
    valueF1: relaxed.f1 * valueAccuracy,
  };
}
