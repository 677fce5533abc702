import { SEP } from '../lib/provider-key.js';
import { base64urlValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { HEX, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Exoscale API secrets are 43 base64url characters (the key, EXO + 24 hex, is an id): only found after an Exoscale
 * secret name.
 */
export default keyedSecretDetector({
  id: 'exoscale-api-secret',
  what: 'Exoscale API secret',
  key: String.raw`exoscale${SEP}(?:api${SEP})?secret(?:${SEP}key)?`,
  names: 'EXOSCALE_API_SECRET, exoscaleApiSecret',
  keywords: ['exoscale'],
  value: base64urlValue(43, 43, 43),
  contexts: ['EXOSCALE_API_SECRET={}', '"exoscaleApiSecret": "{}"'],
  negatives: [`EXOSCALE_API_KEY=EXO${fake('exo-key', 24, HEX)}`],
  validate: randomMixedCase,
});
