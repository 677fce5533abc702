import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * Snyk API tokens are UUIDs: only found after a Snyk key name.
 */
export default keyedSecretDetector({
  id: 'snyk-token',
  what: 'Snyk API token',
  key: String.raw`snyk${SEP}(?:api${SEP}|auth${SEP}|service${SEP}account${SEP})?(?:token|key)`,
  names: 'SNYK_TOKEN, SNYK_API_TOKEN',
  keywords: ['snyk'],
  value: uuidValue,
  contexts: ['SNYK_TOKEN={}', 'snyk_api_key: {}'],
  negatives: [`SNYK_ORG_ID=${uuidValue.sample('snyk-org')}`],
});
