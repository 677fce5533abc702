import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Cronitor API keys are 32 hex characters: only found after a Cronitor key name.
 */
export default keyedSecretDetector({
  id: 'cronitor-api-key',
  what: 'Cronitor API key',
  key: String.raw`cronitor${SEP}(?:api${SEP}|telemetry${SEP})?key`,
  names: 'CRONITOR_API_KEY, cronitorApiKey',
  keywords: ['cronitor'],
  value: hexValue(32),
  contexts: ['CRONITOR_API_KEY={}', '"cronitorApiKey": "{}"'],
});
