import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { datadogKeyPattern, datadogKeywords } from '../lib/datadog.js';
import { HEX, fake } from '../lib/sample.js';

/** API keys are 32 hex characters, the shape of an md5: only found after DD_API_KEY, the DD-API-KEY header... */
export default defineDetector({
  id: 'datadog-api-key',
  description: 'Datadog API key (32 hex characters) after DD_API_KEY, DATADOG_API_KEY or the DD-API-KEY header',
  category: 'secret',
  keywords: datadogKeywords('api'),
  pattern: datadogKeyPattern('api', 32),
  validate: (secret) => !looksFake(secret),
  priority: 25,
  samples: {
    positive: [`DD_API_KEY=${fake('dd-api-1', 32, HEX)}`, `DD-API-KEY: ${fake('dd-api-2', 32, HEX)}`, `"datadogApiKey": "${fake('dd-api-3', 32, HEX)}"`],
    negative: [
      `ADD_API_KEY=${fake('dd-api-add', 32, HEX)}`,
      `DD_API_KEY=${fake('dd-api-long', 40, HEX)}`,
      'DD_API_KEY=${DD_API_KEY}',
      'DD_API_KEY=' + '0'.repeat(32),
      `dd.trace_id=${fake('dd-api-trace', 32, HEX)}`,
    ],
  },
});
