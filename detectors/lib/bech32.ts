/**
 * Bech32 (BIP 173) checksum, as age uses it for `AGE-SECRET-KEY-1…` identities: the human-readable part, the
 * separator `1`, data characters from a 32-symbol alphabet, and a 6-character BCH checksum over both.
 */
export const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;

function polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) checksum ^= GENERATORS[i] as number;
  }
  return checksum >>> 0;
}

function expandPrefix(prefix: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < prefix.length; i++) out.push(prefix.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < prefix.length; i++) out.push(prefix.charCodeAt(i) & 31);
  return out;
}

/** True when `text` (one case only, upper or lower) is a Bech32 string whose checksum verifies. */
export function bech32Valid(text: string): boolean {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const lower = text.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator - 1 < 6) return false;
  const data: number[] = [];
  for (const char of lower.slice(separator + 1)) {
    const value = BECH32_ALPHABET.indexOf(char);
    if (value < 0) return false;
    data.push(value);
  }
  return polymod([...expandPrefix(lower.slice(0, separator)), ...data]) === 1;
}

/** Appends the 6-character checksum to `prefix` + `1` + `data` (lowercase data symbols): for generated samples. */
export function withBech32Checksum(prefix: string, data: string): string {
  const lowerPrefix = prefix.toLowerCase();
  const values = [...data.toLowerCase()].map((char) => BECH32_ALPHABET.indexOf(char));
  const mod = polymod([...expandPrefix(lowerPrefix), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
  let checksum = '';
  for (let i = 0; i < 6; i++) checksum += BECH32_ALPHABET[(mod >>> (5 * (5 - i))) & 31];
  return `${lowerPrefix}1${data.toLowerCase()}${checksum}`;
}
