import RE2 from 're2';
import type { Detector } from './detector.js';
import { searchBytes, testBytes } from './re2-compile.js';
import type { RE2Instance } from './re2-compile.js';

/**
 * The secret span of a bare-token detector's match from DFA-only calls, without `exec`.
 *
 * A bare token's pattern is `START(?P<secret>BODY)REST`, where START is one of the token starts of
 * `detectors/lib/patterns.ts` (`^`, a character outside the token, a JSON escape, a percent-encoded
 * character). `exec` on such a match measured 7.7 µs for `ghp_` + 36 and 13 µs for Stripe's `{24,247}` body on a
 * log line, against 0.8 µs for `test`: RE2 extracts the group with BitState or the NFA over the match, and
 * node-re2 copies every group into a new Buffer. The match's end (`test`) and start (`start`) come from the
 * DFA, and the group's edges from two anchored calls that follow leftmost-first preference exactly: START's
 * alternatives in their order, the first whose BODY matches right after it; the secret ends where BODY's own
 * preferred match ends, provided REST then matches up to the match's end. When REST does not, BODY's
 * preferred match is not the one the whole pattern takes, and `locate` says it cannot tell: the caller runs
 * `exec`, as it does for every other pattern.
 */
export class TokenSpans {
  /** Characters that are part of the token, so no token starts after them (START's class excludes them). */
  readonly #inside: Uint8Array;
  /** BODY alone, sticky: its end is the secret's end. */
  readonly #body: RE2Instance;
  /** REST alone, sticky (undefined when REST is empty). */
  readonly #rest: RE2Instance | undefined;
  /** The whole pattern, sticky: whether a match starts right where a search resumes. */
  readonly #whole: RE2Instance;

  private constructor(inside: Uint8Array, body: RE2Instance, rest: RE2Instance | undefined, whole: RE2Instance) {
    this.#inside = inside;
    this.#body = body;
    this.#rest = rest;
    this.#whole = whole;
  }

  /** The finder for a detector whose pattern has the bare-token shape, else undefined (it keeps `exec`). */
  static of(detector: Detector): TokenSpans | undefined {
    const { source, flags } = detector.regex;
    if (detector.secretGroup !== 1 || /[^gdu]/.test(flags)) return undefined;
    const start = TOKEN_START_FORM.exec(source);
    if (start === null) return undefined;
    const bodyStart = start[0].length;
    const bodyEnd = groupEnd(source, bodyStart);
    if (bodyEnd === -1) return undefined;
    const tokenChars = start[1]!.replace(/\\/g, '');
    // A `-` before the class's end would make a range: leave such a pattern to `exec`.
    if (tokenChars.slice(0, -1).includes('-')) return undefined;
    const inside = new Uint8Array(128);
    for (const char of `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_${tokenChars}`) {
      inside[char.charCodeAt(0)] = 1;
    }
    const sticky = flags.replace(/[gd]/g, '') + 'y';
    const rest = source.slice(bodyEnd + 1);
    try {
      return new TokenSpans(
        inside,
        new RE2(`(?:${source.slice(bodyStart, bodyEnd)})`, sticky),
        rest === '' ? undefined : new RE2(`(?:${rest})`, sticky),
        new RE2(source, sticky),
      );
    } catch {
      return undefined;
    }
  }

  /**
   * Where the leftmost match of `regex` (the detector's pattern) at or after `from` starts, or undefined when
   * only `exec` can tell. From 0 it is `search`'s answer. Further on, `search` runs on the bytes from `from`,
   * where only the zero-width assertions at `from` itself (`^`, `\b`) can read differently than in the whole
   * text, so a match starting exactly there is asked of the whole text, anchored.
   */
  start(regex: RE2Instance, bytes: Buffer, from: number): number | undefined {
    if (from === 0) return searchBytes(regex, bytes);
    const whole = this.#whole;
    whole.lastIndex = from;
    if (testBytes(whole, bytes)) return from;
    const start = searchBytes(regex, bytes.subarray(from));
    return start > 0 ? from + start : undefined;
  }

  /**
   * Byte offsets of the secret in the match `[start, end)` of the detector's pattern in `bytes`, or undefined
   * when only `exec` can tell.
   */
  locate(bytes: Buffer, start: number, end: number): readonly [number, number] | undefined {
    // START's alternatives in their order: `^`, a character outside the token, `\n` `\r` `\t`, `%` and two hex digits.
    if (start === 0) {
      const span = this.#after(bytes, 0, end);
      if (span !== null) return span;
    }
    const first = bytes[start]!;
    if (first >= 0x80 || this.#inside[first] === 0) {
      const span = this.#after(bytes, start + utf8Length(first), end);
      if (span !== null) return span;
    }
    if (first === 0x5c && isEscapeLetter(bytes[start + 1])) {
      const span = this.#after(bytes, start + 2, end);
      if (span !== null) return span;
    }
    if (first === 0x25 && isHex(bytes[start + 1]) && isHex(bytes[start + 2])) {
      const span = this.#after(bytes, start + 3, end);
      if (span !== null) return span;
    }
    return undefined;
  }

  /**
   * The secret when START ends at `from`: null when BODY does not match there (the next alternative of START
   * is tried), undefined when it does but REST does not then end the match at `end`.
   */
  #after(bytes: Buffer, from: number, end: number): readonly [number, number] | undefined | null {
    if (from > end) return null;
    const body = this.#body;
    body.lastIndex = from;
    if (!testBytes(body, bytes)) return null;
    const secretEnd = body.lastIndex;
    if (this.#rest === undefined) return secretEnd === end ? [from, secretEnd] : undefined;
    const rest = this.#rest;
    rest.lastIndex = secretEnd;
    if (!testBytes(rest, bytes) || rest.lastIndex !== end) return undefined;
    return [from, secretEnd];
  }
}

/** The token starts of detectors/lib/patterns.ts (`tokenStartOutside(chars)`), then the secret group's opening. */
const TOKEN_START_FORM = /^\(\?:\^\|\[\^0-9A-Za-z_((?:[+/%~.-]|\\\/)*)\]\|\\\\\[nrt\]\|%\[0-9A-Fa-f\]\{2\}\)\(\?P<secret>/;

/**
 * The index of the `)` closing the group whose body starts at `from`, skipping escapes and classes; -1 when
 * the source ends first.
 */
function groupEnd(source: string, from: number): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
    } else if (char === '[') {
      // A class: `]` right after `[` or `[^` is a literal.
      i += source[i + 1] === '^' ? 2 : 1;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (char === '(') {
      depth++;
    } else if (char === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function utf8Length(lead: number): number {
  return lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

function isEscapeLetter(byte: number | undefined): boolean {
  return byte === 0x6e || byte === 0x72 || byte === 0x74;
}

function isHex(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66));
}
