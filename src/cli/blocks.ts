import type { Redactor } from '../redactor.js';

/**
 * What stands on an input line that a redaction spanning several lines swallowed: output keeps one line
 * per input line, and the marker says that line's text was part of a redacted value.
 */
export const CONTINUED_MARKER = '[REDACTED:multiline]';

/** Splits a line into its text and its line ending (`\n`, `\r\n` or none). */
export function splitEol(line: string): [text: string, eol: string] {
  if (line.endsWith('\r\n')) return [line.slice(0, -2), '\r\n'];
  if (line.endsWith('\n')) return [line.slice(0, -1), '\n'];
  return [line, ''];
}

/**
 * Redacts a block of lines as one text (so a PEM key or a pretty-printed JSON document is seen whole) and
 * gives back exactly one output line per input line, each with its own line ending.
 */
export function redactBlock(redactor: Redactor, lines: readonly string[]): string[] {
  if (lines.length === 1) return [redactor.redactLine(lines[0]!)];
  const texts = lines.map((line) => splitEol(line)[0]);
  const eols = lines.map((line) => splitEol(line)[1]);
  const redacted = redactJoined(redactor, lines.join('').slice(0, -(eols[eols.length - 1]!.length) || undefined));
  return alignLines(texts, redacted.split(/\r?\n/)).map((text, index) => text + eols[index]!);
}

/**
 * The whole block through `redactLine`, which walks it as JSON when it is one. A JSON document opened after
 * some text on its first line (`request body: {`) is walked as JSON from its bracket on.
 */
export function redactJoined(redactor: Redactor, text: string): string {
  const first = text.trimStart().charCodeAt(0);
  if (first !== 123 && first !== 91) {
    const newline = text.indexOf('\n');
    const firstLine = newline === -1 ? text : text.slice(0, newline);
    // The document starts at one of the first line's brackets: the first from which the rest parses.
    let tries = 0;
    for (let at = firstLine.search(/[{[]/); at > 0 && tries < 4; at = firstLine.slice(at + 1).search(/[{[]/) === -1 ? -1 : at + 1 + firstLine.slice(at + 1).search(/[{[]/), tries++) {
      const json = text.slice(at);
      if (parses(json)) return redactor.redactLine(text.slice(0, at)) + redactor.redactLine(json);
    }
  }
  return redactor.redactLine(text);
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Maps the lines of a redacted block back onto the input lines. A replacement never adds a line break but
 * may remove some (a key's body becomes one marker), so the redacted block has at most as many lines. Equal
 * lines are matched in order; a changed redacted line stands on the first input line of its region and the
 * lines it swallowed get CONTINUED_MARKER. Only redacted text and markers are ever emitted, so a wrong match
 * costs layout, never a leak.
 */
export function alignLines(original: readonly string[], redacted: readonly string[]): string[] {
  const n = original.length;
  const m = redacted.length;
  if (m === n) return [...redacted];
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j >= m) {
      out.push(CONTINUED_MARKER);
      i++;
      continue;
    }
    if (original[i] === redacted[j]) {
      out.push(redacted[j]!);
      i++;
      j++;
      continue;
    }
    // Redacted line j covers input lines i..i+k: at most as many as leave enough input lines for the rest.
    const most = n - i - (m - j);
    let k = 0;
    while (k < most && !(j + 1 < m && original[i + k + 1] === redacted[j + 1])) k++;
    if (j + 1 >= m) k = most;
    out.push(redacted[j]!);
    for (let t = 1; t <= k; t++) out.push(CONTINUED_MARKER);
    i += k + 1;
    j++;
  }
  // More redacted lines than input lines cannot come from a replacement; keep them, on the last line.
  if (j < m && out.length > 0) out[out.length - 1] = [out[out.length - 1], ...redacted.slice(j)].join(' ');
  return out;
}
