import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'cartesia-api-key',
  what: 'Cartesia API key',
  prefixes: ['sk_car_'],
  body: base62(20, 60),
  contexts: ['CARTESIA_API_KEY={}', '"X-API-Key": "{}"'],
});
