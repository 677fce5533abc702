import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

const key = (seed: string): string => `sk-ant-api03-${fake(seed, 93, BASE64URL)}AA`;

export default defineDetector({
  id: 'anthropic-api-key',
  description:
    'Anthropic API key: sk-ant-api03- + a base64url body (95 characters today, ending in AA); any two-digit version',
  category: 'secret',
  keywords: ['sk-ant-api'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sk-ant-api[0-9]{2}-[A-Za-z0-9_-]{80,})`,
  validate: (secret) => !looksFake(secret.slice('sk-ant-api03-'.length)),
  samples: {
    positive: [key('anthropic-1'), `ANTHROPIC_API_KEY=${key('anthropic-2')}`, `"x-api-key": "${key('anthropic-3')}"`],
    negative: [
      'sk-ant-api03-' + 'x'.repeat(95),
      `sk-ant-api03-${fake('anthropic-short', 40, BASE64URL)}`,
      'sk-ant-api03-...',
      '${ANTHROPIC_API_KEY}',
    ],
  },
});
