import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const uuid = (seed: string): string =>
  [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-');

export default defineDetector({
  id: 'pinecone-legacy-api-key',
  description:
    'Pinecone API key of the legacy form (a UUID) after its key name: PINECONE_API_KEY, pinecone_key, pineconeApiKey',
  category: 'secret',
  keywords: ['pinecone'],
  pattern: keyedValue(String.raw`(?i:pinecone${SEP}(?:api${SEP})?(?:key|token))`, UUID, '[^0-9a-f-]'),
  validate: (secret) => !looksFake(secret.replace(/-/g, '')),
  priority: 20,
  samples: {
    positive: [`PINECONE_API_KEY=${uuid('pinecone-legacy-1')}`, `"pineconeApiKey": "${uuid('pinecone-legacy-2')}"`],
    negative: [
      `PINECONE_API_KEY=${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`,
      'PINECONE_API_KEY=${PINECONE_API_KEY}',
      `pinecone_index_id=${uuid('pinecone-legacy-index')}`,
      `request_id=${uuid('pinecone-legacy-request')}`,
      `PINECONE_API_KEY=pcsk_${fake('pinecone-legacy-new', 6)}`,
    ],
  },
});
