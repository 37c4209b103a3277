/** Portuguese date words for reading publication dates (`Publicado em 24 de abril de 2020`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_PT: DateWords = {
  lang: 'pt',
  months: {
    janeiro: 1, fevereiro: 2, fev: 2, março: 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8,
    setembro: 9, outubro: 10, out: 10, novembro: 11, dezembro: 12, dez: 12,
  },
  weekdays: ['segunda-feira', 'terça-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  labels: [
    { pattern: /^(?:publicado|publicada|data de publicação)(?:\s+(?:em|a))?(?![\p{L}])\s*:?/iu, kind: 'published' },
    { pattern: /^(?:atualizado|atualizada|actualizado|actualizada|última atualização)(?:\s+(?:em|a|às))?(?![\p{L}])\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: ['às', 'as'],
  authorLabels: ['por', 'texto', 'autor', 'autora'],
  authorJoiners: ['e'],
};
