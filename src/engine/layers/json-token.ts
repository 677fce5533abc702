/**
 * Whether `[start, end)` of the JSON text `text` lies inside one token the structured walk scans on its own: the
 * content of one string without escapes, or one number. Such a finding of a scan of the whole text was judged
 * by the walk, with the same characters, so it is not applied again as text: the walk may have kept it on
 * purpose (a trace-context id, a key that judges by value). A finding that crosses tokens (`"private_key":
 * "-----BEGIN`), or lies in a string with escapes (whose decoded form the walk saw), still is.
 */
export function withinPlainJsonToken(text: string, start: number, end: number): boolean {
  let i = 0;
  while (i < text.length && i < end) {
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
      if (start >= open && end <= i) return !escaped;
      if (open > start) return false;
      i++;
      continue;
    }
    if (code === 45 || (code >= 48 && code <= 57)) {
      const first = i;
      while (i < text.length && isNumberChar(text.charCodeAt(i))) i++;
      if (start >= first && end <= i) return true;
      if (first > start) return false;
      continue;
    }
    i++;
  }
  return false;
}

function isNumberChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 45 || code === 43 || code === 46 || code === 101 || code === 69;
}
