import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * ZeroTier Central API tokens are 32 alphanumeric characters: only found after a ZeroTier key name.
 */
export default keyedSecretDetector({
  id: 'zerotier-api-token',
  what: 'ZeroTier Central API token',
  key: String.raw`(?:zerotier|zt)${SEP}(?:central${SEP})?(?:api${SEP})?(?:token|key)`,
  names: 'ZEROTIER_API_TOKEN, ZT_CENTRAL_TOKEN, ZEROTIER_CENTRAL_TOKEN',
  trigger: String.raw`(?i:zerotier|zt[_.-]?(?:central[_.-]?)?(?:api[_.-]?)?(?:token|key))`,
  value: alnumValue(32),
  contexts: ['ZEROTIER_API_TOKEN={}', 'ZT_CENTRAL_TOKEN: {}'],
  negatives: ["ZEROTIER_NETWORK_ID=8056c2e21c000001"],
  validate: randomMixedCase,
});
