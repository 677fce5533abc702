import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * Cloudflare R2 S3-compatible secret access keys are 64 hex characters (the access key id, 32 hex, is an id): only
 * found after an R2 key name.
 */
export default keyedSecretDetector({
  id: 'cloudflare-r2-secret',
  what: 'Cloudflare R2 secret access key',
  key: String.raw`(?:cloudflare${SEP})?r2${SEP}(?:secret${SEP}(?:access${SEP})?key|access${SEP}secret|secret)`,
  names: 'R2_SECRET_ACCESS_KEY, CLOUDFLARE_R2_SECRET_KEY',
  trigger: String.raw`(?i:r2[_.-]?(?:secret|access[_.-]?secret))`,
  value: hexValue(64),
  contexts: ['R2_SECRET_ACCESS_KEY={}', '"r2SecretAccessKey": "{}"'],
  negatives: [`R2_ACCESS_KEY_ID=${fake('r2-id', 32, HEX)}`],
});
