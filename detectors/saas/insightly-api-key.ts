import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * Insightly API keys are UUIDs: only found after an Insightly key name.
 */
export default keyedSecretDetector({
  id: 'insightly-api-key',
  what: 'Insightly API key',
  key: String.raw`insightly${SEP}(?:api${SEP})?key`,
  names: 'INSIGHTLY_API_KEY',
  keywords: ['insightly'],
  value: uuidValue,
  contexts: ['INSIGHTLY_API_KEY={}', '"insightlyApiKey": "{}"'],
});
