import { ANY_CASE_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';

export default prefixedTokenDetector({
  id: 'shopify-access-token',
  what: 'Shopify Admin API access token (custom and public apps)',
  prefix: 'shpat_',
  length: 32,
  alphabet: ANY_CASE_HEX,
  contexts: ['SHOPIFY_ACCESS_TOKEN={}', 'X-Shopify-Access-Token: {}'],
  negatives: ['${SHOPIFY_ACCESS_TOKEN}'],
});
