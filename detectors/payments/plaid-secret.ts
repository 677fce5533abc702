import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/** Plaid secrets are 30 hex characters with no prefix (one per environment): only found after their key name. */
const KEY = String.raw`(?i:plaid${SEP}(?:(?:sandbox|development|production|dev|prod)${SEP})?secret(?:${SEP}key)?)`;

export default defineDetector({
  id: 'plaid-secret',
  description: 'Plaid API secret (30 hex characters) after its key name: PLAID_SECRET, PLAID_SANDBOX_SECRET, plaidSecret',
  category: 'secret',
  keywords: ['plaid'],
  pattern: keyedValue(KEY, '[0-9a-f]{30}', '[^0-9A-Za-z]'),
  validate: (secret) => !looksFake(secret),
  priority: 25,
  samples: {
    positive: [`PLAID_SECRET=${fake('plaid-secret-1', 30, HEX)}`, `"plaidSecret": "${fake('plaid-secret-2', 30, HEX)}"`, `PLAID_SANDBOX_SECRET: ${fake('plaid-secret-3', 30, HEX)}`],
    negative: [
      `PLAID_CLIENT_ID=${fake('plaid-client', 24, HEX)}`,
      `PLAID_SECRET=${fake('plaid-secret-long', 40, HEX)}`,
      'PLAID_SECRET=${PLAID_SECRET}',
      'PLAID_SECRET=' + '0'.repeat(30),
      `commit ${fake('plaid-sha', 40, HEX)}`,
    ],
  },
});
