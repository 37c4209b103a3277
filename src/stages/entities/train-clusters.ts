/**
 * `npm run train:clusters`: learns the word clusters the name taggers use as features
 * (`src/lang/en/ner-clusters-en.tsv`, `src/lang/hi/ner-clusters-hi.tsv`; see `clusters.ts`) from
 * unlabelled text in `../shared/eval`, never from a set the NER scorers read. Deterministic: the
 * same text gives the same files byte for byte. The files hold word hashes and cluster ids only.
 *
 * English: the tokens of CoNLL-2003 train. Hindi: the tokens of HiNER sentences 0–6999 and of IL-NER
 * train. Only training data: the other texts in `../shared/eval` are for evaluation only.
 *
 * usage: node dist/stages/entities/train-clusters.js [en|hi]...
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { learnClusters, serializeClusters } from './clusters.js';

const EVAL = path.resolve(process.cwd(), '../shared/eval');
const SEED = 1303;

function conllTokens(file: string, limit = Infinity): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') {
      if (cur.length > 0) out.push(cur);
      cur = [];
      continue;
    }
    const w = line.split('\t')[0] ?? '';
    if (w !== '-DOCSTART-') cur.push(w);
  }
  if (cur.length > 0) out.push(cur);
  return out.slice(0, limit);
}

/**
 * Only the sets `../shared/eval` names as training data: its other article texts are for evaluation
 * only (its README), so they are not read here even as unlabelled text.
 */
function englishCorpus(): string[][] {
  return conllTokens(path.join(EVAL, 'english-ner-train/train.conll'));
}

function hindiCorpus(): string[][] {
  return [...conllTokens(path.join(EVAL, 'hindi-ner-train/dev.conll'), 7000), ...conllTokens(path.join(EVAL, 'hindi-ner-ilner/train.conll'))];
}

function main(): void {
  if (!existsSync(EVAL)) {
    console.error(`${EVAL} absent: nothing to learn from`);
    process.exit(1);
  }
  const args = process.argv.slice(2).filter((a) => a === 'en' || a === 'hi');
  for (const code of args.length > 0 ? args : ['en', 'hi']) {
    const t0 = Date.now();
    const sents = code === 'en' ? englishCorpus() : hindiCorpus();
    const tokens = sents.reduce((a, s) => a + s.length, 0);
    const clusters = learnClusters(sents, code === 'en' ? { fine: 600, mid: 150, coarse: 40, seed: SEED } : { fine: 400, mid: 100, coarse: 30, seed: SEED });
    const out = path.resolve(process.cwd(), `src/lang/${code}/ner-clusters-${code}.tsv`);
    const text = serializeClusters(clusters);
    writeFileSync(out, text);
    console.log(`${code}: ${tokens} tokens, ${clusters.size} words clustered in ${((Date.now() - t0) / 1000).toFixed(0)} s; wrote ${out} (${(text.length / 1e6).toFixed(2)} MB)`);
  }
}

main();
