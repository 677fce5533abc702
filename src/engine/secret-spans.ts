import RE2 from 're2';
import type { Detector } from './detector.js';
import { searchBytes, testBytes } from './re2-compile.js';
import type { RE2Instance } from './re2-compile.js';

/**
 * The secret span of a match from DFA-only calls, without `exec`, for patterns `HEAD(?P<secret>BODY)REST`
 * whose secret group stands at the top level (not inside an alternation or a repetition).
 *
 * `exec` on a match measured 7.7 µs for `ghp_` + 36 and 13 µs for Stripe's `{24,247}` body on a log line, and
 * 48-72 µs for the generic credential pattern (1,447 characters) on `"authorization":"token ghp_…"`, against
 * 0.8-1.4 µs for `test`: RE2 extracts the groups with BitState, or the NFA when the program is too large for it,
 * and node-re2 copies every group into a new Buffer. The match's end (`test`) and start (`start`) come from the
 * DFA, and the group's edges from anchored calls that follow leftmost-first preference exactly: HEAD's
 * preferred match, or for a bare token's START (one of the token starts of `detectors/lib/patterns.ts`) its
 * alternatives in their order, the first after which BODY matches; the secret ends where BODY's own preferred
 * match ends, provided REST then matches up to the match's end. When it does not, BODY's (or HEAD's) preferred
 * match is not the one the whole pattern takes, and `locate` says it cannot tell: the caller runs `exec`, as it
 * does for every other pattern.
 */
export class SecretSpans {
  /** For a bare token's START: characters that are part of the token, so no token starts after them. */
  readonly #inside: Uint8Array | undefined;
  /** Any other HEAD, sticky: its preferred end is where the secret starts. */
  readonly #head: RE2Instance | undefined;
  /** BODY alone, sticky: its end is the secret's end. */
  readonly #body: RE2Instance;
  /** REST alone, sticky (undefined when REST is empty). */
  readonly #rest: RE2Instance | undefined;
  /** The whole pattern, sticky: whether a match starts right where a search resumes. */
  readonly #whole: RE2Instance;
  /**
   * The pattern's groups are the secret and, when `restGroup`, one group that is all of REST (the generic
   * credential's `tail`): a validator's groups then come from the spans, without `exec`.
   */
  readonly groupsKnown: boolean;
  readonly #restGroup: boolean;

  private constructor(parts: {
    inside?: Uint8Array;
    head?: RE2Instance;
    body: RE2Instance;
    rest: RE2Instance | undefined;
    whole: RE2Instance;
    groupsKnown: boolean;
    restGroup: boolean;
  }) {
    this.#inside = parts.inside;
    this.#head = parts.head;
    this.#body = parts.body;
    this.#rest = parts.rest;
    this.#whole = parts.whole;
    this.groupsKnown = parts.groupsKnown;
    this.#restGroup = parts.restGroup;
  }

  /** The finder for a detector whose pattern has that shape, else undefined (it keeps `exec`). */
  static of(detector: Detector): SecretSpans | undefined {
    const { source, flags } = detector.regex;
    if (detector.secretGroup !== 1 || /[^gdu]/.test(flags)) return undefined;
    // A bare flag group (`(?i)`) sets flags for the rest of the pattern, which its parts compiled apart would lose.
    if (/\(\?[a-zA-Z-]+\)/.test(source)) return undefined;
    const secret = topLevelSecret(source);
    if (secret === undefined) return undefined;
    const bodyStart = secret.open + SECRET_OPEN.length;
    const bodyEnd = secret.close;
    const head = source.slice(0, secret.open);
    const rest = source.slice(bodyEnd + 1);
    const groups = captureGroups(source);
    const restGroup = groups === 2 && isOneGroup(rest);
    let inside: Uint8Array | undefined;
    const start = TOKEN_START_FORM.exec(source);
    if (start !== null && start[0].length === bodyStart) {
      const tokenChars = start[1]!.replace(/\\/g, '');
      // A `-` before the class's end would make a range: such a START is read as any other HEAD.
      if (!tokenChars.slice(0, -1).includes('-')) {
        inside = new Uint8Array(128);
        for (const char of `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_${tokenChars}`) {
          inside[char.charCodeAt(0)] = 1;
        }
      }
    }
    const sticky = flags.replace(/[gd]/g, '') + 'y';
    try {
      return new SecretSpans({
        ...(inside !== undefined ? { inside } : head === '' ? {} : { head: new RE2(`(?:${head})`, sticky) }),
        body: new RE2(`(?:${source.slice(bodyStart, bodyEnd)})`, sticky),
        rest: rest === '' ? undefined : new RE2(`(?:${rest})`, sticky),
        whole: new RE2(source, sticky),
        groupsKnown: groups === 1 || restGroup,
        restGroup,
      });
    } catch {
      return undefined;
    }
  }

  /**
   * The match's groups as `exec` gives them (whole match, secret, REST's group), decoded, when `groupsKnown`.
   */
  groups(bytes: Buffer, start: number, end: number, secret: readonly [number, number]): (string | undefined)[] {
    const groups = [bytes.toString('utf8', start, end), bytes.toString('utf8', secret[0], secret[1])];
    if (this.#restGroup) groups.push(bytes.toString('utf8', secret[1], end));
    return groups;
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
    if (this.#inside === undefined) {
      let from = start;
      if (this.#head !== undefined) {
        const head = this.#head;
        head.lastIndex = start;
        if (!testBytes(head, bytes)) return undefined;
        from = head.lastIndex;
      }
      return this.#after(bytes, from, end) ?? undefined;
    }
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

const SECRET_OPEN = '(?P<secret>';

/** The token starts of detectors/lib/patterns.ts (`tokenStartOutside(chars)`), then the secret group's opening. */
const TOKEN_START_FORM = /^\(\?:\^\|\[\^0-9A-Za-z_((?:[+/%~.-]|\\\/)*)\]\|\\\\\[nrt\]\|%\[0-9A-Fa-f\]\{2\}\)\(\?P<secret>/;

/**
 * Where `(?P<secret>` opens and its `)` closes, when the group stands at the top level of the pattern: outside
 * every group, not repeated, and with no top-level `|` anywhere (the secret would then be one alternative's).
 */
function topLevelSecret(source: string): { readonly open: number; readonly close: number } | undefined {
  let open = -1;
  let close = -1;
  let depth = 0;
  const stopped = walkSyntax(source, 0, (char, at) => {
    if (char === '(') {
      if (depth === 0 && source.startsWith(SECRET_OPEN, at)) {
        if (open !== -1) return -1;
        open = at;
      }
      depth++;
    } else if (char === ')') {
      depth--;
      if (depth === 0 && open !== -1 && close === -1) {
        close = at;
        // A quantifier on the secret group repeats it.
        if (/^[*+?{]/.test(source.slice(at + 1))) return -1;
      }
    } else if (depth === 0) {
      return -1;
    }
    return undefined;
  });
  return stopped === undefined && close !== -1 ? { open, close } : undefined;
}

/** How many capturing groups the pattern has (`(` not followed by `?`, and named groups). */
function captureGroups(source: string): number {
  let count = 0;
  walkSyntax(source, 0, (char, at) => {
    if (char === '(' && (source[at + 1] !== '?' || source.startsWith('(?P<', at) || source.startsWith('(?<', at))) count++;
    return undefined;
  });
  return count;
}

/** Whether `source` is one capturing group and nothing else. */
function isOneGroup(source: string): boolean {
  if (!source.startsWith('(?P<') && !source.startsWith('(?<')) return false;
  const open = source.indexOf('>') + 1;
  return groupEnd(source, open) === source.length - 1;
}

/**
 * The index of the `)` closing the group whose body starts at `from`, skipping escapes and classes; -1 when
 * the source ends first.
 */
function groupEnd(source: string, from: number): number {
  let depth = 0;
  return (
    walkSyntax(source, from, (char, at) => {
      if (char === '(') depth++;
      else if (char === ')' && depth-- === 0) return at;
      return undefined;
    }) ?? -1
  );
}

/**
 * Calls `visit` with each `(`, `)` and `|` of the pattern from `from` on, outside escapes and classes, until it
 * returns a number, which is then returned; undefined when the source ends first.
 */
function walkSyntax(source: string, from: number, visit: (char: string, at: number) => number | undefined): number | undefined {
  for (let i = from; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      i++;
    } else if (char === '[') {
      i = classEnd(source, i);
    } else if (char === '(' || char === ')' || char === '|') {
      const result = visit(char, i);
      if (result !== undefined) return result;
    }
  }
  return undefined;
}

/** The index of the `]` that closes the class opening at `at`. */
function classEnd(source: string, at: number): number {
  // `]` right after `[` or `[^` is a literal.
  let i = at + (source[at + 1] === '^' ? 2 : 1);
  if (source[i] === ']') i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i;
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
