/**
 * The benches' command-line options.
 *
 * @example
 * ```ts
 * arg('--count'); // '2000' for `node bench.js --count 2000`, undefined without it
 * ```
 */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
