import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * The HMAC secret of IBM Cloud Object Storage credentials (`cos_hmac_keys.secret_access_key`): 48 lowercase hex
 * characters, recognised after secret_access_key or cos_hmac_secret. (AWS secret keys under the same name are 40
 * base64 characters and belong to aws-secret-access-key.)
 */
const KEY = String.raw`(?i:secret[_-]?access[_-]?key|cos[_-]?hmac[_-]?secret(?:[_-]?key)?|ibm[_-]?cos[_-]?secret(?:[_-]?key)?)`;

export default defineDetector({
  id: 'ibm-cos-hmac-secret',
  description: 'IBM Cloud Object Storage HMAC secret (48 hex characters) after secret_access_key or cos_hmac_secret',
  category: 'secret',
  keywords: ['secret_access', 'secret-access', 'secretaccess', 'hmac', 'cos_secret', 'cos-secret', 'cossecret'],
  pattern: afterKey(KEY, '[0-9a-f]{48}', '0-9A-Za-z'),
  validate: (secret) => !looksFake(secret),
  priority: 30,
  samples: {
    positive: [
      `"cos_hmac_keys": {"access_key_id": "${fake('ibm-cos-1a', 32, HEX)}", "secret_access_key": "${fake('ibm-cos-1', 48, HEX)}"}`,
      `COS_HMAC_SECRET=${fake('ibm-cos-2', 48, HEX)}`,
    ],
    negative: [
      `secret_access_key: ${fake('ibm-cos-sha', 40, HEX)}`,
      `secret_access_key: ${fake('ibm-cos-sha256', 64, HEX)}`,
      `"secret_access_key": "${'0'.repeat(48)}"`,
      'secret_access_key=${COS_SECRET}',
    ],
  },
});
