import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector, uuidValue } from '../lib/keyed-secret.js';

/**
 * HubSpot developer account API keys are UUIDs: only found after a HubSpot developer key name.
 */
export default keyedSecretDetector({
  id: 'hubspot-developer-api-key',
  what: 'HubSpot developer API key',
  key: String.raw`hubspot${SEP}developer${SEP}(?:api${SEP})?key`,
  names: 'HUBSPOT_DEVELOPER_API_KEY, hubspotDeveloperApiKey',
  keywords: ['hubspot'],
  value: uuidValue,
  contexts: ['HUBSPOT_DEVELOPER_API_KEY={}', '"hubspotDeveloperApiKey": "{}"'],
});
