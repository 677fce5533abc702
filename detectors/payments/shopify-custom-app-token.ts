import { prefixedTokenDetector } from '../lib/prefixed-token.js';
import { HEX } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'shopify-custom-app-token',
  what: 'Shopify custom app access token',
  prefix: 'shpca_',
  length: 32,
  alphabet: { pattern: '[0-9a-fA-F]', name: 'hex', characters: HEX },
  contexts: ['SHOPIFY_CUSTOM_APP_TOKEN={}', 'X-Shopify-Access-Token: {}'],
  negatives: ['${SHOPIFY_CUSTOM_APP_TOKEN}'],
});
