import { formatTokenDetector } from '../lib/format-token.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const key = (seed: string, length = 32): string => `NRIQ-${fake(seed, length, BASE64URL)}`;

export default formatTokenDetector({
  id: 'new-relic-query-key',
  description: 'New Relic Insights query key: NRIQ- + 32 base64url characters (found bare)',
  keywords: ['NRIQ-'],
  token: 'NRIQ-[A-Za-z0-9_-]{32}',
  sample: key,
  contexts: ['curl -H "X-Query-Key: {}" https://insights-api.newrelic.com/v1/accounts/1234567/query', 'NEW_RELIC_QUERY_KEY={}'],
  negatives: ['NRIQ-' + 'x'.repeat(32), key('nriq-short', 20), 'NRIQ-<query-key>', key('nriq-long', 40)],
  validate: (secret) => randomAlnum(secret.slice(5)),
});
