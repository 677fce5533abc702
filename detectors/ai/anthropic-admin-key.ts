import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

const key = (seed: string): string => `sk-ant-admin01-${fake(seed, 93, BASE64URL)}AA`;

export default defineDetector({
  id: 'anthropic-admin-key',
  description:
    'Anthropic Admin API key: sk-ant-admin01- + a base64url body of about 95 characters; any two-digit version',
  category: 'secret',
  keywords: ['sk-ant-admin'],
  pattern: String.raw`${TOKEN_START}(?P<secret>sk-ant-admin[0-9]{2}-[A-Za-z0-9_-]{80,})`,
  validate: (secret) => !looksFake(secret.slice('sk-ant-admin01-'.length)),
  samples: {
    positive: [key('anthropic-admin-1'), `ANTHROPIC_ADMIN_KEY=${key('anthropic-admin-2')}`],
    negative: [
      'sk-ant-admin01-' + 'x'.repeat(95),
      `sk-ant-admin01-${fake('anthropic-admin-short', 30, BASE64URL)}`,
      'sk-ant-admin01-<admin-key>',
      '${ANTHROPIC_ADMIN_KEY}',
    ],
  },
});
