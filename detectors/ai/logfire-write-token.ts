import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Pydantic Logfire write tokens name their format version and region: `pylf_v1_us_` or `pylf_v1_eu_` + a random body. */
export default bareTokenDetector({
  id: 'logfire-write-token',
  description: 'Pydantic Logfire write token: pylf_v<N>_<region>_ + 30 to 80 alphanumeric characters',
  keywords: ['pylf_v'],
  token: String.raw`pylf_v[0-9]{1,2}_[a-z]{2,4}_[A-Za-z0-9]{30,80}`,
  make: (seed) => `pylf_v1_us_${fake(seed, 48, ALNUM)}`,
  contexts: ['LOGFIRE_TOKEN={}', 'logfire.configure(token="{}")'],
  validate: (secret) => randomMixedCase(secret.slice(secret.lastIndexOf('_') + 1)),
  negatives: [`pylf_v1_us_${'x'.repeat(48)}`, `pylf_v1_us_${fake('logfire-short', 12)}`, 'pylf_v1_us_<your-write-token>'],
});
