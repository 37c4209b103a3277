/**
 * Test scaffolding for the seeds test: naive mentions and entities made from the gold surface
 * forms (every whole-word occurrence, longest form first), with the capitalised words in front of
 * a name as its title. Not used by the stage.
 */
import type { EntityMention, EntityType, LocalEntity } from '../../pipeline/types.js';

/** A gold entity as `seeds.gold.json` lists it. */
export interface GoldEntity {
  canonical: string;
  type: EntityType;
  mentions: Record<string, string[]>;
}

/**
 * Mentions and entities of one seed document from the gold entity list.
 *
 * @example
 * ```ts
 * naiveMentions('Mr Lal Verma spoke.', 'd', [{ canonical: 'Lal Verma', type: 'person', mentions: { d: ['Lal Verma'] } }]);
 * // { entities: [{ name: 'Lal Verma', … }], mentions: [{ start: 3, end: 12, text: 'Lal Verma', title: 'Mr', … }] }
 * ```
 */
export function naiveMentions(text: string, docId: string, gold: readonly GoldEntity[]): { mentions: EntityMention[]; entities: LocalEntity[] } {
  const entities: LocalEntity[] = [];
  const forms: Array<{ form: string; entity: number; type: EntityType }> = [];
  for (const g of gold) {
    const surfaces = g.mentions[docId];
    if (surfaces === undefined) continue;
    const entity = entities.length;
    entities.push({ name: g.canonical, type: g.type, aliases: [...surfaces], roles: [] });
    for (const form of surfaces) forms.push({ form, entity, type: g.type });
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const mentions: EntityMention[] = [];
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
  for (const f of forms) {
    let i = text.indexOf(f.form);
    while (i >= 0) {
      const end = i + f.form.length;
      if (!isWord(text[i - 1]) && !isWord(text[end]) && !taken.slice(i, end).some(Boolean)) {
        for (let k = i; k < end; k++) taken[k] = true;
        const m: EntityMention = { start: i, end, text: f.form, type: f.type, entity: f.entity, source: 'test', rule: 'gold-surface' };
        const title = /((?:\p{Lu}[\p{L}.]*\s+){1,4})$/u.exec(text.slice(Math.max(0, i - 60), i))?.[1]?.trim();
        if (title !== undefined && f.type === 'person') m.title = title;
        mentions.push(m);
      }
      i = text.indexOf(f.form, i + 1);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}
