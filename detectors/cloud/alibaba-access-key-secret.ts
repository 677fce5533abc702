import { defineDetector } from '../../src/engine/detector.js';
import { classes, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * The Alibaba Cloud AccessKey secret is 30 base62 characters without a prefix: recognised after
 * ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALICLOUD_SECRET_KEY, access_key_secret, AccessKeySecret and similar names.
 */
const KEY = String.raw`(?i:(?:alibaba|aliyun|alicloud|ali)[_-]?(?:cloud[_-]?)?(?:access[_-]?)?(?:key[_-]?)?secret(?:[_-]?key)?|access[_-]?key[_-]?secret)`;

export default defineDetector({
  id: 'alibaba-access-key-secret',
  description:
    'Alibaba Cloud AccessKey secret (30 base62 characters) after ALIBABA_CLOUD_ACCESS_KEY_SECRET, ' +
    'ALICLOUD_SECRET_KEY, access_key_secret or AccessKeySecret',
  category: 'secret',
  keywords: ['alibaba', 'aliyun', 'alicloud', 'ali_', 'ali-', 'alisecret', 'keysecret', 'key_secret', 'key-secret'],
  pattern: afterKey(KEY, '[A-Za-z0-9]{30}', 'A-Za-z0-9'),
  validate: (secret) => classes(secret).count >= 2 && !looksFake(secret),
  priority: 30,
  samples: {
    positive: [
      `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${fake('alibaba-secret-1', 30)}`,
      `"AccessKeySecret": "${fake('alibaba-secret-2', 30)}"`,
      `access_key_secret: ${fake('alibaba-secret-3', 30)}`,
      `ALICLOUD_SECRET_KEY="${fake('alibaba-secret-4', 30)}"`,
    ],
    negative: [
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_CLOUD_ACCESS_KEY_SECRET}',
      `access_key_secret: ${fake('alibaba-secret-sha', 40, HEX)}`,
      'AccessKeySecret: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `access_key_secret_name=${fake('alibaba-secret-name', 30)}`,
      fake('alibaba-secret-bare', 30),
    ],
  },
});
