import { defineDetector } from '../../src/engine/detector.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Segment source write keys are 32 base62 characters with no prefix: found after SEGMENT_WRITE_KEY, a writeKey
 * field, or as the argument of analytics.load("…").
 */
const NAME = String.raw`(?i:segment${SEP}(?:write${SEP})?key|(?:segment${SEP})?write${SEP}key)`;
const PREFIX = String.raw`(?:${KEY_START}${NAME}${AFTER_KEY}|analytics\.load\([ \t]*\\*["'\x60])`;

export default defineDetector({
  id: 'segment-write-key',
  description: 'Segment write key (32 alphanumeric characters) after SEGMENT_WRITE_KEY, writeKey or in analytics.load("…")',
  category: 'secret',
  keywords: ['segment', 'writekey', 'write_key', 'write-key', 'write.key', 'analytics.load('],
  pattern: String.raw`${PREFIX}(?P<secret>[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)`,
  validate: randomMixedCase,
  priority: 20,
  samples: {
    positive: [`SEGMENT_WRITE_KEY=${fake('segment-1', 32)}`, `"writeKey": "${fake('segment-2', 32)}"`, `analytics.load("${fake('segment-3', 32)}")`],
    negative: [
      'SEGMENT_WRITE_KEY=${SEGMENT_WRITE_KEY}',
      `SEGMENT_WRITE_KEY=${fake('segment-short', 20)}`,
      'analytics.load("YOUR_WRITE_KEY")',
      `"write_key": "${fake('segment-hex', 32, '0123456789abcdef')}"`,
      'segment_id=seg_2024_11_23',
    ],
  },
});
