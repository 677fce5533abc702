import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM_UPPER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/** Octopus Deploy API keys: API- + 25 to 32 upper-case letters and digits. Lower-case look-alikes are placeholders. */
const key = (seed: string, length = 27): string => `API-${fake(seed, length, ALNUM_UPPER)}`;

export default formatTokenDetector({
  id: 'octopus-deploy-api-key',
  description: 'Octopus Deploy API key: API- + 25–32 upper-case alphanumeric characters (found bare)',
  trigger: 'API-[0-9A-Z]{8}',
  token: 'API-[0-9A-Z]{25,32}',
  chars: '0-9A-Za-z',
  sample: key,
  contexts: ['OCTOPUS_API_KEY={}', 'octo create-release --server https://octopus.acme.dev --apiKey {}', 'curl -H "X-Octopus-ApiKey: {}" https://octopus.acme.dev/api'],
  negatives: ['api_key: API-abcdefghijklmnopqrstuvwxyz1234', 'API-ABCDEFGHIJKLMNOPQRSTUVWXYZ1234', key('octopus-short', 12), 'X-API-VERSIONINGSTRATEGYHEADERNAMES', 'API-XXXXXXXXXXXXXXXXXXXXXXXXXXX', `https://acme.notion.site/API-${fake('octopus-notion', 32, '0123456789ABCDEF')}`],
  // A hex-only body is an id in a URL (`notion.site/API-<32 hex>`): a real key draws from all of A-Z.
  validate: (secret) => randomAlnum(secret.slice(4)) && /[G-Z]/.test(secret.slice(4)),
});
