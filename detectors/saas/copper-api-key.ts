import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Copper CRM API keys are 32 hex characters: only found after a Copper key name.
 */
export default keyedSecretDetector({
  id: 'copper-api-key',
  what: 'Copper CRM API key',
  key: String.raw`copper${SEP}(?:crm${SEP})?(?:api${SEP})?(?:key|token)`,
  names: 'COPPER_API_KEY, copperApiKey',
  keywords: ['copper'],
  value: hexValue(32),
  contexts: ['COPPER_API_KEY={}', '"copperApiKey": "{}"'],
});
