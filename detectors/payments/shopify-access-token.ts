import { prefixedTokenDetector } from '../lib/prefixed-token.js';
import { HEX } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'shopify-access-token',
  what: 'Shopify Admin API access token (custom and public apps)',
  prefix: 'shpat_',
  length: 32,
  alphabet: { pattern: '[0-9a-fA-F]', name: 'hex', characters: HEX },
  contexts: ['SHOPIFY_ACCESS_TOKEN={}', 'X-Shopify-Access-Token: {}'],
  negatives: ['${SHOPIFY_ACCESS_TOKEN}'],
});
