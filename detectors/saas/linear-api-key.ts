import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const key = (seed: string): string => `lin_api_${fake(seed, 40)}`;

export default defineDetector({
  id: 'linear-api-key',
  description: 'Linear personal API key: lin_api_ + 40 alphanumeric characters',
  category: 'secret',
  keywords: ['lin_api_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>lin_api_[A-Za-z0-9]{40})\b`,
  validate: (secret) => randomAlnum(secret.slice(8)),
  samples: {
    positive: [key('linear-1'), `LINEAR_API_KEY=${key('linear-2')}`, `Authorization: ${key('linear-3')}`],
    negative: ['lin_api_' + 'x'.repeat(40), `lin_api_${fake('linear-short', 24)}`, `lin_api_${fake('linear-long', 48)}`, 'LINEAR_API_KEY=lin_api_...', '${LINEAR_API_KEY}'],
  },
});
