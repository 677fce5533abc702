import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const token = (seed: string): string => `shpca_${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'shopify-custom-app-token',
  description: 'Shopify custom app access token: shpca_ + 32 hex characters',
  category: 'secret',
  keywords: ['shpca_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>shpca_[0-9a-fA-F]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(6)),
  samples: {
    positive: [token('shopify-custom-app-token-1'), `SHOPIFY_CUSTOM_APP_TOKEN=${token('shopify-custom-app-token-2')}`, `X-Shopify-Access-Token: ${token('shopify-custom-app-token-3')}`],
    negative: [
      'shpca_' + 'x'.repeat(32),
      `shpca_${fake('shopify-custom-app-token-short', 24, HEX)}`,
      `shpca_${fake('shopify-custom-app-token-long', 40, HEX)}`,
      'shpca_<your-token>',
      '${SHOPIFY_CUSTOM_APP_TOKEN}',
    ],
  },
});
