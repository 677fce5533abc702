import { formatTokenDetector } from '../lib/format-token.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Tencent Cloud API SecretIds are AKID + 32 alphanumeric characters; like an AWS key id, it names the account. */
const id = (seed: string, length = 32): string => `AKID${fake(seed, length)}`;

export default formatTokenDetector({
  id: 'tencent-cloud-secret-id',
  description: 'Tencent Cloud API SecretId: AKID + 32 alphanumeric characters (found bare; redacted with its SecretKey)',
  trigger: 'AKID[0-9A-Za-z]{4}',
  token: 'AKID[0-9A-Za-z]{32}',
  chars: '0-9A-Za-z',
  sample: id,
  contexts: ['TENCENTCLOUD_SECRET_ID={}', '"SecretId": "{}"'],
  negatives: ['AKID' + 'x'.repeat(32), id('akid-short', 16), 'AKID<secret-id>', `AKID${fake('akid-upper', 32).toUpperCase()}`],
  validate: (secret) => randomMixedCase(secret.slice(4)),
});
