import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';

/**
 * Box developer tokens, access tokens and client secrets are 32 alphanumeric characters: only found after a Box key
 * name. The trigger names the words that follow `box`, so `inbox`, `sandbox` and `checkbox` do not wake it.
 */
export default keyedSecretDetector({
  id: 'box-api-token',
  what: 'Box developer token, access token or client secret',
  key: String.raw`box${SEP}(?:developer${SEP}token|client${SEP}secret|(?:primary${SEP})?access${SEP}token|api${SEP}(?:key|token)|enterprise${SEP}token)`,
  names: 'BOX_DEVELOPER_TOKEN, BOX_CLIENT_SECRET, BOX_ACCESS_TOKEN',
  trigger: String.raw`(?i:box[_.-]?(?:developer|client[_.-]?secret|access|primary|api|enterprise))`,
  value: alnumValue(32),
  contexts: ['BOX_DEVELOPER_TOKEN={}', 'BOX_CLIENT_SECRET: {}', '"boxAccessToken": "{}"'],
  negatives: [`BOX_CLIENT_ID=${fake('box-client-id', 32, ALNUM_LOWER)}`, `SANDBOX_CLIENT_SECRET=${fake('box-sandbox', 32)}`],
});
