import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'stripe-webhook-secret',
  description:
    'Webhook signing secret: whsec_ + 24 or more base64 characters (Stripe endpoint secrets; Svix-style secrets share the prefix)',
  category: 'secret',
  keywords: ['whsec_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>whsec_[A-Za-z0-9+/]{24,}={0,2})`,
  validate: (secret) => !looksFake(secret.slice(6).replace(/=+$/, '')),
  samples: {
    positive: [
      `whsec_${fake('whsec-1', 32)}`,
      `STRIPE_WEBHOOK_SECRET=whsec_${fake('whsec-2', 64)}`,
      `whsec_${fake('whsec-3', 43, BASE64)}=`,
    ],
    negative: ['whsec_' + 'x'.repeat(32), 'whsec_' + fake('whsec-short', 16), 'whsec_...', '${STRIPE_WEBHOOK_SECRET}'],
  },
});
