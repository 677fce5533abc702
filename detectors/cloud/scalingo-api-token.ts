import { prefixedBareDetector } from '../lib/bare-token.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'scalingo-api-token',
  what: 'Scalingo API token',
  prefixes: ['tk-us-'],
  body: base64url(48),
  contexts: ['SCALINGO_API_TOKEN={}', 'scalingo login --api-token {}'],
});
