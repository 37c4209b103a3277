/**
 * `npm run eval:sets`: scores each stage on the public evaluation data in `../shared/eval`
 * (article extraction, publication dates, TimeML, CoNLL-2003 English NER, PolNeAR quotes) and prints one
 * `set.metric<TAB>value` line per figure. Sets that are absent are reported and skipped.
 *
 * Usage: `npm run eval:sets -- [--shared DIR] [--limit N] [--only extraction,pubdate,timex,ner_en,quotes]`
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scoreExtraction, scorePubdate } from '../clean/extraction-eval.js';
import { scoreTimeML } from './timeml.js';
import { scoreQuotes } from './polnear.js';
import { scoreConll } from './conll.js';

type Figures = Record<string, number>;

/** The evaluation sets, by name: where each lives under ../shared/eval and how it is scored. */
export const EVAL_SETS: Readonly<Record<string, { dir: string; run: (dir: string, limit?: number) => Promise<Figures> }>> = {
  extraction: {
    dir: 'article-extraction-dev',
    run: async (dir, limit) => {
      const s = await scoreExtraction(dir, limit);
      return { pages: s.pages, precision: s.precision, recall: s.recall, f1: s.f1 };
    },
  },
  pubdate: {
    dir: 'pubdate-dev',
    run: async (dir, limit) => {
      const s = await scorePubdate(dir, limit, { useUrl: true });
      return { pages: s.pages, accuracy: s.accuracy };
    },
  },
  timex: {
    dir: 'timex-dev/TBAQ-cleaned',
    run: async (dir, limit) => {
      const s = scoreTimeML(dir, limit);
      return { docs: s.docs, relaxed_f1: s.relaxedF1, strict_f1: s.strictF1, value_f1: s.valueF1 };
    },
  },
  ner_en: {
    dir: 'english-ner-train',
    run: async (dir, limit) => {
      const s = scoreConll(join(dir, 'dev.conll'), limit);
      return {
        sentences: s.sentences, precision: s.micro.precision, recall: s.micro.recall, f1: s.micro.f1,
        per_f1: s.perType.PER.f1, org_f1: s.perType.ORG.f1, loc_f1: s.perType.LOC.f1,
      };
    },
  },
  quotes: {
    dir: 'attribution-dev/dev',
    run: async (dir, limit) => {
      const s = scoreQuotes(dir, limit);
      return { articles: s.articles, precision: s.precision, recall: s.recall, f1: s.f1, attribution: s.attribution };
    },
  },
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function run(): Promise<void> {
  const shared = resolve(arg('--shared') ?? '../shared');
  const limitArg = arg('--limit');
  const limit = limitArg === undefined ? undefined : Number(limitArg);
  if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) {
    process.stderr.write('eval:sets: --limit takes a positive whole number\n');
    process.exitCode = 2;
    return;
  }
  const only = arg('--only')?.split(',') ?? Object.keys(EVAL_SETS);
  for (const name of only) {
    const set = EVAL_SETS[name];
    if (!set) {
      process.stderr.write(`eval:sets: unknown set '${name}' (choose from ${Object.keys(EVAL_SETS).join(', ')})\n`);
      process.exitCode = 2;
      return;
    }
    const dir = join(shared, 'eval', set.dir);
    if (!existsSync(dir)) {
      process.stderr.write(`${name}: ${dir} absent, skipped\n`);
      continue;
    }
    const started = Date.now();
    const figures = await set.run(dir, limit);
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`${name}.${k}\t${Math.round(v * 10000) / 10000}\n`);
    process.stderr.write(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

await run();
