import type { CorpusState } from '../store/store.js';

/**
 * The timeline `analyze` prints: one line per event, oldest first — date, place, title, and the
 * number of reports with their languages (or the number of documents that only mention it).
 *
 * @example
 * ```ts
 * formatTimeline(corpus, langs);
 * // '2026-03-03  Oslo        Meeting in Oslo: Anaya Rao, Marta Lind   3 reports (en, hi)\n'
 * ```
 */
export function formatTimeline(corpus: CorpusState, langOf: Map<string, string>): string {
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  // An event mentioned in passing by one document, with neither a place nor a participant, tells a reader nothing.
  const shown = corpus.events.filter((e) =>
    e.reports.length > 0 || e.location !== null || e.participants.length > 0 || new Set(e.mentions.map((m) => m.doc)).size > 1);
  const rows = shown.map((e) => {
    const langs = [...new Set(e.reports.map((d) => langOf.get(d) ?? 'und'))].sort();
    const docs = new Set(e.mentions.map((m) => m.doc)).size;
    const count = e.reports.length
      ? `${e.reports.length} report${e.reports.length === 1 ? '' : 's'} (${langs.join(', ')})`
      : `mentioned in ${docs} document${docs === 1 ? '' : 's'}`;
    return [e.date ?? 'undated', e.location ? (names.get(e.location) ?? '?') : '-', shorten(e.title, TITLE_WIDTH), count];
  });
  if (rows.length === 0) return 'no events found\n';
  const w0 = Math.max(...rows.map((r) => (r[0] ?? '').length));
  const w1 = Math.min(24, Math.max(...rows.map((r) => (r[1] ?? '').length)));
  return rows.map((r) => `${(r[0] ?? '').padEnd(w0)}  ${(r[1] ?? '').slice(0, 24).padEnd(w1)}  ${r[2]}  — ${r[3]}\n`).join('');
}

/** Titles longer than this are cut at a word and marked with an ellipsis. */
const TITLE_WIDTH = 100;

function shorten(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > width / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
