/** Spanish date words for reading publication dates (`Publicado el 24 de abril de 2020`). */
import type { DateWords } from '../../clean/lexicon.js';

export const DATES_ES: DateWords = {
  lang: 'es',
  months: {
    enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
    septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
  },
  weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo'],
  labels: [
    { pattern: /^(?:publicado|publicada|fecha de publicación|fecha)(?:\s+(?:el|en))?(?![\p{L}])\s*:?/iu, kind: 'published' },
    { pattern: /^(?:actualizado|actualizada|última actualización|modificado)(?:\s+(?:el|en|a las))?(?![\p{L}])\s*:?/iu, kind: 'updated' },
  ],
  meridiem: {},
  dateTimeJoiners: ['a las', '-'],
  authorLabels: ['por', 'texto', 'autor', 'autora', 'redactado por'],
  authorJoiners: ['y', 'e'],
};
