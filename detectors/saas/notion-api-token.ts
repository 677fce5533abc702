import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { DIGITS, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const token = (seed: string): string => `ntn_${fake(`${seed}-n`, 11, DIGITS)}${fake(seed, 35)}`;

export default defineDetector({
  id: 'notion-api-token',
  description: 'Notion API token (integrations since 2024): ntn_ + 11 digits + 35 alphanumeric characters',
  category: 'secret',
  keywords: ['ntn_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>ntn_[0-9]{11}[A-Za-z0-9]{35})\b`,
  validate: (secret) => randomMixedCase(secret.slice(15)),
  samples: {
    positive: [token('notion-1'), `NOTION_API_KEY=${token('notion-2')}`, `Authorization: Bearer ${token('notion-3')}`],
    negative: [
      'ntn_12345678901',
      'ntn_123456789012345678901234567890123456789012345678901234567890',
      'ntn_12345678901abc',
      `ntn_${fake('notion-short', 11, DIGITS)}${fake('notion-short-b', 20)}`,
      '${NOTION_API_KEY}',
    ],
  },
});
