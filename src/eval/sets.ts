/**
 * `npm run eval:sets`: scores each stage on the public evaluation data in `../shared/eval`
 * (article extraction, publication dates, TimeML, CoNLL-2003 English NER, PolNeAR quotes) and prints one
 * `set.subset.metric<TAB>value` line per figure, first on a fixed random sample (seeded shuffle, the same
 * every run) and then on the full development set, so a figure that only holds on the sample shows.
 * Sets that are absent are reported and skipped.
 *
 * Usage: `npm run eval:sets -- [--shared DIR] [--only extraction,pubdate,timex,ner_en,authors,quotes]
 * [--sample N | --limit N | --full]` (`--limit N`: the first N items only, a quick look, never a floor).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractionTable, scoreExtraction, scorePubdate } from '../clean/extraction-eval.js';
import { scoreTimeML } from './timeml.js';
import { scoreQuotes } from './polnear.js';
import { scoreConll } from './conll.js';
import { scoreAuthors, type AuthorAnnotations } from '../clean/authors-eval.js';
import { readFile } from 'node:fs/promises';
import { describeSubset, SAMPLE_SEED, type Subset } from './subset.js';

type Figures = Record<string, number>;

/**
 * The evaluation sets, by name: where each lives under ../shared/eval, the size of its default sample
 * (pages, documents or articles) and how it is scored.
 */
export const EVAL_SETS: Readonly<Record<string, { dir: string; sample: number; run: (dir: string, subset?: Subset) => Promise<Figures> }>> = {
  extraction: {
    dir: 'article-extraction-dev',
    sample: 20,
    run: async (dir, subset) => {
      const s = await scoreExtraction(dir, subset);
      // Dossier and plain Readability side by side, as a table (stderr, so stdout stays one figure a line)
      // and as figures: overall, on the seeded halves, by page kind, ms per page.
      process.stderr.write(`extraction (${describeSubset(subset)}), Dossier beside plain Readability on the same pages:\n${extractionTable(s)}`);
      const figures: Figures = {
        pages: s.pages, precision: s.precision, recall: s.recall, f1: s.f1,
        'readability.precision': s.readability.precision, 'readability.recall': s.readability.recall, 'readability.f1': s.readability.f1,
        'ms_per_page': s.msPerPage.ours, 'readability.ms_per_page': s.msPerPage.readability,
      };
      for (const [half, h] of Object.entries(s.halves)) {
        figures[`${half}_half.pages`] = h.ours.pages;
        figures[`${half}_half.f1`] = h.ours.f1;
        figures[`${half}_half.readability.f1`] = h.readability.f1;
      }
      for (const [kind, k] of Object.entries(s.byKind)) {
        const key = kind.replace(/[^\w:]+/g, '_').replace(/_+$/, '');
        figures[`${key}.pages`] = k.ours.pages;
        figures[`${key}.f1`] = k.ours.f1;
        figures[`${key}.readability.f1`] = k.readability.f1;
      }
      return figures;
    },
  },
  pubdate: {
    dir: 'pubdate-dev',
    sample: 40,
    run: async (dir, subset) => {
      const s = await scorePubdate(dir, subset, { useUrl: true });
      const figures: Figures = { pages: s.pages, accuracy: s.accuracy };
      if (!subset) Object.assign(figures, { fit_half_accuracy: s.halves.fit, check_half_accuracy: s.halves.check });
      for (const [from, e] of Object.entries(s.byEvidence).sort((a, b) => b[1].pages - a[1].pages)) {
        figures[`from_${from}.pages`] = e.pages;
        figures[`from_${from}.accuracy`] = e.pages ? e.correct / e.pages : 0;
      }
      return figures;
    },
  },
  timex: {
    dir: 'timex-dev/TBAQ-cleaned',
    sample: 60,
    run: async (dir, subset) => {
      const s = scoreTimeML(dir, subset);
      return { docs: s.docs, relaxed_f1: s.relaxedF1, strict_f1: s.strictF1, value_f1: s.valueF1 };
    },
  },
  ner_en: {
    dir: 'english-ner-train',
    sample: 60,
    run: async (dir, subset) => {
      const s = scoreConll(join(dir, 'dev.conll'), subset);
      return {
        articles: s.articles, sentences: s.sentences, precision: s.micro.precision, recall: s.micro.recall, f1: s.micro.f1,
        per_f1: s.perType.PER.f1, org_f1: s.perType.ORG.f1, loc_f1: s.perType.LOC.f1,
      };
    },
  },
  authors: {
    // Pages annotated by hand (test/authors.annotated.json): extraction pages were looked at while
    // fitting the author rules, pubdate pages are the held-back check, then the seeds.
    dir: 'pubdate-dev',
    sample: 20,
    run: async (dir, subset) => {
      const annotations = JSON.parse(await readFile(resolve('test/authors.annotated.json'), 'utf8')) as AuthorAnnotations;
      const scores = await scoreAuthors(join(dir, '..', '..'), annotations, subset);
      const figures: Figures = {};
      for (const [set, s] of Object.entries(scores)) {
        const key = set === 'article-extraction-dev' ? 'looked_at' : set === 'pubdate-dev' ? 'held_back' : set;
        Object.assign(figures, { [`${key}.pages`]: s.pages, [`${key}.precision`]: s.precision, [`${key}.recall`]: s.recall, [`${key}.f1`]: s.f1 });
        for (const m of s.misses) process.stderr.write(`authors ${set} ${m.page}: got ${JSON.stringify(m.got)}, annotated ${JSON.stringify(m.annotated)}\n`);
      }
      return figures;
    },
  },
  quotes: {
    dir: 'attribution-dev/dev',
    sample: 25,
    run: async (dir, subset) => {
      const s = await scoreQuotes(dir, subset);
      return { articles: s.articles, precision: s.precision, recall: s.recall, f1: s.f1, attribution: s.attribution,
        direct_precision: s.directPrecision, indirect_recall: s.indirect.recall, indirect_precision: s.indirect.precision,
        indirect_attribution: s.indirect.attribution };
    },
  },
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function positive(name: string): number | undefined | null {
  const v = arg(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : null;
}

async function run(): Promise<void> {
  const shared = resolve(arg('--shared') ?? '../shared');
  const limit = positive('--limit');
  const sample = positive('--sample');
  if (limit === null || sample === null) {
    process.stderr.write('eval:sets: --limit and --sample take a positive whole number\n');
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
    const runs: [string, Subset | undefined][] = limit !== undefined
      ? [['first', { first: limit }]]
      : process.argv.includes('--full')
        ? [['full', undefined]]
        : [['sample', { sample: sample ?? set.sample, seed: SAMPLE_SEED }], ['full', undefined]];
    for (const [label, subset] of runs) {
      const started = Date.now();
      const figures = await set.run(dir, subset);
      for (const [k, v] of Object.entries(figures)) process.stdout.write(`${name}.${label}.${k}\t${Math.round(v * 10000) / 10000}\n`);
      process.stderr.write(`${name} (${describeSubset(subset)}): ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  }
}

await run();
