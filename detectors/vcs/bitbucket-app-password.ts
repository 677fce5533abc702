import { defineDetector } from '../../src/engine/detector.js';
import { crc32 } from '../../src/validators/crc32.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

/**
 * Bitbucket Cloud app password: `ATBB` + 24 base62 characters + the CRC-32 of those first 28 characters as 8
 * uppercase hex digits, 36 in all. The checksum is verified.
 */
function checksum(secret: string): boolean {
  const expected = crc32(secret.slice(0, 28)).toString(16).toUpperCase().padStart(8, '0');
  return secret.slice(28) === expected && !looksFake(secret.slice(4, 28));
}

const valid = (seed: string): string => {
  const body = 'ATBB' + fake(seed, 24);
  return body + crc32(body).toString(16).toUpperCase().padStart(8, '0');
};
const first = valid('bitbucket-app-1');
const badChecksum = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');

export default defineDetector({
  id: 'bitbucket-app-password',
  description:
    'Bitbucket Cloud app password: ATBB + 24 base62 characters + 8 hex digits that are the CRC-32 of the first 28 ' +
    '(verified)',
  category: 'secret',
  keywords: ['ATBB'],
  pattern: String.raw`${TOKEN_START}(?P<secret>ATBB[0-9A-Za-z]{24}[0-9A-F]{8})\b`,
  validate: checksum,
  samples: {
    positive: [
      first,
      `BITBUCKET_APP_PASSWORD="${valid('bitbucket-app-2')}"`,
      `git clone https://ci-bot:${valid('bitbucket-app-3')}@bitbucket.org/acme/api.git`,
    ],
    negative: [
      badChecksum,
      'ATBB' + 'x'.repeat(32),
      'ATBB_xxxxxxxxxxxx',
      `ATBB${fake('bitbucket-app-short', 20)}`,
      'BITBUCKET_APP_PASSWORD=${BITBUCKET_APP_PASSWORD}',
    ],
  },
});
