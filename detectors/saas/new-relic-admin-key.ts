import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM_UPPER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const key = (seed: string): string => `NRAA-${fake(seed, 27, ALNUM_UPPER)}`;

export default defineDetector({
  id: 'new-relic-admin-key',
  description: 'New Relic admin API key (legacy): NRAA- + about 27 alphanumeric characters (20 to 42 accepted)',
  category: 'secret',
  keywords: ['NRAA-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>NRAA-[A-Za-z0-9]{20,42})\b`,
  validate: (secret) => randomAlnum(secret.slice(5)),
  samples: {
    positive: [key('nraa-1'), `NEW_RELIC_ADMIN_KEY=${key('nraa-2')}`, `"X-Api-Key": "${key('nraa-3')}"`],
    negative: ['NRAA-' + 'X'.repeat(27), `NRAA-${fake('nraa-short', 12, ALNUM_UPPER)}`, 'NRAA-<admin-key>', '${NEW_RELIC_ADMIN_KEY}'],
  },
});
