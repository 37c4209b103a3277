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
  const rows = corpus.events.map((e) => {
    const langs = [...new Set(e.reports.map((d) => langOf.get(d) ?? 'und'))].sort();
    const docs = new Set(e.mentions.map((m) => m.doc)).size;
    const count = e.reports.length
      ? `${e.reports.length} report${e.reports.length === 1 ? '' : 's'} (${langs.join(', ')})`
      : `mentioned in ${docs} document${docs === 1 ? '' : 's'}`;
    return [e.date ?? 'undated', e.location ? (names.get(e.location) ?? '?') : '-', e.title, count];
  });
  if (rows.length === 0) return 'no events found\n';
  const w0 = Math.max(...rows.map((r) => (r[0] ?? '').length));
  const w1 = Math.min(24, Math.max(...rows.map((r) => (r[1] ?? '').length)));
  return rows.map((r) => `${(r[0] ?? '').padEnd(w0)}  ${(r[1] ?? '').slice(0, 24).padEnd(w1)}  ${r[2]}  — ${r[3]}\n`).join('');
}
