import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const key = (seed: string): string => `NRII-${fake(seed, 32, BASE64URL)}`;

export default defineDetector({
  id: 'new-relic-insert-key',
  description: 'New Relic insight insert key (event ingest): NRII- + 32 base64url characters',
  category: 'secret',
  keywords: ['NRII-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>NRII-[A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => randomAlnum(secret.slice(5)),
  samples: {
    positive: [key('nrii-1'), `NEW_RELIC_INSERT_KEY=${key('nrii-2')}`, `"X-Insert-Key": "${key('nrii-3')}"`],
    negative: ['NRII-' + 'x'.repeat(32), `NRII-${fake('nrii-short', 20, BASE64URL)}`, 'NRII-<insert-key>', '${NEW_RELIC_INSERT_KEY}'],
  },
});
