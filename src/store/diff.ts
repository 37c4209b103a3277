/**
 * Writing the corpus state by difference: which stored rows go, which are new, which changed, and
 * where each row sits in its table's order, computed from the keys, content hashes and positions
 * already stored. Pure: each backend runs the plan in its own SQL, inside its one transaction.
 *
 * Order is an explicit integer `pos` per row of an ordered table (reads are `ORDER BY pos`). Rows
 * whose stored positions already increase in the new order keep them (the longest such run), and
 * only the others get new positions, in the gaps between their kept neighbours; so inserting or
 * moving a few rows rewrites a few positions, not every later one.
 */
import { addedKeys, CORPUS_TABLES, type AddedRow, type CorpusWrite } from './rows.js';

/** A stored row's handle (its key, or the backend's row number), key, position and content hash. */
export interface StoredUnit {
  ref: string | number;
  key: string;
  pos: number | null;
  hash: string | null;
}

/** A row of the new state: its key and the hash of what it holds. */
export interface NextUnit {
  key: string;
  hash: string;
}

/** What writing one table's new rows takes. `at` indexes the new rows; `pos` is null for an unordered table. */
export interface TablePlan {
  /** Stored rows that are not in the new state. */
  remove: (string | number)[];
  /** New rows that were not stored. */
  insert: { at: number; pos: number | null }[];
  /** Stored rows whose content changed (their position is written too). */
  update: { at: number; ref: string | number; pos: number | null }[];
  /** Stored rows whose content is the same but whose position changed. */
  move: { ref: string | number; pos: number }[];
}

/** Gap between positions when rows are appended or numbered afresh. */
export const POSITION_STEP = 2 ** 32;
/** Positions stay within ±this, so they are exact as JS numbers. */
const POSITION_LIMIT = 2 ** 52;

/**
 * The plan that turns the stored rows into the new ones: unchanged rows in place are left alone.
 * Throws when two new rows share a key (the state would break the table's key).
 *
 * @example
 * ```ts
 * planTable([{ ref: 'a', key: 'a', pos: 1, hash: 'x' }], [{ key: 'a', hash: 'x' }], true); // nothing to do
 * ```
 */
export function planTable(stored: readonly StoredUnit[], next: readonly NextUnit[], ordered: boolean): TablePlan {
  const byKey = new Map<string, StoredUnit>();
  for (const s of stored) byKey.set(s.key, s);
  const seen = new Set<string>();
  const old: (StoredUnit | null)[] = next.map((u) => {
    if (seen.has(u.key)) throw new Error(`the corpus state holds ${u.key} twice`);
    seen.add(u.key);
    return byKey.get(u.key) ?? null;
  });
  const remove = stored.filter((s) => !seen.has(s.key)).map((s) => s.ref);
  const positions = ordered ? placePositions(old.map((s) => s?.pos ?? null)) : null;
  const plan: TablePlan = { remove, insert: [], update: [], move: [] };
  next.forEach((u, at) => {
    const s = old[at] ?? null;
    const pos = positions ? (positions[at] as number) : null;
    if (s === null) plan.insert.push({ at, pos });
    else if (s.hash !== u.hash) plan.update.push({ at, ref: s.ref, pos });
    else if (pos !== null && pos !== s.pos) plan.move.push({ ref: s.ref, pos });
  });
  return plan;
}

/**
 * Positions for rows in their new order, given each row's stored position (null for a new row):
 * the longest run of stored positions that already increases is kept, the other rows are spread
 * over the gaps between kept neighbours (or appended a step apart). Where a gap is too narrow, every
 * row is numbered afresh. The result strictly increases.
 *
 * @example
 * ```ts
 * placePositions([10, null, 20, 5]); // [10, 15, 20, 20 + POSITION_STEP]
 * ```
 */
export function placePositions(old: readonly (number | null)[]): number[] {
  const keep = increasingRun(old);
  const out: number[] = new Array<number>(old.length);
  let i = 0;
  while (i < old.length) {
    if (keep[i]) {
      out[i] = old[i] as number;
      i++;
      continue;
    }
    let j = i;
    while (j < old.length && !keep[j]) j++;
    const below = i > 0 ? (out[i - 1] as number) : null;
    const above = j < old.length ? (old[j] as number) : null;
    if (!fillGap(out, i, j - i, below, above)) return numbered(old.length);
    i = j;
  }
  return out;
}

/** Writes `count` increasing positions from `out[from]` strictly between `below` and `above` (either may be open); false when they do not fit. */
function fillGap(out: number[], from: number, count: number, below: number | null, above: number | null): boolean {
  if (below === null && above === null) {
    for (let t = 0; t < count; t++) out[from + t] = (t + 1) * POSITION_STEP;
    return count * POSITION_STEP <= POSITION_LIMIT;
  }
  if (above === null) {
    const b = below as number;
    for (let t = 0; t < count; t++) out[from + t] = b + (t + 1) * POSITION_STEP;
    return b + count * POSITION_STEP <= POSITION_LIMIT;
  }
  if (below === null) {
    for (let t = 0; t < count; t++) out[from + t] = above - (count - t) * POSITION_STEP;
    return above - count * POSITION_STEP >= -POSITION_LIMIT;
  }
  const step = Math.floor((above - below) / (count + 1));
  for (let t = 0; t < count; t++) out[from + t] = below + (t + 1) * step;
  return step >= 1;
}

/** Positions `1..n` steps apart, the step small enough for `n` rows to stay exact. */
function numbered(n: number): number[] {
  const step = Math.max(1, Math.min(POSITION_STEP, Math.floor(POSITION_LIMIT / (n + 1))));
  return Array.from({ length: n }, (_, i) => (i + 1) * step);
}

/**
 * Marks a longest strictly increasing subsequence of the non-null values that lie within the exact
 * range (patience sorting, O(n log n)).
 *
 * @example
 * ```ts
 * increasingRun([3, 1, 2, null, 4]); // [false, true, true, false, true]
 * ```
 */
export function increasingRun(values: readonly (number | null)[]): boolean[] {
  const tails: number[] = []; // tails[k]: index ending the best run of length k + 1
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || !(Math.abs(v) <= POSITION_LIMIT)) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Array<boolean>(values.length).fill(false);
  for (let i = tails.length ? (tails[tails.length - 1] as number) : -1; i >= 0; i = previous[i] as number) keep[i] = true;
  return keep;
}

/** The tables written by difference, as `CORPUS_TABLES` names them. */
export type CorpusTableName = keyof typeof CORPUS_TABLES;

/** The plan of every corpus table. */
export type CorpusPlan = Record<CorpusTableName, TablePlan>;

/**
 * The plan that turns the stored corpus rows into those of the new state, table by table.
 *
 * @example
 * ```ts
 * const plan = planCorpus(storedUnits, corpusToWrite(state));
 * plan.events.insert.length; // events the store did not hold
 * ```
 */
export function planCorpus(stored: Record<CorpusTableName, readonly StoredUnit[]>, write: CorpusWrite): CorpusPlan {
  const plan = (name: CorpusTableName): TablePlan => planTable(stored[name], write[name], CORPUS_TABLES[name].ordered);
  return { entities: plan('entities'), members: plan('members'), added: plan('added'), events: plan('events'), storylines: plan('storylines') };
}

/**
 * The stored added mentions as units: keyed by their content (`addedKeys`), duplicates numbered in
 * their stored order.
 */
export function storedAdded(rows: readonly (AddedRow & { ref: string | number; pos: number | string })[]): StoredUnit[] {
  const sorted = rows.map((r) => ({ ...r, pos: Number(r.pos) })).sort((a, b) => a.pos - b.pos);
  const keys = addedKeys(sorted);
  return sorted.map((r, i) => ({ ref: r.ref, key: keys[i] as string, pos: r.pos, hash: keys[i] as string }));
}
