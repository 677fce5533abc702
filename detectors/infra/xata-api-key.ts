import { prefixedBareDetector } from '../lib/bare-token.js';
import { randomAlnum } from '../lib/token-shape.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'xata-api-key',
  what: 'Xata API key',
  prefixes: ['xau_'],
  body: base62(30, 60),
  // No letter case is documented for the body: a random mix of letters and digits is enough.
  validate: randomAlnum,
  contexts: ['XATA_API_KEY={}', 'Authorization: Bearer {}'],
});
