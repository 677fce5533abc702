import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const key = (seed: string): string => `tgp_v1_${fake(seed, 43, BASE64URL)}`;

export default defineDetector({
  id: 'together-api-key',
  description: 'Together AI API key: tgp_v1_ + a base64url body (43 characters seen; 30 to 80 accepted)',
  category: 'secret',
  keywords: ['tgp_v'],
  pattern: String.raw`${TOKEN_START}(?P<secret>tgp_v[0-9]_[A-Za-z0-9_-]{30,80})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => randomMixedCase(secret.slice(7)),
  samples: {
    positive: [key('together-1'), `TOGETHER_API_KEY=${key('together-2')}`, `Authorization: Bearer ${key('together-3')}`],
    negative: ['TOGETHER_API_KEY=tgp_v1_...', `tgp_v1_${'x'.repeat(43)}`, `tgp_v1_${fake('together-short', 16, BASE64URL)}`, '${TOGETHER_API_KEY}'],
  },
});
