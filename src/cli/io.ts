/**
 * What a command writes to: injected so commands are testable in-process without spawning.
 *
 * @example
 * ```ts
 * const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), isTTY: false };
 * ```
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY: boolean;
}

/**
 * A usage or input error that ends the command with a one-line message and an exit code.
 *
 * @example
 * ```ts
 * throw new CliError("no such store: x.db (run 'dossier analyze PATH --store x.db' first)", 2);
 * ```
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/**
 * The process's own streams.
 *
 * @example
 * ```ts
 * await runAnalyze(paths, options, processIo());
 * ```
 */
export function processIo(): Io {
  endOnClosedOutput(process.stdout);
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

let watched = false;
/**
 * Ends the process quietly when the reader of its output goes away (`dossier export … | head`), as a
 * Unix tool does, instead of a stack trace from the next write; any other output error is one line.
 * The stores stay consistent: every write is a transaction.
 */
function endOnClosedOutput(stream: NodeJS.WriteStream): void {
  if (watched) return;
  watched = true;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`dossier: cannot write the output: ${err.message}\n`);
    process.exit(err.code === 'EPIPE' ? 0 : 74);
  });
}
