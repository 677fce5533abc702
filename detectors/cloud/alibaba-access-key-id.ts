import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

/**
 * Alibaba Cloud AccessKey ID: `LTAI` + base62, 24 characters in all for current keys (16 for older ones). Like an AWS
 * key id it is not secret alone, but it names the account and sits next to the secret, so it is redacted.
 */
export default defineDetector({
  id: 'alibaba-access-key-id',
  description: 'Alibaba Cloud AccessKey ID: LTAI + 12 to 20 base62 characters (16-24 in all)',
  category: 'secret',
  keywords: ['LTAI'],
  pattern: String.raw`${TOKEN_START}(?P<secret>LTAI[0-9A-Za-z]{12,20})\b`,
  validate: (secret) => classes(secret.slice(4)).count >= 2 && !looksFake(secret.slice(4)),
  samples: {
    positive: [
      `LTAI5t${fake('alibaba-id-1', 18)}`,
      `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${fake('alibaba-id-2', 12)}`,
      `"AccessKeyId": "LTAI5t${fake('alibaba-id-3', 18)}"`,
    ],
    negative: [
      'LTAIxxxxxxxxxxxxxxxxxxxx',
      `LTAI${fake('alibaba-id-short', 8)}`,
      `LTAI${fake('alibaba-id-long', 30)}`,
      'ALIBABA_CLOUD_ACCESS_KEY_ID=${ALIBABA_CLOUD_ACCESS_KEY_ID}',
      'SALTAIR_RESORT_BOOKING_2024',
    ],
  },
});
