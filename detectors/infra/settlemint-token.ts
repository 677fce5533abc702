import { prefixedBareDetector } from '../lib/bare-token.js';
import { randomAlnum } from '../lib/token-shape.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'settlemint-token',
  what: 'SettleMint access token (personal, application or service)',
  prefixes: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
  body: base62(16),
  // SettleMint documents no letter case for the body: a random mix of letters and digits is enough.
  validate: randomAlnum,
  contexts: ['SETTLEMINT_ACCESS_TOKEN={}', 'x-auth-token: {}'],
});
