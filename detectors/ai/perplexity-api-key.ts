import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const key = (seed: string): string => `pplx-${fake(seed, 48)}`;

export default defineDetector({
  id: 'perplexity-api-key',
  description: 'Perplexity API key: pplx- + 48 alphanumeric characters',
  category: 'secret',
  keywords: ['pplx-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>pplx-[A-Za-z0-9]{48})\b`,
  validate: (secret) => randomAlnum(secret.slice(5)),
  samples: {
    positive: [key('pplx-1'), `PERPLEXITY_API_KEY=${key('pplx-2')}`, `Bearer ${key('pplx-3')}`],
    negative: ['PERPLEXITY_API_KEY=pplx-' + 'x'.repeat(48), `pplx-${fake('pplx-short', 30)}`, `pplx-${fake('pplx-long', 56)}`, 'pplx-70b-online', '${PERPLEXITY_API_KEY}'],
  },
});
