/** French date words for reading publication dates (`Publié le 27 juin 2019`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_FR: DateWords = {
  lang: 'fr',
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    décembre: 12, decembre: 12, déc: 12,
  },
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  labels: [
    { pattern: /^(?:publié|publiée|paru|parue|mis en ligne|posté|postée)(?:\s+le)?(?![\p{L}])\s*:?/iu, kind: 'published' },
    { pattern: /^(?:mis à jour|mise à jour|modifié|modifiée|actualisé|actualisée|dernière mise à jour)(?:\s+le)?(?![\p{L}])\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: ['à'],
  authorLabels: ['par', 'texte', 'auteur', 'autrice'],
  authorJoiners: ['et'],
};
