import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * HCP (HashiCorp Cloud Platform) service principal client secrets are 64 alphanumeric characters: only found after
 * HCP_CLIENT_SECRET.
 */
export default keyedSecretDetector({
  id: 'hcp-client-secret',
  what: 'HCP service principal client secret',
  key: String.raw`hcp${SEP}client${SEP}secret`,
  names: 'HCP_CLIENT_SECRET, hcpClientSecret',
  trigger: String.raw`(?i:hcp[_.-]?client[_.-]?secret)`,
  value: alnumValue(64),
  contexts: ['HCP_CLIENT_SECRET={}', '"hcpClientSecret": "{}"'],
  negatives: [`HCP_CLIENT_ID=${fake('hcp-id', 32)}`],
  validate: randomMixedCase,
});
