/**
 * Pattern fragments shared by the built-in detectors (RE2 syntax, no lookaround).
 *
 * RE2 has no lookbehind, so a detector that must not start in the middle of a word consumes the character
 * before the token and puts the token itself in the `secret` group: only the group is redacted. `\b` is not
 * enough on its own because a JSON-escaped log line puts `\n` (backslash, letter n) right before the token,
 * and `n` is a word character.
 */

/**
 * TOKEN_START for a token whose body holds punctuation (`chars`: the `+/` of base64, the `-` of base64url, a
 * `%` of percent-encoding): a body character is not where the token starts. With TOKEN_START a base64 run offers
 * a start at each of its `+` and `/`, RE2 follows a count from every one, and on a random run its DFA ran out
 * of memory into the NFA: the Azure Cosmos DB, API Management and Functions key patterns cost 57-99 µs on a
 * line holding a random 120-character run, 8-17 µs with this start, and a tail of a longer run can no longer
 * pass for a key on its own.
 */
export function tokenStartOutside(chars: string): string {
  return String.raw`(?:^|[^0-9A-Za-z_${chars}]|\\[nrt]|%[0-9A-Fa-f]{2})`;
}

/**
 * Where a token may start: start of text, a character that is not part of a word, a JSON escape (`\n`), or a
 * percent-encoded character (`token%3Dghp_…`, `Bearer%20…` in an encoded query string).
 */
export const TOKEN_START = tokenStartOutside('');

/**
 * A token standing on its own: after TOKEN_START, and followed by a character that cannot continue it (`chars` is
 * the body of a class of the token's characters) or by the end. The token becomes the `secret` group unless it
 * names its own (a URL whose secret is one part of it).
 */
export function standaloneToken(token: string, chars: string): string {
  const body = token.includes('(?P<secret>') ? `(?:${token})` : `(?P<secret>${token})`;
  return String.raw`${TOKEN_START}${body}(?:[^${chars}]|$)`;
}

/**
 * Separator between a key and its value, for `key=value`, `key: value`, `key => value`, `"key":"value"`, and the
 * same once or twice JSON-escaped (`\"key\":\"value\"`, `\\\"key\\\":\\\"value\\\"`); also the assignment
 * operators of code and build files (`:=`, `::=`, `?=`, `.=`, `+=`) and backtick quotes.
 */
export const ASSIGN = String.raw`\\*["'\x60]?[ \t]*(?:=>|:{1,3}=|[?.+]=|[:=])[ \t]*\\*["'\x60]?`;
