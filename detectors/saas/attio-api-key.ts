import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * Attio API keys and access tokens are 64 hex characters: only found after an Attio key name.
 */
export default keyedSecretDetector({
  id: 'attio-api-key',
  what: 'Attio API key',
  key: String.raw`attio${SEP}(?:api${SEP}|access${SEP})?(?:key|token)`,
  names: 'ATTIO_API_KEY, ATTIO_ACCESS_TOKEN',
  keywords: ['attio'],
  value: hexValue(64),
  contexts: ['ATTIO_API_KEY={}', '"attioAccessToken": "{}"'],
  negatives: [`sha256 ${fake('attio-sha', 64, HEX)}`],
});
