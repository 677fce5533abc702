import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Salesforce session ids / OAuth access tokens are the 15-character org id (00D…), `!`, and a signed body of
 * about 96 characters (base62 plus `.` and `_`). The `00D…!` start is distinctive enough to report them bare.
 */
const BODY = ALNUM + '._';
const token = (seed: string, body = 96): string => `00D${fake(`${seed}-org`, 12)}!${fake(`${seed}-b`, body, BODY)}`;

export default formatTokenDetector({
  id: 'salesforce-access-token',
  description: 'Salesforce session id / OAuth access token: 00D + 12 or 15 org id characters + ! + 80–140 characters (found bare)',
  // Around the `!`, rare in logs: from `00D` the prefilter's DFA followed every `0` and `00` of ids and times,
  // about 8% of a clean line it had not seen (benchmarks/prefilter-leave-one-out.ts).
  trigger: '[A-Za-z0-9]![A-Za-z0-9._]{8}',
  token: '00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{80,140}',
  chars: '0-9A-Za-z._',
  sample: token,
  contexts: ['SF_ACCESS_TOKEN={}', 'curl https://acme.my.salesforce.com/services/data/v60.0/ -H "Authorization: Bearer {}"', '"access_token":"{}","instance_url":"https://acme.my.salesforce.com"'],
  negatives: [token('sf-short', 30), `00D${fake('sf-x', 12)}!${'x'.repeat(96)}`, 'SF_ACCESS_TOKEN=00Dxx0000000000!<session-id>', `org id 00D${fake('sf-org', 12)} is active`],
  validate: (secret) => randomMixedCase(secret.slice(secret.indexOf('!') + 1).replace(/[._]/g, '')) && !looksFake(secret.slice(3, 15)),
});
