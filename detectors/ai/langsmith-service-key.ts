import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const key = (seed: string): string => `lsv2_sk_${fake(`${seed}-a`, 32, HEX)}_${fake(`${seed}-b`, 10, HEX)}`;

export default defineDetector({
  id: 'langsmith-service-key',
  description: 'LangSmith (LangChain) service key: lsv2_sk_ + 32 hex + _ + 10 hex',
  category: 'secret',
  keywords: ['lsv2_sk_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>lsv2_sk_[0-9a-f]{32}_[0-9a-f]{10})\b`,
  validate: (secret) => !looksFake(secret.slice(8, 40)),
  samples: {
    positive: [key('lsv2-sk-1'), `LANGSMITH_API_KEY=${key('lsv2-sk-2')}`, `"x-api-key": "${key('lsv2-sk-3')}"`],
    negative: [
      'lsv2_sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxx',
      `lsv2_sk_${fake('lsv2-sk-short', 24, HEX)}_${fake('lsv2-sk-s2', 10, HEX)}`,
      `lsv2_sk_${fake('lsv2-sk-nosuffix', 32, HEX)}`,
      '<your-langsmith-key>',
      '${LANGSMITH_API_KEY}',
    ],
  },
});
