import { prefixedBareDetector } from '../lib/bare-token.js';
import { randomAlnum } from '../lib/token-shape.js';
import { base64url } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'scalingo-api-token',
  what: 'Scalingo API token',
  prefixes: ['tk-us-'],
  body: base64url(48),
  // Scalingo documents no letter case for the body: a random mix of letters and digits is enough.
  validate: (body) => randomAlnum(body.replace(/[_-]/g, '')),
  contexts: ['SCALINGO_API_TOKEN={}', 'scalingo login --api-token {}'],
});
