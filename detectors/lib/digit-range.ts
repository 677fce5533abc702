/**
 * An RE2 fragment matching exactly the decimal numbers from `from` to `to` written with `width` digits
 * (leading zeros kept): `digitRange(2221, 2720, 4)` matches `2221` … `2720` and nothing else. Issuer ranges
 * (card IINs) are ranges of fixed-width prefixes, and a prefilter trigger built from them must match no more
 * than the ranges do, or every number that merely starts the same way takes the slow path.
 */
export function digitRange(from: number, to: number, width: number): string {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && String(to).length <= width)) {
    throw new RangeError(`digitRange: bad range ${from}-${to} over ${width} digits`);
  }
  return alternatives(String(from).padStart(width, '0'), String(to).padStart(width, '0')).join('|');
}

/** Splits [low, high] (same length) into pieces of the form `prefix[a-b][0-9]{n}`. */
function alternatives(low: string, high: string): string[] {
  if (low.length === 0) return [''];
  if (low === high) return [low];
  const rest = low.length - 1;
  const allLow = '0'.repeat(rest);
  const allHigh = '9'.repeat(rest);
  const a = Number(low[0]);
  const b = Number(high[0]);
  if (a === b) return alternatives(low.slice(1), high.slice(1)).map((tail) => `${a}${tail}`);
  const out: string[] = [];
  let first = a;
  let last = b;
  if (low.slice(1) !== allLow) {
    out.push(...alternatives(low.slice(1), allHigh).map((tail) => `${a}${tail}`));
    first = a + 1;
  }
  const highPiece = high.slice(1) !== allHigh ? alternatives(allLow, high.slice(1)).map((tail) => `${b}${tail}`) : [];
  if (highPiece.length > 0) last = b - 1;
  if (first <= last) out.push(`${first === last ? String(first) : `[${first}-${last}]`}${rest > 0 ? `[0-9]{${rest}}` : ''}`);
  out.push(...highPiece);
  return out;
}
