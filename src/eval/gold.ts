/**
 * Scoring an export against a hand-made gold file. This is a line-for-line port of the shared
 * scorer `../shared/tools/score-export.mjs` (the one `../shared/tools/measure.sh seeds` and the
 * held-out checks run): same alignment of documents by file stem, same exact (case- and
 * whitespace-normalised) mention texts, same 23 figures, same printed format. A test runs both on
 * the seeds and on `examples/` and compares their output line by line; change both or neither.
 */
import { basename } from 'node:path';
import type { ExportJson } from '../store/export.js';

/** The hand-made answer key format (`../shared/gold/seeds.gold.json`, `test/examples.gold.json`). */
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
  mentioned_events?: { id: string; kind: string; date: string; location?: string; mentioned_in?: string[]; facts?: Record<string, number> }[];
  storylines?: { id: string; events_in_order: string[] }[];
  entities?: { canonical: string; type: string; mentions: Record<string, string[]>; roles_include?: string[] }[];
  entities_must_not_appear?: Record<string, string[]>;
  quotes?: { doc: string; speaker: string; starts: string }[];
  timex?: { doc: string; text: string; value: string }[];
}

/** The metric names `dossier eval` prints, in order (the shared scorer's order). */
export const METRICS = [
  'documents_found', 'lang_accuracy', 'published_accuracy', 'title_accuracy', 'body_kept', 'furniture_removed',
  'dateline_accuracy', 'entity_mention_recall', 'entity_fully_linked', 'entities_over_merged',
  'furniture_entities_absent', 'roles_found', 'entity_types', 'quote_recall', 'quote_attribution', 'timex_accuracy',
  'cluster_pair_f1', 'event_date_place', 'event_participants', 'mentioned_events_found', 'event_kinds',
  'facts_found', 'storylines_found',
] as const;
export type MetricName = (typeof METRICS)[number];

/**
 * The gold id of an exported document, as the shared scorer computes it: the file name up to its
 * first dot (`a/b/001_x.txt` → `001_x`; `feeds/wires.jsonl#2` → `wires`, so JSONL lines do not
 * align with gold ids like `wires#2`: the shared scorer's rule, kept so the figures agree).
 *
 * @example
 * ```ts
 * stemOf('../shared/seeds/000_9a42.txt'); // '000_9a42'
 * ```
 */
export function stemOf(source: unknown): string {
  return basename(String(source ?? '')).split('.')[0] ?? '';
}

/** NFC, whitespace runs to one space, trimmed, lower-cased; `null` and `undefined` become ''. */
function norm(s: unknown): string {
  return String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function pct(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * Scores an export against a gold file with the shared scorer's rules; every figure is a ratio in
 * [0, 1] except `entities_over_merged`, a count of errors (lower is better). In short:
 * documents align by file stem; mentions match on their exact normalised text in that document;
 * an entity is fully linked when all its gold forms land in one exported entity; roles, types,
 * quote speakers and event participants are read from the entity holding the matching mention;
 * events are the one each gold report belongs to; storylines must hold the gold events in order.
 *
 * @example
 * ```ts
 * for (const line of formatScores(scoreAgainstGold(exportJson, gold))) console.log(line);
 * ```
 */
export function scoreAgainstGold(ex: ExportJson, gold: GoldFile): [MetricName, number][] {
  const out = new Map<MetricName, number>();
  const entities = ex.entities ?? [];
  const events = ex.events ?? [];
  const entityById = new Map<string, ExportJson['entities'][number]>();
  for (const e of entities) if (!entityById.has(e.id)) entityById.set(e.id, e);
  const eventById = new Map<string, ExportJson['events'][number]>();
  for (const e of events) if (!eventById.has(e.id)) eventById.set(e.id, e);

  // documents, aligned by the stem of their source
  const docs = new Map<string, ExportJson['documents'][number]>();
  for (const d of ex.documents ?? []) docs.set(stemOf(d.source ?? d.id), d);
  const idOf = new Map([...docs].map(([k, d]) => [d.id, k]));
  const goldDoc = (ref: string): string => idOf.get(ref) ?? stemOf(ref);
  let lang = 0, pub = 0, title = 0, titleN = 0, incl = 0, inclN = 0, excl = 0, exclN = 0, found = 0, dl = 0, dlN = 0;
  for (const [id, g] of Object.entries(gold.documents)) {
    const d = docs.get(id);
    const include = g.body_must_include ?? [];
    const exclude = g.body_must_exclude ?? [];
    if (g.title) titleN++;
    inclN += include.length;
    exclN += exclude.length;
    if (g.dateline) dlN++;
    if (!d) continue;
    found++;
    if (g.dateline && norm(d.dateline).includes(norm(g.dateline))) dl++;
    if (String(d.lang ?? '').split('-')[0] === g.lang) lang++;
    if (String(d.published ?? '').slice(0, 10) === g.published.slice(0, 10)) pub++;
    if (g.title && norm(d.title).replace(/[;:.]$/, '') === norm(g.title).replace(/[;:.]$/, '')) title++;
    const body = String(d.body ?? '');
    for (const s of include) if (body.includes(s)) incl++;
    for (const s of exclude) if (!body.includes(s)) excl++;
  }
  const nGold = Object.keys(gold.documents).length;
  out.set('documents_found', pct(found, nGold));
  out.set('lang_accuracy', pct(lang, nGold));
  out.set('published_accuracy', pct(pub, nGold));
  out.set('title_accuracy', pct(title, titleN));
  out.set('body_kept', pct(incl, inclN));
  out.set('furniture_removed', pct(excl, exclN));
  out.set('dateline_accuracy', pct(dl, dlN));

  // entities: each predicted mention (doc stem, normalised text) → the entity ids holding it
  const mentionEntity = new Map<string, Set<string>>();
  const entityName = new Map<string, string>();
  const key = (doc: string, text: unknown): string => `${doc}\u0000${norm(text)}`;
  for (const e of entities) {
    entityName.set(e.id, e.name);
    for (const m of e.mentions ?? []) addTo(mentionEntity, key(goldDoc(m.doc), m.text), e.id);
  }
  const goldEntities = gold.entities ?? [];
  let mFound = 0, mN = 0, linked = 0, linkN = 0;
  const goldOwner = new Map<string, Set<string>>();
  for (const g of goldEntities) {
    const ids: string[][] = [];
    for (const [doc, surfaces] of Object.entries(g.mentions)) {
      for (const s of surfaces) {
        mN++;
        const hit = mentionEntity.get(key(doc, s));
        if (hit && hit.size) {
          mFound++;
          ids.push([...hit]);
          for (const h of hit) addTo(goldOwner, h, g.canonical);
        } else ids.push([]);
      }
    }
    // linked: all surfaces of this gold entity share one predicted entity id
    linkN++;
    const common = ids.reduce((acc, s) => acc.filter((x) => s.includes(x)), ids[0] ?? []);
    if (ids.every((s) => s.length) && common.length) linked++;
  }
  let overMerged = entities.length ? 0 : 1; // no entities at all counts as a failure too
  for (const set of goldOwner.values()) if (set.size > 1) overMerged++;
  let leaked = 0, leakN = 0;
  for (const [doc, names] of Object.entries(gold.entities_must_not_appear ?? {})) {
    for (const n of names) {
      leakN++;
      if (!docs.has(doc) || mentionEntity.has(key(doc, n))) leaked++;
    }
  }
  out.set('entity_mention_recall', pct(mFound, mN));
  out.set('entity_fully_linked', pct(linked, linkN));
  out.set('entities_over_merged', overMerged);
  out.set('furniture_entities_absent', pct(leakN - leaked, leakN));

  // quotes: found when a predicted quote in that document contains the gold opening; attributed
  // when its speaker entity holds a form of the gold speaker or is named like it
  const canonOfEntity = new Map<string, string>();
  for (const g of goldEntities) {
    for (const [doc, ss] of Object.entries(g.mentions)) {
      for (const s of ss) for (const id of mentionEntity.get(key(doc, s)) ?? []) canonOfEntity.set(id, g.canonical);
    }
  }
  const goldQuotes = gold.quotes ?? [];
  let qFound = 0, qAttr = 0;
  for (const q of goldQuotes) {
    const cands = (ex.quotes ?? []).filter((p) => goldDoc(p.doc) === q.doc && String(p.text ?? '').includes(q.starts));
    if (cands.length) qFound++;
    const speakerOk = (p: (typeof cands)[number]): boolean =>
      (p.speaker !== null && canonOfEntity.get(p.speaker) === q.speaker) ||
      norm(p.speaker === null ? undefined : entityName.get(p.speaker)) === norm(q.speaker);
    if (cands.some(speakerOk)) qAttr++;
  }
  // the entity (entities) holding a gold entity's first mention
  const firstHolders = (g: NonNullable<GoldFile['entities']>[number]): string[] => {
    const first = Object.entries(g.mentions)[0];
    if (!first) throw new TypeError(`gold entity ${g.canonical} has no mentions`);
    const [doc, ss] = first;
    return [...(mentionEntity.get(key(doc, ss[0])) ?? [])];
  };
  // roles: some recorded role of the entity holding the gold entity's first mention contains all the words
  let rOk = 0, rN = 0;
  for (const g of goldEntities.filter((e) => e.roles_include)) {
    rN++;
    const roles = firstHolders(g).flatMap((id) => entityById.get(id)?.roles ?? []).map((r) => norm(r));
    if (roles.some((r) => (g.roles_include ?? []).every((w) => r.includes(w)))) rOk++;
  }
  out.set('roles_found', pct(rOk, rN));
  let tOk = 0;
  for (const g of goldEntities) {
    if (firstHolders(g).some((id) => entityById.get(id)?.type === g.type)) tOk++;
  }
  out.set('entity_types', pct(tOk, goldEntities.length));
  out.set('quote_recall', pct(qFound, goldQuotes.length));
  out.set('quote_attribution', pct(qAttr, goldQuotes.length));

  // temporal expressions
  const goldTimex = gold.timex ?? [];
  let tFound = 0;
  for (const t of goldTimex) {
    if ((ex.timex ?? []).some((p) => goldDoc(p.doc) === t.doc && norm(p.text).includes(norm(t.text)) && String(p.value) === t.value)) tFound++;
  }
  out.set('timex_accuracy', pct(tFound, goldTimex.length));

  // events: clustering of reports (pairwise F1 over documents), and the matched events' date/location
  const predOf = new Map<string, ExportJson['events'][number]>();
  for (const e of events) for (const r of e.reports ?? []) predOf.set(goldDoc(r), e);
  const goldEvents = gold.events ?? [];
  const goldOf = new Map<string, string>();
  for (const e of goldEvents) for (const r of e.reported_by) goldOf.set(r, e.id);
  const reportIds = [...goldOf.keys()];
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < reportIds.length; i++) {
    for (let j = i + 1; j < reportIds.length; j++) {
      const a = reportIds[i] as string;
      const b = reportIds[j] as string;
      const g = goldOf.get(a) === goldOf.get(b);
      const p = predOf.get(a) !== undefined && predOf.get(a) === predOf.get(b);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
  }
  const prec = tp + fp ? tp / (tp + fp) : 1;
  const rec = tp + fn ? tp / (tp + fn) : 1;
  out.set('cluster_pair_f1', prec + rec ? (2 * prec * rec) / (prec + rec) : 0);
  const placeName = (p: ExportJson['events'][number] | undefined): string =>
    norm(p?.location == null ? p?.location : (entityName.get(p.location) ?? p.location));
  const reportedEvent = (g: (typeof goldEvents)[number]): ExportJson['events'][number] | undefined =>
    g.reported_by[0] === undefined ? undefined : predOf.get(g.reported_by[0]);
  let evOk = 0;
  for (const g of goldEvents) {
    const p = reportedEvent(g);
    if (!p) continue;
    if (String(p.date ?? '').slice(0, 10) === g.date && placeName(p).includes(norm(g.location))) evOk++;
  }
  out.set('event_date_place', pct(evOk, goldEvents.length));
  // participants of the reported events: every gold participant is among the predicted event's participants
  let partOk = 0;
  for (const g of goldEvents) {
    const p = reportedEvent(g);
    const names = (p?.participants ?? []).map((id) => canonOfEntity.get(id) ?? entityName.get(id) ?? id).map(norm);
    if (p && (g.participants ?? []).every((n) => names.includes(norm(n)))) partOk++;
  }
  out.set('event_participants', pct(partOk, goldEvents.length));
  // mentioned past events: an event with that date (prefix) whose location matches, reported by nobody or anyone
  const goldMentioned = gold.mentioned_events ?? [];
  const sameDatePlace = (p: ExportJson['events'][number] | undefined, g: { date: string; location?: string }): boolean =>
    String(p?.date ?? '').startsWith(g.date) && placeName(p).includes(norm(g.location));
  let mOk = 0;
  for (const g of goldMentioned) if (events.some((p) => sameDatePlace(p, g))) mOk++;
  out.set('mentioned_events_found', pct(mOk, goldMentioned.length));
  // kinds: the reported events' predicted event, and the mentioned events' date/place match, carry the gold kind;
  // facts: every gold fact (e.g. killed 26) is on the matching predicted event
  let kOk = 0, kN = 0, fOk = 0, fN = 0;
  for (const g of goldEvents) {
    kN++;
    if (reportedEvent(g)?.kind === g.kind) kOk++;
  }
  for (const g of goldMentioned) {
    const cands = events.filter((p) => sameDatePlace(p, g));
    kN++;
    if (cands.some((p) => p.kind === g.kind)) kOk++;
    for (const [k, v] of Object.entries(g.facts ?? {})) {
      fN++;
      if (cands.some((p) => Number(p.facts?.[k]) === v)) fOk++;
    }
  }
  out.set('event_kinds', pct(kOk, kN));
  out.set('facts_found', pct(fOk, fN));
  // storyline: some storyline holds the gold events in order
  const allGold = [...goldEvents, ...goldMentioned];
  let storyOk = 0;
  for (const s of gold.storylines ?? []) {
    const want = s.events_in_order.map((id) => allGold.find((e) => e.id === id));
    for (const st of ex.storylines ?? []) {
      let k = 0;
      for (const id of st.events ?? []) {
        const w = want[k];
        if (k < want.length && w !== undefined && sameDatePlace(eventById.get(id), w)) k++;
      }
      if (k === want.length) {
        storyOk++;
        break;
      }
    }
  }
  out.set('storylines_found', pct(storyOk, (gold.storylines ?? []).length));

  return METRICS.map((name) => [name, out.get(name) ?? 0]);
}

/** Whether a figure is as good as it gets: a ratio ≥ 0.999, or no over-merged entity. */
export function isPerfect(name: MetricName, value: number): boolean {
  return name === 'entities_over_merged' ? value === 0 : value >= 0.999;
}

/**
 * The figure as the shared scorer prints it: ratios with three decimals, the over-merge count as is.
 *
 * @example
 * ```ts
 * formatFigure('entity_types', 18 / 19); // '0.947'
 * ```
 */
export function formatFigure(name: MetricName, value: number): string {
  return value <= 1 && name !== 'entities_over_merged' ? value.toFixed(3) : String(value);
}

/**
 * The lines the shared scorer prints: `name<TAB>figure` per metric, then a summary line.
 *
 * @example
 * ```ts
 * formatScores([['documents_found', 1]]); // ['documents_found\t1.000', 'summary: 1/1 metrics perfect; short: none']
 * ```
 */
export function formatScores(scores: readonly [MetricName, number][]): string[] {
  const lines = scores.map(([name, value]) => `${name}\t${formatFigure(name, value)}`);
  const short = scores.filter(([name, value]) => !isPerfect(name, value)).map(([name]) => name);
  lines.push(`summary: ${scores.length - short.length}/${scores.length} metrics perfect; short: ${short.join(', ') || 'none'}`);
  return lines;
}
