import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const token = (seed: string): string => `lsv2_pt_${fake(`${seed}-a`, 32, HEX)}_${fake(`${seed}-b`, 10, HEX)}`;

export default defineDetector({
  id: 'langsmith-personal-token',
  description: 'LangSmith (LangChain) personal access token: lsv2_pt_ + 32 hex + _ + 10 hex',
  category: 'secret',
  keywords: ['lsv2_pt_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10})\b`,
  validate: (secret) => !looksFake(secret.slice(8, 40)),
  samples: {
    positive: [token('lsv2-pt-1'), `LANGSMITH_API_KEY=${token('lsv2-pt-2')}`, `LANGCHAIN_API_KEY="${token('lsv2-pt-3')}"`],
    negative: [
      'LANGSMITH_API_KEY=lsv2_pt_...',
      `lsv2_pt_${'0'.repeat(32)}_${'0'.repeat(10)}`,
      `lsv2_pt_${fake('lsv2-pt-short', 20, HEX)}_${fake('lsv2-pt-s2', 10, HEX)}`,
      `lsv2_pt_${fake('lsv2-pt-nosuffix', 32, HEX)}`,
      '${LANGSMITH_API_KEY}',
    ],
  },
});
