import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { BASE64URL, fake } from '../lib/sample.js';

/**
 * Okta API tokens are 00 + 40 base64url characters with no distinctive prefix: found after the `SSWS` scheme of
 * Okta's Authorization header, or after an Okta key name.
 */
// Any Okta key name ending in token, key or secret, up to three words between (OKTA_ORG_API_TOKEN, okta.client.token,
// OKTA_MANAGEMENT_API_TOKEN); the 00 + 40 shape then decides.
const NAME = String.raw`(?i:okta(?:${SEP}[a-z0-9]+){0,3}?${SEP}(?:token|key|secret))`;
const PREFIX = String.raw`(?:SSWS[ \t]+|${KEY_START}${NAME}${AFTER_KEY})`;
const token = (seed: string): string => `00${fake(seed, 40, BASE64URL)}`;

export default defineDetector({
  id: 'okta-api-token',
  description: 'Okta API token (00 + 40 base64url characters) after the SSWS authorization scheme or an Okta key name (OKTA_API_TOKEN, okta.client.token, OKTA_ORG_MANAGEMENT_TOKEN); not reported bare',
  category: 'secret',
  keywords: ['ssws', 'okta'],
  pattern: String.raw`${PREFIX}(?P<secret>00[A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && !looksFake(secret.slice(2)),
  priority: 30,
  samples: {
    positive: [
      `Authorization: SSWS ${token('okta-1')}`,
      `OKTA_API_TOKEN=${token('okta-2')}`,
      `"oktaApiToken": "${token('okta-3')}",`,
      `OKTA_ORG_MANAGEMENT_TOKEN=${token('okta-4')}`,
      `okta.client.token=${token('okta-5')}`,
    ],
    negative: [
      'oktaKey = 00000000000000000000000000000000000TUVWXYZ',
      `rookTable = 00${fake('okta-rook', 40, BASE64URL)}`,
      'Authorization: SSWS ${OKTA_API_TOKEN}',
      `OKTA_API_TOKEN=00${fake('okta-short', 20, BASE64URL)}`,
      `OKTA_CLIENT_ID=0oa${fake('okta-client', 17)}`,
    ],
  },
});
