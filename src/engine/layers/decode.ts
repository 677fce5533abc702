import { isUtf8 } from 'node:buffer';
import type { DecodedLayer } from '../finding.js';

/**
 * Finds the encoded spans of a text and decodes them. Every decoder is one linear pass; none is called on a
 * text the prefilter did not flag (layers/triggers.ts).
 */
export interface EncodedRun {
  readonly layer: DecodedLayer;
  /** Offsets of the encoded characters in the outer text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly decoded: string;
}

/** Shorter base64 runs cannot hold anything a detector needs (12 bytes). */
const MIN_BASE64_RUN = 16;

/**
 * Where a decoded run can be: an upper-case letter with 15 more characters of its run after it, `=` padding
 * (at most two) counted among them. That is the prefilter's gate (layers/triggers.ts), which does not count
 * padding; a run reaching 16 only with it is decoded when the gate fired elsewhere in the text, as before.
 * The 13 characters every alternative shares come first: V8 then reads them once per position, not once per
 * alternative, which took 14 µs on an 8 KB `gen_ai` message text of prose where the alternation of 15, 14 and 13
 * characters took 22 µs (1.3 against 2.2 µs on a log line).
 */
const BASE64_WINDOW = /[A-Z][A-Za-z0-9+/_-]{13}(?:[A-Za-z0-9+/_-]{2}|[A-Za-z0-9+/_-]=|==)/g;

function isBase64Char(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ||
    code === 43 || code === 47 || code === 45 || code === 95
  );
}

/**
 * Decoded bytes that are text: valid UTF-8 without control characters other than tab and line breaks. No
 * exception on the way (a fatal TextDecoder throws on every blob, which cost more than the rest of the line).
 */
function asText(bytes: Buffer): string | null {
  for (const byte of bytes) if ((byte < 32 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 127) return null;
  return isUtf8(bytes) ? bytes.toString('utf8') : null;
}

function decodeBase64(run: string): string | null {
  // Node's base64 decoder reads both alphabets (`+/` and `-_`).
  const bytes = Buffer.from(run, 'base64');
  return bytes.length === 0 ? null : asText(bytes);
}

/**
 * Maximal runs of base64 characters (either alphabet, `=` padding kept with the run) that decode to text. A
 * run that does not, but holds `/` (a path around a payload: `/v1/c2tf...`), is tried segment by segment.
 * `covered`: runs the caller already redacts whole, skipped before decoding.
 *
 * Only runs that hold a window (BASE64_WINDOW) are decoded, so the runs are found from their windows: a JavaScript regex over the text, then a walk over each run around
 * one. Walking every character of a line to find all runs cost about 4x the rest of the layer on a log line
 * whose only window is the secret a detector already found.
 */
export function base64Runs(text: string, covered?: (start: number, end: number) => boolean): EncodedRun[] {
  const runs: EncodedRun[] = [];
  let from = 0;
  for (;;) {
    BASE64_WINDOW.lastIndex = from;
    const window = BASE64_WINDOW.exec(text);
    if (window === null) break;
    let start = window.index;
    while (start > 0 && isBase64Char(text.charCodeAt(start - 1))) start--;
    let i = window.index + 1;
    while (i < text.length && isBase64Char(text.charCodeAt(i))) i++;
    let end = i;
    while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++;
    from = end;
    // A run a raw finding already covers is redacted whole whatever it decodes to: not decoded at all.
    if (covered?.(start, end) === true) continue;
    const decoded = decodeBase64(text.slice(start, end));
    if (decoded !== null) {
      runs.push({ layer: 'base64', start, end, decoded });
      continue;
    }
    // Without a `/` the only segment is the run itself, which just failed.
    if (text.lastIndexOf('/', end - 1) < start) continue;
    let segment = start;
    for (let j = start; j <= end; j++) {
      if (j < end && text.charCodeAt(j) !== 47) continue;
      if (j - segment >= MIN_BASE64_RUN) {
        const part = decodeBase64(text.slice(segment, j));
        if (part !== null) runs.push({ layer: 'base64', start: segment, end: j, decoded: part });
      }
      segment = j + 1;
    }
  }
  return runs;
}

/** Characters of a URL component (RFC 3986 unreserved, sub-delims, `:`, `@`, `/`) and `%`. */
function isUrlChar(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  // % . _ ~ ! $ ( ) * + , ; : @ / -
  return code === 37 || code === 46 || code === 95 || code === 126 || code === 33 || code === 36 || (code >= 40 && code <= 45) ||
    code === 59 || code === 58 || code === 64 || code === 47;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Decodes every `%XX` (either case) of a run; other characters pass as they are; bytes are read as UTF-8. */
function percentDecode(run: string): { text: string; escapes: number } {
  const bytes: number[] = [];
  let escapes = 0;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if (code === 37 && i + 2 < run.length) {
      const high = hexValue(run.charCodeAt(i + 1));
      const low = hexValue(run.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        bytes.push(high * 16 + low);
        escapes++;
        i += 2;
        continue;
      }
    }
    // Runs hold ASCII only (isUrlChar), so a character is one byte.
    bytes.push(code);
  }
  return { text: Buffer.from(bytes).toString('utf8'), escapes };
}

/**
 * Maximal runs of URL characters that hold a percent escape: a query value (`q=%7B%22password...`, delimited
 * by `=`, `&`, `?`, `#`), an address (`dana%40example.org`), a path. The run is the unit that is redacted.
 */
export function percentRuns(text: string): EncodedRun[] {
  const runs: EncodedRun[] = [];
  let i = text.indexOf('%');
  while (i !== -1 && i < text.length) {
    let start = i;
    while (start > 0 && isUrlChar(text.charCodeAt(start - 1))) start--;
    let end = i;
    while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
    const { text: decoded, escapes } = percentDecode(text.slice(start, end));
    if (escapes > 0) runs.push({ layer: 'percent', start, end, decoded });
    i = text.indexOf('%', end);
  }
  return runs;
}

export interface Unescaped {
  readonly decoded: string;
  /** offsets[k]: where decoded character k's escape starts in the outer text; offsets[decoded.length] = its length. */
  readonly offsets: readonly number[];
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Reads one level of JSON string escapes in free text; anything that is not a valid escape stays as it is. */
export function unescapeText(text: string): Unescaped | null {
  if (!text.includes('\\')) return null;
  let decoded = '';
  const offsets: number[] = [];
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== undefined) {
        offsets.push(i);
        decoded += simple;
        i++;
        changed = true;
        continue;
      }
      if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
        offsets.push(i);
        decoded += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 5;
        changed = true;
        continue;
      }
    }
    offsets.push(i);
    decoded += char;
  }
  offsets.push(text.length);
  return changed ? { decoded, offsets } : null;
}

/** The part of `before` that `after` changed: common prefix and suffix removed. Empty when they are equal. */
export function changedRegion(before: string, after: string): { start: number; end: number } {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  return { start: prefix, end: before.length - suffix };
}
