import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** REST app secrets are 80 base64url characters (starting with E) and have no prefix: only found after their key name. */
const KEY = String.raw`(?i:paypal${SEP}(?:(?:live|sandbox|rest|app)${SEP})?(?:client${SEP})?secret(?:${SEP}key)?)`;
const secret = (seed: string): string => `E${fake(seed, 79, BASE64URL)}`;

export default defineDetector({
  id: 'paypal-client-secret',
  description: 'PayPal REST app client secret (about 80 base64url characters) after its key name: PAYPAL_CLIENT_SECRET, paypalSecret',
  category: 'secret',
  keywords: ['paypal'],
  pattern: keyedValue(KEY, '[A-Za-z0-9_-]{60,100}', '[^A-Za-z0-9_-]'),
  validate: randomMixedCase,
  priority: 25,
  samples: {
    positive: [`PAYPAL_CLIENT_SECRET=${secret('paypal-1')}`, `"paypalSecret": "${secret('paypal-2')}"`, `PAYPAL_SANDBOX_CLIENT_SECRET='${secret('paypal-3')}'`],
    negative: [
      `PAYPAL_CLIENT_ID=A${fake('paypal-id', 79, BASE64URL)}`,
      `PAYPAL_CLIENT_SECRET=${fake('paypal-short', 32, BASE64URL)}`,
      'PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}',
      'PAYPAL_CLIENT_SECRET=' + 'x'.repeat(80),
      'PAYPAL_CLIENT_SECRET=<your-paypal-secret>',
    ],
  },
});
