import { ANY_CASE_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';

export default prefixedTokenDetector({
  id: 'shopify-private-app-token',
  what: 'Shopify private app password (access token)',
  prefix: 'shppa_',
  length: 32,
  alphabet: ANY_CASE_HEX,
  contexts: ['SHOPIFY_PASSWORD={}', 'X-Shopify-Access-Token: {}'],
  negatives: ['${SHOPIFY_PASSWORD}'],
});
