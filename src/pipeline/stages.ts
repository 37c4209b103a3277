import { createLangStage } from '../stages/lang/lang.js';
import { createTimeStage } from '../stages/time/time.js';
import { createEntityStage } from '../stages/entities/entities.js';
import { createQuoteStage } from '../stages/quotes/quotes.js';
import { createEventStage } from '../stages/events/events.js';
import { createEnglishTaggedExtractor } from '../lang/en/ner.js';
import { createHindiTaggedExtractor } from '../lang/hi/ner.js';
import { EVENTS_EN } from '../lang/en/events.js';
import { EVENTS_HI } from '../lang/hi/events.js';
import type { Stage } from './types.js';

/**
 * The per-document stages, declared once: a named map, the order they run in, and what each needs
 * to have run before it. `checkStageOrder` verifies the order at start-up, so a reordering that
 * would starve a stage fails loudly instead of producing empty annotations.
 */
export const STAGE_ORDER = ['lang', 'time', 'entities', 'quotes', 'events'] as const;
export type StageId = (typeof STAGE_ORDER)[number];

export const STAGE_NEEDS: Readonly<Record<StageId, readonly StageId[]>> = {
  lang: [],
  time: ['lang'],
  entities: ['lang'],
  quotes: ['lang', 'entities'],
  events: ['lang', 'time', 'entities'],
};

/**
 * Throws when a stage in `order` runs before a stage it needs, or a stage is missing or repeated.
 *
 * @example
 * ```ts
 * checkStageOrder(['lang', 'time', 'entities', 'quotes', 'events'], STAGE_NEEDS); // ok
 * checkStageOrder(['events', 'lang'], STAGE_NEEDS); // throws
 * ```
 */
export function checkStageOrder(order: readonly StageId[], needs: Readonly<Record<StageId, readonly StageId[]>>): void {
  const done = new Set<StageId>();
  for (const id of order) {
    if (done.has(id)) throw new Error(`stage '${id}' appears twice in the stage order`);
    for (const need of needs[id]) {
      if (!done.has(need)) throw new Error(`stage '${id}' needs '${need}' to run before it`);
    }
    done.add(id);
  }
  for (const id of Object.keys(needs) as StageId[]) {
    if (!done.has(id)) throw new Error(`stage '${id}' is declared but not in the stage order`);
  }
}

/**
 * Builds every per-document stage with its language data, in the declared order.
 *
 * @example
 * ```ts
 * for (const stage of createStages()) doc = stage.run(ctx, doc);
 * ```
 */
export function createStages(): Stage[] {
  checkStageOrder(STAGE_ORDER, STAGE_NEEDS);
  const stages: Record<StageId, Stage> = {
    lang: createLangStage(),
    time: createTimeStage(),
    entities: createEntityStage({ extractors: { en: createEnglishTaggedExtractor(), hi: createHindiTaggedExtractor() } }),
    quotes: createQuoteStage(),
    events: createEventStage({ lexicons: [EVENTS_EN, EVENTS_HI] }),
  };
  return STAGE_ORDER.map((id) => stages[id]);
}
