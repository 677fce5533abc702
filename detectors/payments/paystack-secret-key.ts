import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

/**
 * Paystack secret keys share Stripe's `sk_live_` / `sk_test_` prefixes but carry 40 lower-case hex characters,
 * a body Stripe's base62 keys essentially never have; the higher priority names the right provider when both match.
 */
export default prefixedBareDetector({
  id: 'paystack-secret-key',
  what: 'Paystack secret key, live or test',
  prefixes: ['sk_live_', 'sk_test_'],
  body: lowerHex(40),
  contexts: ['PAYSTACK_SECRET_KEY={}', 'Authorization: Bearer {}'],
  priority: 55,
});
