import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

/** Ingest license keys are 40 characters ending in NRAL: 36 hex, or eu01xx + 30 hex for EU accounts. */
const key = (seed: string): string => `${fake(seed, 36, HEX)}NRAL`;

export default defineDetector({
  id: 'new-relic-license-key',
  description: 'New Relic ingest license key: 40 characters ending in NRAL (36 hex, or eu01xx + 30 hex)',
  category: 'secret',
  keywords: ['NRAL'],
  pattern: String.raw`${TOKEN_START}(?P<secret>(?:[0-9a-f]{36}|eu01xx[0-9a-f]{30})NRAL)\b`,
  validate: (secret) => !looksFake(secret.slice(-34, -4)),
  samples: {
    positive: [key('nral-1'), `NEW_RELIC_LICENSE_KEY=${key('nral-2')}`, `license_key: eu01xx${fake('nral-3', 30, HEX)}NRAL`],
    negative: [`${'0'.repeat(36)}NRAL`, `${fake('nral-short', 30, HEX)}NRAL`, `${fake('nral-sha', 40, HEX)}`, '${NEW_RELIC_LICENSE_KEY}'],
  },
});
