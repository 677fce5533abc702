import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const key = (seed: string): string => `xai-${fake(seed, 80)}`;

export default defineDetector({
  id: 'xai-api-key',
  description: 'xAI (Grok) API key: xai- + 80 alphanumeric characters (60 to 100 accepted)',
  category: 'secret',
  keywords: ['xai-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>xai-[A-Za-z0-9]{60,100})\b`,
  validate: (secret) => randomMixedCase(secret.slice(4)),
  samples: {
    positive: [key('xai-1'), `XAI_API_KEY=${key('xai-2')}`, `Authorization: Bearer ${key('xai-3')}`],
    negative: ['xai-' + 'x'.repeat(80), 'XAI_API_KEY=xai-your-xai-api-key', `xai-${fake('xai-short', 40)}`, 'xai-grok-4-fast-reasoning', '${XAI_API_KEY}'],
  },
});
