/**
 * What the story and entity pages show beyond the export's own fields: the sentence behind each
 * event mention and each fact (so the page can highlight it in its report), the quotes about an
 * entity, and the entities that appear with it.
 */
import type { ExportEvent, ExportQuote } from '../store/export.js';
import type { View } from './view.js';

/** A sentence of a document that supports something on the page. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  /** What it supports: `event` for a mention of the event, else the fact's name (`killed`). */
  of: string;
  /** The fact's value, for facts. */
  value?: number;
}

const ENDERS = new Set(['.', '!', '?', '।', '॥', '\n']);

/**
 * The sentence around `[start, end)` in `body`: from just after the previous sentence end (`.`,
 * `!`, `?`, the danda `।`, a line break) to the next one, trimmed.
 *
 * @example
 * ```ts
 * sentenceAt('One. Two three. Four', 6, 9); // [5, 15]
 * ```
 */
export function sentenceAt(body: string, start: number, end: number): [number, number] {
  // A full stop ends a sentence only before a space (not inside `1.5` or `U.S.`-like tokens).
  const endsAt = (i: number): boolean => {
    const c = body[i] as string;
    return ENDERS.has(c) && (c !== '.' || /\s/.test(body[i + 1] ?? ' '));
  };
  let s = start;
  while (s > 0 && !endsAt(s - 1)) s--;
  let e = Math.max(end, start);
  while (e < body.length && !endsAt(e)) e++;
  if (e < body.length && body[e] !== '\n') e++;
  while (s < e && /\s/.test(body[s] as string)) s++;
  while (e > s && /\s/.test(body[e - 1] as string)) e--;
  return [s, e];
}

const DIGITS: Record<string, string> = { '०': '0', '१': '1', '२': '2', '३': '3', '४': '4', '५': '5', '६': '6', '७': '7', '८': '8', '९': '9' };

/** Offsets of `value` written as a whole number in `body` (ASCII or Devanagari digits, `1,200` too). */
export function numberAt(body: string, value: number): number[][] {
  const out: number[][] = [];
  for (const m of body.matchAll(/[0-9०-९][0-9०-९,]*/g)) {
    const n = Number([...m[0].replace(/,/g, '')].map((c) => DIGITS[c] ?? c).join(''));
    if (n === value) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * The sentences behind an event: each mention's sentence, and for each fact the sentence in each
 * report (or mentioning document) that states its number, preferring one that also mentions the event.
 *
 * @example
 * ```ts
 * evidenceOf(view, event).filter((e) => e.of === 'killed');
 * ```
 */
export function evidenceOf(view: View, event: ExportEvent): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  const add = (ev: Evidence): void => {
    const key = `${ev.doc}:${ev.start}:${ev.of}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(ev);
    }
  };
  const mentionSentences = new Map<string, [number, number][]>();
  for (const m of event.mentions) {
    const body = view.document.get(m.doc)?.body;
    if (body === undefined) continue;
    const [start, end] = sentenceAt(body, m.start, m.end);
    add({ doc: m.doc, start, end, of: 'event' });
    const list = mentionSentences.get(m.doc) ?? [];
    list.push([start, end]);
    mentionSentences.set(m.doc, list);
  }
  const docs = [...new Set([...event.reports, ...event.mentions.map((m) => m.doc)])];
  for (const [fact, value] of Object.entries(event.facts)) {
    for (const doc of docs) {
      const body = view.document.get(doc)?.body;
      if (body === undefined) continue;
      const sentences = numberAt(body, value).map(([s, e]) => sentenceAt(body, s as number, e as number));
      if (sentences.length === 0) continue;
      const near = mentionSentences.get(doc) ?? [];
      const best = sentences.find(([s, e]) => near.some(([ms, me]) => ms < e && s < me)) ?? sentences[0] as [number, number];
      add({ doc, start: best[0], end: best[1], of: fact, value });
    }
  }
  return out;
}

/**
 * Quotes that name the entity inside their quoted words (quotes about it), other than its own.
 *
 * @example
 * ```ts
 * quotesAbout(view, 'e-…').map((q) => q.speakerText);
 * ```
 */
export function quotesAbout(view: View, entity: string): ExportQuote[] {
  const e = view.entity.get(entity);
  if (!e) return [];
  const out: ExportQuote[] = [];
  for (const doc of new Set(e.mentions.map((m) => m.doc))) {
    const mentions = e.mentions.filter((m) => m.doc === doc);
    for (const q of view.quotesOf.get(doc) ?? []) {
      if (q.speaker !== entity && mentions.some((m) => m.start >= q.start && m.end <= q.end)) out.push(q);
    }
  }
  return out;
}

/**
 * Entities mentioned in the same documents as this one, with how many documents they share, most first.
 *
 * @example
 * ```ts
 * coOccurring(view, 'e-…', 10); // [{ id, name, type, documents: 3 }, …]
 * ```
 */
export function coOccurring(view: View, entity: string, limit = 20): { id: string; name: string; type: string; documents: number }[] {
  const e = view.entity.get(entity);
  if (!e) return [];
  const counts = new Map<string, number>();
  for (const doc of new Set(e.mentions.map((m) => m.doc))) {
    for (const other of new Set((view.mentionsIn.get(doc) ?? []).map((m) => m.entity))) {
      if (other !== entity) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id, documents]) => ({ id, name: view.entity.get(id)?.name ?? id, type: view.entity.get(id)?.type ?? 'other', documents }));
}

/** One of an entity's roles with the reports that give it: their first and last publication days. */
export interface DatedRole {
  role: string;
  /** Earliest and latest publication day (`YYYY-MM-DD`) of those reports; null when none is dated. */
  from: string | null;
  to: string | null;
  /** Reports whose own entity (a member of this one) carries the role. */
  documents: string[];
}

/**
 * An entity's roles with dates: for each role, the reports whose own entity gave it (the export's
 * `roleReports`, so a role the entity stage normalised, `Defence Minister of India`, is dated too),
 * and the span of their publication days.
 *
 * @example
 * ```ts
 * datedRoles(view, 'e-…'); // [{ role: 'Defence Minister', from: '2024-11-16', to: '2025-05-05', documents: […] }]
 * ```
 */
export function datedRoles(view: View, entity: string): DatedRole[] {
  const e = view.entity.get(entity);
  if (!e) return [];
  return e.roles.map((role) => {
    const documents = e.roleReports?.[role] ?? [];
    const days = documents
      .map((id) => view.document.get(id)?.published?.slice(0, 10) ?? '')
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort();
    return { role, from: days[0] ?? null, to: days[days.length - 1] ?? null, documents };
  });
}
