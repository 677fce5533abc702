import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { ALNUM_LOWER, ALNUM_UPPER, fake } from '../lib/sample.js';

/**
 * Vultr API keys are 36 upper-case letters and digits: only found after a Vultr key name.
 */
export default keyedSecretDetector({
  id: 'vultr-api-key',
  what: 'Vultr API key',
  key: String.raw`vultr${SEP}(?:api${SEP})?(?:key|token)`,
  names: 'VULTR_API_KEY, vultrApiKey',
  keywords: ['vultr'],
  value: alnumValue(36, '[A-Z0-9]', ALNUM_UPPER, 'upper-case alphanumeric'),
  contexts: ['VULTR_API_KEY={}', 'VULTR_API_KEY: {}', '"vultrApiKey": "{}"'],
  negatives: [`VULTR_API_KEY=${fake('vultr-lower', 36, ALNUM_LOWER)}`],
});
