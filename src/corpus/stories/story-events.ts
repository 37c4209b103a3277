/**
 * From stories to events: a story's structured event (kind, date, place, participants, facts) is
 * read from its reports' own event frames by vote; its title is the central report's headline (or
 * lead sentence) with a two-sentence extractive summary. Events only mentioned in passing are
 * attached to the story that reports them when one matches, and otherwise clustered among
 * themselves into events with no reports.
 */
import type { CorpusEvent, DocSpan, StoryEvidence } from '../../store/store.js';
import { kindFamily } from '../../stages/events/kinds.js';
import { blockKeys, byFrequency, clusterEvents, mostFrequent, mostSpecificDate, sameEvent, sha, type FrameRef } from '../events.js';
import type { Story } from './cluster.js';

/** What event building reads of a report besides its frames. */
export interface ReportInfo {
  lang: string;
  title: string | null;
  /** The report's first sentences (`leadSentences` of `record.ts`): at least the four a summary reads. */
  lead: readonly string[];
  publisher: string | null;
  url: string | null;
  /** Publication day, or null. */
  published: string | null;
}

/** Options of {@link storyEvents}. */
export interface StoryEventOptions {
  /** The reader's language: a story's title comes from a report in it where there is one. */
  readerLang?: string;
}

/** A readable label of a similarity key (`e:id` → the entity's name, `w:flood` → `flood`). */
function evidenceLabel(key: string, nameOf: (id: string) => string): string {
  if (key.startsWith('e:')) return nameOf(key.slice(2));
  if (key.startsWith('#')) return key.slice(1);
  return key.slice(2);
}

function sourceOf(r: ReportInfo | undefined, doc: string): string {
  if (r?.publisher) return r.publisher.toLowerCase();
  if (r?.url) {
    try {
      return new URL(r.url).hostname.replace(/^www\./, '');
    } catch {
      return r.url;
    }
  }
  return doc;
}

/**
 * Builds one event per story, then attaches or clusters the events mentioned in passing.
 *
 * @example
 * ```ts
 * const events = storyEvents(stories, frameRefs, reports, nameOf);
 * events[0]?.reports; // every report of the first story
 * ```
 */
export function storyEvents(
  stories: readonly Story[],
  refs: readonly FrameRef[],
  reports: ReadonlyMap<string, ReportInfo>,
  nameOf: (entityId: string) => string,
  options: StoryEventOptions = {},
): CorpusEvent[] {
  const readerLang = options.readerLang ?? 'en';
  const mainRefs = new Map<string, FrameRef[]>();
  const mentioned: FrameRef[] = [];
  for (const r of refs) {
    if (r.frame.role !== 'main') mentioned.push(r);
    else {
      const list = refsOf(mainRefs, r.doc);
      list.push(r);
    }
  }
  const events: CorpusEvent[] = [];
  const storyRefs: FrameRef[] = [];
  for (const story of stories) {
    const docs = story.members.map((m) => m.doc);
    const main = docs.flatMap((d) => mainRefs.get(d) ?? []);
    const kind = mostFrequent(main.map((r) => r.frame.kind)) ?? 'other';
    const location = mostFrequent(main.map((r) => r.place).filter((p): p is string => p !== null));
    const participants = byFrequency(main.flatMap((r) => r.participants));
    const facts: Record<string, number> = {};
    for (const r of main) for (const [k, v] of Object.entries(r.frame.facts)) facts[k] = Math.max(facts[k] ?? 0, v);
    const published = docs.map((d) => reports.get(d)?.published).filter((p): p is string => Boolean(p));
    const date = mostSpecificDate(main.map((r) => r.frame.date).filter((d): d is string => d !== null)) ?? mostSpecificDate(published);
    // The title comes from the most central report in the reader's language, else the most central.
    const titled = story.members.find((m) => reports.get(m.doc)?.lang === readerLang) ?? story.members[0];
    const info = titled ? reports.get(titled.doc) : undefined;
    const lead = info?.lead.slice(0, 4) ?? [];
    const headline = info?.title?.trim() || lead[0] || fallbackTitle(kind, location, participants, nameOf);
    // Text inputs keep their headline in the body: the summary does not repeat it.
    const start = headline.slice(0, 40);
    const summary = lead.filter((s) => !s.startsWith(start) && !start.startsWith(s.slice(0, 40))).slice(0, 2);
    const similarity: StoryEvidence[] = story.members.map((m) => ({
      doc: m.doc, score: m.score, copyOf: m.copyOf, shared: [...new Set(m.shared.map((k) => evidenceLabel(k, nameOf)))],
    }));
    const mentions: DocSpan[] = main.map((r) => ({ doc: r.doc, start: r.frame.start, end: r.frame.end, text: r.frame.text }));
    const event: CorpusEvent = {
      id: `v-${sha(`story|${[...docs].sort().join('|')}`)}`,
      kind,
      title: headline,
      summary: summary.join(' '),
      date,
      location,
      participants,
      reports: docs,
      sources: new Set(docs.map((d) => sourceOf(reports.get(d), d))).size,
      mentions,
      facts,
      similarity,
    };
    events.push(event);
    storyRefs.push({
      doc: '',
      frame: { kind, role: 'main', date, place: null, participants: [], facts, start: 0, end: 0, text: '', source: 'corpus', rule: 'story' },
      place: location,
      participants,
    });
  }

  // Mentioned events: the story that reports the same event takes the mention; the rest cluster among themselves.
  const unattached: FrameRef[] = [];
  const attach = attacher(storyRefs);
  for (const m of mentioned) {
    const target = attach(m);
    if (target === undefined) unattached.push(m);
    else (events[target] as CorpusEvent).mentions.push({ doc: m.doc, start: m.frame.start, end: m.frame.end, text: m.frame.text });
  }
  for (const e of clusterEvents(unattached, nameOf)) events.push(e);
  return events;
}

/**
 * The first story (lowest index) whose event a mention is {@link sameEvent} with, among the stories
 * sharing a block with it ({@link blockKeys}). Looked up by what `sameEvent` needs one of (a shared
 * place or participant of the kind's family, or, with no participants on either side, a shared month),
 * then by the block key shared, so a mention is compared with the few stories that could match, not
 * with every story of its month or of a ubiquitous participant. Story refs have no document, so the
 * same-document rule never applies to them.
 */
function attacher(storyRefs: readonly FrameRef[]): (m: FrameRef) => number | undefined {
  // Lookup key → block key → stories, in index order.
  const byBlock = new Map<string, Map<string, number[]>>();
  const keysOf: (Set<string> | null)[] = [];
  const put = (lookup: string, keys: ReadonlySet<string>, i: number): void => {
    let inner = byBlock.get(lookup);
    if (!inner) byBlock.set(lookup, (inner = new Map()));
    for (const k of keys) {
      const list = inner.get(k);
      if (!list) inner.set(k, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  };
  storyRefs.forEach((r, i) => {
    if (r.frame.kind === 'other') {
      keysOf.push(null);
      return;
    }
    const keys = blockKeys(r);
    const blocks = new Set(keys);
    keysOf.push(blocks);
    const family = kindFamily(r.frame.kind);
    if (r.place) put(`${family}|p|${r.place}`, blocks, i);
    for (const p of new Set(r.participants)) put(`${family}|who|${p}`, blocks, i);
    if (r.participants.length === 0) for (const k of keys) if (k.startsWith(`${family}|m|`)) put(`nobody|${k}`, blocks, i);
  });
  return (m) => {
    if (m.frame.kind === 'other') return undefined;
    const keys = blockKeys(m);
    // (A mention with no document would meet the same-document rule: compare it with its whole blocks.)
    if (m.doc === '') {
      const first = storyRefs.findIndex((r, i) => keys.some((k) => keysOf[i]?.has(k)) && sameEvent(m, r));
      return first < 0 ? undefined : first;
    }
    const family = kindFamily(m.frame.kind);
    const lookups = [
      ...(m.place ? [`${family}|p|${m.place}`] : []),
      ...m.participants.map((p) => `${family}|who|${p}`),
      ...(m.participants.length === 0 ? keys.filter((k) => k.startsWith(`${family}|m|`)).map((k) => `nobody|${k}`) : []),
    ];
    // The lowest candidate that is the same event: each list is in index order, so a list is read
    // only up to the best found so far, and a story met in several lists is compared once.
    let best = Infinity;
    const tried = new Set<number>();
    for (const lookup of lookups) {
      const inner = byBlock.get(lookup);
      if (!inner) continue;
      for (const k of keys) {
        for (const i of inner.get(k) ?? []) {
          if (i >= best) break;
          if (tried.has(i)) continue;
          tried.add(i);
          if (sameEvent(m, storyRefs[i] as FrameRef)) {
            best = i;
            break;
          }
        }
      }
    }
    return best === Infinity ? undefined : best;
  };
}

function fallbackTitle(kind: string, location: string | null, participants: readonly string[], nameOf: (id: string) => string): string {
  const what = kind === 'other' ? 'Report' : kind.charAt(0).toUpperCase() + kind.slice(1);
  const where = location ? ` in ${nameOf(location)}` : '';
  const who = participants.length ? `: ${participants.slice(0, 3).map(nameOf).join(', ')}` : '';
  return `${what}${where}${who}`;
}

function refsOf(map: Map<string, FrameRef[]>, doc: string): FrameRef[] {
  let list = map.get(doc);
  if (!list) {
    list = [];
    map.set(doc, list);
  }
  return list;
}
