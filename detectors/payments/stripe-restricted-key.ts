import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

export default defineDetector({
  id: 'stripe-restricted-key',
  description:
    'Stripe restricted API key, live or test mode: rk_live_ or rk_test_ (also rk_prod_) + 24 to 247 alphanumeric characters',
  category: 'secret',
  keywords: ['rk_live_', 'rk_test_', 'rk_prod_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>rk_(?:live|test|prod)_[0-9A-Za-z]{24,247})\b`,
  validate: (secret) => !looksFake(secret.slice(8)),
  samples: {
    positive: [`rk_live_${fake('stripe-rk-1', 24)}`, `rk_test_51${fake('stripe-rk-2', 97)}`],
    negative: [
      'rk_live_' + 'x'.repeat(24),
      'rk_test_' + fake('stripe-rk-short', 12),
      'rk_live_<restricted-key>',
      '${STRIPE_RESTRICTED_KEY}',
    ],
  },
});
