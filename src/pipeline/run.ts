import { clean } from '../clean/clean.js';
import { newDoc } from './doc.js';
import type { Doc, RawDoc, Stage } from './types.js';

export type AnalyzeResult = { ok: true; doc: Doc } | { ok: false; reason: string };

/**
 * Cleans one raw document and runs the per-document stages over it. A document whose cleaning
 * finds no text is refused with the cleaner's reason; an error inside a stage is caught and
 * reported with the stage's name, so one bad document never stops a run. `options.id` is the
 * content hash when the caller already has it; `options.today` dates documents without a date.
 *
 * @example
 * ```ts
 * const r = analyzeRaw(raw, createStages());
 * if (r.ok) await store.putDocument(r.doc); else console.error(`${raw.source}: ${r.reason}`);
 * ```
 */
export function analyzeRaw(raw: RawDoc, stages: readonly Stage[], options: { today?: string; id?: string } = {}): AnalyzeResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  let doc: Doc;
  try {
    doc = newDoc(raw, clean(raw), options.id);
  } catch (err) {
    return { ok: false, reason: `cleaning failed: ${errorText(err)}` };
  }
  if (!doc.text.trim()) {
    const why = doc.messages.find((m) => m.level === 'error')?.reason ?? 'no article text found';
    return { ok: false, reason: why };
  }
  if (!doc.published) {
    doc.messages.push({ level: 'warning', reason: `no publication date: relative dates resolved against ${today}`, source: 'pipeline' });
  }
  const ctx = { referenceDate: doc.published ?? today };
  for (const stage of stages) {
    try {
      doc = stage.run(ctx, doc);
    } catch (err) {
      return { ok: false, reason: `stage '${stage.id}' failed: ${errorText(err)}` };
    }
  }
  return { ok: true, doc };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
