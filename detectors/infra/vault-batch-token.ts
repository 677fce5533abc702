import { defineDetector } from '../../src/engine/detector.js';
import { vaultBodyValid, vaultNegatives, vaultPattern, vaultToken } from '../lib/vault.js';
import { BASE64URL, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'vault-batch-token',
  description: 'HashiCorp Vault batch token (Vault 1.10+): hvb. + a long base64url body',
  category: 'secret',
  keywords: ['hvb.'],
  pattern: vaultPattern('hvb'),
  validate: vaultBodyValid,
  samples: {
    positive: [
      vaultToken('hvb', 'vault-hvb-1', 138),
      `"client_token": "hvb.AAAAAQ${fake('vault-hvb-2', 160, BASE64URL)}"`,
      `VAULT_TOKEN=${vaultToken('hvb', 'vault-hvb-3', 200)}`,
    ],
    negative: vaultNegatives('hvb', 'vault-hvb-neg'),
  },
});
