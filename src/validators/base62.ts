const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Encodes a non-negative integer in base62 (0-9, A-Z, a-z), left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let rest = Math.floor(value);
  while (rest > 0) {
    out = ALPHABET[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}
