import { ANY_CASE_HEX, prefixedTokenDetector } from '../lib/prefixed-token.js';

export default prefixedTokenDetector({
  id: 'shopify-custom-app-token',
  what: 'Shopify custom app access token',
  prefix: 'shpca_',
  length: 32,
  alphabet: ANY_CASE_HEX,
  contexts: ['SHOPIFY_CUSTOM_APP_TOKEN={}', 'X-Shopify-Access-Token: {}'],
  negatives: ['${SHOPIFY_CUSTOM_APP_TOKEN}'],
});
