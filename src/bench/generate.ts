/**
 * The benchmark corpus generator: turns the hand-written articles in `examples/` into any number of
 * distinct, realistic variants by swapping people's names, cities and dates, so throughput can be
 * measured on thousands of documents without copying anybody's text.
 *
 * Everything is deterministic for a seed (a mulberry32 PRNG threaded through the calls, no
 * module-level state). Dates move by whole weeks, so weekday names in the text stay right, and
 * every date form we write in the examples (`March 3`, `3 मार्च`, `03 MAR 2026`, `March 2025`,
 * bare years and bare month names) moves consistently with the `date` header.
 *
 * @example
 * ```ts
 * const files = generateCorpus('examples', 100, 7);
 * writeCorpus('/tmp/bench', files); // 100 .txt files, each starting with "date YYYY-MM-DD"
 * ```
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  AMBIGUOUS_BARE_MONTHS,
  CITIES,
  EN_MONTHS,
  GIVEN_NAMES,
  HI_MONTHS,
  SURNAMES,
  type CityForm,
  type NameForm,
} from './variants.js';
import { mulberry32, type Random } from '../pipeline/random.js';

export { mulberry32, type Random };

/** One generated article: a file name (no directory) and its full text, `date` header included. */
export interface GeneratedFile {
  name: string;
  content: string;
}

/** A person whose names the generator replaces: given name and surname, each with its Devanagari form if known. */
export interface PersonTemplate {
  given: NameForm;
  surname: NameForm;
}

/** A random number generator returning floats in [0, 1). */

/** Dates move by a whole number of weeks in this range (inclusive), so weekdays stay true. */
const MIN_SHIFT_WEEKS = -60;
const MAX_SHIFT_WEEKS = 40;
/** Redraws allowed when a variant repeats an earlier one before giving up. */
const MAX_ATTEMPTS = 50;
/** Reference date for a template that declares none and contains no full date. */
const FALLBACK_DATE = '2026-01-01';

/** Letters, combining marks (Devanagari vowel signs) and digits: what a name must not touch. */
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const HEADER = /^\uFEFF?\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n)?/;
const DEVANAGARI = /\p{Script=Devanagari}/u;


/**
 * Reads the people of an answer key in the format of `examples/gold.json`: every entity of type
 * `person`, its canonical name split into given name and surname, and Devanagari forms taken from
 * its mentions (a two-word form is the full name, a one-word form the surname).
 *
 * @example
 * ```ts
 * personsFromGold({ entities: [{ canonical: 'Ira Sen', type: 'person', mentions: { a: ['Ira Sen'], b: ['इरा सेन'] } }] });
 * // [{ given: { en: 'Ira', hi: 'इरा' }, surname: { en: 'Sen', hi: 'सेन' } }]
 * ```
 */
export function personsFromGold(gold: unknown): PersonTemplate[] {
  const entities = isRecord(gold) && Array.isArray(gold['entities']) ? gold['entities'] : [];
  const people: PersonTemplate[] = [];
  for (const entity of entities) {
    if (!isRecord(entity) || entity['type'] !== 'person' || typeof entity['canonical'] !== 'string') continue;
    const parts = entity['canonical'].trim().split(/\s+/);
    const surnameEn = parts.pop();
    if (surnameEn === undefined || parts.length === 0) continue; // a single name cannot be split safely
    const given: NameForm = { en: parts.join(' ') };
    const surname: NameForm = { en: surnameEn };
    const forms = isRecord(entity['mentions']) ? Object.values(entity['mentions']).flat() : [];
    for (const form of forms) {
      if (typeof form !== 'string' || !DEVANAGARI.test(form)) continue;
      const hiParts = form.trim().split(/\s+/);
      const last = hiParts.pop();
      if (last === undefined) continue;
      if (hiParts.length > 0) {
        given.hi = hiParts.join(' ');
        surname.hi = last;
      } else {
        surname.hi ??= last;
      }
    }
    people.push({ given, surname });
  }
  return people;
}

/**
 * Moves every date in a text by `days` (a multiple of 7 keeps weekday names right): full dates
 * (`March 3, 2026`, `3 मार्च 2026`, `03 MAR 2026`) and day-month dates (`March 3`, `3 मार्च`) by
 * the days, month-year (`March 2025`) and bare months (`in March last year`, `जनवरी`) by the
 * months the reference date moved, bare years (`by 2030`) by its years. Formatting (zero padding,
 * comma, capitals, script) is kept. `referenceDate` (ISO) gives the year of dates written without one.
 *
 * @example
 * ```ts
 * shiftDates('PUNE, March 3 : talks since March 2025.', '2026-03-03', 35);
 * // 'PUNE, April 7 : talks since April 2025.'
 * ```
 */
export function shiftDates(text: string, referenceDate: string, days: number): string {
  const ref = parseIso(referenceDate);
  if (ref === null) throw new Error(`shiftDates: reference date "${referenceDate}" is not YYYY-MM-DD`);
  const moved = addDays(ref, days);
  const monthDelta = (moved.y - ref.y) * 12 + (moved.m - ref.m);
  const yearDelta = moved.y - ref.y;

  return text.replace(datePattern(), (match, ...args: unknown[]) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    const monthWord = g['mdM'] ?? g['dmM'];
    const dayText = g['mdD'] ?? g['dmD'];
    if (monthWord !== undefined && dayText !== undefined) {
      const m = monthIndex(monthWord);
      const yearText = g['mdY'] ?? g['dmY'];
      const base = { y: yearText === undefined ? ref.y : Number(yearText), m, d: Number(dayText) };
      if (m < 0 || !isValidDate(base)) return match;
      const out = addDays(base, days);
      // A leading zero shows a padded style; upper-case month abbreviations (`03 MAR 2026`) always pad.
      const padded = (dayText.length === 2 && dayText.startsWith('0')) || (!DEVANAGARI.test(monthWord) && monthWord === monthWord.toUpperCase());
      const day = padded ? String(out.d).padStart(2, '0') : String(out.d);
      const month = renderMonth(monthWord, out.m);
      const year = yearText === undefined ? '' : `${g['mdSep'] ?? g['dmSep'] ?? ' '}${out.y}`;
      return g['mdM'] !== undefined ? `${month} ${day}${year}` : `${day} ${month}${year}`;
    }
    if (g['myM'] !== undefined && g['myY'] !== undefined) {
      const total = Number(g['myY']) * 12 + monthIndex(g['myM']) + monthDelta;
      return `${renderMonth(g['myM'], mod(total, 12))}${g['mySep'] ?? ' '}${Math.floor(total / 12)}`;
    }
    if (g['y'] !== undefined) return String(Number(g['y']) + yearDelta);
    if (g['bm'] !== undefined) return renderMonth(g['bm'], mod(monthIndex(g['bm']) + monthDelta, 12));
    return match;
  });
}

/**
 * Reads the `.txt` articles of an examples folder (and, when given, an answer key in the gold
 * format naming the people to rename) and returns `count` distinct variants, cycling through the articles in file
 * name order. Each variant gets other names (Devanagari forms in Hindi text), other cities of the
 * same region, and dates moved by a random whole number of weeks; it starts with a
 * `date YYYY-MM-DD` header line. Deterministic for a given `seed`.
 *
 * @example
 * ```ts
 * const files = generateCorpus('examples', 3, 1, 'test/examples.gold.json');
 * files[0]?.name; // 'bench-00001-chamoli-landslide-hi.txt'
 * files[0]?.content.slice(0, 5); // 'date '
 * ```
 */
export function generateCorpus(examplesDir: string, count: number, seed = 1, goldPath?: string): GeneratedFile[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`generateCorpus: count must be a whole number ≥ 0, got ${count}`);
  const names = readdirSync(examplesDir).filter((f) => f.endsWith('.txt') && !f.startsWith('.')).sort();
  if (names.length === 0) throw new Error(`generateCorpus: no .txt files in ${examplesDir}; point it at the examples/ folder`);
  const people = goldPath && existsSync(goldPath) ? personsFromGold(JSON.parse(readFileSync(goldPath, 'utf8'))) : [];
  const templates = names.map((name) => toTemplate(name, readFileSync(path.join(examplesDir, name), 'utf8')));

  const rnd = mulberry32(seed);
  const seen = new Set<string>();
  const width = Math.max(5, String(count).length);
  const files: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    if (template === undefined) break;
    let content: string | null = null;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && content === null; attempt++) {
      const candidate = makeVariant(template, people, rnd);
      const hash = createHash('sha256').update(candidate).digest('hex');
      if (!seen.has(hash)) {
        seen.add(hash);
        content = candidate;
      }
    }
    if (content === null) {
      throw new Error(`generateCorpus: could not make ${count} distinct texts from ${templates.length} articles; add names to src/bench/variants.ts or articles to ${examplesDir}`);
    }
    files.push({ name: `bench-${String(i + 1).padStart(width, '0')}-${template.base}.txt`, content });
  }
  return files;
}

/**
 * Writes generated files into `dir` (created if missing) and returns the paths written.
 *
 * @example
 * ```ts
 * writeCorpus('/tmp/bench', [{ name: 'a.txt', content: 'date 2026-01-05\nHello.' }]); // ['/tmp/bench/a.txt']
 * ```
 */
export function writeCorpus(dir: string, files: readonly GeneratedFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((file) => {
    if (file.name !== path.basename(file.name) || file.name === '' || file.name.startsWith('.')) {
      throw new Error(`writeCorpus: "${file.name}" is not a plain file name; names must not contain directories`);
    }
    const target = path.join(dir, file.name);
    writeFileSync(target, file.content, 'utf8');
    return target;
  });
}

interface Template {
  base: string;
  body: string;
  referenceDate: string;
  hindi: boolean;
  /** Cities of the word list that occur in the body (in any of their forms), found once per template. */
  cities: CityForm[];
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function toTemplate(fileName: string, text: string): Template {
  const header = HEADER.exec(text);
  const body = header === null ? text : text.slice(header[0].length);
  const referenceDate = header?.[1] ?? firstFullDate(body) ?? FALLBACK_DATE;
  const cities = CITIES.filter((c) => containsWord(body, c.en) || containsWord(body, c.en.toUpperCase()) || (c.hi !== undefined && containsWord(body, c.hi)));
  return { base: fileName.replace(/\.txt$/, ''), body, referenceDate, hindi: DEVANAGARI.test(body), cities };
}

function makeVariant(template: Template, people: readonly PersonTemplate[], rnd: Random): string {
  const weeks = MIN_SHIFT_WEEKS + Math.floor(rnd() * (MAX_SHIFT_WEEKS - MIN_SHIFT_WEEKS + 1));
  const days = weeks * 7;
  const ref = parseIso(template.referenceDate) ?? { y: 2026, m: 0, d: 1 };
  const replacements = new Map<string, string>();
  addPersonReplacements(replacements, template, people, rnd);
  addCityReplacements(replacements, template, rnd);
  const renamed = replaceAllExact(template.body, replacements);
  const body = shiftDates(renamed, template.referenceDate, days);
  return `date ${toIso(addDays(ref, days))}\n${body}`;
}

function addPersonReplacements(out: Map<string, string>, template: Template, people: readonly PersonTemplate[], rnd: Random): void {
  const usedSurnames = new Set(people.map((p) => p.surname.en));
  for (const person of people) {
    const needsHindi = template.hindi && (person.surname.hi !== undefined || person.given.hi !== undefined);
    const givenPool = needsHindi ? GIVEN_NAMES.filter((n) => n.hi !== undefined) : GIVEN_NAMES;
    const surnamePool = SURNAMES.filter((n) => !usedSurnames.has(n.en) && (!needsHindi || n.hi !== undefined));
    const given = pick(givenPool.filter((n) => n.en !== person.given.en), rnd);
    const surname = pick(surnamePool, rnd);
    if (given === undefined || surname === undefined) continue;
    usedSurnames.add(surname.en);
    out.set(`${person.given.en} ${person.surname.en}`, `${given.en} ${surname.en}`);
    out.set(person.surname.en, surname.en);
    if (given.hi !== undefined && surname.hi !== undefined) {
      if (person.given.hi !== undefined && person.surname.hi !== undefined) {
        out.set(`${person.given.hi} ${person.surname.hi}`, `${given.hi} ${surname.hi}`);
      }
      if (person.surname.hi !== undefined) out.set(person.surname.hi, surname.hi);
    }
  }
}

function addCityReplacements(out: Map<string, string>, template: Template, rnd: Random): void {
  const taken = new Set(template.cities.map((c) => c.en));
  for (const city of template.cities) {
    const choice = pick(CITIES.filter((c) => c.region === city.region && !taken.has(c.en) && (city.hi === undefined || c.hi !== undefined)), rnd);
    if (choice === undefined) continue;
    taken.add(choice.en);
    out.set(city.en, choice.en);
    out.set(city.en.toUpperCase(), choice.en.toUpperCase());
    if (city.hi !== undefined && choice.hi !== undefined) out.set(city.hi, choice.hi);
  }
}

/** Replaces whole-word occurrences of every key in one pass, longest key first, so no output is replaced again. */
function replaceAllExact(text: string, replacements: ReadonlyMap<string, string>): string {
  if (replacements.size === 0) return text;
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`${NOT_WORD_BEFORE}(?:${keys.join('|')})${NOT_WORD_AFTER}`, 'gu');
  return text.replace(pattern, (match) => replacements.get(match) ?? match);
}

function containsWord(text: string, word: string): boolean {
  return new RegExp(`${NOT_WORD_BEFORE}${escapeRegExp(word)}${NOT_WORD_AFTER}`, 'u').test(text);
}

/** The date forms `shiftDates` understands, as one alternation with named groups (built per call: a global RegExp carries state). */
function datePattern(): RegExp {
  const enAbbr = EN_MONTHS.map((m) => m.slice(0, 3));
  const hi = HI_MONTHS.flat();
  const anyMonth = alternation([...EN_MONTHS, 'Sept', ...enAbbr, ...enAbbr.map((a) => a.toUpperCase()), ...hi]);
  const fullMonth = alternation([...EN_MONTHS, ...hi]);
  const bareMonth = alternation([...EN_MONTHS.filter((m) => !AMBIGUOUS_BARE_MONTHS.includes(m)), ...hi]);
  const b = NOT_WORD_BEFORE;
  const a = NOT_WORD_AFTER;
  const rules = [
    `${b}(?<mdM>${anyMonth}) (?<mdD>\\d{1,2})(?:(?<mdSep>,? )(?<mdY>\\d{4}))?${a}`,
    `${b}(?<dmD>\\d{1,2}) (?<dmM>${anyMonth})(?:(?<dmSep>,? )(?<dmY>\\d{4}))?${a}`,
    `${b}(?<myM>${fullMonth})(?<mySep>,? )(?<myY>\\d{4})${a}`,
    `${b}(?<y>(?:19|20)\\d{2})${a}`,
    `${b}(?<bm>${bareMonth})${a}`,
  ];
  return new RegExp(rules.join('|'), 'gu');
}

function firstFullDate(text: string): string | null {
  for (const found of text.matchAll(datePattern())) {
    const g = found.groups ?? {};
    const month = g['mdM'] ?? g['dmM'];
    const day = g['mdD'] ?? g['dmD'];
    const year = g['mdY'] ?? g['dmY'];
    if (month === undefined || day === undefined || year === undefined) continue;
    const date = { y: Number(year), m: monthIndex(month), d: Number(day) };
    if (date.m >= 0 && isValidDate(date)) return toIso(date);
  }
  return null;
}

/** Month number 0–11 of an English (full, abbreviated, any case) or Hindi month word, or -1. */
function monthIndex(word: string): number {
  const hi = HI_MONTHS.findIndex((forms) => forms.includes(word));
  if (hi >= 0) return hi;
  const lower = word.toLowerCase().slice(0, 3);
  return EN_MONTHS.findIndex((m) => m.toLowerCase().slice(0, 3) === lower);
}

/** Writes month `m` in the style of `like`: Hindi, upper-case abbreviation, abbreviation or full name. */
function renderMonth(like: string, m: number): string {
  if (DEVANAGARI.test(like)) return HI_MONTHS[m]?.[0] ?? like;
  const full = EN_MONTHS[m] ?? like;
  if (EN_MONTHS.includes(like)) return full;
  const abbr = full.slice(0, 3);
  return like === like.toUpperCase() ? abbr.toUpperCase() : abbr;
}

function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return null;
  const date = { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) };
  return isValidDate(date) ? date : null;
}

function isValidDate({ y, m, d }: Ymd): boolean {
  const t = new Date(Date.UTC(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m && t.getUTCDate() === d;
}

function addDays({ y, m, d }: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(y, m, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() };
}

function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function pick<T>(items: readonly T[], rnd: Random): T | undefined {
  return items[Math.floor(rnd() * items.length)];
}

function mod(n: number, k: number): number {
  return ((n % k) + k) % k;
}

function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((x, y) => y.length - x.length).map(escapeRegExp).join('|');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
