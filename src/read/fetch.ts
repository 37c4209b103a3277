/**
 * Bounded fetching of web pages and feeds with Node's built-in `fetch` (undici): http(s) only, a
 * timeout for the whole exchange, a size cap on the (decompressed) body, a redirect cap with loop
 * detection, a per-host pause between requests, robots.txt honoured, a User-Agent that names
 * Dossier, and conditional GET (`If-None-Match` / `If-Modified-Since`). Every failure is one of the
 * named {@link FetchErrorKind}s with a one-line reason; nothing throws out of {@link Fetcher.get}.
 */
import { VERSION } from '../version.js';

/** Why a fetch failed, by name. */
export type FetchErrorKind =
  | 'bad-url'
  | 'unsupported-scheme'
  | 'robots-disallowed'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'http-error'
  | 'corrupt-body'
  | 'network-error';

export type FetchResult =
  | {
      ok: true;
      /** The final URL after redirects. */
      url: string;
      status: number;
      /** True on `304 Not Modified` (then `bytes` is empty). */
      notModified: boolean;
      bytes: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** ISO 8601 time the response arrived. */
      fetched: string;
    }
  | { ok: false; url: string; kind: FetchErrorKind; reason: string };

export interface FetchOptions {
  /** Whole exchange (connect, headers, body) per request, in ms. Default 20 s. */
  timeoutMs?: number;
  /** Largest body accepted after decompression, in bytes. Default 10 MiB. */
  maxBytes?: number;
  /** Most redirects followed. Default 5. */
  maxRedirects?: number;
  /** Pause between two requests to one host, in ms. Default 1 s. */
  perHostDelayMs?: number;
  /** Honour robots.txt (default true). */
  robots?: boolean;
  userAgent?: string;
}

/** The User-Agent Dossier sends: its name and version, so site owners can tell who asks. */
export const USER_AGENT = `Dossier/${VERSION} (news timeline builder; +https://github.com/dossier-news/dossier)`;
/** The token robots.txt groups are matched against. */
const ROBOTS_AGENT = 'dossier';

interface RobotsRules {
  allow: string[];
  disallow: string[];
}

/**
 * Parses robots.txt and keeps the rules of the group for `agent` (else the `*` group).
 *
 * @example
 * ```ts
 * robotsRules('User-agent: *\nDisallow: /private/', 'dossier'); // { allow: [], disallow: ['/private/'] }
 * ```
 */
export function robotsRules(text: string, agent: string): RobotsRules {
  const groups: { agents: string[]; rules: RobotsRules }[] = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/).slice(0, 5000)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = (m[1] as string).toLowerCase();
    const value = (m[2] as string).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [] } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'disallow' && value) current.rules.disallow.push(value);
    if (field === 'allow' && value) current.rules.allow.push(value);
  }
  const mine = groups.find((g) => g.agents.some((a) => a !== '*' && agent.includes(a)));
  return (mine ?? groups.find((g) => g.agents.includes('*')))?.rules ?? { allow: [], disallow: [] };
}

/**
 * Whether a path may be fetched: the longest matching rule wins, `Allow` on a tie (`*` and `$` understood).
 *
 * @example
 * ```ts
 * robotsAllows({ allow: ['/news/ok'], disallow: ['/news/'] }, '/news/ok.html'); // true
 * robotsAllows({ allow: [], disallow: ['/'] }, '/a'); // false
 * ```
 */
export function robotsAllows(rules: RobotsRules, path: string): boolean {
  const match = (rule: string): number => {
    const re = new RegExp(`^${rule.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*').replace(/\\\$$/, '$')}`);
    return re.test(path) ? rule.length : -1;
  };
  const allow = Math.max(-1, ...rules.allow.map(match));
  const disallow = Math.max(-1, ...rules.disallow.map(match));
  return disallow < 0 || allow >= disallow;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Fetches pages politely and within bounds; one instance per run keeps the per-host pauses and robots.txt rules. */
export class Fetcher {
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly delayMs: number;
  private readonly robots: boolean;
  private readonly userAgent: string;
  private readonly nextAt = new Map<string, number>();
  private readonly robotsCache = new Map<string, Promise<RobotsRules>>();

  constructor(options: FetchOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.delayMs = options.perHostDelayMs ?? 1000;
    this.robots = options.robots ?? true;
    this.userAgent = options.userAgent ?? USER_AGENT;
  }

  /**
   * GETs a URL, following redirects within the cap, with conditional headers when given.
   *
   * @example
   * ```ts
   * const r = await new Fetcher().get('https://example.org/feed.xml', { etag: '"abc"' });
   * if (r.ok && r.notModified) console.log('nothing new');
   * ```
   */
  async get(url: string, conditional: { etag?: string | null; lastModified?: string | null } = {}): Promise<FetchResult> {
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return { ok: false, url: current, kind: 'bad-url', reason: `not a URL: ${current}` };
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        return { ok: false, url: current, kind: 'unsupported-scheme', reason: `only http and https are fetched, not ${parsed.protocol.replace(/:$/, '')}` };
      }
      parsed.hash = '';
      current = parsed.href;
      if (seen.has(current)) return { ok: false, url, kind: 'redirect-loop', reason: `redirect loop back to ${current}` };
      seen.add(current);
      if (this.robots && !(await this.allowed(parsed))) {
        return { ok: false, url: current, kind: 'robots-disallowed', reason: `robots.txt of ${parsed.host} disallows ${parsed.pathname}` };
      }
      const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5' };
      if (hop === 0 && conditional.etag) headers['if-none-match'] = conditional.etag;
      if (hop === 0 && conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
      const r = await this.once(parsed, headers);
      if (!r.ok) return r;
      const { res } = r;
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const location = res.headers.get('location');
        await res.body?.cancel().catch(() => undefined);
        if (!location) return { ok: false, url: current, kind: 'http-error', reason: `HTTP ${res.status} without a Location` };
        if (hop >= this.maxRedirects) return { ok: false, url, kind: 'too-many-redirects', reason: `more than ${this.maxRedirects} redirects` };
        current = new URL(location, current).href;
        continue;
      }
      const base = {
        url: current,
        status: res.status,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        fetched: new Date().toISOString(),
      };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: true, notModified: true, bytes: new Uint8Array(0), ...base };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, url: current, kind: 'http-error', reason: `HTTP ${res.status} ${res.statusText}`.trim() };
      }
      const body = await this.readBody(res, r.timer);
      if (!body.ok) return { ...body, url: current };
      return { ok: true, notModified: false, bytes: body.bytes, ...base };
    }
  }

  /** One request, after the host's pause, with the timeout armed (the caller's body read runs under it too). */
  private async once(
    url: URL,
    headers: Record<string, string>,
  ): Promise<{ ok: true; res: Response; timer: { signal: AbortSignal; clear: () => void } } | { ok: false; url: string; kind: FetchErrorKind; reason: string }> {
    const wait = (this.nextAt.get(url.host) ?? 0) - Date.now();
    if (wait > 0) await sleep(wait);
    this.nextAt.set(url.host, Date.now() + this.delayMs);
    const controller = new AbortController();
    const handle = setTimeout(() => controller.abort(new Error('timeout')), this.timeoutMs);
    const timer = { signal: controller.signal, clear: () => clearTimeout(handle) };
    try {
      const res = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      return { ok: true, res, timer };
    } catch (err) {
      timer.clear();
      return { ok: false, url: url.href, ...this.failure(err, controller.signal) };
    }
  }

  private failure(err: unknown, signal: AbortSignal): { kind: FetchErrorKind; reason: string } {
    if (signal.aborted) return { kind: 'timeout', reason: `no complete answer within ${Math.round(this.timeoutMs / 1000)} s` };
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? '';
    if (/^Z_|ERR_ZLIB|ERR__?.*DECOMPRESS/.test(code) || /incorrect header check|unexpected end of file|invalid (?:block|distance|code)/i.test(cause?.message ?? '')) {
      return { kind: 'corrupt-body', reason: `corrupt compressed body: ${cause?.message ?? code}` };
    }
    return { kind: 'network-error', reason: `network error: ${cause?.message ?? code ?? (err as Error).message}`.replace(/: $/, '') };
  }

  /** Reads the body as it streams, refusing it as soon as it passes the size cap. */
  private async readBody(res: Response, timer: { signal: AbortSignal; clear: () => void }): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; kind: FetchErrorKind; reason: string }> {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    const limit = `${(this.maxBytes / (1024 * 1024)).toFixed(1)} MB`;
    if (Number.isFinite(declared) && declared > this.maxBytes && !res.headers.get('content-encoding')) {
      await res.body?.cancel().catch(() => undefined);
      timer.clear();
      return { ok: false, kind: 'too-large', reason: `body larger than the ${limit} limit (${declared} bytes declared)` };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > this.maxBytes) {
            await reader.cancel().catch(() => undefined);
            return { ok: false, kind: 'too-large', reason: `body larger than the ${limit} limit (after decompression)` };
          }
          chunks.push(value);
        }
      }
    } catch (err) {
      return { ok: false, ...this.failure(err, timer.signal) };
    } finally {
      timer.clear();
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return { ok: true, bytes };
  }

  /** Whether robots.txt of the URL's origin lets Dossier fetch its path (fetched once per origin; unreachable robots.txt allows). */
  private async allowed(url: URL): Promise<boolean> {
    let rules = this.robotsCache.get(url.origin);
    if (!rules) {
      rules = (async (): Promise<RobotsRules> => {
        const r = await this.once(new URL('/robots.txt', url.origin), { 'user-agent': this.userAgent });
        if (!r.ok) return { allow: [], disallow: [] };
        const { res } = r;
        if (res.status === 401 || res.status === 403) {
          await res.body?.cancel().catch(() => undefined);
          r.timer.clear();
          return { allow: [], disallow: ['/'] };
        }
        if (res.status !== 200) {
          await res.body?.cancel().catch(() => undefined);
          r.timer.clear();
          return { allow: [], disallow: [] };
        }
        const body = await this.readBody(res, r.timer);
        return body.ok ? robotsRules(new TextDecoder().decode(body.bytes.subarray(0, 512 * 1024)), ROBOTS_AGENT) : { allow: [], disallow: [] };
      })();
      this.robotsCache.set(url.origin, rules);
    }
    return robotsAllows(await rules, `${url.pathname}${url.search}`);
  }
}
