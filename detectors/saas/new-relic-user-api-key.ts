import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM_UPPER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const key = (seed: string): string => `NRAK-${fake(seed, 27, ALNUM_UPPER)}`;

export default defineDetector({
  id: 'new-relic-user-api-key',
  description: 'New Relic user API key (NerdGraph): NRAK- + 27 alphanumeric characters',
  category: 'secret',
  keywords: ['NRAK-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>NRAK-[A-Za-z0-9]{27})\b`,
  validate: (secret) => randomAlnum(secret.slice(5)),
  samples: {
    positive: [key('nrak-1'), `NEW_RELIC_API_KEY=${key('nrak-2')}`, `"API-Key": "${key('nrak-3')}"`],
    negative: ['NRAK-' + 'X'.repeat(27), `NRAK-${fake('nrak-short', 16, ALNUM_UPPER)}`, 'NRAK-<your-key>', '${NEW_RELIC_API_KEY}'],
  },
});
