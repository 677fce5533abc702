import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const key = (seed: string): string => `NRJS-${fake(seed, 19, HEX)}`;

export default defineDetector({
  id: 'new-relic-browser-key',
  description: 'New Relic browser (JavaScript agent) license key: NRJS- + 19 hex characters',
  category: 'secret',
  keywords: ['NRJS-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>NRJS-[0-9a-f]{19})\b`,
  validate: (secret) => !looksFake(secret.slice(5)),
  samples: {
    positive: [key('nrjs-1'), `licenseKey: "${key('nrjs-2')}"`, `NEW_RELIC_BROWSER_KEY=${key('nrjs-3')}`],
    negative: ['NRJS-' + '0'.repeat(19), `NRJS-${fake('nrjs-short', 12, HEX)}`, `NRJS-${fake('nrjs-long', 24, HEX)}`, '${NEW_RELIC_BROWSER_KEY}'],
  },
});
