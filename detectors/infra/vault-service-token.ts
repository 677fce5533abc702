import { defineDetector } from '../../src/engine/detector.js';
import { vaultBodyValid, vaultNegatives, vaultPattern, vaultToken } from '../lib/vault.js';
import { ALNUM, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'vault-service-token',
  description: 'HashiCorp Vault service token (Vault 1.10+): hvs. + a base64url body of 24 or more characters',
  category: 'secret',
  keywords: ['hvs.'],
  pattern: vaultPattern('hvs'),
  validate: vaultBodyValid,
  samples: {
    positive: [
      vaultToken('hvs', 'vault-hvs-1', 91),
      `VAULT_TOKEN=${vaultToken('hvs', 'vault-hvs-2', 91)}`,
      `X-Vault-Token: hvs.${fake('vault-hvs-3', 24, ALNUM)}`,
      `vault login ${vaultToken('hvs', 'vault-hvs-4', 91)}.${fake('vault-hvs-ns', 5, ALNUM)}`,
    ],
    negative: [...vaultNegatives('hvs', 'vault-hvs-neg'), 'hvs.example.com', 'config.hvs.enabled=true'],
  },
});
