import { MAX_DEPTH_DETECTOR, SENSITIVE_KEY_DETECTOR } from './text-scrubber.js';
import { isTelemetryKey, isTelemetryValue } from './telemetry-fields.js';
import type { Finding } from './finding.js';
import type { TextScrubber } from './text-scrubber.js';
import { isStandIn } from './stand-ins.js';

/**
 * Redacts a JSON text in place: a small recursive-descent reader finds every string token, scrubs its decoded
 * value, and records an edit only where something changed. Everything else (numbers, whitespace, key order,
 * escapes of untouched strings) is kept byte for byte, so a 20-digit number survives and so does the shape.
 * Returns null when the text is not JSON, so the caller scans it as plain text instead.
 *
 * `rawFindings`, when the caller already scanned the whole text, are reused for every token without escapes
 * (its raw text is its value), so only tokens with escapes are decoded and scanned again. They also reach
 * numbers: a card number logged as a JSON number is replaced by a quoted placeholder. `keysCleared`: the
 * prefilter's key pattern found no key of this very text that may be sensitive, so only keys with escapes
 * (which it cannot read) go to the key classifier; the clean path trusts the same pattern.
 */
interface Edit {
  start: number;
  end: number;
  text: string;
}

class NotJson extends Error {}

const CONTROL = /[\x00-\x1f]/;
/** A JSON literal, ending where the token does: a delimiter, whitespace or the end of the text. */
const LITERAL = /(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=[,}\] \n\r\t]|$)/y;

export function redactJsonText(source: string, scrubber: TextScrubber, rawFindings?: readonly Finding[], keysCleared = false): string | null {
  const reader = new JsonRewriter(source, scrubber, rawFindings, keysCleared);
  try {
    const end = reader.value(reader.skipSpace(0), 0, false, false);
    if (reader.skipSpace(end) !== source.length) return null;
  } catch (error) {
    if (error instanceof NotJson) return null;
    throw error;
  }
  return reader.apply();
}

class JsonRewriter {
  readonly #source: string;
  readonly #scrubber: TextScrubber;
  readonly #edits: Edit[] = [];

  readonly #raw: readonly Finding[] | undefined;
  /** Index of the first raw finding not yet behind the tokens visited (tokens come in document order). */
  #rawCursor = 0;

  readonly #keysCleared: boolean;

  /**
   * No character below U+0020 anywhere (a pino line has none): a string then ends at its next quote unless a
   * backslash comes first, found with `indexOf` rather than read character by character (about 4 ns a
   * character on the 2-core machine, a third of a line's walk).
   */
  readonly #plain: boolean;
  /** The first backslash at or after the last string start asked about (-1: none left). */
  #slash: number;

  constructor(source: string, scrubber: TextScrubber, rawFindings: readonly Finding[] | undefined, keysCleared: boolean) {
    this.#source = source;
    this.#scrubber = scrubber;
    this.#raw = rawFindings;
    this.#keysCleared = keysCleared;
    this.#plain = !CONTROL.test(source);
    this.#slash = source.indexOf('\\');
  }

  /** Whether the token `[start, end)` holds a backslash. */
  #escaped(start: number, end: number): boolean {
    if (this.#slash !== -1 && this.#slash < start) this.#slash = this.#source.indexOf('\\', start);
    return this.#slash !== -1 && this.#slash < end;
  }

  /**
   * Whether a raw finding may lie in `[start, end)`; true when there are no raw findings to consult. A token
   * without escapes that no raw finding touches scrubs to itself, so it is not decoded or scrubbed at all.
   */
  #rawTouches(start: number, end: number): boolean {
    const raw = this.#raw;
    if (raw === undefined) return true;
    while (this.#rawCursor < raw.length && raw[this.#rawCursor]!.end <= start) this.#rawCursor++;
    return this.#rawCursor < raw.length && raw[this.#rawCursor]!.start < end;
  }

  /** Whether the string token `[start, end)` needs reading: escaped, or touched by a raw finding. */
  #stringNeedsScrub(start: number, end: number): boolean {
    return this.#escaped(start, end) || this.#rawTouches(start + 1, end - 1);
  }

  /**
   * Raw findings inside [start, end), shifted to the token's own offsets; `undefined` when they cannot be
   * reused (no raw scan, or a finding straddles the token's edge) and the token must be scanned alone.
   */
  #rawInside(start: number, end: number): Finding[] | undefined {
    const raw = this.#raw;
    if (raw === undefined) return undefined;
    while (this.#rawCursor < raw.length && raw[this.#rawCursor]!.end <= start) this.#rawCursor++;
    const inside: Finding[] = [];
    for (let i = this.#rawCursor; i < raw.length && raw[i]!.start < end; i++) {
      const finding = raw[i]!;
      if (finding.start < start || finding.end > end) return undefined;
      inside.push({ ...finding, start: finding.start - start, end: finding.end - start });
    }
    return inside;
  }

  /** Scrubs a string token: its raw findings when it has no escapes, else its decoded value scanned anew. */
  #scrubToken(start: number, end: number, decoded: string): ReturnType<TextScrubber['scrub']> {
    // Every escape is longer than the character it stands for: same length means the raw text is the value.
    const escaped = end - start - 2 !== decoded.length;
    return this.#scrubber.scrub(decoded, escaped ? undefined : this.#rawInside(start + 1, end - 1));
  }

  apply(): string {
    if (this.#edits.length === 0) return this.#source;
    let out = '';
    let cursor = 0;
    for (const edit of this.#edits) {
      out += this.#source.slice(cursor, edit.start) + edit.text;
      cursor = edit.end;
    }
    return out + this.#source.slice(cursor);
  }

  skipSpace(at: number): number {
    const s = this.#source;
    while (at < s.length) {
      const c = s.charCodeAt(at);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      at++;
    }
    return at;
  }

  /**
   * Reads the value at `at`; returns its end. `sensitive`: the value sits under a sensitive key. `exempt`:
   * a top-level pino field, or a trace-context id or epoch time (see telemetry-fields.ts), passed through. Sets `this.#removeCurrent` when the field holding it must be dropped.
   */
  value(at: number, depth: number, sensitive: boolean, exempt: boolean): number {
    const s = this.#source;
    const c = s.charCodeAt(at);
    if (depth > this.#scrubber.maxDepth && (c === 123 || c === 91)) {
      const end = this.#skipContainer(at);
      this.#scrubber.count(MAX_DEPTH_DETECTOR, 'secret');
      this.#edits.push({ start: at, end, text: JSON.stringify(`[REDACTED:${MAX_DEPTH_DETECTOR}]`) });
      return end;
    }
    if (c === 123) return this.#object(at, depth, sensitive);
    if (c === 91) return this.#array(at, depth, sensitive);
    if (c === 34) return this.#string(at, sensitive, exempt);
    const end = this.#literal(at);
    const isNumber = c !== 116 && c !== 102 && c !== 110;
    if (sensitive && isNumber) this.#replaceSensitive(at, end);
    else if (isNumber && !exempt) this.#scrubNumber(at, end);
    return end;
  }

  #removeCurrent = false;

  /** Whether the scalar at `at`, under `key`, is a trace-context id or an epoch time (read only for such keys). */
  #telemetryValue(key: string, at: number): boolean {
    // The key's verdict (cached) before the value is decoded: most keys ending in `id` are `reqId`, `user_id`.
    if (!isTelemetryKey(key)) return false;
    const c = this.#source.charCodeAt(at);
    if (c === 34) return isTelemetryValue(key, this.#decode(at, this.#stringEnd(at)));
    if (c >= 48 && c <= 57) return isTelemetryValue(key, this.#source.slice(at, this.#literal(at)));
    return false;
  }

  #object(at: number, depth: number, sensitive: boolean): number {
    const s = this.#source;
    let i = this.skipSpace(at + 1);
    if (s.charCodeAt(i) === 125) return i + 1;
    let keptEnd = -1;
    for (;;) {
      if (s.charCodeAt(i) !== 34) throw new NotJson();
      const keyStart = i;
      const keyEnd = this.#stringEnd(i);
      const keyEscaped = this.#escaped(keyStart, keyEnd);
      // A key the prefilter's key pattern cleared is not sensitive by name, nor one that judges by value.
      const classify = !this.#keysCleared || keyEscaped;
      let key: string | undefined;
      let keyRemoves = false;
      if (keyEscaped || this.#rawTouches(keyStart + 1, keyEnd - 1)) {
        key = this.#decode(keyStart, keyEnd);
        const keyScrub = this.#scrubToken(keyStart, keyEnd, key);
        if (keyScrub.text !== key) this.#edits.push({ start: keyStart, end: keyEnd, text: JSON.stringify(keyScrub.text) });
        keyRemoves = keyScrub.removeField;
      }
      i = this.skipSpace(keyEnd);
      if (s.charCodeAt(i) !== 58) throw new NotJson();
      i = this.skipSpace(i + 1);
      if (classify) key ??= this.#decode(keyStart, keyEnd);
      let childSensitive = sensitive || (classify && this.#scrubber.isSensitiveKey(key!));
      // `"pass": "Xk9;mQ2v"`: a key that counts only with its value sees the string it holds (decoded once more).
      if (!childSensitive && classify && s.charCodeAt(i) === 34 && this.#scrubber.judgesValue(key!)) {
        childSensitive = this.#scrubber.isSensitiveKey(key!, this.#decode(i, this.#stringEnd(i)));
      }
      const editsBefore = this.#edits.length;
      this.#removeCurrent = false;
      // A top-level field kept as it is stays so under a sensitive key when it is a string (see value).
      const valueEnd = childSensitive
        ? this.value(i, depth + 1, true, depth === 0 && key !== undefined && this.#scrubber.keepFields?.has(key) === true)
        : this.#plainValue(i, depth, keyStart, keyEnd, key);
      const removeField = this.#removeCurrent || keyRemoves;
      this.#removeCurrent = false;
      i = this.skipSpace(valueEnd);
      const next = s.charCodeAt(i);
      if (next !== 44 && next !== 125) throw new NotJson();
      if (removeField) {
        this.#edits.length = editsBefore;
        // Drop the member with one adjacent comma so the object stays valid.
        if (keptEnd !== -1) this.#edits.push({ start: keptEnd, end: valueEnd, text: '' });
        else if (next === 44) this.#edits.push({ start: keyStart, end: this.skipSpace(i + 1), text: '' });
        else this.#edits.push({ start: keyStart, end: valueEnd, text: '' });
      } else {
        keptEnd = valueEnd;
      }
      if (next === 125) return i + 1;
      i = this.skipSpace(i + 1);
    }
  }

  /**
   * A member's value under a key that is not sensitive. A string without escapes or a number that no raw
   * finding touches is left as it is, without asking whether its field is exempt: exempt or not, nothing in
   * it would change. Only a value that may change reads its key (decoded when the key was not).
   */
  #plainValue(at: number, depth: number, keyStart: number, keyEnd: number, key: string | undefined): number {
    const c = this.#source.charCodeAt(at);
    let end = -1;
    if (c === 34) {
      end = this.#stringEnd(at);
      if (!this.#stringNeedsScrub(at, end)) return end;
    } else if (c !== 123 && c !== 91) {
      end = this.#literal(at);
      if (!this.#rawTouches(at, end)) return end;
    }
    if (end === -1) return this.value(at, depth + 1, false, false);
    key ??= this.#decode(keyStart, keyEnd);
    const exempt = (depth === 0 && this.#scrubber.keepFields?.has(key) === true) || this.#telemetryValue(key, at);
    return this.value(at, depth + 1, false, exempt);
  }

  #array(at: number, depth: number, sensitive: boolean): number {
    const s = this.#source;
    let i = this.skipSpace(at + 1);
    if (s.charCodeAt(i) === 93) return i + 1;
    for (;;) {
      const end = this.value(i, depth + 1, sensitive, false);
      // An array element cannot be dropped without shifting indices; `remove` leaves its replacement.
      this.#removeCurrent = false;
      i = this.skipSpace(end);
      const next = s.charCodeAt(i);
      if (next === 93) return i + 1;
      if (next !== 44) throw new NotJson();
      i = this.skipSpace(i + 1);
    }
  }

  #string(at: number, sensitive: boolean, exempt: boolean): number {
    const end = this.#stringEnd(at);
    if (exempt) return end;
    const decoded = this.#decode(at, end);
    if (sensitive) {
      if (decoded.length > 0 && !isStandIn(decoded)) this.#replaceSensitive(at, end, decoded);
      return end;
    }
    const result = this.#scrubToken(at, end, decoded);
    if (result.removeField) this.#removeCurrent = true;
    if (result.text !== decoded) this.#edits.push({ start: at, end, text: JSON.stringify(result.text) });
    return end;
  }

  /** A number the raw scan flagged (a card, a phone) becomes a string: the placeholder cannot be a number. */
  #scrubNumber(start: number, end: number): void {
    const inside = this.#rawInside(start, end);
    if (inside === undefined || inside.length === 0) return;
    const result = this.#scrubber.scrub(this.#source.slice(start, end), inside);
    if (result.removeField) this.#removeCurrent = true;
    else this.#edits.push({ start, end, text: JSON.stringify(result.text) });
  }

  #replaceSensitive(start: number, end: number, decoded = this.#source.slice(start, end)): void {
    const replacement = this.#scrubber.sensitiveValue(decoded);
    this.#scrubber.count(SENSITIVE_KEY_DETECTOR, 'secret');
    if (replacement === undefined) this.#removeCurrent = true;
    else this.#edits.push({ start, end, text: JSON.stringify(replacement) });
  }

  #stringEnd(at: number): number {
    const s = this.#source;
    if (this.#plain) {
      const quote = s.indexOf('"', at + 1);
      if (quote === -1) throw new NotJson();
      if (!this.#escaped(at + 1, quote)) return quote + 1;
    }
    for (let i = at + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 34) return i + 1;
      else if (c < 32) throw new NotJson();
    }
    throw new NotJson();
  }

  #decode(start: number, end: number): string {
    const raw = this.#source.slice(start, end);
    if (!raw.includes('\\')) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      throw new NotJson();
    }
  }

  #literal(at: number): number {
    LITERAL.lastIndex = at;
    if (!LITERAL.test(this.#source)) throw new NotJson();
    return LITERAL.lastIndex;
  }

  /** Finds the end of a container without recursion (for values below the depth limit). */
  #skipContainer(at: number): number {
    const s = this.#source;
    let depth = 0;
    for (let i = at; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) i = this.#stringEnd(i) - 1;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    throw new NotJson();
  }
}
