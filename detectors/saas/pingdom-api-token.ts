import { SEP } from '../lib/provider-key.js';
import { base64urlValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Pingdom API tokens are 40–80 base64url characters: only found after a Pingdom key name.
 */
export default keyedSecretDetector({
  id: 'pingdom-api-token',
  what: 'Pingdom API token',
  key: String.raw`pingdom${SEP}(?:api${SEP})?(?:token|key)`,
  names: 'PINGDOM_API_TOKEN, pingdomApiToken',
  keywords: ['pingdom'],
  value: base64urlValue(40, 80, 64),
  contexts: ['PINGDOM_API_TOKEN={}', '"pingdomApiToken": "{}"'],
  negatives: ["PINGDOM_API_TOKEN=short-Token1"],
  noShortNegative: true,
  validate: randomMixedCase,
});
