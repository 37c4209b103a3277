/**
 * Event kinds grouped into families. Reports of one event often name it differently ("talks" in
 * one outlet, "pact" in another; "landslide" and "disaster"), so clustering compares families while
 * each event keeps the specific kind its reports use most. Language-independent: the words that
 * signal each kind live in the language lexicons.
 *
 * @example
 * ```ts
 * kindFamily('agreement') === kindFamily('meeting'); // true
 * ```
 */
export const KIND_FAMILIES: Readonly<Record<string, string>> = {
  meeting: 'diplomacy',
  agreement: 'diplomacy',
  visit: 'diplomacy',
  attack: 'violence',
  flood: 'disaster',
  landslide: 'disaster',
  earthquake: 'disaster',
  storm: 'disaster',
  wildfire: 'disaster',
  fire: 'disaster',
  explosion: 'disaster',
  accident: 'disaster',
};

/**
 * The family of an event kind (the kind itself when it has none).
 *
 * @example
 * ```ts
 * kindFamily('flood'); // 'disaster'
 * kindFamily('election'); // 'election'
 * ```
 */
export function kindFamily(kind: string): string {
  return KIND_FAMILIES[kind] ?? kind;
}
