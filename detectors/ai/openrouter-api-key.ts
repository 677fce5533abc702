import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const key = (seed: string): string => `sk-or-v1-${fake(seed, 64, HEX)}`;

export default defineDetector({
  id: 'openrouter-api-key',
  description: 'OpenRouter API key: sk-or-v1- + 64 lower-case hex characters (any version number)',
  category: 'secret',
  keywords: ['sk-or-v'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sk-or-v[0-9]{1,2}-[0-9a-f]{64})\b`,
  validate: (secret) => !looksFake(secret.slice(secret.lastIndexOf('-') + 1)),
  samples: {
    positive: [key('openrouter-1'), `OPENROUTER_API_KEY=${key('openrouter-2')}`, `Authorization: Bearer ${key('openrouter-3')}`],
    negative: [
      'OPENROUTER_API_KEY=sk-or-v1-...',
      'sk-or-v1-' + '0'.repeat(64),
      `sk-or-v1-${fake('openrouter-short', 40, HEX)}`,
      `sk-or-v1-${fake('openrouter-upper', 64, HEX.toUpperCase())}`,
      fake('openrouter-sha256', 64, HEX),
    ],
  },
});
