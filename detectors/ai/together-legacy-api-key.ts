import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/** Older Together keys are 64 hex characters, the shape of a sha256 digest: only found after their key name. */
const KEY = String.raw`(?i:together(?:${SEP}ai)?${SEP}(?:api${SEP})?(?:key|token))`;

export default defineDetector({
  id: 'together-legacy-api-key',
  description: 'Together AI API key of the older form (64 hex characters) after its key name: TOGETHER_API_KEY, TOGETHERAI_API_KEY',
  category: 'secret',
  keywords: ['together'],
  pattern: keyedValue(KEY, '[0-9a-f]{64}', '[^0-9A-Za-z]'),
  validate: (secret) => !looksFake(secret),
  priority: 20,
  samples: {
    positive: [`TOGETHER_API_KEY=${fake('together-legacy-1', 64, HEX)}`, `"together_api_key": "${fake('together-legacy-2', 64, HEX)}"`],
    negative: [
      `sha256=${fake('together-legacy-sha', 64, HEX)}`,
      `TOGETHER_API_KEY=${fake('together-legacy-short', 40, HEX)}`,
      'TOGETHER_API_KEY=' + '0'.repeat(64),
      'TOGETHER_API_KEY=${TOGETHER_API_KEY}',
      'together we ship',
    ],
  },
});
