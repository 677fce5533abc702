import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Civo API keys are 50 alphanumeric characters: only found after a Civo key name.
 */
export default keyedSecretDetector({
  id: 'civo-api-key',
  what: 'Civo API key',
  key: String.raw`civo${SEP}(?:api${SEP})?(?:key|token)`,
  names: 'CIVO_TOKEN, CIVO_API_KEY',
  keywords: ['civo'],
  value: alnumValue(50),
  contexts: ['CIVO_TOKEN={}', '"civoApiKey": "{}"'],
  validate: randomMixedCase,
});
