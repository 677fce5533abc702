import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/** API keys are 32 hex characters, the shape of an md5: only found after DD_API_KEY, the DD-API-KEY header... */
const KEY = String.raw`(?i:(?:dd|datadog)${SEP}api${SEP}key)`;

export default defineDetector({
  id: 'datadog-api-key',
  description: 'Datadog API key (32 hex characters) after DD_API_KEY, DATADOG_API_KEY or the DD-API-KEY header',
  category: 'secret',
  keywords: ['dd_api', 'dd-api', 'ddapi', 'dd.api', 'datadog'],
  pattern: keyedValue(KEY, '[0-9a-fA-F]{32}', '[^0-9A-Za-z]'),
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
