import { ANY_CASE_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';

export default prefixedTokenDetector({
  id: 'shopify-shared-secret',
  what: 'Shopify app shared secret (webhook HMAC key)',
  prefix: 'shpss_',
  length: 32,
  alphabet: ANY_CASE_HEX,
  contexts: ['SHOPIFY_API_SECRET={}', 'shopify_shared_secret: {}'],
  negatives: ['${SHOPIFY_API_SECRET}'],
});
