import { prefixedBareDetector } from '../lib/bare-token.js';
import { lowerHex } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'inngest-signing-key',
  what: 'Inngest signing key',
  prefixes: ['signkey-prod-', 'signkey-test-', 'signkey-branch-'],
  body: lowerHex(64),
  contexts: ['INNGEST_SIGNING_KEY={}', 'INNGEST_SIGNING_KEY_FALLBACK={}'],
});
