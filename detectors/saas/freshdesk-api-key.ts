import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Freshdesk and Freshservice API keys are 20 alphanumeric characters: only found after their key name.
 */
export default keyedSecretDetector({
  id: 'freshdesk-api-key',
  what: 'Freshdesk / Freshservice / Freshsales API key',
  key: String.raw`fresh(?:desk|service|sales)${SEP}(?:api${SEP})?(?:key|token)`,
  names: 'FRESHDESK_API_KEY, FRESHSERVICE_API_KEY, FRESHSALES_API_KEY, freshdeskApiKey',
  keywords: ['freshdesk', 'freshservice', 'freshsales'],
  value: alnumValue(20),
  contexts: ['FRESHDESK_API_KEY={}', '"freshserviceApiKey": "{}"'],
  negatives: ["FRESHDESK_DOMAIN=acme.freshdesk.com"],
  validate: randomMixedCase,
});
