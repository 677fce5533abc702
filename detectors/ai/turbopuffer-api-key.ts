import { prefixedBareDetector } from '../lib/bare-token.js';
import { randomAlnum } from '../lib/token-shape.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'turbopuffer-api-key',
  what: 'turbopuffer API key',
  prefixes: ['tpuf_'],
  body: base62(32, 64),
  // No letter case is documented for the body: a random mix of letters and digits is enough.
  validate: randomAlnum,
  contexts: ['TURBOPUFFER_API_KEY={}', 'Authorization: Bearer {}'],
});
