import { decodeBase64, looksFake } from './checks.js';

/**
 * Shape checks for token bodies, shared by the provider detectors. Like checks.ts, these only ever see a
 * confirmed regex match, so plain JavaScript regexes are fine.
 */

/**
 * Identifier-like: letters only, mostly words joined in camelCase or PascalCase, with the vowels of words
 * (`AgencyIdentificationCodeContentType`, `requiredCharacteristicTypesForDisplay`). Random letters have about
 * one vowel in five; 34 random letters pass both tests about once in 2,000 draws.
 */
export function camelWords(body: string): boolean {
  if (!/^[A-Za-z]+$/.test(body)) return false;
  const words = body.match(/^[a-z]{2,}|[A-Z][a-z]{2,}/g) ?? [];
  const vowels = body.match(/[aeiou]/gi)?.length ?? 0;
  return words.join('').length >= body.length * 0.8 && vowels >= body.length * 0.3;
}

/** A random body: not a placeholder (see looksFake) and not an identifier made of words. */
export function randomBody(body: string): boolean {
  return !looksFake(body) && !camelWords(body);
}

/** Random base62 or base64: holds upper and lower case letters, and is a random body. */
export function randomMixedCase(body: string): boolean {
  return /[a-z]/.test(body) && /[A-Z]/.test(body) && randomBody(body);
}

/** Random hex or base36: holds letters and digits, and is a random body. */
export function randomAlnum(body: string): boolean {
  return /[0-9]/.test(body) && /[A-Za-z]/.test(body) && randomBody(body);
}

/** The JSON object a base64 or base64url text decodes to, or undefined. */
export function decodeJsonBase64(text: string): Record<string, unknown> | undefined {
  const clean = text.replace(/=+$/, '');
  const buffer = decodeBase64(clean, /[-_]/.test(clean)) ?? decodeBase64(clean, !/[-_]/.test(clean));
  if (buffer === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(buffer.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Encodes a JSON object as unpadded base64 (for samples of tokens that embed one). */
export function jsonBase64(value: Record<string, unknown>, urlSafe = false): string {
  return Buffer.from(JSON.stringify(value)).toString(urlSafe ? 'base64url' : 'base64').replace(/=+$/, '');
}
