import { ASSIGN, tokenStartOutside } from './patterns.js';

/**
 * Building blocks for provider context detectors: a secret with no distinctive shape of its own (random hex or
 * base62) is only recognised right after one of its provider's key names (`DD_API_KEY=…`, `"dd-api-key": "…"`,
 * `X-Postmark-Server-Token: …`).
 */

/**
 * Where a key name may start: start of text, a character that cannot continue a name, or a JSON escape
 * (`\nDD_API_KEY=`). `_` may precede it (`NEXT_PUBLIC_SEGMENT_WRITE_KEY`), a letter or digit may not
 * (`ADD_API_KEY` is not `DD_API_KEY`).
 */
export const KEY_START = String.raw`(?:^|[^A-Za-z0-9]|\\[nrt])`;

/** Separators between name parts: `DD_API_KEY`, `dd-api-key`, `dd.api.key`, `ddApiKey`. */
export const SEP = String.raw`[_.-]?`;

/**
 * What may stand between a key name and its value: an optional type (`var token string = …`, `token: str = …`),
 * then an assignment (see ASSIGN), a quoted key and value as call arguments (`setProperty("JIRA_TOKEN", "…")`),
 * the end of an XML start tag (`<jiraToken>` then the value, maybe on the next line), or spaces
 * (`--token …`, `Header: …` is an ASSIGN).
 */
export const AFTER_KEY = String.raw`(?:[ \t]+(?:string|String|str)|:[ \t]*str)?(?:${ASSIGN}|\\*["'\x60][ \t]*,[ \t]*\\*["'\x60]|>(?:\s|\\[nrt])*|[ \t]+)`;

/**
 * `key` (an RE2 fragment, usually wrapped in `(?i:…)`), then AFTER_KEY, then the value in the `secret` group,
 * then a character matched by `after` (one that cannot continue the value) or the end of the text.
 */
export function keyedValue(key: string, value: string, after: string): string {
  return String.raw`${KEY_START}${key}${AFTER_KEY}(?P<secret>${value})(?:${after}|$)`;
}

/**
 * Like TOKEN_START, but a dash before the token does not count as a boundary: a key glued to a name by `-`
 * (`cache-key-…`, `build-…-us21`) is part of that name. For shapes that are plain hex with a short affix.
 */
export const TOKEN_START_NO_DASH = tokenStartOutside('-');
