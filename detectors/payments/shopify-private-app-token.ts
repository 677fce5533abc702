import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const token = (seed: string): string => `shppa_${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'shopify-private-app-token',
  description: 'Shopify private app password (access token): shppa_ + 32 hex characters',
  category: 'secret',
  keywords: ['shppa_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>shppa_[0-9a-fA-F]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(6)),
  samples: {
    positive: [token('shopify-private-app-token-1'), `SHOPIFY_PASSWORD=${token('shopify-private-app-token-2')}`, `X-Shopify-Access-Token: ${token('shopify-private-app-token-3')}`],
    negative: [
      'shppa_' + 'x'.repeat(32),
      `shppa_${fake('shopify-private-app-token-short', 24, HEX)}`,
      `shppa_${fake('shopify-private-app-token-long', 40, HEX)}`,
      'shppa_<your-token>',
      '${SHOPIFY_PASSWORD}',
    ],
  },
});
