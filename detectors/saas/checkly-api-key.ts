import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { HEX, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * Checkly API keys (cu_ + 32 hex in current accounts) have no prefix distinctive enough on their own: only found after a
 * Checkly key name.
 */
export default keyedSecretDetector({
  id: 'checkly-api-key',
  what: 'Checkly API key',
  key: String.raw`checkly${SEP}(?:api${SEP})?key`,
  names: 'CHECKLY_API_KEY, checklyApiKey',
  keywords: ['checkly'],
  value: { pattern: '(?:cu_)?[0-9a-f]{32}', chars: '0-9A-Za-z_', name: 'cu_ + 32 hex characters', sample: (seed) => `cu_${fake(seed, 32, HEX)}` },
  contexts: ['CHECKLY_API_KEY={}', '"checklyApiKey": "{}"'],
  negatives: ["CHECKLY_ACCOUNT_ID=4c9f7e5a-0000-4000-8000-000000000001"],
  validate: (secret) => randomAlnum(secret.replace(/^cu_/, '')),
});
