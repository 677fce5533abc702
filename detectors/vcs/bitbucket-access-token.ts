import { defineDetector } from '../../src/engine/detector.js';
import { crc32 } from '../../src/validators/crc32.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

/**
 * Bitbucket Cloud repository, project and workspace access tokens: `ATCTT3xFfGN0` + a base64url body + `=` + the
 * CRC-32 of everything before it (prefix, body and `=`) as 8 uppercase hex digits. The checksum is verified.
 */
function checksum(secret: string): boolean {
  const head = secret.slice(0, -8);
  return crc32(head).toString(16).toUpperCase().padStart(8, '0') === secret.slice(-8) && new Set(head).size >= 20;
}

const valid = (seed: string): string => {
  const head = `ATCTT3xFfGN0${fake(seed, 171, BASE64URL)}=`;
  return head + crc32(head).toString(16).toUpperCase().padStart(8, '0');
};
const first = valid('bitbucket-at-1');
const badChecksum = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');

export default defineDetector({
  id: 'bitbucket-access-token',
  description:
    'Bitbucket Cloud repository/project/workspace access token: ATCTT3xFfGN0 + base64url body + = + 8 hex digits of ' +
    'CRC-32 (verified)',
  category: 'secret',
  keywords: ['ATCTT3xFfGN0'],
  pattern: String.raw`${TOKEN_START}(?P<secret>ATCTT3xFfGN0[A-Za-z0-9_-]{100,400}=[0-9A-F]{8})\b`,
  validate: checksum,
  samples: {
    positive: [
      first,
      `git clone https://x-token-auth:${valid('bitbucket-at-2')}@bitbucket.org/acme/api.git`,
      `curl -H "Authorization: Bearer ${valid('bitbucket-at-3')}" https://api.bitbucket.org/2.0/repositories/acme`,
    ],
    negative: [
      badChecksum,
      `ATCTT3xFfGN0${'x'.repeat(171)}=00000000`,
      `ATCTT3xFfGN0${fake('bitbucket-at-short', 40, BASE64URL)}=ABCDEF12`,
      'BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0...',
    ],
  },
});
