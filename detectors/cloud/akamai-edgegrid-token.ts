import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';

/** Akamai EdgeGrid client tokens and access tokens (.edgerc): akab- + 16 + - + 16 lower-case letters and digits. */
const token = (seed: string, length = 16): string => `akab-${fake(`${seed}-a`, 16, ALNUM_LOWER)}-${fake(`${seed}-b`, length, ALNUM_LOWER)}`;

export default formatTokenDetector({
  id: 'akamai-edgegrid-token',
  description: 'Akamai EdgeGrid client or access token: akab- + 16 + - + 16 lower-case alphanumeric characters (found bare)',
  keywords: ['akab-'],
  token: 'akab-[a-z0-9]{16}-[a-z0-9]{16}',
  sample: token,
  contexts: ['client_token = {}', 'access_token = {}'],
  negatives: [token('akab-short', 8), `akab-${'x'.repeat(16)}-${'x'.repeat(16)}`, 'akab-<client-token>'],
  validate: (secret) => !looksFake(secret.slice(5).replace('-', '')),
});
