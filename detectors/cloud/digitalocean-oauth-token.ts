import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'digitalocean-oauth-token',
  description: 'DigitalOcean OAuth access token: doo_v1_ + 64 lowercase hex characters',
  category: 'secret',
  keywords: ['doo_v1_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>doo_v1_[0-9a-f]{64})\b`,
  validate: (secret) => !looksFake(secret.slice(7)),
  samples: {
    positive: [
      `doo_v1_${fake('do-doo-1', 64, HEX)}`,
      `DIGITALOCEAN_TOKEN=doo_v1_${fake('do-doo-2', 64, HEX)}`,
      `curl -H "Authorization: Bearer doo_v1_${fake('do-doo-3', 64, HEX)}" https://api.digitalocean.com/v2/account`,
    ],
    negative: [
      `doo_v1_${'0'.repeat(64)}`,
      `doo_v1_${fake('do-doo-short', 40, HEX)}`,
      `doo_v1_${fake('do-doo-upper', 64, HEX).toUpperCase()}`,
      `doo_v2_${fake('do-doo-v2', 64, HEX)}`,
      'DIGITALOCEAN_TOKEN=${DIGITALOCEAN_TOKEN}',
    ],
  },
});
