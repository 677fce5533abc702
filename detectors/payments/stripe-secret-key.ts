import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

export default defineDetector({
  id: 'stripe-secret-key',
  description:
    'Stripe secret API key, live or test mode: sk_live_ or sk_test_ (also sk_prod_) + 24 to 247 alphanumeric characters',
  category: 'secret',
  keywords: ['sk_live_', 'sk_test_', 'sk_prod_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sk_(?:live|test|prod)_[0-9A-Za-z]{24,247})\b`,
  validate: (secret) => !looksFake(secret.slice(8)),
  samples: {
    positive: [
      `sk_live_${fake('stripe-sk-1', 24)}`,
      `sk_test_51${fake('stripe-sk-2', 97)}`,
      `STRIPE_SECRET_KEY=sk_live_51${fake('stripe-sk-3', 97)}`,
    ],
    negative: [
      'sk_live_' + 'x'.repeat(24),
      'sk_test_' + fake('stripe-sk-short', 16),
      'sk_live_YOUR_SECRET_KEY',
      `pk_live_${fake('stripe-pk', 24)}`,
      '${STRIPE_SECRET_KEY}',
    ],
  },
});
