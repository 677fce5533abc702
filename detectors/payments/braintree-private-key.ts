import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/** The private key is 32 hex characters, like any md5: only found after a Braintree key name. */
const KEY = String.raw`(?i:(?:braintree${SEP}(?:api${SEP})?|bt${SEP})private${SEP}key)`;

export default defineDetector({
  id: 'braintree-private-key',
  description: 'Braintree API private key (32 hex characters) after its key name: BRAINTREE_PRIVATE_KEY, braintreePrivateKey, BT_PRIVATE_KEY',
  category: 'secret',
  keywords: ['braintree', 'bt_private', 'bt-private', 'btprivate', 'bt.private'],
  pattern: keyedValue(KEY, '[0-9a-f]{32}', '[^0-9A-Za-z]'),
  validate: (secret) => !looksFake(secret),
  priority: 25,
  samples: {
    positive: [`BRAINTREE_PRIVATE_KEY=${fake('bt-pk-1', 32, HEX)}`, `"braintreePrivateKey": "${fake('bt-pk-2', 32, HEX)}"`, `BT_PRIVATE_KEY: ${fake('bt-pk-3', 32, HEX)}`],
    negative: [
      `BRAINTREE_PUBLIC_KEY=${fake('bt-pub', 16, HEX)}`,
      `BRAINTREE_PRIVATE_KEY=${fake('bt-pk-short', 24, HEX)}`,
      'BRAINTREE_PRIVATE_KEY=${BRAINTREE_PRIVATE_KEY}',
      `md5=${fake('bt-md5', 32, HEX)}`,
      'BRAINTREE_PRIVATE_KEY=' + '0'.repeat(32),
    ],
  },
});
