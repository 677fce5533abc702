import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const key = (seed: string): string => `gsk_${fake(seed, 52)}`;

export default defineDetector({
  id: 'groq-api-key',
  description: 'Groq API key: gsk_ + 52 alphanumeric characters',
  category: 'secret',
  keywords: ['gsk_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>gsk_[A-Za-z0-9]{52})\b`,
  validate: (secret) => randomMixedCase(secret.slice(4)),
  samples: {
    positive: [key('groq-1'), `GROQ_API_KEY=${key('groq-2')}`, `"api_key": "${key('groq-3')}"`],
    negative: ['gsk_' + 'x'.repeat(52), 'GROQ_API_KEY=gsk_...', `gsk_${fake('groq-short', 32)}`, `gsk_${fake('groq-long', 60)}`, '${GROQ_API_KEY}'],
  },
});
