import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * Codecov upload and API tokens are UUIDs: only found after a Codecov key name.
 */
export default keyedSecretDetector({
  id: 'codecov-token',
  what: 'Codecov upload or API token',
  key: String.raw`codecov${SEP}(?:upload${SEP}|api${SEP}|org${SEP})?token`,
  names: 'CODECOV_TOKEN, CODECOV_API_TOKEN',
  keywords: ['codecov'],
  value: uuidValue,
  contexts: ['CODECOV_TOKEN={}', '"codecovToken": "{}"'],
});
