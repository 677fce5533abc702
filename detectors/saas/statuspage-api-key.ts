import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';

/**
 * Atlassian Statuspage API keys are UUIDs: only found after a Statuspage key name.
 */
export default keyedSecretDetector({
  id: 'statuspage-api-key',
  what: 'Statuspage API key',
  key: String.raw`status${SEP}page(?:${SEP}io)?${SEP}(?:api${SEP})?(?:key|token)`,
  names: 'STATUSPAGE_API_KEY, statuspageApiKey',
  trigger: String.raw`(?i:status[_.-]?page)`,
  value: uuidValue,
  contexts: ['STATUSPAGE_API_KEY={}', '"statuspageApiKey": "{}"'],
  negatives: [`STATUSPAGE_PAGE_ID=${fake('statuspage-page', 12, ALNUM_LOWER)}`],
});
