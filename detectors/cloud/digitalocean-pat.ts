import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'digitalocean-pat',
  description: 'DigitalOcean personal access token: dop_v1_ + 64 lowercase hex characters',
  category: 'secret',
  keywords: ['dop_v1_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>dop_v1_[0-9a-f]{64})\b`,
  validate: (secret) => !looksFake(secret.slice(7)),
  samples: {
    positive: [
      `dop_v1_${fake('do-dop-1', 64, HEX)}`,
      `DIGITALOCEAN_ACCESS_TOKEN=dop_v1_${fake('do-dop-2', 64, HEX)}`,
      `curl -H "Authorization: Bearer dop_v1_${fake('do-dop-3', 64, HEX)}" https://api.digitalocean.com/v2/account`,
    ],
    negative: [
      `dop_v1_${'0'.repeat(64)}`,
      `dop_v1_${fake('do-dop-short', 40, HEX)}`,
      `dop_v1_${fake('do-dop-upper', 64, HEX).toUpperCase()}`,
      `dop_v2_${fake('do-dop-v2', 64, HEX)}`,
      'DIGITALOCEAN_ACCESS_TOKEN=${DIGITALOCEAN_ACCESS_TOKEN}',
    ],
  },
});
