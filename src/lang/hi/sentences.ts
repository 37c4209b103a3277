import type { SentenceLexicon } from '../../pipeline/sentences.js';

/**
 * Hindi sentence ends: the danda `।`, `॥`, `?`, `!`, and a full stop (news copy mixes them), with
 * the abbreviations whose full stop ends no sentence (`डॉ.`, English titles in Hindi copy).
 *
 * @example
 * ```ts
 * SENTENCES_HI.enders.includes('।'); // true
 * ```
 */
export const SENTENCES_HI: SentenceLexicon = {
  enders: '।॥?!.',
  abbreviations: ['डॉ', 'श्री', 'श्रीमती', 'प्रो', 'dr', 'mr', 'mrs', 'ms'],
};
