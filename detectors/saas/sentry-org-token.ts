import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64, fake } from '../lib/sample.js';
import { decodeJsonBase64, jsonBase64 } from '../lib/token-shape.js';

/**
 * Organization auth tokens: sntrys_ + base64 of a JSON payload (`{"iat":…,"url":…,"region_url":…,"org":…}`) + _ +
 * a 43-character base64 secret (32 random bytes, unpadded). The validator decodes the payload.
 */
const token = (seed: string, org: string): string =>
  `sntrys_${jsonBase64({ iat: 1732370400.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org })}_${fake(seed, 43, BASE64)}`;

export default defineDetector({
  id: 'sentry-org-token',
  description: 'Sentry organization auth token: sntrys_ + base64 JSON payload (decoded and checked) + _ + 43-character secret',
  category: 'secret',
  keywords: ['sntrys_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sntrys_eyJ[A-Za-z0-9+/]{20,}={0,2}_[A-Za-z0-9+/]{43})(?:[^A-Za-z0-9+/=]|$)`,
  validate: (secret) => {
    const [, payload = '', key = ''] = secret.split('_');
    const claims = decodeJsonBase64(payload);
    return claims !== undefined && ('org' in claims || 'url' in claims) && !looksFake(key);
  },
  samples: {
    positive: [token('sentry-org-1', 'acme'), `SENTRY_AUTH_TOKEN=${token('sentry-org-2', 'agents')}`, `sentry-cli --auth-token ${token('sentry-org-3', 'x')}`],
    negative: [
      `sntrys_${fake('sentry-org-nojson', 100, BASE64)}_${fake('sentry-org-nojson-s', 43, BASE64)}`,
      `sntrys_${jsonBase64({ org: 'acme' })}_${fake('sentry-org-short', 42, BASE64)}`,
      `sntrys_${jsonBase64({ org: 'acme' })}_${fake('sentry-org-long', 44, BASE64)}`,
      `sntrys_${jsonBase64({ iat: 1, url: 'https://sentry.io', org: 'acme' })}_${'x'.repeat(43)}`,
      '${SENTRY_AUTH_TOKEN}',
    ],
  },
});
