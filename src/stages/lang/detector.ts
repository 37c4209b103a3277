/**
 * The `eld` language detector, its 'medium' n-gram database read from JSON. The package ships the
 * database as a 2 MB JavaScript object literal (`eld/medium`), which V8 compiles and evaluates in
 * 0.8–1.1 s, in the main thread and again in every analysis thread; the same data as JSON is read in
 * 0.2–0.3 s and detects the same (measured on 2,000 generated articles). The build writes the JSON
 * beside this module from the installed package (`scripts/copy-assets.mjs`); where it is missing
 * (sources compiled without that step) the package's own module is loaded instead.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The detector `eld` builds (what `eld/medium` exports as `eld`). */
export type Eld = (typeof import('eld/medium'))['eld'];

/** Where the build writes the 'medium' database as JSON. */
export const NGRAMS_JSON = new URL('./eld-medium.json', import.meta.url);

/** What `eld`'s internal `languageDetector.js` exports (the entry modules call it to inject a database). */
interface EldFactory {
  createEld(): { instance: Eld; loadData(data: unknown): unknown };
}

/**
 * A detector whose database is the JSON at `json`, built as `eld/medium` builds its own (null when
 * there is no such file, it cannot be read, or `eld` lacks the factory or refuses the data).
 */
export async function detectorFromJson(json: URL = NGRAMS_JSON): Promise<Eld | null> {
  // `import.meta.resolve` is there from Node 20.6 on; before, the packaged module is loaded instead.
  if (!existsSync(json) || typeof import.meta.resolve !== 'function') return null;
  try {
    // Not one of the package's exports: found beside its main entry (`src/entries/dynamic.js`).
    const factory = (await import(new URL('../languageDetector.js', import.meta.resolve('eld')).href)) as EldFactory;
    const { instance, loadData } = factory.createEld();
    return loadData(JSON.parse(readFileSync(json, 'utf8'))) ? instance : null;
  } catch {
    // An eld whose files moved, or a damaged JSON: the packaged module is loaded instead (and the tests fail).
    return null;
  }
}

/** The detector: from the JSON database when the build wrote it, else `eld/medium`. */
export const eld: Eld = (await detectorFromJson()) ?? (await import('eld/medium')).eld;
