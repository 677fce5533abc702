import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { HEX, fake } from '../lib/sample.js';

/** Porkbun DNS API keys (pk1_) and secret API keys (sk1_): the prefix + 64 lower-case hex characters. */
const key = (seed: string, prefix = 'sk1_', length = 64): string => `${prefix}${fake(seed, length, HEX)}`;

export default formatTokenDetector({
  id: 'porkbun-api-key',
  description: 'Porkbun API key (pk1_) or secret API key (sk1_) + 64 lower-case hex characters (found bare)',
  keywords: ['pk1_', 'sk1_'],
  token: '[ps]k1_[0-9a-f]{64}',
  sample: key,
  contexts: ['PORKBUN_SECRET_API_KEY={}', `{"apikey":"${key('porkbun-pk', 'pk1_')}","secretapikey":"{}"}`],
  negatives: [key('porkbun-short', 'sk1_', 32), `sk1_${'0'.repeat(64)}`, 'sk1_<secret>', `xsk1_${fake('porkbun-glued', 64, HEX)}`],
  validate: (secret) => !looksFake(secret.slice(4)),
});
