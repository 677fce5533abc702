import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const token = (seed: string): string => `pat${fake(`${seed}-id`, 14)}.${fake(`${seed}-secret`, 64, HEX)}`;

export default defineDetector({
  id: 'airtable-pat',
  description: 'Airtable personal access token: pat + 14-character token id + . + 64 hex characters',
  category: 'secret',
  trigger: String.raw`pat[A-Za-z0-9]{14}\.`,
  pattern: String.raw`${TOKEN_START}(?P<secret>pat[A-Za-z0-9]{14}\.[0-9a-f]{64})\b`,
  validate: (secret) => !looksFake(secret.slice(18)),
  samples: {
    positive: [token('airtable-1'), `AIRTABLE_API_KEY=${token('airtable-2')}`, `Authorization: Bearer ${token('airtable-3')}`],
    negative: [
      `pat${fake('airtable-n', 14)}.${'0'.repeat(64)}`,
      `pat${fake('airtable-short', 14)}.${fake('airtable-short-2', 40, HEX)}`,
      `path${fake('airtable-path', 14)}.${fake('airtable-path-2', 64, HEX)}`,
      'patXXXXXXXXXXXXXX.<token>',
      '${AIRTABLE_TOKEN}',
    ],
  },
});
