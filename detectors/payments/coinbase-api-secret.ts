import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { ALNUM, BASE64, fake } from '../lib/sample.js';

/**
 * Coinbase API secrets have no prefix: legacy keys are 32 alphanumeric characters, CDP (Cloud Developer Platform)
 * Ed25519 secrets are 88 base64 characters. Only found after their key name. CDP ECDSA secrets are PEM
 * `-----BEGIN EC PRIVATE KEY-----` blocks, which the private-key detector finds.
 */
const KEY = String.raw`(?i:(?:coinbase|cdp|cb)${SEP}(?:api${SEP}|access${SEP}|cloud${SEP})?(?:key${SEP})?(?:secret|private${SEP}key)(?:${SEP}key)?)`;

export default defineDetector({
  id: 'coinbase-api-secret',
  description:
    'Coinbase API secret (legacy 32 alphanumeric, or CDP base64) after its key name: COINBASE_API_SECRET, CDP_API_KEY_SECRET, CB_ACCESS_SECRET',
  category: 'secret',
  // cb_ or cdp alone is too common in clean logs (callbacks, Chrome DevTools): the trigger needs the next word.
  trigger: String.raw`(?i:coinbase|(?:cdp|cb)[_.-]?(?:api|access|cloud|key|secret|private))`,
  pattern: keyedValue(KEY, '[A-Za-z0-9+/]{32,100}={0,2}', '[^A-Za-z0-9+/=]'),
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret) && !looksFake(secret),
  priority: 25,
  samples: {
    positive: [
      `COINBASE_API_SECRET=${fake('coinbase-1', 32, ALNUM)}`,
      `CDP_API_KEY_SECRET="${fake('coinbase-2', 86, BASE64)}=="`,
      `"coinbaseApiSecret": "${fake('coinbase-3', 32, ALNUM)}"`,
    ],
    negative: [
      'COINBASE_API_SECRET=${COINBASE_API_SECRET}',
      `COINBASE_API_SECRET=${fake('coinbase-short', 20, ALNUM)}`,
      'CDP_API_KEY_SECRET="-----BEGIN EC PRIVATE KEY-----"',
      `COINBASE_API_KEY=organizations/${fake('coinbase-org', 8, ALNUM)}/apiKeys/${fake('coinbase-key', 8, ALNUM)}`,
      'COINBASE_API_SECRET=' + 'x'.repeat(32),
    ],
  },
});
