/**
 * JSON documents inside free text (`args: {"password": "..."}`, `payload=[{...}]`): spans that open with `{`
 * or `[` and close at the matching bracket, strings skipped. Only looked for when the prefilter saw a JSON key
 * the classifier calls sensitive, so that such a span can be redacted by key like a JSON line; detectors find
 * their secrets in free text without it.
 *
 * Bound: a bracket that never closes costs a scan to the end of the text, so at most MAX_UNCLOSED such starts
 * are tried per text; past that the rest of the text is left to the detectors. Linear in the text otherwise.
 */
const MAX_UNCLOSED = 8;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export function jsonSpans(text: string): Span[] {
  const spans: Span[] = [];
  let unclosed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 123 && code !== 91) continue;
    const end = matchingEnd(text, i);
    if (end === -1) {
      if (++unclosed >= MAX_UNCLOSED) break;
      continue;
    }
    spans.push({ start: i, end });
    i = end - 1;
  }
  return spans;
}

/** End (exclusive) of the bracketed span at `start`, or -1 when it does not close. */
function matchingEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 92) i++;
        else if (inner === 34) break;
      }
    } else if (code === 123 || code === 91) {
      depth++;
    } else if (code === 125 || code === 93) {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}
