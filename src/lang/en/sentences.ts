import type { SentenceLexicon } from '../../pipeline/sentences.js';

/**
 * English sentence ends: `.`, `!`, `?`, and the abbreviations whose full stop ends no sentence.
 *
 * @example
 * ```ts
 * SENTENCES_EN.abbreviations.includes('mr'); // true
 * ```
 */
export const SENTENCES_EN: SentenceLexicon = {
  enders: '.!?',
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
    'sen', 'sens', 'rep', 'reps', 'gov', 'pres', 'st', 'jr', 'sr', 'rev', 'hon', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'vs',
    'no', 'co', 'corp', 'inc', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
    'oct', 'nov', 'dec', 'mt', 'ft', 'shri', 'smt', 'messrs', 'govt', 'dept', 'approx', 'est', 'a.m',
    'p.m', 'ph.d', 'd.c'],
};
