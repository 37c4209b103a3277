// Copies the data files that sit beside the sources (lexicons and their licences) into dist/,
// where the compiled modules look for them, and the web app's stylesheet beside its compiled
// modules (dist/web/). Run by `npm run build`.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
