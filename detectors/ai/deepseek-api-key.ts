import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/** DeepSeek keys are sk- + 32 hex, a shape other providers share: only found after a DeepSeek key name. */
const KEY = String.raw`(?i:deepseek${SEP}(?:api${SEP})?(?:key|token))`;
const key = (seed: string): string => `sk-${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'deepseek-api-key',
  description: 'DeepSeek API key (sk- + 32 hex characters) after its key name: DEEPSEEK_API_KEY, deepseek_key, deepseekApiKey',
  category: 'secret',
  keywords: ['deepseek'],
  pattern: keyedValue(KEY, 'sk-[0-9a-f]{32}', '[^0-9A-Za-z]'),
  validate: (secret) => !looksFake(secret.slice(3)),
  priority: 25,
  samples: {
    positive: [`DEEPSEEK_API_KEY=${key('deepseek-1')}`, `"deepseekApiKey": "${key('deepseek-2')}"`, `export DEEPSEEK_API_KEY='${key('deepseek-3')}'`],
    negative: [
      key('deepseek-bare'),
      'DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `DEEPSEEK_API_KEY=sk-${fake('deepseek-short', 24, HEX)}`,
      'model=deepseek-chat',
      'DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}',
    ],
  },
});
