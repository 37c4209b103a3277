/**
 * `npm run train:clusters`: learns the word clusters the name taggers use as features
 * (`src/lang/en/ner-clusters-en.tsv`, `src/lang/hi/ner-clusters-hi.tsv`; see `clusters.ts`) from
 * unlabelled text in `../shared/eval`, never from a set the NER scorers read. Deterministic: the
 * same text gives the same files byte for byte. The files hold word hashes and cluster ids only.
 *
 * English: the tokens of CoNLL-2003 train, the TimeBank and AQUAINT documents (`timex-dev`), the
 * PolNeAR articles (`attribution-dev`) and the English articles of the SemEval-2022 news pairs
 * (`news-similarity-dev`). Hindi: the tokens of HiNER sentences 0–6999 and of IL-NER train.
 *
 * usage: node dist/stages/entities/train-clusters.js [en|hi]...
 */

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { learnClusters, serializeClusters } from './clusters.js';
import { sentenceRanges, tokenizeEn } from '../../lang/en/ner-features.js';

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

function englishSentences(text: string): string[][] {
  const toks = tokenizeEn(text);
  return sentenceRanges(text, toks).map(([a, b]) => toks.slice(a, b).map((t) => t.text.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'")));
}

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function englishCorpus(): string[][] {
  const out = conllTokens(path.join(EVAL, 'english-ner-train/train.conll'));
  for (const f of filesUnder(path.join(EVAL, 'timex-dev'), '.tml')) {
    const xml = readFileSync(f, 'utf8');
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
    out.push(...englishSentences(body.replace(/<[^>]+>/g, '')));
  }
  for (const f of filesUnder(path.join(EVAL, 'attribution-dev'), '.txt')) out.push(...englishSentences(readFileSync(f, 'utf8')));
  const pairs = path.join(EVAL, 'news-similarity-dev/pairs.jsonl');
  if (existsSync(pairs)) {
    const seen = new Set<string>();
    for (const line of readFileSync(pairs, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const p = JSON.parse(line) as Record<string, unknown>;
      for (const k of ['1', '2']) {
        const text = String(p[`text${k}`] ?? '');
        if (p[`lang${k}`] !== 'en' || seen.has(text)) continue;
        seen.add(text);
        out.push(...englishSentences(text));
      }
    }
  }
  return out;
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
