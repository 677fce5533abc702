import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { fake } from '../lib/sample.js';

/** Collection access keys are PMAT- and a ULID: 26 Crockford base32 characters (no I, L, O, U). */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const key = (seed: string, length = 26): string => `PMAT-01${fake(seed, length - 2, CROCKFORD)}`;

export default formatTokenDetector({
  id: 'postman-collection-access-key',
  description: 'Postman collection access key: PMAT- + 26 upper-case Crockford base32 characters (a ULID; found bare)',
  keywords: ['PMAT-'],
  token: 'PMAT-[0-9A-HJKMNP-TV-Z]{26}',
  sample: key,
  contexts: ['GET https://api.getpostman.com/collections/12345-abc?access_key={}', 'POSTMAN_ACCESS_KEY={}'],
  negatives: ['PMAT-' + 'X'.repeat(26), key('pmat-short', 18), `PMAT-${fake('pmat-lower', 26, CROCKFORD).toLowerCase()}`, 'PMAT-<access-key>'],
  validate: (secret) => !looksFake(secret.slice(7)),
});
