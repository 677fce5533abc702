/**
 * Pattern builders for national identification numbers (US SSN and ITIN, Canadian SIN): a formatted number
 * (`123-45-6789`) is matched anywhere a number can start; the bare digits (`123456789`) only right after a label
 * naming the number (`ssn: 123456789`, `"sin":"…"`), since bare nine-digit runs are ids, amounts and timestamps.
 */

/** A number never continues a word, an id (`ord_…`, `v1.…`, `+…`), a path or a longer digit run. */
export const NUMBER_START = String.raw`(?:^|[^0-9A-Za-z_.+/-]|\\[nrt])`;
/** Where a label starts: not inside a word (`classname` holds `ssn`), but after `_` (`user_ssn`). */
const LABEL_START = String.raw`(?:^|[^A-Za-z0-9]|\\[nrt])`;
/** Between label and number: `: `, `=`, `":"` (JSON-escaped too), `#`, ` is `, `No. `. */
const LABEL_GAP = String.raw`[^0-9A-Za-z\n\r]{0,10}(?:(?i:is|no\.?)[ \t]+)?`;

/**
 * `label`: the names, case-insensitive; `formatted`: the written forms; `bare`: the digits alone. The label is
 * capture group 1 (`groups[1]` in a validator), so a validator can require it for bare digits. Digits that continue
 * the number after `-` or `.` (`123-456-782-12`, a longer id) are captured as group 3 so the validator can reject it
 * without the scanner losing the character after it.
 */
export function idNumberPattern(label: string, formatted: string, bare: string): string {
  return String.raw`(?:${LABEL_START}(?P<label>(?i:${label}))${LABEL_GAP}|${NUMBER_START})(?P<secret>${formatted}|${bare})(?P<more>(?:[-.][0-9]+)+)?\b`;
}

/** A prefilter trigger for the same: a formatted number, or the label followed by the start of the digits. */
export function idNumberTrigger(label: string, formatted: string): string {
  return String.raw`(?i:${label})${LABEL_GAP}[0-9]{3}|${formatted}`;
}

/** True when the number was written with separators, or its label came before it, and does not continue. */
export function labelledOrFormatted(secret: string, groups: readonly (string | undefined)[]): boolean {
  if (groups[3] !== undefined) return false;
  return groups[1] !== undefined || /[^0-9]/.test(secret);
}
