
import type { KeyAnchor } from '../key-names.js';

/**
 * The prefilter entries that decide whether a text is decoded at all. Most log lines hold hex ids, digests,
 * UUIDs and words that decode to nothing, so decoding is gated, per layer, on a sign that it can find
 * something; each gate is one more pattern in the prefilter's single pass (measured: see DESIGN.md).
 * - base64: an upper-case letter followed by 15 more base64 characters (either alphabet). Hex ids, digests,
 *   UUIDs and paths have no upper-case letter; base64 of 12 bytes or more of text practically always has one
 *   early in the run (most 4-character groups of encoded text open with `I`-`Z`). Known gap: a run whose
 *   upper-case letters all sit in its last 15 characters is not decoded.
 * - percent: an escape of a printable character other than space (`%40`, `%22`, `%2f`, either case).
 * - escape: a `\u` escape, or a JSON key whose quotes are escaped (`{\"password\": ...}` in free text).
 *
 * Rejected (measured on the hot-path corpus, prefilter pass alone): every detector keyword in its base64
 * forms (three alignments, both alphabets, lower and upper case: 1,692 literals) cost +58%; a pattern for
 * base64 of base64 (ten 4-character groups) +109%; an upper-case letter at either end of a 16-character run
 * +27%. The gate above costs about 2%, within the noise of the run.
 */
export const LAYER_BASE64 = 1;
export const LAYER_PERCENT = 2;
export const LAYER_ESCAPE = 4;

/**
 * Written from the run's start to its first upper-case letter so that RE2 follows one count per run: the
 * same texts match as with `[A-Z][A-Za-z0-9+/_-]{15}` (if any upper-case letter of a run has 15 more base64
 * characters after it, so does the run's first), but that form starts a count at every upper-case letter,
 * and inside a random token RE2's DFA meets a new set of counts at nearly every byte: alone, reading 600
 * random base64 characters to the end, 13.4 µs against 2.7 µs for this form. The prefilter's `match` leaves
 * the gate out and tests it apart (see prefilter.ts).
 */
export const BASE64_TRIGGER = '(?:^|[^A-Za-z0-9+/_-])[0-9a-z+/_-]*[A-Z][A-Za-z0-9+/_-]{15}';

export const PERCENT_TRIGGER = '%(?:2[1-9A-Fa-f]|[3-7][0-9A-Fa-f])';

/** `\u0067hp_`, or an escaped JSON key holding a sensitive anchor (`\"password\":`, `\\\"token\\\":`). */
export function escapeTrigger(anchors: readonly KeyAnchor[]): string {
  const unicode = String.raw`\\u[0-9A-Fa-f]{4}`;
  if (anchors.length === 0) return unicode;
  const keys = anchors.map(({ source }) => `(?i:${source})`).join('|');
  return String.raw`${unicode}|(?:${keys})[^"\\\s]{0,64}\\+"\s*:`;
}
