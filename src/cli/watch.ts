/**
 * `dossier watch FEED_URL|FOLDER [--every 10m] [--once]`: polls a feed (conditional GET with the
 * ETag and Last-Modified it last answered) or a folder, and analyses only what is new: feed items
 * and linked pages not seen before, files added or changed since the last round. What was seen is
 * kept in the store (a setting per watched feed or folder), so a restart does not read it all again.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openStore } from '../store/open.js';
import type { ReadResult } from '../read/read.js';
import { Fetcher } from '../read/fetch.js';
import { isUrl, readUrl } from '../read/urls.js';
import { runAnalyze } from './analyze.js';
import type { Io } from './io.js';

export interface WatchOptions {
  store: string;
  /** Seconds between rounds. */
  every: number;
  /** One round, then exit. */
  once?: boolean;
  jobs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  /** For tests: the fetcher to use (a short per-host pause, say). */
  fetcher?: Fetcher;
}

/** Feed items remembered per feed (oldest forgotten first). */
const MAX_SEEN = 5000;

/**
 * Reads `--every`: `90`, `90s`, `10m`, `1h` (seconds, minutes, hours); null when not a duration.
 *
 * @example
 * ```ts
 * parseEvery('10m'); // 600
 * parseEvery('soon'); // null
 * ```
 */
export function parseEvery(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h']);
  return n > 0 ? n : null;
}

interface FeedState {
  etag: string | null;
  lastModified: string | null;
  seen: string[];
}

async function* fromArray(items: ReadResult[]): AsyncGenerator<ReadResult> {
  yield* items;
}

/** One round on a feed: the new items (and linked pages) read, and the state to remember. */
async function feedRound(url: string, state: FeedState, fetcher: Fetcher): Promise<{ results: ReadResult[]; state: FeedState; notModified: boolean }> {
  const seen = new Set(state.seen);
  const next: FeedState = { ...state };
  let notModified = false;
  const results: ReadResult[] = [];
  for await (const r of readUrl(url, fetcher, { etag: state.etag, lastModified: state.lastModified }, seen, (res) => {
    next.etag = res.etag;
    next.lastModified = res.lastModified;
    notModified = res.notModified;
  })) {
    results.push(r);
  }
  next.seen = [...seen].slice(-MAX_SEEN);
  return { results, state: next, notModified };
}

/** Files under a folder (hidden ones skipped) with their size and modification time. */
async function listFiles(dir: string, out: Map<string, string> = new Map()): Promise<Map<string, string>> {
  for (const name of (await readdir(dir)).filter((n) => !n.startsWith('.')).sort()) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) await listFiles(path, out);
    else if (info.isFile()) out.set(path, `${info.size}:${Math.round(info.mtimeMs)}`);
  }
  return out;
}

function wait(seconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    const t = setTimeout(done, seconds * 1000);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      done();
    }, { once: true });
  });
}

/**
 * Watches a feed URL or a folder until stopped (or for one round with `once`); returns the exit code.
 *
 * @example
 * ```ts
 * await runWatch('https://example.org/feed.xml', { store: 'dossier.db', every: 600 }, processIo());
 * ```
 */
export async function runWatch(target: string, options: WatchOptions, io: Io): Promise<number> {
  const fetcher = options.fetcher ?? new Fetcher(options.maxBytes ? { maxBytes: options.maxBytes } : {});
  const web = isUrl(target);
  const key = web ? `watch:${target}` : `watch:${resolve(target)}`;
  if (!web) {
    const info = await stat(target).catch(() => null);
    if (!info?.isDirectory()) {
      io.err(`dossier: ${target} is neither an http(s) feed URL nor a folder\n`);
      return 2;
    }
  }
  let code = 0;
  for (;;) {
    const store = await openStore({ path: options.store });
    let saved: string | null;
    try {
      saved = await store.getSetting(key);
    } finally {
      await store.close();
    }
    const analyze = { store: options.store, timeline: false, progress: false, ...(options.jobs ? { jobs: options.jobs } : {}), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
    let remember: string;
    const stamp = new Date().toISOString().slice(0, 19);
    if (web) {
      const state: FeedState = saved ? (JSON.parse(saved) as FeedState) : { etag: null, lastModified: null, seen: [] };
      const round = await feedRound(target, state, fetcher);
      remember = JSON.stringify(round.state);
      const failed = round.results.filter((r) => !r.ok);
      if (round.results.length === 0) {
        io.out(`${stamp} ${target}: ${round.notModified ? 'not modified' : 'no new items'}\n`);
      } else if (failed.length === round.results.length) {
        for (const f of failed) if (!f.ok) io.err(`skipped ${f.source}: ${f.reason}\n`);
        io.out(`${stamp} ${target}: nothing read (${failed.length} failed)\n`);
        code = 1;
      } else {
        code = (await runAnalyze([], { ...analyze, inputs: fromArray(round.results) }, io)).code;
      }
    } else {
      const before = new Map<string, string>(saved ? (JSON.parse(saved) as [string, string][]) : []);
      const now = await listFiles(target);
      const fresh = [...now].filter(([p, v]) => before.get(p) !== v).map(([p]) => p);
      remember = JSON.stringify([...now]);
      if (fresh.length === 0) io.out(`${stamp} ${target}: no new files\n`);
      else code = (await runAnalyze(fresh, analyze, io)).code;
    }
    const after = await openStore({ path: options.store });
    try {
      await after.putSetting(key, remember);
    } finally {
      await after.close();
    }
    if (options.once || options.signal?.aborted) return code;
    await wait(options.every, options.signal);
    if (options.signal?.aborted) return code;
  }
}
