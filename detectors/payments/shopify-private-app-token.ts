import { prefixedTokenDetector } from '../lib/prefixed-token.js';
import { HEX } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'shopify-private-app-token',
  what: 'Shopify private app password (access token)',
  prefix: 'shppa_',
  length: 32,
  alphabet: { pattern: '[0-9a-fA-F]', name: 'hex', characters: HEX },
  contexts: ['SHOPIFY_PASSWORD={}', 'X-Shopify-Access-Token: {}'],
  negatives: ['${SHOPIFY_PASSWORD}'],
});
