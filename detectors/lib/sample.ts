/**
 * Deterministic fake credentials for detector samples. Samples are generated from each provider's documented
 * format (prefix, alphabet, length, checksum) instead of being pasted, so the repository holds no real token
 * and the same seed always gives the same sample.
 */
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const HEX_UPPER = '0123456789ABCDEF';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALNUM = DIGITS + UPPER + LOWER;
export const ALNUM_LOWER = DIGITS + LOWER;
export const ALNUM_UPPER = DIGITS + UPPER;
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';

/** FNV-1a of the seed, then xorshift32: small, dependency-free and stable across Node versions. */
function stream(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  if (state === 0) state = 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

/** `length` characters drawn from `alphabet`, determined by `seed`. Always mixes at least two classes. */
export function fake(seed: string, length: number, alphabet: string = ALNUM): string {
  const next = stream(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[next() % alphabet.length];
  return out;
}

/** Appends the Luhn check digit to `body`, so card and SIN samples are valid numbers generated from the format. */
export function withLuhn(body: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    const candidate = body + String(digit);
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let value = candidate.charCodeAt(candidate.length - 1 - i) - 48;
      if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
      sum += value;
    }
    if (sum % 10 === 0) return candidate;
  }
  return body;
}

/** An IBAN for `country` and `bban` with its ISO 7064 mod-97 check digits computed. */
export function ibanFor(country: string, bban: string): string {
  const digits = (bban + country + '00').replace(/[A-Z]/g, (char) => String(char.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

/** Splits a digit string into groups of the given sizes joined by `separator`: `4111 1111 1111 1111`. */
export function groupDigits(number: string, sizes: readonly number[], separator: string): string {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(number.slice(at, at + size));
    at += size;
  }
  return out.join(separator);
}
