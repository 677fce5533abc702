import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const token = (seed: string): string => `sntryu_${fake(seed, 64, HEX)}`;

export default defineDetector({
  id: 'sentry-user-token',
  description: 'Sentry user auth token: sntryu_ + 64 hex characters',
  category: 'secret',
  keywords: ['sntryu_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sntryu_[0-9a-f]{64})\b`,
  validate: (secret) => !looksFake(secret.slice(7)),
  samples: {
    positive: [token('sentry-user-1'), `SENTRY_AUTH_TOKEN=${token('sentry-user-2')}`, `Authorization: Bearer ${token('sentry-user-3')}`],
    negative: ['sntryu_' + 'a'.repeat(64), `sntryu_${fake('sentry-user-short', 63, HEX)}`, `sntryu_${fake('sentry-user-long', 65, HEX)}`, '${SENTRY_AUTH_TOKEN}'],
  },
});
