import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM_UPPER, DIGITS, fake } from '../lib/sample.js';

/** ClickUp personal API tokens: pk_ + the user id + _ + 32 upper-case letters and digits. */
const token = (seed: string, length = 32): string => `pk_${fake(`${seed}-u`, 8, DIGITS)}_${fake(seed, length, ALNUM_UPPER)}`;

export default formatTokenDetector({
  id: 'clickup-api-token',
  description: 'ClickUp personal API token: pk_ + user id (digits) + _ + 32 upper-case alphanumeric characters (found bare)',
  trigger: 'pk_[0-9]{4}',
  token: 'pk_[0-9]{4,12}_[0-9A-Z]{32}',
  chars: '0-9A-Za-z',
  sample: token,
  contexts: ['CLICKUP_API_TOKEN={}', 'curl -H "Authorization: {}" https://api.clickup.com/api/v2/team'],
  negatives: [token('clickup-short', 20), `pk_12345678_${'X'.repeat(32)}`, `pk_live_${fake('clickup-stripe', 24)}`, 'pk_<user-id>_<token>'],
  validate: (secret) => !looksFake(secret.slice(secret.lastIndexOf('_') + 1)) && /[0-9]/.test(secret.slice(-32)) && /[A-Z]/.test(secret.slice(-32)),
});
