import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION } from '../version.js';
import { defaultStoreLocation } from '../store/open.js';
import { StoreError } from '../store/sqlite.js';
import { runAnalyze } from './analyze.js';
import { defaultJobs } from '../pipeline/pool.js';
import { runExport, EXPORT_FORMATS } from './export.js';
import { parseEvery, runWatch } from './watch.js';
// The queue, server, checker and scorer (and their dependencies) are loaded by the commands that use them,
// so that `analyze` and `export` do not pay for compiling them.
import { CliError, processIo, type Io } from './io.js';

const STORE_HELP = 'embedded store file, or a postgres:// URL ($DOSSIER_DATABASE_URL, when set, is the default)';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/**
 * Builds the `dossier` command line. Each action stores its exit code in `state.code`.
 *
 * @example
 * ```ts
 * const code = await main(['analyze', 'examples/'], processIo());
 * ```
 */
function buildProgram(io: Io, state: { code: number }): Command {
  const program = new Command('dossier')
    .description('Turn raw news articles in any language into a cross-lingual event timeline.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();

  program
    .command('analyze')
    .description('analyse articles (files, folders or http(s) URLs of pages and feeds) into the store and print the timeline')
    .argument('[paths...]', 'files, folders (read recursively) or http(s) URLs')
    .option('--urls <file>', 'also fetch and analyse the URLs listed in this file, one a line')
    .option('-s, --store <file|url>', STORE_HELP, defaultStoreLocation())
    .option('--force', 're-analyse documents already in the store', false)
    .addOption(new Option('--max-bytes <n>', 'largest input file to read, in bytes').argParser(positiveInt))
    .option('--no-timeline', 'print only the summary line')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addOption(new Option('-j, --jobs <n>', `threads for the per-document stages and the corpus steps (default: ${defaultJobs()}, the cores here)`).argParser(positiveInt))
    .option('--enqueue', 'queue the new documents for `dossier worker` processes instead of analysing them here (PostgreSQL store)', false)
    .action(async (paths: string[], opts: { store: string; force: boolean; maxBytes?: number; timeline: boolean; progress: boolean; jobs?: number; enqueue: boolean; urls?: string }) => {
      if (paths.length === 0 && opts.urls === undefined) throw new CliError('analyze needs at least one path or URL, or --urls FILE', 2);
      state.code = opts.enqueue ? await (await import('./worker.js')).runEnqueue(paths, opts, io) : (await runAnalyze(paths, opts, io)).code;
    });

  program
    .command('watch')
    .description('poll a feed URL (conditional GET) or watch a folder, and analyse only new items into the store')
    .argument('<target>', 'an http(s) feed URL or a folder')
    .option('-s, --store <file|url>', STORE_HELP, defaultStoreLocation())
    .addOption(new Option('--every <duration>', 'time between rounds: 90s, 10m, 1h').default('10m'))
    .option('--once', 'one round, then exit', false)
    .addOption(new Option('--max-bytes <n>', 'largest page or file to read, in bytes').argParser(positiveInt))
    .addOption(new Option('-j, --jobs <n>', 'threads for the per-document stages and the corpus steps').argParser(positiveInt))
    .action(async (target: string, opts: { store: string; every: string; once: boolean; maxBytes?: number; jobs?: number }) => {
      const every = parseEvery(opts.every);
      if (every === null) throw new CliError(`--every: not a duration: ${opts.every} (try 90s, 10m or 1h)`, 2);
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        state.code = await runWatch(target, { ...opts, every, signal: stop.signal }, io);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });

  program
    .command('worker')
    .description('take queued documents (analyze --enqueue), analyse and store them, and update the corpus when the queue runs dry (PostgreSQL store)')
    .option('-s, --store <url>', STORE_HELP, defaultStoreLocation())
    .addOption(new Option('-c, --concurrency <n>', `analysis threads (default: ${defaultJobs()}, the cores here)`).argParser(positiveInt))
    .option('--until-idle', 'stop once the queue is empty, instead of waiting for new documents', false)
    .action(async (opts: { store: string; concurrency?: number; untilIdle: boolean }) => {
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        state.code = await (await import('./worker.js')).runWorker({ ...opts, signal: stop.signal }, io);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });

  program
    .command('jobs')
    .description('list queued, running, done and failed analysis jobs, failed ones with their reason (PostgreSQL store)')
    .option('-s, --store <url>', STORE_HELP, defaultStoreLocation())
    .addOption(new Option('-n, --limit <n>', 'failed jobs to list').argParser(positiveInt).default(50))
    .action(async (opts: { store: string; limit: number }) => {
      state.code = await (await import('./worker.js')).runJobs(opts, io);
    });

  program
    .command('export')
    .description('print the store as JSON (the export contract in docs/export.md)')
    .option('-s, --store <file|url>', STORE_HELP, defaultStoreLocation())
    .addOption(new Option('-f, --format <format>', 'output format').choices([...EXPORT_FORMATS]).default('json'))
    .option('--pretty', 'indent the JSON', false)
    .action(async (opts: { store: string; format: string; pretty: boolean }) => {
      state.code = await runExport(opts, io);
    });

  program
    .command('serve')
    .description('serve the store as a web app and a JSON API (events, entities, documents, storylines, search; /openapi.json)')
    .option('-s, --store <file|url>', STORE_HELP, defaultStoreLocation())
    .addOption(new Option('-p, --port <n>', 'port').argParser(positiveInt).default(8080))
    .option('--host <host>', 'address to bind (anything but loopback needs --token)', '127.0.0.1')
    .addOption(new Option('--token <token>', 'require Authorization: Bearer <token> on every request').env('DOSSIER_TOKEN'))
    .option('--read-only', 'refuse POST /api/documents (which otherwise analyses and stores an article)')
    .action(async (opts: { store: string; port: number; host: string; token?: string; readOnly?: boolean }) => {
      state.code = await (await import('./serve.js')).runServe(opts, io);
    });

  program
    .command('check')
    .description('read the whole store and say whether it is consistent (exit 1 and one line per problem when not)')
    .option('-s, --store <file|url>', STORE_HELP, defaultStoreLocation())
    .action(async (opts: { store: string }) => {
      state.code = await (await import('./check.js')).runCheck(opts, io);
    });

  program
    .command('eval')
    .description('score the store against a gold file and print one name<TAB>value line per metric')
    .option('-s, --store <file|url>', STORE_HELP, defaultStoreLocation())
    .requiredOption('-g, --gold <file>', 'gold file (format of ../shared/gold/seeds.gold.json)')
    .action(async (opts: { store: string; gold: string }) => {
      state.code = await (await import('./eval.js')).runEval(opts, io);
    });
  return program;
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code: 0 on
 * success, 1 when every input failed, 2 on a usage error. Never throws.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), processIo());
 * ```
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const state = { code: 0 };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CliError) {
      io.err(`dossier: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof StoreError) {
      io.err(`dossier: ${err.message}\n`);
      return 2;
    }
    io.err(`dossier: internal error: ${err instanceof Error ? err.message : String(err)} (please report this)\n`);
    return 70;
  }
}
