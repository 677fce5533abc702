import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const token = (seed: string): string => `shpat_${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'shopify-access-token',
  description: 'Shopify Admin API access token (custom and public apps): shpat_ + 32 hex characters',
  category: 'secret',
  keywords: ['shpat_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>shpat_[0-9a-fA-F]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(6)),
  samples: {
    positive: [token('shopify-access-token-1'), `SHOPIFY_ACCESS_TOKEN=${token('shopify-access-token-2')}`, `X-Shopify-Access-Token: ${token('shopify-access-token-3')}`],
    negative: [
      'shpat_' + 'x'.repeat(32),
      `shpat_${fake('shopify-access-token-short', 24, HEX)}`,
      `shpat_${fake('shopify-access-token-long', 40, HEX)}`,
      'shpat_<your-token>',
      '${SHOPIFY_ACCESS_TOKEN}',
    ],
  },
});
