import RE2 from 're2';
import { ErrorCodes, LogveilError } from './errors.js';

export type RE2Instance = InstanceType<typeof RE2>;

/** Constructs RE2 refuses because they can take more than linear time, named so a user knows what to change. */
const UNSUPPORTED: readonly (readonly [RegExp, string])[] = [
  [/\(\?<=|\(\?<!/, 'lookbehind ((?<=...) or (?<!...))'],
  [/\(\?=|\(\?!/, 'lookahead ((?=...) or (?!...))'],
  [/\\[1-9]|\\k</, 'a backreference (\\1 or \\k<name>)'],
  [/\(\?>/, 'an atomic group ((?>...))'],
  [/[*+?}]\+/, 'a possessive quantifier (*+, ++, ?+)'],
];

/**
 * Compiles a detector pattern with RE2 (global, so exec walks every match). RE2 runs in time linear in the
 * input, which is why no log line can stall the pipeline; constructs that would break that are rejected here.
 */
export function compilePattern(detectorId: string, pattern: string): RE2Instance {
  for (const [construct, name] of UNSUPPORTED) {
    if (construct.test(pattern)) {
      throw new LogveilError(
        ErrorCodes.BAD_PATTERN,
        `detector "${detectorId}": pattern uses ${name}, which RE2 cannot run in linear time; rewrite it without`,
      );
    }
  }
  try {
    return new RE2(pattern, 'gdu');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LogveilError(ErrorCodes.BAD_PATTERN, `detector "${detectorId}": RE2 cannot compile the pattern: ${reason}`);
  }
}

/** A match on UTF-8 input: groups are Buffers, `index` a byte offset. */
export interface PlainMatch {
  readonly index: number;
  readonly length: number;
  readonly [group: number]: Buffer | undefined;
}

/** The same from a regex with the `d` flag: `indices` are byte offsets. */
export interface ByteMatch extends PlainMatch {
  readonly indices: readonly ([number, number] | undefined)[];
}

/**
 * node-re2 accepts Buffers (its typings say strings only); on bytes it skips a UTF-8 conversion per call. The
 * result has `indices` when the regex has the `d` flag.
 */
export function execBytes(regex: RE2Instance, bytes: Buffer): PlainMatch | null {
  return (regex.exec as unknown as (input: Buffer) => PlainMatch | null).call(regex, bytes);
}

/** Where the first match of `regex` in `bytes` starts (a byte offset; `lastIndex` neither read nor moved), or -1. */
export function searchBytes(regex: RE2Instance, bytes: Buffer): number {
  return (regex as unknown as { search(input: Buffer): number }).search(bytes);
}

/** Whether `regex` matches in `bytes` from `lastIndex`; a global or sticky regex moves `lastIndex` to the match's end (0 when none). */
export function testBytes(regex: RE2Instance, bytes: Buffer): boolean {
  return regex.test(bytes as unknown as string);
}
