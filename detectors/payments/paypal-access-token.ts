import { formatTokenDetector } from '../lib/format-token.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** OAuth access tokens from PayPal's /v1/oauth2/token start with A21AA and run to about 97 base64url characters. */
const token = (seed: string, length = 92): string => `A21AA${fake(seed, length, BASE64URL)}`;

export default formatTokenDetector({
  id: 'paypal-access-token',
  description: 'PayPal REST OAuth access token: A21AA + 60 or more base64url characters (found bare)',
  keywords: ['A21AA'],
  token: 'A21AA[A-Za-z0-9_-]{60,200}',
  sample: token,
  contexts: ['curl https://api-m.paypal.com/v2/checkout/orders -H "Authorization: Bearer {}"', '{"scope":"https://uri.paypal.com/services/payments","access_token":"{}","token_type":"Bearer"}'],
  negatives: [token('paypal-at-short', 20), 'A21AA' + 'x'.repeat(90), 'A21AA<access-token>'],
  validate: (secret) => randomMixedCase(secret.slice(5).replace(/[-_]/g, '')),
});
