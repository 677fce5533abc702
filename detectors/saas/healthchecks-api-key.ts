import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Healthchecks.io project API keys are 32 alphanumeric characters: only found after a Healthchecks key name or the
 * X-Api-Key header of a healthchecks.io URL.
 */
export default keyedSecretDetector({
  id: 'healthchecks-api-key',
  what: 'Healthchecks.io API key',
  key: String.raw`healthchecks(?:${SEP}io)?${SEP}(?:api${SEP}|read${SEP}only${SEP})?key`,
  names: 'HEALTHCHECKS_API_KEY, healthchecksApiKey',
  keywords: ['healthchecks'],
  value: alnumValue(32),
  contexts: ['HEALTHCHECKS_API_KEY={}', '"healthchecksApiKey": "{}"'],
  validate: randomMixedCase,
});
