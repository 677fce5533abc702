import { defineDetector } from '../../src/engine/detector.js';
import { vaultBodyValid, vaultNegatives, vaultPattern, vaultToken } from '../lib/vault.js';

export default defineDetector({
  id: 'vault-recovery-token',
  description: 'HashiCorp Vault recovery token (Vault 1.10+, recovery mode): hvr. + a base64url body',
  category: 'secret',
  keywords: ['hvr.'],
  pattern: vaultPattern('hvr'),
  validate: vaultBodyValid,
  samples: {
    positive: [vaultToken('hvr', 'vault-hvr-1', 91), `X-Vault-Token: ${vaultToken('hvr', 'vault-hvr-2', 91)}`],
    negative: vaultNegatives('hvr', 'vault-hvr-neg'),
  },
});
