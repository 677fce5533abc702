/**
 * W3C Trace Context `tracestate` on spans and links: a string the sender controls, so it is scrubbed like any
 * other, as one text (so `vendor=<token>` reads to the engine as the assignment it is). The door then keeps the
 * header valid, since a Collector or backend may refuse or mangle a malformed one: when scrubbing changed the
 * text, only list members that still follow the grammar are kept (a member whose key held the secret, or
 * whose value a strategy emptied, is dropped, which the specification allows any participant to do).
 */

/** `simple-key` or `tenant@system` (lower-case letters, digits, `_ - * /`). */
const KEY = /^(?:[a-z][a-z0-9_\-*/]{0,255}|[a-z0-9][a-z0-9_\-*/]{0,240}@[a-z][a-z0-9_\-*/]{0,13})$/;
/** Up to 256 printable ASCII characters other than `,` and `=`, not ending in a space. */
const VALUE = /^[\x20-\x2b\x2d-\x3c\x3e-\x7e]{0,255}[\x21-\x2b\x2d-\x3c\x3e-\x7e]$/;
const MAX_MEMBERS = 32;

export function scrubTraceState(text: string, redact: (text: string) => string): string {
  const scrubbed = redact(text);
  if (scrubbed === text) return text;
  const members: string[] = [];
  for (const part of scrubbed.split(',')) {
    const member = part.replace(/^[ \t]+|[ \t]+$/g, '');
    const equals = member.indexOf('=');
    if (equals <= 0 || !KEY.test(member.slice(0, equals)) || !VALUE.test(member.slice(equals + 1))) continue;
    members.push(member);
    if (members.length === MAX_MEMBERS) break;
  }
  return members.join(',');
}
