import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const token = (seed: string): string => `secret_${fake(seed, 43)}`;

export default defineDetector({
  id: 'notion-integration-token',
  description: 'Notion internal integration token of the older form: secret_ + 43 alphanumeric characters',
  category: 'secret',
  trigger: 'secret_[A-Za-z0-9]{20}',
  pattern: String.raw`${TOKEN_START}(?P<secret>secret_[A-Za-z0-9]{43})\b`,
  validate: (secret) => randomMixedCase(secret.slice(7)) && /[0-9]/.test(secret),
  samples: {
    positive: [token('notion-legacy-1'), `NOTION_TOKEN=${token('notion-legacy-2')}`, `Authorization: Bearer ${token('notion-legacy-3')}`],
    negative: [
      'secret_' + 'x'.repeat(43),
      `secret_${fake('notion-legacy-short', 32)}`,
      'secret_key_base=${SECRET_KEY_BASE}',
      'secret_ManagerClientConfigurationForProductionUse',
      `secret_${fake('notion-legacy-long', 50)}`,
    ],
  },
});
