import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

/** Cloudflare Origin CA key (X-Auth-User-Service-Key): `v1.0-` + 24 hex + `-` + 146 hex characters. */
const key = (seed: string): string => `v1.0-${fake(`${seed}-a`, 24, HEX)}-${fake(`${seed}-b`, 146, HEX)}`;

export default defineDetector({
  id: 'cloudflare-origin-ca-key',
  description: 'Cloudflare Origin CA key: v1.0- + 24 hex characters + - + 146 hex characters',
  category: 'secret',
  // `v1.0-` alone is in every `v1.0-beta`: the trigger asks for hex after it.
  trigger: String.raw`v1\.0-[0-9a-f]{4}`,
  pattern: String.raw`${TOKEN_START}(?P<secret>v1\.0-[0-9a-f]{24}-[0-9a-f]{146})\b`,
  validate: (secret) => !looksFake(secret.slice(30)),
  samples: {
    positive: [
      key('cf-origin-1'),
      `CLOUDFLARE_ORIGIN_CA: ${key('cf-origin-2')}`,
      `-H "X-Auth-User-Service-Key: ${key('cf-origin-3')}"`,
    ],
    negative: [
      `v1.0-${'0'.repeat(24)}-${'0'.repeat(146)}`,
      `v1.0-${fake('cf-origin-short', 24, HEX)}-${fake('cf-origin-short2', 64, HEX)}`,
      'version v1.0-beta released',
      `v1.0-${fake('cf-origin-sha', 64, HEX)}`,
    ],
  },
});
