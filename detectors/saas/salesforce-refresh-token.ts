import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Salesforce OAuth refresh tokens start with 5Aep861 and run to about 87 characters (base62 plus `.` and `_`). */
const token = (seed: string, body = 80): string => `5Aep861${fake(seed, body, ALNUM + '._')}`;

export default formatTokenDetector({
  id: 'salesforce-refresh-token',
  description: 'Salesforce OAuth refresh token: 5Aep861 + 60–120 characters (found bare; a short value after the key name is not one)',
  // The prefix without its `5A`, case as issued: `(?i:5aep861)` kept the prefilter's DFA tracking `5`, `5a`,
  // `5ae` inside every hex id of a line and cost about a tenth of a clean line the set had not seen
  // (benchmarks/prefilter-leave-one-out.ts); from `e`, a hex letter, the next character must be `p`.
  trigger: 'ep861',
  token: '5Aep861[A-Za-z0-9._]{60,120}',
  chars: '0-9A-Za-z._',
  sample: token,
  contexts: ['salesforce_refresh_token = "{}"', '"refresh_token":"{}","signature":"x"', 'SF_REFRESH_TOKEN={}'],
  negatives: ['salesforce_refresh_token = "5Aep86111"', token('sf-refresh-short', 20), `5Aep861${'x'.repeat(80)}`, '5Aep861<refresh-token>'],
  validate: (secret) => randomMixedCase(secret.slice(7).replace(/[._]/g, '')),
});
