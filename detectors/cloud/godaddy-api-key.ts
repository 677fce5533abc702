import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * GoDaddy API secrets are about 22 base62 characters: found in the `sso-key <key>:<secret>` authorization header or
 * after a GoDaddy secret name.
 */
export default keyedSecretDetector({
  id: 'godaddy-api-key',
  what: 'GoDaddy API secret',
  key: String.raw`godaddy${SEP}(?:api${SEP})?secret`,
  names: 'the sso-key <key>:<secret> authorization scheme or GODADDY_API_SECRET',
  keywords: ['godaddy', 'sso-key'],
  prefixes: [String.raw`(?i:sso-key)[ \t]+[A-Za-z0-9_]{20,48}:`],
  value: { pattern: '[0-9A-Za-z]{16,32}', chars: '0-9A-Za-z', name: '16–32 base62 characters', sample: (seed) => fake(seed, 22) },
  contexts: ['GODADDY_API_SECRET={}', 'curl -H "Authorization: sso-key dKD3a8cFGeHA_PhzG4j1SMk3sK6F8sFqN9:{}" https://api.godaddy.com/v1/domains'],
  validate: randomMixedCase,
});
