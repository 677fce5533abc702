import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const uuid = (seed: string): string =>
  [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-');

export default defineDetector({
  id: 'plaid-access-token',
  description:
    'Plaid access token: access-sandbox-, access-development- or access-production- + a UUID (the whole token is redacted)',
  category: 'secret',
  keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>access-(?:sandbox|development|production)-${UUID})\b`,
  validate: (secret) => !looksFake(secret.slice(secret.indexOf('-', 7) + 1).replace(/-/g, '')),
  samples: {
    positive: [
      `access-production-${uuid('plaid-1')}`,
      `"access_token": "access-sandbox-${uuid('plaid-2')}"`,
      `PLAID_ACCESS_TOKEN=access-development-${uuid('plaid-3')}`,
    ],
    negative: [
      `public-sandbox-${uuid('plaid-public')}`,
      `access-production-${uuid('plaid-trunc').slice(0, 20)}`,
      'access-sandbox-00000000-0000-0000-0000-000000000000',
      `request_id=${uuid('plaid-req')}`,
      'access-production-${PLAID_ITEM_TOKEN}',
    ],
  },
});
