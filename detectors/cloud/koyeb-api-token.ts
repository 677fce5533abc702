import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Koyeb API tokens have no prefix (64 alphanumeric characters): only found after a Koyeb key name.
 */
export default keyedSecretDetector({
  id: 'koyeb-api-token',
  what: 'Koyeb API token',
  key: String.raw`koyeb${SEP}(?:api${SEP}|access${SEP})?token`,
  names: 'KOYEB_TOKEN, KOYEB_API_TOKEN',
  keywords: ['koyeb'],
  value: alnumValue(64),
  contexts: ['KOYEB_TOKEN={}', '"koyebApiToken": "{}"'],
  validate: randomMixedCase,
});
