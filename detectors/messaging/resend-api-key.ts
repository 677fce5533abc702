import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const key = (seed: string): string => `re_${fake(`${seed}-id`, 8)}_${fake(`${seed}-secret`, 24)}`;

export default defineDetector({
  id: 'resend-api-key',
  description: 'Resend API key: re_ + an 8-character key id + _ + a 24-character secret (alphanumeric; a little slack accepted)',
  category: 'secret',
  trigger: 're_[A-Za-z0-9]{6}',
  pattern: String.raw`${TOKEN_START}(?P<secret>re_[A-Za-z0-9]{6,12}_[A-Za-z0-9]{20,32})\b`,
  validate: (secret) => randomMixedCase(secret.slice(secret.indexOf('_', 3) + 1)),
  samples: {
    positive: [key('resend-1'), `RESEND_API_KEY=${key('resend-2')}`, `Authorization: Bearer ${key('resend-3')}`],
    negative: [
      "RESEND_API_KEY = 're_xxxxxxxxx'",
      're_123456789_abcdefghijklmnop',
      're_compile_and_match_the_pattern',
      `re_${fake('resend-noid', 32)}`,
      '${RESEND_API_KEY}',
    ],
  },
});
