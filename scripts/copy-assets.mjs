// Copies the data files that sit beside the sources (lexicons and their licences) into dist/,
// where the compiled modules look for them, and the web app's stylesheet beside its compiled
// modules (dist/web/), and writes the language detector's database as JSON. Run by `npm run build`.
import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { URL } from 'node:url';

const ASSET = /\.(tsv|LICENSE\.md)$/;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (ASSET.test(name)) cpSync(path, join('dist', relative('src', path)));
  }
}
walk('src');
cpSync('web/app.css', 'dist/web/app.css');

// The language detector's 'medium' n-gram database as JSON (src/stages/lang/detector.ts reads it):
// written from the installed `eld` package, and checked to read back as the same data.
// Before Node 20.6 (no `import.meta.resolve`) it is not written, and the detector loads `eld/medium`.
if (typeof import.meta.resolve === 'function') {
  const { ngramsData } = await import(new URL('../ngrams/medium.js', import.meta.resolve('eld')).href);
  const ngramsJson = JSON.stringify(ngramsData);
  if (!isDeepStrictEqual(JSON.parse(ngramsJson), ngramsData)) throw new Error('copy-assets: the eld n-gram database does not survive JSON');
  writeFileSync(join('dist', 'stages', 'lang', 'eld-medium.json'), ngramsJson);
}
