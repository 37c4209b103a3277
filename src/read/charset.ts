/**
 * Bytes to text in the right charset: a byte-order mark, then the charset the HTTP `Content-Type`
 * declares, then (for HTML) `<meta charset>` or `<meta http-equiv="Content-Type">` in the first
 * 4 KiB, then valid UTF-8, then BOM-less UTF-16 by its NUL pattern, then statistical detection
 * (`chardet`). Node's `TextDecoder` (full ICU) decodes every WHATWG encoding, so no converter is
 * needed. Binary content and text no detector recognises are refused with a reason.
 */
import chardet from 'chardet';

/** How the charset was chosen, kept on the document as a message. */
export type CharsetVia = 'bom' | 'http' | 'meta' | 'utf-8' | 'utf-16-pattern' | 'detected';

export type Decoded = { text: string; charset: string; via: CharsetVia } | { reason: string };

export interface DecodeOptions {
  /** Look for `<meta charset>` in the first bytes. */
  html?: boolean;
  /** The HTTP `Content-Type` header value, e.g. `text/html; charset=windows-1251`. */
  contentType?: string | null;
}

/** How far into an HTML page the meta prescan looks (the HTML standard says 1024; pages often put it later). */
const PRESCAN_BYTES = 4096;

/**
 * Decodes a page or text file, choosing the charset as described above.
 *
 * @example
 * ```ts
 * decodeBytes(Uint8Array.from([0xff, 0xfe, 0x61, 0x00])); // { text: 'a', charset: 'utf-16le', via: 'bom' }
 * decodeBytes(bytes, { html: true, contentType: 'text/html; charset=koi8-r' }); // via: 'http'
 * ```
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.charset, 'bom');
  const fromHttp = options.contentType ? supported(charsetParam(options.contentType)) : null;
  const fromMeta = !fromHttp && options.html ? supported(metaCharset(bytes)) : null;
  const declared = fromHttp ?? fromMeta;
  // A page that declares UTF-8 (or nothing) but is not valid UTF-8 falls through to detection.
  if (declared && declared !== 'utf-8') return decodeWith(bytes, declared, fromHttp ? 'http' : 'meta');
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return decodeWith(bytes, utf16, 'utf-16-pattern');
  if (looksBinary(bytes)) return { reason: 'binary file, not text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', via: declared ? (fromHttp ? 'http' : 'meta') : 'utf-8' };
  } catch {
    // not UTF-8: detect below
  }
  const detected = supported(detectCharset(bytes));
  if (!detected || detected === 'utf-8') {
    return { reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)} and no other charset recognised` };
  }
  return decodeWith(bytes, detected, 'detected');
}

function decodeWith(bytes: Uint8Array, charset: string, via: CharsetVia): Decoded {
  const text = new TextDecoder(charset).decode(bytes);
  return looksBinaryText(text) ? { reason: 'binary file, not text' } : { text, charset, via };
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/**
 * The `charset=` parameter of a Content-Type value, or null.
 *
 * @example
 * ```ts
 * charsetParam('text/html; Charset="Windows-1251"'); // 'windows-1251'
 * ```
 */
export function charsetParam(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*["']?([^\s;"']+)/i.exec(contentType);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type" content="…">`
 * within its first 4 KiB, or null.
 *
 * @example
 * ```ts
 * metaCharset(new TextEncoder().encode('<meta charset="koi8-r">')); // 'koi8-r'
 * ```
 */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  // Both forms carry `charset=NAME` inside the tag: `<meta charset="NAME">` and
  // `<meta http-equiv="Content-Type" content="text/html; charset=NAME">`.
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /charset\s*=\s*["']?\s*([A-Za-z0-9_:.()-]+)/i.exec(tag[0]);
    if (m) return (m[1] as string).toLowerCase();
  }
  return null;
}

/**
 * The WHATWG name of a charset label Node can decode, or null. A page that claims UTF-16 in a
 * meta tag but had no BOM is read as UTF-8 (as browsers do); `x-user-defined` is windows-1252.
 */
function supported(label: string | null): string | null {
  if (!label) return null;
  const aliases: Record<string, string> = { 'x-user-defined': 'windows-1252', cp932: 'shift_jis', cp949: 'euc-kr', 'x-sjis': 'shift_jis' };
  try {
    const name = new TextDecoder(aliases[label] ?? label).encoding;
    return name.startsWith('utf-16') ? 'utf-8' : name;
  } catch {
    return null;
  }
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/**
 * `chardet`'s best guess over the first 64 KiB, or null below confidence 20 (right guesses on
 * made-up pages in nine legacy charsets scored 34–100; noise bytes score 10).
 */
function detectCharset(bytes: Uint8Array): string | null {
  const best = chardet.analyse(bytes.subarray(0, 65536))[0];
  return best && best.confidence >= MIN_CONFIDENCE ? best.name.toLowerCase() : null;
}

const MIN_CONFIDENCE = 20;

/**
 * BOM-less UTF-16 text in an alphabetic script (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic…) has
 * a high byte of 0x00–0x0F in every other position and NULs there at least for spaces and
 * punctuation, while the other positions hold almost no NULs: it is UTF-16LE (or BE) when 90% of
 * the odd (even) bytes are that small, 10% of them are NUL, and under 2% of the others are.
 */
function utf16ByNuls(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  const half = n / 2;
  const parity = (p: number): { small: number; nul: number } => {
    let small = 0;
    let nul = 0;
    for (let i = p; i < n; i += 2) {
      const b = bytes[i] as number;
      if (b < 0x10) small++;
      if (b === 0) nul++;
    }
    return { small, nul };
  };
  const even = parity(0);
  const odd = parity(1);
  const high = (h: { small: number; nul: number }, low: { nul: number }): boolean =>
    h.small >= 0.9 * half && h.nul >= 0.1 * half && low.nul <= 0.02 * half;
  if (high(odd, even)) return 'utf-16le';
  if (high(even, odd)) return 'utf-16be';
  return null;
}

/** NUL bytes, or more than 10% control characters other than tab/newline/CR/FF/ESC, in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0x1b) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence
 * (overlong forms, surrogates and code points above U+10FFFF count as invalid).
 *
 * @example
 * ```ts
 * firstInvalidUtf8(Uint8Array.from([0x68, 0x69, 0xc3])); // 2 (truncated sequence)
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
