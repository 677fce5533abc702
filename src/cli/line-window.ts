import RE2 from 're2';
import type { Detector } from '../engine/detector.js';

/**
 * The bound of the window: an open block is held for at most this many lines or this many UTF-16 code units,
 * whichever comes first. A PEM key of 16384-bit RSA is about 12 KB (200 lines) and a PGP secret key block with
 * subkeys a few hundred lines, so real keys fit with a wide margin; a pretty-printed JSON document larger than
 * this is read line by line after the bound (its lines are still scanned as text).
 */
export const MAX_BLOCK_LINES = 2048;
export const MAX_BLOCK_CHARS = 1024 * 1024;

/**
 * What the window hands on, in input order: one line on its own, a block of lines to be scanned as one text,
 * or a line withheld (past the bound of an unterminated block, it may hold key material).
 */
export type LineUnit =
  | { readonly kind: 'lines'; readonly lines: readonly string[]; readonly first: number }
  | { readonly kind: 'withheld'; readonly line: string; readonly number: number; readonly detector: string };

interface BlockRule {
  readonly detector: string;
  /**
   * The detector's keywords, case-insensitive, as a JavaScript test: the line that opens a block holds one,
   * as every match does. Calling into RE2 costs microseconds per line (the string is converted each time),
   * which this keeps off the lines that cannot open a block.
   */
  readonly keywords: RegExp | undefined;
  readonly begin: RE2;
  readonly end: RE2;
  readonly body: RE2 | undefined;
}

type Open =
  | { readonly type: 'detector'; readonly rule: BlockRule }
  | { readonly type: 'json'; depth: number; inString: boolean; escaped: boolean };

/**
 * Groups the lines of a stream so that a block that opens on one line is scanned whole: a block a detector
 * declares (`multiline`: a PEM private key), and a pretty-printed JSON document (a line ending in `{` or `[`
 * up to the line that balances it), whose keys the one-line JSON walk then sees. Lines come out in order, each
 * exactly once. Past MAX_BLOCK_LINES / MAX_BLOCK_CHARS the held block is scanned as it is, and for a detector
 * block the following lines that look like its body are withheld (fail closed) until its end line.
 *
 * `push` each line as it is read; it returns the units that are complete, in order (none while a block is
 * held), and `end` the rest. A push API rather than an async generator over the lines: a second generator
 * layer measured 3 to 5 µs per line, more than the scan of a clean line; this costs about 0.5 µs.
 */
export class LineWindow {
  readonly #rules: BlockRule[];
  #held: string[] = [];
  #heldChars = 0;
  #first = 0;
  #open: Open | undefined;
  #withholding: BlockRule | undefined;
  #number = 0;

  constructor(detectors: readonly Detector[]) {
    this.#rules = detectors
      .filter((detector) => detector.multiline !== undefined)
      .map((detector) => ({
        detector: detector.id,
        keywords: detector.keywords.length === 0 ? undefined : new RegExp(detector.keywords.map(escapeRegExp).join('|'), 'i'),
        begin: new RE2(detector.multiline!.begin),
        end: new RE2(detector.multiline!.end),
        body: detector.multiline!.body === undefined ? undefined : new RE2(detector.multiline!.body),
      }));
  }

  push(line: string): LineUnit[] {
    const number = ++this.#number;
    const rule = this.#withholding;
    if (rule !== undefined) {
      const body = stripEol(line);
      const ends = rule.end.test(body);
      if (ends || rule.body!.test(body)) {
        if (ends) this.#withholding = undefined;
        return [{ kind: 'withheld', line, number, detector: rule.detector }];
      }
      this.#withholding = undefined;
    }
    const open = this.#open;
    if (open === undefined) {
      const opened = opening(line, this.#rules);
      if (opened === undefined) return [{ kind: 'lines', lines: [line], first: number }];
      this.#open = opened;
      this.#held = [line];
      this.#heldChars = line.length;
      this.#first = number;
      return [];
    }
    this.#held.push(line);
    this.#heldChars += line.length;
    if (closes(open, stripEol(line))) return [this.#release()];
    if (this.#held.length >= MAX_BLOCK_LINES || this.#heldChars >= MAX_BLOCK_CHARS) {
      const unit = this.#release();
      if (open.type === 'detector' && open.rule.body !== undefined) this.#withholding = open.rule;
      return [unit];
    }
    return [];
  }

  /** The end of the input: a block still open is scanned as it is. */
  end(): LineUnit[] {
    return this.#held.length > 0 ? [this.#release()] : [];
  }

  #release(): LineUnit {
    const unit: LineUnit = { kind: 'lines', lines: this.#held, first: this.#first };
    this.#held = [];
    this.#heldChars = 0;
    this.#open = undefined;
    return unit;
  }
}

function stripEol(line: string): string {
  return line.endsWith('\r\n') ? line.slice(0, -2) : line.endsWith('\n') ? line.slice(0, -1) : line;
}

/** Whether `line` opens a block: a detector's begin without its end after it, or JSON left unbalanced. */
function opening(raw: string, rules: readonly BlockRule[]): Open | undefined {
  let line: string | undefined;
  for (const rule of rules) {
    if (rule.keywords !== undefined && !rule.keywords.test(raw)) continue;
    line ??= stripEol(raw);
    const begin = rule.begin.exec(line);
    if (begin === null) continue;
    const after = line.slice(begin.index + begin[0].length);
    if (!rule.end.test(after)) return { type: 'detector', rule };
  }
  // Cheap first: the last character that is not a line ending or blank must be `{` or `[`.
  let end = raw.length - 1;
  while (end >= 0 && (raw.charCodeAt(end) <= 32)) end--;
  const last = raw.charCodeAt(end);
  if (last !== 123 && last !== 91) return undefined; // `{` or `[`
  const trimmed = raw.slice(0, end + 1);
  const json: Open = { type: 'json', depth: 0, inString: false, escaped: false };
  track(json, trimmed.slice(Math.max(trimmed.search(/[{[]/), 0)));
  return json.depth > 0 ? json : undefined;
}

function closes(open: Open, line: string): boolean {
  if (open.type === 'detector') return open.rule.end.test(line);
  track(open, line);
  return open.depth <= 0;
}

/** Bracket depth across lines, ignoring brackets inside JSON strings. */
function track(state: { depth: number; inString: boolean; escaped: boolean }, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (state.inString) {
      if (state.escaped) state.escaped = false;
      else if (code === 92) state.escaped = true;
      else if (code === 34) state.inString = false;
      continue;
    }
    if (code === 34) state.inString = true;
    else if (code === 123 || code === 91) state.depth++;
    else if (code === 125 || code === 93) {
      state.depth--;
      if (state.depth <= 0) return;
    }
  }
  // A JSON string never spans lines: a quote left open is not JSON, and must not hide the closing bracket.
  state.inString = false;
  state.escaped = false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
