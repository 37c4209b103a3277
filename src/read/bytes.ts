/**
 * A pull reader over a stream of byte chunks that knows the absolute offset of what it hands out:
 * the WARC parser reads header blocks up to a delimiter, record contents by length, and skips what
 * it does not need without ever holding more than one record in memory.
 */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  /** Absolute offset (in the stream) of `buf[0]`. */
  private base = 0;
  private done = false;
  /** The error that ended the stream early (a truncated gzip), if any. */
  error: Error | null = null;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** Offset of the next unread byte. */
  get offset(): number {
    return this.base;
  }

  /** Pulls one more chunk; false at the end of the stream (or when it failed: see `error`). */
  private async fill(): Promise<boolean> {
    if (this.done) return false;
    try {
      const next = await this.source.next();
      if (next.done) {
        this.done = true;
        return false;
      }
      const chunk = next.value;
      this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
      return true;
    } catch (err) {
      this.done = true;
      this.error = err as Error;
      return false;
    }
  }

  private consume(n: number): Buffer {
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.base += n;
    return out;
  }

  /** Skips bytes while `keep(byte)` holds; false when the stream ended first. */
  async skipWhile(keep: (b: number) => boolean): Promise<boolean> {
    for (;;) {
      let i = 0;
      while (i < this.buf.length && keep(this.buf[i] as number)) i++;
      this.consume(i);
      if (this.buf.length > 0) return true;
      if (!(await this.fill())) return false;
    }
  }

  /**
   * The bytes up to and including `delim`; `null` when the stream ends first, `'too-long'` when
   * `delim` is not within `max` bytes (nothing is consumed then).
   */
  async readThrough(delim: Buffer, max: number): Promise<Buffer | null | 'too-long'> {
    let from = 0;
    for (;;) {
      const at = this.buf.indexOf(delim, from);
      if (at >= 0 && at + delim.length <= max) return Buffer.from(this.consume(at + delim.length));
      if (at >= 0 || this.buf.length > max) return 'too-long';
      from = Math.max(0, this.buf.length - delim.length + 1);
      if (!(await this.fill())) return null;
    }
  }

  /** Exactly `n` bytes, or fewer when the stream ends first. */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      if (this.buf.length === 0 && !(await this.fill())) break;
      const take = this.consume(Math.min(n - got, this.buf.length));
      parts.push(take);
      got += take.length;
    }
    return Buffer.concat(parts, got);
  }

  /** Skips `n` bytes; returns how many were skipped (fewer when the stream ended first). */
  async skip(n: number): Promise<number> {
    let got = 0;
    while (got < n) {
      if (this.buf.length === 0 && !(await this.fill())) break;
      got += this.consume(Math.min(n - got, this.buf.length)).length;
    }
    return got;
  }

  /**
   * Moves to the next occurrence of `marker` (not consumed), looking at most `max` bytes ahead;
   * false when there is none.
   */
  async seek(marker: Buffer, max: number): Promise<boolean> {
    let scanned = 0;
    for (;;) {
      const at = this.buf.indexOf(marker);
      if (at >= 0) {
        this.consume(at);
        return true;
      }
      const keep = Math.min(this.buf.length, marker.length - 1);
      scanned += this.consume(this.buf.length - keep).length;
      if (scanned > max || !(await this.fill())) return false;
    }
  }
}
