import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM_UPPER, HEX_UPPER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * Octopus Deploy API keys: `API-` + 25 to 32 upper-case letters and digits. The documented placeholder
 * (`API-` + the alphabet and digits) and lower-case look-alikes are left alone.
 */
export default bareTokenDetector({
  id: 'octopus-deploy-api-key',
  description: 'Octopus Deploy API key: API- + 25 to 32 upper-case alphanumeric characters',
  // `api-` is common in any case; the trigger is case-sensitive and needs the upper-case run.
  trigger: String.raw`API-[A-Z0-9]{12}`,
  token: String.raw`API-[A-Z0-9]{25,32}`,
  make: (seed) => `API-${fake(seed, 30, ALNUM_UPPER)}`,
  contexts: ['OCTOPUS_API_KEY={}', 'X-Octopus-ApiKey: {}'],
  // A body of hex digits only is an id written after `API-` (a GUID without dashes in a page slug), not a key.
  validate: (secret) => randomAlnum(secret.slice(4)) && !/^[0-9A-F]+$/.test(secret.slice(4)),
  negatives: ['API-ABCDEFGHIJKLMNOPQRSTUVWXYZ1234', 'API-abcdefghijklmnopqrstuvwxyz1234', 'API-GATEWAY-INTEGRATION-TIMEOUT', `https://acme.notion.site/API-${fake('octopus-hex', 32, HEX_UPPER)}`, `API-${fake('octopus-short', 16, ALNUM_UPPER)}`],
});
