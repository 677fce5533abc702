import { redactJoined, splitEol } from './blocks.js';
import type { RedactionInput, RedactionStrategy } from '../engine/redaction-types.js';
import type { RedactionPolicy } from '../engine/redact.js';
import type { Redactor } from '../redactor.js';

export interface Location {
  /** 1-based line and UTF-16 column of the first character of what would be redacted. */
  readonly line: number;
  readonly column: number;
  readonly detector: string;
}

// Characters no detector looks for and JSON leaves unescaped, so a marker survives the JSON walk as it is.
const OPEN = '\u2045';
const CLOSE = '\u2046';
const MARKER = /\u2045lv(\d+)\u2046/g;

/**
 * Finds where every redaction of a text happens, whichever layer makes it (a detector on the raw text, a
 * sensitive key in the JSON walk, a known secret): the text is redacted once with a policy that replaces each
 * finding by a numbered marker, and each marker's place in the redacted text is mapped back to the input.
 * `scan` then reports every finding at its true line and column, in order, never the value.
 */
export class Locator {
  #detectors: { detector: string; inner: number[] }[] = [];
  #redacted = '';

  /** The text of the last `locate` call as redacted, every finding one `[REDACTED]`: no value, for fingerprints. */
  get redactedText(): string {
    return this.#redacted;
  }

  /** The redaction policy to build the scanning redactor with: every detector, whatever its own strategy. */
  policy(): RedactionPolicy {
    const mark: RedactionStrategy = (input: RedactionInput) => this.#mark(input);
    // Per-detector rules win over a detector's own strategy; the engine reads them by id, so every id maps to `mark`.
    const detectors = new Proxy({} as Record<string, RedactionStrategy>, { get: () => mark });
    return { default: mark, detectors };
  }

  /** Locations of the findings in `lines` (the first one numbered `first`), ordered by line and column. */
  locate(redactor: Redactor, lines: readonly string[], first: number): Location[] {
    this.#detectors = [];
    const eol = splitEol(lines[lines.length - 1]!)[1];
    const text = lines.join('');
    const body = eol === '' ? text : text.slice(0, -eol.length);
    const redacted = redactJoined(redactor, body);
    this.#redacted = redacted.replace(MARKER, '[REDACTED]');
    if (redacted === body) return [];
    // What the raw text scan finds is located exactly; a sensitive key's value replaced whole hides it from
    // the markers, so it is added first. The markers add what only the other layers see.
    const raw = redactor.scan(body).map((finding) => ({ offset: finding.start, detectors: [finding.detector] }));
    const marked = markerOffsets(body, redacted).map(({ offset, index }) => ({ offset, detectors: this.#detectorsOf(index) }));
    const starts = lineStarts(body);
    const out: Location[] = [];
    const seen = new Set<string>();
    for (const { offset, detectors } of [...raw, ...marked]) {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
      for (const detector of detectors) {
        const key = `${offset}:${detector}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ line: first + line, column: offset - starts[line]! + 1, detector });
      }
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  }

  #mark(input: RedactionInput): string {
    const inner = [...input.value.matchAll(MARKER)].map((match) => Number(match[1]));
    this.#detectors.push({ detector: input.detector, inner });
    return `${OPEN}lv${this.#detectors.length - 1}${CLOSE}`;
  }

  /** A marker's detector, then those of the markers its replacement swallowed (found inside a redacted value). */
  #detectorsOf(index: number): string[] {
    const entry = this.#detectors[index];
    if (entry === undefined) return [];
    return [...entry.inner.flatMap((inner) => this.#detectorsOf(inner)), entry.detector];
  }
}

/**
 * Where each marker of `redacted` begins in `original`. Between markers the redacted text copies the input,
 * so each stretch is found in order after the previous one; a stretch the JSON walk re-encoded (a number
 * value quoted, escapes rewritten) is tried without the quote it gained, then skipped.
 */
function markerOffsets(original: string, redacted: string): { offset: number; index: number }[] {
  const out: { offset: number; index: number }[] = [];
  let position = 0;
  let last = 0;
  for (const match of redacted.matchAll(MARKER)) {
    const stretch = redacted.slice(last, match.index);
    position = after(original, stretch, position, out.length === 0);
    out.push({ offset: Math.min(position, original.length), index: Number(match[1]) });
    last = match.index + match[0].length;
    // A redacted value is at least one character: the next stretch is searched after it.
    if (position < original.length) position++;
  }
  return out;
}

function after(original: string, stretch: string, from: number, atStart: boolean): number {
  if (stretch === '') return from;
  for (const candidate of [stretch, stretch.replace(/"$/, ''), stretch.replace(/^"/, ''), stretch.replace(/^"|"$/g, '')]) {
    if (candidate === '') return from;
    const at = atStart && original.startsWith(candidate) ? 0 : original.indexOf(candidate, from);
    if (at !== -1) return at + candidate.length;
  }
  return from;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
