import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { SEP, keyedValue } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

/** Postmark server and account tokens are UUIDs: only found after their header or key name. */
const KEY = String.raw`(?i:(?:x${SEP})?postmark${SEP}(?:(?:server|account|api)${SEP})?(?:token|key))`;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const uuid = (seed: string): string =>
  [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-');

export default defineDetector({
  id: 'postmark-token',
  description:
    'Postmark server or account API token (a UUID) after X-Postmark-Server-Token, X-Postmark-Account-Token or POSTMARK_API_TOKEN',
  category: 'secret',
  keywords: ['postmark'],
  pattern: keyedValue(KEY, UUID, '[^0-9A-Za-z-]'),
  validate: (secret) => !looksFake(secret.replace(/-/g, '')),
  priority: 25,
  samples: {
    positive: [
      `X-Postmark-Server-Token: ${uuid('postmark-1')}`,
      `POSTMARK_API_TOKEN=${uuid('postmark-2')}`,
      `"X-Postmark-Account-Token": "${uuid('postmark-3')}"`,
    ],
    negative: [
      'X-Postmark-Server-Token: POSTMARK_API_TEST',
      `X-Postmark-Message-Id: ${uuid('postmark-msgid')}`,
      'POSTMARK_API_TOKEN=${POSTMARK_API_TOKEN}',
      'X-Postmark-Server-Token: 00000000-0000-0000-0000-000000000000',
      `trace_id=${uuid('postmark-trace')}`,
    ],
  },
});
