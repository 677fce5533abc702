import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { ALNUM, fake } from '../lib/sample.js';

/**
 * Before Vault 1.10 tokens were `s.` (service), `b.` (batch) or `r.` (recovery) + 24 base62 characters, with an
 * optional `.` + namespace id. `s.` + 24 letters is also a property access in code (`s.AcceptanceTimeoutSeconds`),
 * so the token is only recognised after a Vault key name: VAULT_TOKEN, vault_token, X-Vault-Token, client_token...
 */
const KEY = String.raw`(?i:vault[_-]?(?:api[_-]?|client[_-]?|root[_-]?|auth[_-]?|dev[_-]?root[_-]?)?token(?:[_-]?id)?|x-vault-token|client[_-]?token)`;
const VALUE = String.raw`[sbr]\.[A-Za-z0-9]{24}(?:\.[A-Za-z0-9]{5})?`;

const token = (seed: string, type = 's'): string => `${type}.${fake(seed, 24, ALNUM)}`;

export default defineDetector({
  id: 'vault-legacy-token',
  description:
    'HashiCorp Vault token in the pre-1.10 format (s., b. or r. + 24 base62 characters) after a Vault key name: ' +
    'VAULT_TOKEN, vault_token, X-Vault-Token, client_token',
  category: 'secret',
  keywords: ['vault', 'client_token', 'client-token', 'clienttoken'],
  pattern: afterKey(KEY, VALUE, 'A-Za-z0-9.'),
  validate: (secret) => classes(secret.slice(2)).count >= 2 && !looksFake(secret.slice(2)),
  priority: 30,
  samples: {
    positive: [
      `VAULT_TOKEN=${token('vault-legacy-1')}`,
      `X-Vault-Token: ${token('vault-legacy-2')}`,
      `"client_token": "${token('vault-legacy-3', 'b')}"`,
      `vault_api_token = "${token('vault-legacy-4')}.${fake('vault-legacy-ns', 5)}"`,
    ],
    negative: [
      'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx',
      'vault_token: s.THISSTRINGISALLUPPERCASE',
      'VAULT_TOKEN=${VAULT_TOKEN}',
      `s.${fake('vault-legacy-nokey', 24, ALNUM)}`,
      `VAULT_TOKEN=s.${fake('vault-legacy-short', 16, ALNUM)}`,
      'vault_token = s.AcceptanceTimeoutSecond',
    ],
  },
});
