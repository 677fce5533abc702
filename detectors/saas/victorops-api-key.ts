import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';

/**
 * Splunk On-Call (VictorOps) API keys and REST integration keys are 32 hex characters or UUIDs: only found after a
 * VictorOps / On-Call key name or the X-VO-Api-Key header.
 */
export default keyedSecretDetector({
  id: 'victorops-api-key',
  what: 'Splunk On-Call (VictorOps) API key',
  key: String.raw`x-vo-api-key|(?:victorops|victor${SEP}ops|splunk${SEP}on${SEP}call)${SEP}(?:api${SEP}|rest${SEP}|integration${SEP}|routing${SEP})?key`,
  names: 'VICTOROPS_API_KEY, the X-VO-Api-Key header',
  trigger: String.raw`(?i:victor[_.-]?ops|x-vo-api-key|splunk[_.-]?on[_.-]?call)`,
  value: hexValue(32),
  contexts: ['VICTOROPS_API_KEY={}', 'curl -H "X-VO-Api-Id: 1a2b3c4d" -H "X-VO-Api-Key: {}" https://api.victorops.com/api-public/v1/incidents'],
});
