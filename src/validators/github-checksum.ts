import { base62 } from './base62.js';
import { crc32 } from './crc32.js';

/**
 * GitHub's token checksum: the last 6 characters of the 36-character body are the CRC-32 of the first 30,
 * in base62. `token` is the whole token (`ghp_...`) or just its 36-character body.
 */
export function githubChecksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** Appends the checksum to a 30-character body: used to generate valid samples from the format. */
export function withGithubChecksum(body30: string): string {
  return body30 + base62(crc32(body30), 6);
}
