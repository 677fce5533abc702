import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const token = (seed: string): string => `shpss_${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'shopify-shared-secret',
  description: 'Shopify app shared secret (webhook HMAC key): shpss_ + 32 hex characters',
  category: 'secret',
  keywords: ['shpss_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>shpss_[0-9a-fA-F]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(6)),
  samples: {
    positive: [token('shopify-shared-secret-1'), `SHOPIFY_API_SECRET=${token('shopify-shared-secret-2')}`, `shopify_shared_secret: ${token('shopify-shared-secret-3')}`],
    negative: [
      'shpss_' + 'x'.repeat(32),
      `shpss_${fake('shopify-shared-secret-short', 24, HEX)}`,
      `shpss_${fake('shopify-shared-secret-long', 40, HEX)}`,
      'shpss_<your-token>',
      '${SHOPIFY_API_SECRET}',
    ],
  },
});
