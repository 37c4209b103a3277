import { createHash } from 'node:crypto';
import type { EventFrame } from '../pipeline/types.js';
import { kindFamily } from '../stages/events/kinds.js';
import type { CorpusEvent, CorpusStoryline, DocSpan } from '../store/store.js';

/** An event frame of one document with its entities already resolved to corpus entity ids. */
export interface FrameRef {
  doc: string;
  frame: EventFrame;
  /** Corpus entity id of the place, or null. */
  place: string | null;
  /** Corpus entity ids of the participants. */
  participants: string[];
}

/** Above this many frames in one block, only frames sharing a place or participant are compared. */
const FULL_COMPARE_LIMIT = 400;

function isDay(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v);
}

function dayShift(v: string, days: number): string {
  return new Date(Date.parse(v) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days seen, parsed once (`Date.parse`; null: not a day), bounded: the corpus's dates are few. */
const DAYS = new Map<string, number | null>();
const DAYS_LIMIT = 1 << 16;

/** A day's time (`Date.parse`, NaN for an impossible day), or null for a value that is no day. */
function dayTime(v: string): number | null {
  let t = DAYS.get(v);
  if (t === undefined) {
    t = isDay(v) ? Date.parse(v) : null;
    if (DAYS.size >= DAYS_LIMIT) DAYS.clear();
    DAYS.set(v, t);
  }
  return t;
}

function withinOneDay(a: string, b: string): boolean {
  const ta = dayTime(a);
  if (ta === null) return false;
  const tb = dayTime(b);
  return tb !== null && Math.abs(ta - tb) <= 86_400_000;
}

function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || withinOneDay(a, b);
}

/**
 * Whether two frames report the same event. Kinds of one family (`kinds.ts`), never conflicting
 * dates, and enough positive evidence: (1) day-level dates within a day, no conflicting place, and a
 * shared place or participant (or, where neither names anyone, a place missing on one side); (2) the
 * same place and no date conflict; or (3) compatible dates of at least month granularity and either
 * the same document ("Vientiane, Laos" and "in Laos" in one report), or no conflicting place and a
 * shared participant (or, where neither names anyone, the same specific kind: "the floods of June
 * 2025" and "the floods on June 3 last year").
 *
 * @example
 * ```ts
 * sameEvent(a, b); // true for two reports of Tuesday's talks in Oslo
 * ```
 */
export function sameEvent(a: FrameRef, b: FrameRef): boolean {
  const fa = a.frame;
  const fb = b.frame;
  if (fa.kind === 'other' || fb.kind === 'other' || kindFamily(fa.kind) !== kindFamily(fb.kind)) return false;
  const da = fa.date;
  const db = fb.date;
  if (da && db && !compatible(da, db)) return false;
  const placeMatch = a.place !== null && a.place === b.place;
  const placeConflict = a.place !== null && b.place !== null && a.place !== b.place;
  const personMatch = a.participants.some((p) => b.participants.includes(p));
  // Nothing on either side says who: a flood or an attack is told apart by date and place alone.
  const nobody = a.participants.length === 0 && b.participants.length === 0;
  if (da && db && withinOneDay(da, db) && !placeConflict && (placeMatch || personMatch || (nobody && (!a.place || !b.place)))) return true;
  if (placeMatch) return true;
  const monthLevel = da !== null && db !== null && da.length >= 7 && db.length >= 7;
  if (!monthLevel) return false;
  if (a.doc === b.doc) return true;
  return !placeConflict && (personMatch || (nobody && fa.kind === fb.kind));
}

/** Distinct months of a day and the days either side of it, by day seen (bounded as {@link DAYS}). */
const MONTHS = new Map<string, readonly string[]>();

/** The months a date's frames are blocked by: for a day, those of the day before, the day and the day after; else the date's month. */
function monthsAround(d: string): readonly string[] {
  if (!isDay(d)) return [d.slice(0, 7)];
  let months = MONTHS.get(d);
  if (months === undefined) {
    months = [...new Set([dayShift(d, -1), d, dayShift(d, 1)].map((x) => x.slice(0, 7)))];
    if (MONTHS.size >= DAYS_LIMIT) MONTHS.clear();
    MONTHS.set(d, months);
  }
  return months;
}

/**
 * Keys that put frames that may be the same event in one block: two frames {@link sameEvent} can
 * join always share one.
 *
 * @example
 * ```ts
 * blockKeys(ref); // ['diplomacy|m|2026-03', 'diplomacy|p|e-oslo']
 * ```
 */
export function blockKeys(r: FrameRef): string[] {
  const k = kindFamily(r.frame.kind);
  const keys: string[] = [];
  const d = r.frame.date;
  if (d && d.length >= 7) for (const m of monthsAround(d)) keys.push(`${k}|m|${m}`);
  if (r.place) keys.push(`${k}|p|${r.place}`);
  if (keys.length === 0 && r.participants.length) keys.push(...r.participants.map((p) => `${k}|who|${p}`));
  return keys;
}

type UnionFind = { find: (i: number) => number; union: (a: number, b: number) => void };

function makeUnionFind(n: number): UnionFind {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  return { find, union: (a, b) => { parent[find(a)] = find(b); } };
}

/** Unions the frames of a block that are the same event; a pair already in one event is not compared again. */
function comparePairs(members: number[], refs: FrameRef[], uf: UnionFind): void {
  if (members.length <= FULL_COMPARE_LIMIT) {
    // `sameEvent`'s first test, read once per frame: a frame of kind `other` is never the same event as any.
    const families = members.map((i) => {
      const kind = (refs[i] as FrameRef).frame.kind;
      return kind === 'other' ? null : kindFamily(kind);
    });
    for (let i = 0; i < members.length; i++) {
      const a = members[i] as number;
      const ra = refs[a] as FrameRef;
      const family = families[i];
      if (family === null) continue;
      for (let j = i + 1; j < members.length; j++) {
        const b = members[j] as number;
        if (families[j] === family && uf.find(a) !== uf.find(b) && sameEvent(ra, refs[b] as FrameRef)) uf.union(a, b);
      }
    }
    return;
  }
  // A crowded block: compare only within sub-blocks of a shared place or participant.
  const sub = new Map<string, number[]>();
  for (const i of members) {
    const r = refs[i] as FrameRef;
    for (const key of [r.place ?? '', ...r.participants].filter(Boolean)) {
      const list = sub.get(key) ?? [];
      list.push(i);
      sub.set(key, list);
    }
  }
  for (const list of sub.values()) {
    comparePairs(list.length > FULL_COMPARE_LIMIT ? list.slice(0, FULL_COMPARE_LIMIT) : list, refs, uf);
  }
}

/**
 * The most frequent item; a tie goes to the item that reached the top count first.
 *
 * @example
 * ```ts
 * mostFrequent(['a', 'b', 'b']); // 'b'
 * ```
 */
export function mostFrequent<T>(items: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const it of items) {
    const c = (counts.get(it) ?? 0) + 1;
    counts.set(it, c);
    if (c > bestCount) {
      best = it;
      bestCount = c;
    }
  }
  return best;
}

/**
 * Distinct items, most frequent first; ties keep the order of first appearance.
 *
 * @example
 * ```ts
 * byFrequency(['a', 'b', 'b']); // ['b', 'a']
 * ```
 */
export function byFrequency<T>(items: readonly T[]): T[] {
  const counts = new Map<T, number>();
  for (const it of items) counts.set(it, (counts.get(it) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}

/** The event's date: the most common of its most specific dates, main (reporting) frames first. */
function chooseDate(refs: FrameRef[]): string | null {
  const main = refs.filter((r) => r.frame.role === 'main' && r.frame.date).map((r) => r.frame.date as string);
  const all = main.length ? main : refs.map((r) => r.frame.date).filter((d): d is string => d !== null);
  return mostSpecificDate(all);
}

/**
 * The most common of the most specific dates: days before months before years.
 *
 * @example
 * ```ts
 * mostSpecificDate(['2025-05', '2025-05-05', '2025-05-05', '2025']); // '2025-05-05'
 * ```
 */
export function mostSpecificDate(dates: readonly string[]): string | null {
  for (const len of [10, 7, 4]) {
    const best = mostFrequent(dates.filter((d) => d.length === len));
    if (best) return best;
  }
  return null;
}

/** A short content hash for corpus ids (12 hex digits of SHA-1). */
export function sha(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 12);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Clusters event frames from all documents into corpus events: reports of one event across
 * outlets and languages become one event, and events mentioned in passing are merged with the
 * same event mentioned elsewhere. Blocked by kind and month (or place), so it scales with the
 * number of frames rather than its square.
 *
 * @example
 * ```ts
 * const events = clusterEvents(frames, (id) => names.get(id) ?? id);
 * events[0]?.reports; // ids of the documents that report it
 * ```
 */
export function clusterEvents(refs: FrameRef[], nameOf: (entityId: string) => string): CorpusEvent[] {
  const uf = makeUnionFind(refs.length);
  const blocks = new Map<string, number[]>();
  refs.forEach((r, i) => {
    for (const key of blockKeys(r)) {
      const list = blocks.get(key) ?? [];
      list.push(i);
      blocks.set(key, list);
    }
  });
  for (const members of blocks.values()) comparePairs(members, refs, uf);

  const groups = new Map<number, FrameRef[]>();
  refs.forEach((r, i) => {
    const root = uf.find(i);
    const list = groups.get(root) ?? [];
    list.push(r);
    groups.set(root, list);
  });

  const events: CorpusEvent[] = [];
  for (const group of groups.values()) {
    const main = group.filter((r) => r.frame.role === 'main');
    const kind = mostFrequent((main.length ? main : group).map((r) => r.frame.kind)) ?? 'other';
    const location = mostFrequent((main.length ? main : group).map((r) => r.place).filter((p): p is string => p !== null))
      ?? mostFrequent(group.map((r) => r.place).filter((p): p is string => p !== null));
    const participants = byFrequency(group.flatMap((r) => r.participants));
    const facts: Record<string, number> = {};
    for (const r of group) {
      for (const [k, v] of Object.entries(r.frame.facts)) facts[k] = Math.max(facts[k] ?? 0, v);
    }
    const mentions: DocSpan[] = group.map((r) => ({ doc: r.doc, start: r.frame.start, end: r.frame.end, text: r.frame.text }));
    const date = chooseDate(group);
    const where = location ? ` in ${nameOf(location)}` : '';
    const who = participants.length ? `: ${participants.slice(0, 3).map(nameOf).join(', ')}` : '';
    events.push({
      id: `v-${sha(mentions.map((m) => `${m.doc}:${m.start}`).sort().join('|'))}`,
      kind,
      title: `${capitalise(kind)}${where}${who}`,
      summary: '',
      date,
      location,
      participants,
      reports: [...new Set(main.map((r) => r.doc))],
      sources: 0,
      mentions,
      facts,
      similarity: [],
    });
  }
  return events.sort(byDate);
}

/**
 * Oldest first; undated events last.
 *
 * @example
 * ```ts
 * events.sort(byDate);
 * ```
 */
export function byDate(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Participants two events must share (the same entity, or holders of one office) to be in one storyline. */
const STORYLINE_SHARED = 2;
/** Blocks of more events than this are not compared pair by pair. */
const STORYLINE_BLOCK_LIMIT = 100;

/**
 * How many participants of `a` are matched one to one by participants of `b`: the same entity, or
 * two holders of one office (Japan's defence minister changed, the office did not).
 */
function sharedParticipants(a: readonly string[], b: readonly string[], rolesOf: (id: string) => readonly string[]): number {
  const used = new Set<number>();
  let n = 0;
  for (const x of a) {
    let j = b.findIndex((y, k) => !used.has(k) && y === x);
    if (j < 0) {
      const rx = rolesOf(x);
      j = rx.length ? b.findIndex((y, k) => !used.has(k) && rolesOf(y).some((r) => rx.includes(r))) : -1;
    }
    if (j >= 0) {
      used.add(j);
      n++;
    }
  }
  return n;
}

/**
 * Links events into storylines: events of one kind family that share two participants (the same
 * entity, or holders of one office), and an event of the same kind that a report mentions in
 * passing ("our meeting in Vientiane last year"), form one storyline. One ubiquitous person alone
 * (a prime minister at every meeting) links nothing. Only groups of two or more events become
 * storylines.
 *
 * @example
 * ```ts
 * buildStorylines(events, nameOf, rolesOf)[0]?.events; // event ids, oldest first
 * ```
 */
export function buildStorylines(
  events: CorpusEvent[],
  nameOf: (entityId: string) => string,
  rolesOf: (entityId: string) => readonly string[] = () => [],
): CorpusStoryline[] {
  const uf = makeUnionFind(events.length);
  const reportedIn = new Map<string, number>();
  events.forEach((ev, i) => {
    for (const d of ev.reports) reportedIn.set(d, i);
  });
  // Candidates share a kind family and a participant or an office: blocked by (family, participant)
  // and (family, office). A block as big as a ubiquitous person's is skipped: a pair sharing two
  // participants also meets in the other one's block.
  const byKey = new Map<string, number[]>();
  events.forEach((ev, i) => {
    if (ev.kind === 'other') return;
    const keys = new Set(ev.participants.flatMap((p) => [p, ...rolesOf(p).map((r) => `role:${r}`)]));
    for (const k of keys) {
      const key = `${kindFamily(ev.kind)}|${k}`;
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  const tried = new Set<number>();
  for (const list of byKey.values()) {
    if (list.length > STORYLINE_BLOCK_LIMIT) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        if (uf.find(i) === uf.find(j)) continue; // already one storyline: the comparison cannot change it
        const code = Math.min(i, j) * events.length + Math.max(i, j);
        if (tried.has(code)) continue;
        tried.add(code);
        const a = events[i] as CorpusEvent;
        const b = events[j] as CorpusEvent;
        if (sharedParticipants(a.participants, b.participants, rolesOf) >= STORYLINE_SHARED) uf.union(i, j);
      }
    }
  }
  events.forEach((ev, i) => {
    if (ev.kind === 'other') return;
    for (const m of ev.mentions) {
      const j = reportedIn.get(m.doc);
      if (j !== undefined && j !== i && events[j]?.kind === ev.kind) uf.union(i, j);
    }
  });
  const groups = new Map<number, number[]>();
  events.forEach((_, i) => {
    const root = uf.find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });
  const storylines: CorpusStoryline[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const evs = members.map((i) => events[i] as CorpusEvent).sort(byDate);
    const top = byFrequency(evs.flatMap((e) => e.participants)).slice(0, 2).map(nameOf);
    const kind = evs[0]?.kind ?? 'event';
    storylines.push({
      id: `s-${sha(evs.map((e) => e.id).join('|'))}`,
      title: `${capitalise(kind)}s${top.length ? `: ${top.join(', ')}` : ''}`,
      events: evs.map((e) => e.id),
    });
  }
  return storylines;
}
