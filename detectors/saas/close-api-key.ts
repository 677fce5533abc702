import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Close CRM API keys start with api_ and have no fixed length: only found after a Close key name (the trigger names
 * close_api_key and closeApiKey, not the word close).
 */
export default keyedSecretDetector({
  id: 'close-api-key',
  what: 'Close CRM API key',
  key: String.raw`close${SEP}(?:crm${SEP})?api${SEP}key`,
  names: 'CLOSE_API_KEY, closeApiKey',
  trigger: String.raw`(?i:close[_.-]?(?:crm[_.-]?)?api[_.-]?key)`,
  value: { pattern: 'api_[0-9A-Za-z]{16,40}(?:\\.[0-9A-Za-z]{16,40})?', chars: '0-9A-Za-z._', name: 'api_ + 16–40 base62 characters, maybe . + 16–40 more', sample: (seed) => `api_${fake(seed, 22)}.${fake(`${seed}-b`, 22)}` },
  contexts: ['CLOSE_API_KEY={}', '"closeApiKey": "{}"'],
  negatives: ['CLOSE_API_KEY=api_Short1x'],
  noShortNegative: true,
  validate: (secret) => randomMixedCase(secret.slice(4).replace('.', '')),
});
