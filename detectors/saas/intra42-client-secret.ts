import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

/**
 * 42 school intranet API application secrets: `s-s4t2ud-` (or `s-s4t2af-`) and 64 lower-case hex characters. The
 * application's uid has the same shape behind `u-`; it is public (it travels in the authorization URL), so only the
 * `s-` form is reported.
 */
export default prefixedBareDetector({
  id: 'intra42-client-secret',
  what: '42 intranet API application secret',
  prefixes: ['s-s4t2ud-', 's-s4t2af-'],
  body: lowerHex(64),
  contexts: ['FT_CLIENT_SECRET={}', 'client_secret: "{}"'],
  negatives: ['client_id=u-s4t2ud-0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd'],
});
