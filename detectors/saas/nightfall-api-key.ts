import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'nightfall-api-key',
  what: 'Nightfall AI API key',
  prefixes: ['NF-'],
  body: base62(32),
  contexts: ['NIGHTFALL_API_KEY={}', 'Authorization: Bearer {}'],
});
