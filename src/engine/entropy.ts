/**
 * Shannon entropy of `text` in bits per UTF-16 code unit: H = -Σ p(c)·log2 p(c) over the code units of the
 * text. A random string over an alphabet of k symbols approaches log2(k): hex ≈ 4, base64 ≈ 6 (for long
 * strings; a 20-character string cannot exceed log2(20) ≈ 4.3). English words sit near 2.5 to 3.5.
 */
export function shannonEntropy(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Which character kinds a value mixes: secrets usually mix at least two of lower, upper and digits. */
export function charsetClasses(text: string): { lower: boolean; upper: boolean; digit: boolean; symbol: boolean } {
  let lower = false;
  let upper = false;
  let digit = false;
  let symbol = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c >= 48 && c <= 57) digit = true;
    else symbol = true;
  }
  return { lower, upper, digit, symbol };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const DIGITS = /^\d+$/;

/**
 * Values that look random but are identifiers, not credentials: UUIDs, hex digests (md5, sha1, sha2),
 * ULIDs, plain numbers. Generic detectors skip these when no sensitive word stands before them.
 */
export function looksLikeIdentifier(value: string): boolean {
  return UUID.test(value) || HEX_DIGEST.test(value) || ULID.test(value) || DIGITS.test(value);
}
