import type { Finding } from '../finding.js';

/**
 * The findings of a scan of the whole JSON text `text` that the structured walk did not judge itself: those not
 * inside one token it scans on its own, the content of one string without escapes or one number. A finding
 * inside such a token was judged by the walk, with the same characters, so it is not applied again as text: the
 * walk may have kept it on purpose (a trace-context id, a key that judges by value). A finding that crosses
 * tokens (`"private_key": "-----BEGIN`), or lies in a string with escapes (whose decoded form the walk saw),
 * still is. One pass over the text collects the plain tokens; each finding is then found among them by
 * bisection, so hostile input with many findings stays linear in the text.
 */
export function outsidePlainJsonTokens(text: string, findings: readonly Finding[]): Finding[] {
  if (findings.length === 0) return [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      const open = i + 1;
      let escaped = false;
      i = open;
      while (i < text.length) {
        const inner = text.charCodeAt(i);
        if (inner === 92) {
          escaped = true;
          i += 2;
          continue;
        }
        if (inner === 34) break;
        i++;
      }
      if (!escaped) {
        starts.push(open);
        ends.push(i);
      }
      i++;
      continue;
    }
    if (code === 45 || (code >= 48 && code <= 57)) {
      const first = i;
      while (i < text.length && isNumberChar(text.charCodeAt(i))) i++;
      starts.push(first);
      ends.push(i);
      continue;
    }
    i++;
  }
  return findings.filter((finding) => {
    // The last plain token starting at or before the finding.
    let low = 0;
    let high = starts.length - 1;
    let at = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= finding.start) {
        at = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return at === -1 || finding.end > ends[at]!;
  });
}

function isNumberChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 45 || code === 43 || code === 46 || code === 101 || code === 69;
}
