import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'digitalocean-refresh-token',
  description: 'DigitalOcean OAuth refresh token: dor_v1_ + 64 lowercase hex characters',
  category: 'secret',
  keywords: ['dor_v1_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>dor_v1_[0-9a-f]{64})\b`,
  validate: (secret) => !looksFake(secret.slice(7)),
  samples: {
    positive: [
      `dor_v1_${fake('do-dor-1', 64, HEX)}`,
      `refresh_token=dor_v1_${fake('do-dor-2', 64, HEX)}`,
      `curl -H "Authorization: Bearer dor_v1_${fake('do-dor-3', 64, HEX)}" https://api.digitalocean.com/v2/account`,
    ],
    negative: [
      `dor_v1_${'0'.repeat(64)}`,
      `dor_v1_${fake('do-dor-short', 40, HEX)}`,
      `dor_v1_${fake('do-dor-upper', 64, HEX).toUpperCase()}`,
      `dor_v2_${fake('do-dor-v2', 64, HEX)}`,
      'refresh_token=${refresh_token}',
    ],
  },
});
