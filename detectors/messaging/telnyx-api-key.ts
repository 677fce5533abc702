import { bareTokenDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { ALNUM, HEX_UPPER, fake } from '../lib/sample.js';

/** Telnyx API v2 keys: `KEY` + 32 upper-case hex + `_` + 22 alphanumerics. */
export default bareTokenDetector({
  id: 'telnyx-api-key',
  description: 'Telnyx API v2 key: KEY + 32 upper-case hex characters + _ + 22 alphanumeric characters',
  // `key` is everywhere; the trigger starts at the literal and needs the hex run and the underscore.
  trigger: String.raw`KEY[0-9A-F]{32}_`,
  token: String.raw`KEY[0-9A-F]{32}_[0-9A-Za-z]{22}`,
  make: (seed) => `KEY${fake(`${seed}-h`, 32, HEX_UPPER)}_${fake(seed, 22, ALNUM)}`,
  contexts: ['TELNYX_API_KEY={}', 'Authorization: Bearer {}'],
  validate: (secret) => !looksFake(secret.slice(3, 35)) && !looksFake(secret.slice(36)),
  negatives: [`KEY${'0'.repeat(32)}_${fake('telnyx-z', 22)}`, `KEY${fake('telnyx-short', 20, HEX_UPPER)}_${fake('telnyx-s', 22)}`, `API_KEY_${fake('telnyx-n', 32, HEX_UPPER)}`],
});
