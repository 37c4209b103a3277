import { basename } from 'node:path';
import type { ExportDocument, ExportJson } from '../store/export.js';

/** The hand-made answer key format (`../shared/gold/seeds.gold.json`, `examples/gold.json`). */
export interface GoldFile {
  documents: Record<string, {
    lang: string;
    published: string;
    dateline?: string | null;
    title?: string | null;
    publisher?: string | null;
    body_must_include?: string[];
    body_must_exclude?: string[];
  }>;
  events?: { id: string; kind: string; date: string; location: string; participants?: string[]; reported_by: string[] }[];
  mentioned_events?: { id: string; kind: string; date: string; location?: string; mentioned_in: string[] }[];
  storylines?: { id: string; events_in_order: string[] }[];
  entities?: { canonical: string; type: string; mentions: Record<string, string[]>; roles_include?: string[] }[];
  entities_must_not_appear?: Record<string, string[]>;
  quotes?: { doc: string; speaker: string; starts: string }[];
  timex?: { doc: string; text: string; value: string }[];
}

/** The metric names `dossier eval` prints, in order. */
export const METRICS = [
  'documents_found', 'lang_accuracy', 'published_accuracy', 'title_accuracy', 'body_kept', 'furniture_removed',
  'entity_mention_recall', 'entity_fully_linked', 'entities_over_merged', 'furniture_entities_absent',
  'quote_recall', 'quote_attribution', 'timex_accuracy', 'cluster_pair_f1', 'event_date_place',
  'mentioned_events_found', 'storylines_found',
] as const;
export type MetricName = (typeof METRICS)[number];

/**
 * The gold id of an exported document: its file name without extensions (`a/b/001_x.txt` →
 * `001_x`, `feeds/wires.jsonl#2` → `wires#2`).
 *
 * @example
 * ```ts
 * goldIdOf('../shared/seeds/000_9a42.txt'); // '000_9a42'
 * ```
 */
export function goldIdOf(source: string): string {
  const [path = '', line] = source.split('#');
  const name = basename(path).replace(/\.gz$/i, '').replace(/\.(txt|html?|jsonl)$/i, '');
  return line ? `${name}#${line}` : name;
}

function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function ratio(hit: number, total: number): number {
  return total === 0 ? 1 : hit / total;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Where `s` stands in `body` as whole words (`Japan` is not found inside `Japanese`). */
function occurrences(body: string, s: string): number[] {
  const out: number[] = [];
  if (!s) return out;
  for (let i = body.indexOf(s); i >= 0; i = body.indexOf(s, i + 1)) {
    const before = body[i - 1] ?? ' ';
    const after = body[i + s.length] ?? ' ';
    if (!(WORD_CHAR.test(before) && WORD_CHAR.test(s[0] ?? '')) && !(WORD_CHAR.test(after) && WORD_CHAR.test(s.at(-1) ?? ''))) out.push(i);
  }
  return out;
}

function related(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

interface EntityMatch {
  /** gold canonical → the set of exported entity ids matched per (doc, surface) */
  triples: { gold: string; doc: string; surface: string; ids: Set<string> }[];
}

/**
 * Matches every gold surface form to the exported entity mentions that cover one of its
 * occurrences in the body (overlapping spans whose texts contain one another: a mention
 * `Nakatani` covers the gold form `General Nakatani`).
 */
function matchEntities(exp: ExportJson, gold: GoldFile, docOf: Map<string, ExportDocument>): EntityMatch {
  const byDoc = new Map<string, { id: string; start: number; end: number; text: string }[]>();
  for (const e of exp.entities) {
    for (const m of e.mentions) {
      const list = byDoc.get(m.doc) ?? [];
      list.push({ id: e.id, start: m.start, end: m.end, text: m.text });
      byDoc.set(m.doc, list);
    }
  }
  const triples: EntityMatch['triples'] = [];
  for (const g of gold.entities ?? []) {
    for (const [goldDoc, surfaces] of Object.entries(g.mentions)) {
      const doc = docOf.get(goldDoc);
      for (const surface of surfaces) {
        const ids = new Set<string>();
        if (doc) {
          const mentions = byDoc.get(doc.id) ?? [];
          for (const at of occurrences(doc.body, surface)) {
            for (const m of mentions) {
              if (m.start < at + surface.length && at < m.end && related(m.text, surface)) ids.add(m.id);
            }
          }
        }
        triples.push({ gold: g.canonical, doc: goldDoc, surface, ids });
      }
    }
  }
  return { triples };
}

/** The exported entity a gold entity corresponds to: the one its surface forms land in most. */
function entityFor(canonical: string, match: EntityMatch): string | null {
  const counts = new Map<string, number>();
  for (const t of match.triples) {
    if (t.gold !== canonical) continue;
    for (const id of t.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [id, c] of counts) {
    if (c > n) {
      best = id;
      n = c;
    }
  }
  return best;
}

function pairs(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const sorted = [...new Set(g)].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]}|${sorted[j]}`);
    }
  }
  return out;
}

function isSubsequence(needle: string[], hay: string[]): boolean {
  let i = 0;
  for (const h of hay) if (h === needle[i]) i++;
  return i === needle.length;
}

/**
 * Scores an export against a gold file. Every metric is a number in [0, 1] except
 * `entities_over_merged`, a count (lower is better). What each measures:
 * documents_found (gold documents present, by file name), lang_accuracy, published_accuracy (same
 * day, and the same instant where the gold gives a time), title_accuracy (whitespace-normalised,
 * null = null), body_kept (`body_must_include` present), furniture_removed (`body_must_exclude`
 * absent), entity_mention_recall (gold surface forms covered by a mention), entity_fully_linked
 * (gold entities whose every form, across documents and scripts, lands in one entity),
 * entities_over_merged, furniture_entities_absent, quote_recall (a quote starting with the gold
 * words), quote_attribution (found and attributed to the gold speaker's entity), timex_accuracy
 * (same text and value), cluster_pair_f1 (pairwise F1 over which documents report one event),
 * event_date_place (the event its reports form has the gold date and place),
 * mentioned_events_found (same kind and date, mentioned in a gold document), storylines_found
 * (a storyline holding the gold events in order).
 *
 * @example
 * ```ts
 * for (const [name, value] of scoreAgainstGold(exportJson, gold)) console.log(`${name}\t${value}`);
 * ```
 */
export function scoreAgainstGold(exp: ExportJson, gold: GoldFile): [MetricName, number][] {
  const docOf = new Map<string, ExportDocument>();
  for (const d of exp.documents) {
    const gid = goldIdOf(d.source);
    if (gold.documents[gid] && !docOf.has(gid)) docOf.set(gid, d);
  }
  const goldDocs = Object.entries(gold.documents);
  const found = goldDocs.filter(([id]) => docOf.has(id));
  const m = new Map<MetricName, number>();

  m.set('documents_found', ratio(found.length, goldDocs.length));
  m.set('lang_accuracy', ratio(found.filter(([id, g]) => docOf.get(id)?.lang.split('-')[0] === g.lang).length, goldDocs.length));
  m.set('published_accuracy', ratio(found.filter(([id, g]) => samePublished(docOf.get(id)?.published ?? null, g.published)).length, goldDocs.length));
  m.set('title_accuracy', ratio(found.filter(([id, g]) => norm(docOf.get(id)?.title ?? '') === norm(g.title ?? '')).length, goldDocs.length));

  let kept = 0;
  let keepTotal = 0;
  let removed = 0;
  let removeTotal = 0;
  for (const [id, g] of goldDocs) {
    const body = norm(docOf.get(id)?.body ?? '');
    for (const s of g.body_must_include ?? []) {
      keepTotal++;
      if (docOf.has(id) && body.includes(norm(s))) kept++;
    }
    for (const s of g.body_must_exclude ?? []) {
      removeTotal++;
      if (docOf.has(id) && !body.includes(norm(s))) removed++;
    }
  }
  m.set('body_kept', ratio(kept, keepTotal));
  m.set('furniture_removed', ratio(removed, removeTotal));

  const match = matchEntities(exp, gold, docOf);
  m.set('entity_mention_recall', ratio(match.triples.filter((t) => t.ids.size > 0).length, match.triples.length));
  const canonicals = [...new Set(match.triples.map((t) => t.gold))];
  const linked = canonicals.filter((c) => {
    const sets = match.triples.filter((t) => t.gold === c).map((t) => t.ids);
    const first = sets[0];
    return first !== undefined && [...first].some((id) => sets.every((s) => s.has(id)));
  });
  m.set('entity_fully_linked', ratio(linked.length, canonicals.length));
  const goldsPerEntity = new Map<string, Set<string>>();
  for (const t of match.triples) {
    for (const id of t.ids) goldsPerEntity.set(id, (goldsPerEntity.get(id) ?? new Set()).add(t.gold));
  }
  m.set('entities_over_merged', [...goldsPerEntity.values()].filter((s) => s.size > 1).length);

  let absent = 0;
  let absentTotal = 0;
  for (const [gid, strings] of Object.entries(gold.entities_must_not_appear ?? {})) {
    const doc = docOf.get(gid);
    const texts = doc ? exp.entities.flatMap((e) => e.mentions.filter((x) => x.doc === doc.id).map((x) => x.text)) : [];
    for (const s of strings) {
      absentTotal++;
      if (doc && !texts.some((t) => t.length >= 3 && related(t, s))) absent++;
    }
  }
  m.set('furniture_entities_absent', ratio(absent, absentTotal));

  const goldQuotes = gold.quotes ?? [];
  let quoteFound = 0;
  let attributed = 0;
  for (const q of goldQuotes) {
    const doc = docOf.get(q.doc);
    const hit = doc ? exp.quotes.find((x) => x.doc === doc.id && norm(x.text).includes(norm(q.starts)) && norm(x.text).indexOf(norm(q.starts)) < 5) : undefined;
    if (!hit) continue;
    quoteFound++;
    const want = entityFor(q.speaker, match);
    if (hit.speaker !== null && hit.speaker === want) attributed++;
  }
  m.set('quote_recall', ratio(quoteFound, goldQuotes.length));
  m.set('quote_attribution', ratio(attributed, goldQuotes.length));

  const goldTimex = gold.timex ?? [];
  const timexHits = goldTimex.filter((t) => {
    const doc = docOf.get(t.doc);
    return doc !== undefined && exp.timex.some((x) => x.doc === doc.id && norm(x.text) === norm(t.text) && x.value === t.value);
  });
  m.set('timex_accuracy', ratio(timexHits.length, goldTimex.length));

  const goldIdOfDoc = new Map([...docOf].map(([gid, d]) => [d.id, gid]));
  const goldEvents = gold.events ?? [];
  const goldPairs = pairs(goldEvents.map((e) => e.reported_by));
  const predPairs = pairs(exp.events.map((e) => e.reports.map((r) => goldIdOfDoc.get(r)).filter((g): g is string => g !== undefined)));
  const tp = [...predPairs].filter((p) => goldPairs.has(p)).length;
  const precision = ratio(tp, predPairs.size);
  const recall = ratio(tp, goldPairs.size);
  m.set('cluster_pair_f1', precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

  const eventOf = new Map<string, string>();
  const entityName = new Map(exp.entities.map((e) => [e.id, [e.name, ...e.aliases].map(norm)]));
  let datePlace = 0;
  for (const g of goldEvents) {
    const docs = new Set(g.reported_by.map((r) => docOf.get(r)?.id).filter(Boolean));
    let best: ExportJson['events'][number] | undefined;
    let overlap = 0;
    for (const e of exp.events) {
      const o = e.reports.filter((r) => docs.has(r)).length;
      if (o > overlap) {
        best = e;
        overlap = o;
      }
    }
    if (!best) continue;
    eventOf.set(g.id, best.id);
    const placeOk = best.location !== null && (
      best.location === entityFor(g.location, match) ||
      (entityName.get(best.location) ?? []).some((n) => n.toLowerCase() === norm(g.location).toLowerCase()));
    if (best.date === g.date && placeOk) datePlace++;
  }
  m.set('event_date_place', ratio(datePlace, goldEvents.length));

  const goldMentioned = gold.mentioned_events ?? [];
  let mentionedFound = 0;
  for (const g of goldMentioned) {
    const docs = new Set(g.mentioned_in.map((r) => docOf.get(r)?.id).filter(Boolean));
    const hit = exp.events.find((e) => e.kind === g.kind && e.date !== null && e.date.slice(0, g.date.length) === g.date &&
      e.mentions.some((x) => docs.has(x.doc)));
    if (hit) {
      mentionedFound++;
      eventOf.set(g.id, hit.id);
    }
  }
  m.set('mentioned_events_found', ratio(mentionedFound, goldMentioned.length));

  const goldStories = gold.storylines ?? [];
  const storiesFound = goldStories.filter((g) => {
    const wanted = g.events_in_order.map((id) => eventOf.get(id));
    if (wanted.some((id) => id === undefined)) return false;
    return exp.storylines.some((s) => isSubsequence(wanted as string[], s.events));
  });
  m.set('storylines_found', ratio(storiesFound.length, goldStories.length));

  return METRICS.map((name) => [name, round(m.get(name) ?? 0)]);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function samePublished(got: string | null, want: string): boolean {
  if (!got || got.slice(0, 10) !== want.slice(0, 10)) return false;
  if (want.length <= 10) return true;
  return Date.parse(got) === Date.parse(want);
}
