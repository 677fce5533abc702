import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const token = (seed: string): string => `sgp_${fake(seed, 64)}`;

export default defineDetector({
  id: 'segment-public-api-token',
  description: 'Segment Public API token: sgp_ + 64 alphanumeric characters',
  category: 'secret',
  keywords: ['sgp_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sgp_[A-Za-z0-9]{64})\b`,
  validate: (secret) => randomMixedCase(secret.slice(4)),
  samples: {
    positive: [token('sgp-1'), `SEGMENT_API_TOKEN=${token('sgp-2')}`, `Authorization: Bearer ${token('sgp-3')}`],
    negative: ['sgp_' + 'x'.repeat(64), `sgp_${fake('sgp-short', 32)}`, 'sgp_<token>', '${SEGMENT_API_TOKEN}'],
  },
});
