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
 */
export async function* groupLines(lines: AsyncIterable<string>, detectors: readonly Detector[]): AsyncGenerator<LineUnit> {
  const rules: BlockRule[] = detectors
    .filter((detector) => detector.multiline !== undefined)
    .map((detector) => ({
      detector: detector.id,
      begin: new RE2(detector.multiline!.begin),
      end: new RE2(detector.multiline!.end),
      body: detector.multiline!.body === undefined ? undefined : new RE2(detector.multiline!.body),
    }));
  let held: string[] = [];
  let heldChars = 0;
  let first = 0;
  let open: Open | undefined;
  let withholding: BlockRule | undefined;
  let number = 0;
  for await (const line of lines) {
    number++;
    if (withholding !== undefined) {
      const body = stripEol(line);
      const rule = withholding;
      if (rule.end.test(body) || rule.body!.test(body)) {
        if (rule.end.test(body)) withholding = undefined;
        yield { kind: 'withheld', line, number, detector: rule.detector };
        continue;
      }
      withholding = undefined;
    }
    if (open === undefined) {
      open = opening(stripEol(line), rules);
      if (open === undefined) {
        yield { kind: 'lines', lines: [line], first: number };
        continue;
      }
      held = [line];
      heldChars = line.length;
      first = number;
      continue;
    }
    held.push(line);
    heldChars += line.length;
    if (closes(open, stripEol(line))) {
      yield { kind: 'lines', lines: held, first };
      held = [];
      open = undefined;
      continue;
    }
    if (held.length >= MAX_BLOCK_LINES || heldChars >= MAX_BLOCK_CHARS) {
      yield { kind: 'lines', lines: held, first };
      if (open.type === 'detector' && open.rule.body !== undefined) withholding = open.rule;
      held = [];
      open = undefined;
    }
  }
  if (held.length > 0) yield { kind: 'lines', lines: held, first };
}

function stripEol(line: string): string {
  return line.endsWith('\r\n') ? line.slice(0, -2) : line.endsWith('\n') ? line.slice(0, -1) : line;
}

/** Whether `line` opens a block: a detector's begin without its end after it, or JSON left unbalanced. */
function opening(line: string, rules: readonly BlockRule[]): Open | undefined {
  for (const rule of rules) {
    const begin = rule.begin.exec(line);
    if (begin === null) continue;
    const after = line.slice(begin.index + begin[0].length);
    if (!rule.end.test(after)) return { type: 'detector', rule };
  }
  const trimmed = line.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last !== 123 && last !== 91) return undefined; // `{` or `[`
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
