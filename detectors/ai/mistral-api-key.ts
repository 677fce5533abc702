import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Mistral keys are 32 base62 characters with no prefix: only found after MISTRAL_API_KEY and the like. */
const KEY = String.raw`(?i:mistral(?:${SEP}ai)?${SEP}(?:api${SEP})?(?:key|token))`;
const key = (seed: string): string => fake(seed, 32);

export default defineDetector({
  id: 'mistral-api-key',
  description: 'Mistral AI API key (32 alphanumeric characters) after its key name: MISTRAL_API_KEY, mistral_key, mistralApiKey',
  category: 'secret',
  keywords: ['mistral'],
  pattern: keyedValue(KEY, '[A-Za-z0-9]{32}', '[^A-Za-z0-9]'),
  validate: randomMixedCase,
  priority: 20,
  samples: {
    positive: [`MISTRAL_API_KEY=${key('mistral-1')}`, `"mistralApiKey": "${key('mistral-2')}"`, `export MISTRAL_API_KEY='${key('mistral-3')}'`],
    negative: [
      'MISTRAL_API_KEY=' + 'x'.repeat(32),
      `MISTRAL_API_KEY=${fake('mistral-hex', 32, HEX)}`,
      `MISTRAL_API_KEY=${fake('mistral-long', 40)}`,
      'MISTRAL_API_KEY=your-mistral-key',
      'model=mistral-large-latest',
      'MISTRAL_API_KEY=${MISTRAL_API_KEY}',
    ],
  },
});
