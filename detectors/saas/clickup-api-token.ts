import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM_UPPER, DIGITS, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/** ClickUp personal API tokens: `pk_` + the user id (digits) + `_` + 32 upper-case letters and digits. */
export default bareTokenDetector({
  id: 'clickup-api-token',
  description: 'ClickUp personal API token: pk_ + a numeric user id + _ + 32 upper-case alphanumeric characters',
  // `pk_` is a common column prefix (pk_id): the trigger needs the numeric user id after it.
  trigger: String.raw`pk_[0-9]{4}`,
  token: String.raw`pk_[0-9]{4,12}_[0-9A-Z]{32}`,
  make: (seed) => `pk_${fake(`${seed}-id`, 8, DIGITS)}_${fake(seed, 32, ALNUM_UPPER)}`,
  contexts: ['CLICKUP_API_TOKEN={}', 'Authorization: {}'],
  validate: (secret) => randomAlnum(secret.slice(-32)),
  negatives: [`pk_12345678_${'X'.repeat(32)}`, `pk_live_${fake('clickup-stripe', 32)}`, `pk_${fake('clickup-short', 8, DIGITS)}_${fake('clickup-s', 20, ALNUM_UPPER)}`],
});
