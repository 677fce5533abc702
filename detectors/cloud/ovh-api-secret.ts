import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * OVHcloud application secrets and consumer keys are 32 alphanumeric characters: only found after their key names.
 */
export default keyedSecretDetector({
  id: 'ovh-api-secret',
  what: 'OVHcloud API application secret or consumer key',
  key: String.raw`ovh${SEP}(?:application${SEP}secret|app${SEP}secret|consumer${SEP}key|client${SEP}secret)`,
  names: 'OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY',
  keywords: ['ovh'],
  value: alnumValue(32),
  contexts: ['OVH_APPLICATION_SECRET={}', 'OVH_CONSUMER_KEY: {}'],
  negatives: [`OVH_APPLICATION_KEY=${fake('ovh-app-key', 16)}`],
  validate: randomMixedCase,
});
