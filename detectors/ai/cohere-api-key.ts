import { defineDetector } from '../../src/engine/detector.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Cohere keys are 40 base62 characters with no prefix: only found after COHERE_API_KEY, CO_API_KEY and the like. */
const KEY = String.raw`(?i:cohere${SEP}(?:api${SEP})?(?:key|token)|co${SEP}api${SEP}key)`;
const key = (seed: string): string => fake(seed, 40);

export default defineDetector({
  id: 'cohere-api-key',
  description: 'Cohere API key (40 alphanumeric characters) after its key name: COHERE_API_KEY, CO_API_KEY, cohere_api_token',
  category: 'secret',
  keywords: ['cohere', 'co_api', 'co-api', 'coapi', 'co.api'],
  pattern: keyedValue(KEY, '[A-Za-z0-9]{40}', '[^A-Za-z0-9]'),
  validate: randomMixedCase,
  priority: 20,
  samples: {
    positive: [`COHERE_API_KEY=${key('cohere-1')}`, `export CO_API_KEY=${key('cohere-2')}`, `cohere_api_token = "${key('cohere-3')}"`],
    negative: [
      'CO_API_KEY=' + 'x'.repeat(40),
      `COHERE_API_KEY=${fake('cohere-hex', 40, HEX)}`,
      `COHERE_API_KEY=${fake('cohere-short', 32)}`,
      `ECO_API_KEY=${key('cohere-eco')}`,
      'COHERE_API_KEY=${COHERE_API_KEY}',
      'COHERE_API_KEY=[REDACTED:cohere-api-key]',
    ],
  },
});
