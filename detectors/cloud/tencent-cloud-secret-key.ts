import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Tencent Cloud SecretKeys are 32 alphanumeric characters (the SecretId, AKID…, is tencent-cloud-secret-id):
 * only found after a Tencent Cloud key name.
 */
export default keyedSecretDetector({
  id: 'tencent-cloud-secret-key',
  what: 'Tencent Cloud API SecretKey',
  key: String.raw`(?:tencent${SEP}cloud|tencentcloud|tencent|qcloud)${SEP}secret${SEP}key|tencentcloud${SEP}secretkey`,
  names: 'TENCENTCLOUD_SECRET_KEY, TENCENT_SECRET_KEY, QCLOUD_SECRET_KEY',
  keywords: ['tencent', 'qcloud'],
  value: alnumValue(32),
  contexts: ['TENCENTCLOUD_SECRET_KEY={}', '"tencentSecretKey": "{}"'],
  validate: randomMixedCase,
});
