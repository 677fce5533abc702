import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * Opsgenie API and integration keys are UUIDs: found after the GenieKey authorization scheme or an Opsgenie key name.
 */
export default keyedSecretDetector({
  id: 'opsgenie-api-key',
  what: 'Opsgenie API or integration key',
  key: String.raw`opsgenie${SEP}(?:api${SEP}|integration${SEP}|heartbeat${SEP})?(?:key|token)`,
  names: 'the GenieKey authorization scheme or OPSGENIE_API_KEY',
  keywords: ['opsgenie', 'geniekey'],
  prefixes: [String.raw`(?i:GenieKey)[ \t]+`],
  value: uuidValue,
  contexts: ['OPSGENIE_API_KEY={}', 'curl -H "Authorization: GenieKey {}" https://api.opsgenie.com/v2/alerts'],
});
