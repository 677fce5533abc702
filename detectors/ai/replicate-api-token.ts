import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const token = (seed: string): string => `r8_${fake(seed, 37)}`;

export default defineDetector({
  id: 'replicate-api-token',
  description: 'Replicate API token: r8_ + 37 alphanumeric characters (40 in all)',
  category: 'secret',
  keywords: ['r8_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>r8_[A-Za-z0-9]{37})\b`,
  validate: (secret) => randomAlnum(secret.slice(3)),
  samples: {
    positive: [token('r8-1'), `REPLICATE_API_TOKEN=${token('r8-2')}`, `Authorization: Token ${token('r8-3')}`],
    negative: ['REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxx', 'r8_YOUR_TOKEN_HERE', `r8_${fake('r8-short', 20)}`, `r8_${fake('r8-long', 45)}`, '${REPLICATE_API_TOKEN}'],
  },
});
