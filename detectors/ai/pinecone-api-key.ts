import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

const key = (seed: string): string => `pcsk_${fake(`${seed}-id`, 6)}_${fake(`${seed}-secret`, 63)}`;

export default defineDetector({
  id: 'pinecone-api-key',
  description: 'Pinecone API key: pcsk_ + a short key id + _ + about 63 alphanumeric characters',
  category: 'secret',
  keywords: ['pcsk_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>pcsk_[A-Za-z0-9]{4,12}_[A-Za-z0-9]{40,100})\b`,
  validate: (secret) => randomAlnum(secret.slice(secret.indexOf('_', 5) + 1)),
  samples: {
    positive: [key('pinecone-1'), `PINECONE_API_KEY=${key('pinecone-2')}`, `"Api-Key": "${key('pinecone-3')}"`],
    negative: [
      'PINECONE_API_KEY=pcsk_...',
      `pcsk_${fake('pinecone-n-id', 6)}_${'x'.repeat(63)}`,
      `pcsk_${fake('pinecone-short', 6)}_${fake('pinecone-short-2', 20)}`,
      `pcsk_${fake('pinecone-noid', 63)}`,
      '${PINECONE_API_KEY}',
    ],
  },
});
